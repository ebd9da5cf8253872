// `npm test`: every check of the project, in order: type checking, unit tests, both builds, the
// end-to-end tests in real Chromium and Firefox, and `web-ext lint` of the Firefox build.
// Every step runs even when an earlier one fails, so the closing line counts everything:
// vitest's tests one by one, and each other step (type check, build, lint) as one check.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

interface StepResult {
  name: string;
  passed: number;
  failed: number;
  seconds: number;
}

const outputDir = path.resolve('test-output');
mkdirSync(outputDir, { recursive: true });
const bin = (name: string) => path.resolve('node_modules/.bin', name);

function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}): { ok: boolean; seconds: number } {
  const started = performance.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return { ok: result.status === 0, seconds: (performance.now() - started) / 1000 };
}

function check(name: string, command: string, args: string[]): StepResult {
  console.log(`\n▶ ${name}`);
  const { ok, seconds } = run(command, args);
  return { name, passed: ok ? 1 : 0, failed: ok ? 0 : 1, seconds };
}

interface VitestJson {
  numPassedTests: number;
  numFailedTests: number;
  numTotalTests: number;
}

function vitest(name: string, project: string, env: NodeJS.ProcessEnv = {}): StepResult {
  console.log(`\n▶ ${name}`);
  const report = path.join(outputDir, `${project}-report.json`);
  rmSync(report, { force: true });
  const { ok, seconds } = run(
    bin('vitest'),
    ['run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
    env,
  );
  if (!existsSync(report)) return { name, passed: 0, failed: 1, seconds }; // the runner itself failed
  const json = JSON.parse(readFileSync(report, 'utf8')) as VitestJson;
  // A run that exits non-zero with no failed test (e.g. a crashed setup) still counts as a failure.
  const failed = json.numFailedTests + (!ok && json.numFailedTests === 0 ? 1 : 0);
  return { name, passed: json.numPassedTests, failed, seconds };
}

const started = performance.now();
const results: StepResult[] = [
  check('type check (tsc)', bin('tsc'), ['--noEmit', '-p', '.']),
  vitest('unit tests (vitest, jsdom)', 'unit'),
  check('build for Chrome/Chromium → dist/', bin('vite'), ['build', '--logLevel', 'warn']),
  check('build for Firefox → dist-firefox/', bin('vite'), ['build', '--mode', 'firefox', '--logLevel', 'warn']),
  vitest('end-to-end tests (real Chromium and Firefox)', 'e2e', { TRACKLIGHT_SKIP_BUILD: '1' }),
  check('web-ext lint of dist-firefox/', bin('web-ext'), ['lint', '--source-dir', 'dist-firefox', '--warnings-as-errors']),
];

console.log('\nSummary');
for (const result of results) {
  console.log(`  ${result.failed ? '✗' : '✓'} ${result.name}: ${result.passed} passed, ${result.failed} failed (${result.seconds.toFixed(1)} s)`);
}
console.log(`  total time ${((performance.now() - started) / 1000).toFixed(1)} s`);
const passed = results.reduce((sum, result) => sum + result.passed, 0);
const failed = results.reduce((sum, result) => sum + result.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
