// `npm run --silent classify` (contract §3): one event text per input line in, one JSON object
// per line out, in the same order. Nothing else goes to standard output.
import { classify } from '../src/knowledge/classifier/index';

function classifyLines(input: string): string {
  const lines = input.split(/\r?\n/);
  if (lines.length && lines[lines.length - 1] === '') lines.pop(); // a final newline is not a line
  const out: string[] = [];
  for (const text of lines) {
    const result = text.trim() ? classify(text) : null;
    out.push(
      JSON.stringify({
        text,
        status: result?.status ?? null,
        stage: result?.stage ?? null,
        severity: result?.severity ?? null,
      }),
    );
  }
  return out.length ? `${out.join('\n')}\n` : '';
}

const chunks: Buffer[] = [];
process.stdin.on('data', (chunk: Buffer) => chunks.push(chunk));
process.stdin.on('end', () => {
  process.stdout.write(classifyLines(Buffer.concat(chunks).toString('utf8')));
});
