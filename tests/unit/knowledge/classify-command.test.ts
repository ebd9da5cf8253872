import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

// `npm run --silent classify` exactly as contract §3 fixes it.
function runClassify(input: string): string[] {
  const stdout = execFileSync('npm', ['run', '--silent', 'classify'], { input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return stdout.split('\n').filter((line, index, all) => !(index === all.length - 1 && line === ''));
}

describe('the classify command', () => {
  it('answers one JSON line per input line, in order, for 10,000 lines', () => {
    const texts = ['[Shatian Town] Outbound in sorting center', 'Accepted by last mile carrier', 'Entregado', '', 'zzz'];
    const lines = Array.from({ length: 10_000 }, (_, i) => texts[i % texts.length]!);
    const out = runClassify(`${lines.join('\n')}\n`);
    expect(out).toHaveLength(10_000);
    const first = JSON.parse(out[0]!);
    expect(first).toEqual({ text: texts[0], status: 'origin-sorting-outbound', stage: 'origin-hub', severity: 'info' });
    expect(JSON.parse(out[1]!).stage).toBe('last-mile');
    expect(JSON.parse(out[3]!)).toEqual({ text: '', status: null, stage: null, severity: null });
    expect(JSON.parse(out[4]!).status).toBeNull();
    expect(JSON.parse(out[9_999]!).text).toBe(lines[9_999]);
  }, 60_000);

  it('does not count a final newline as a line, and handles input without one', () => {
    expect(runClassify('Delivered\n')).toHaveLength(1);
    expect(runClassify('Delivered')).toHaveLength(1);
    expect(runClassify('Delivered\n\n')).toHaveLength(2);
    expect(runClassify('')).toHaveLength(0);
  }, 60_000);

  it('keeps texts with quotes, tabs and non-Latin scripts intact in its JSON', () => {
    const text = 'Посылка "вручена"\tполучателю';
    expect(JSON.parse(runClassify(`${text}\n`)[0]!).text).toBe(text);
  }, 60_000);
});
