import { mkdirSync } from 'node:fs';
import path from 'node:path';

/** Where a scenario's screenshots go: test-output/<browser>/<name>.png. */
export function screenshotPath(browser: string, name: string): string {
  const dir = path.resolve('test-output', browser);
  mkdirSync(dir, { recursive: true });
  return path.join(dir, `${name}.png`);
}
