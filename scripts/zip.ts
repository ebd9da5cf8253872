// `npm run zip`: store-ready zips of both builds in release/ (run after `npm run build:all`).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
for (const [dir, name] of [
  ['dist', `tracklight-chrome-${version}.zip`],
  ['dist-firefox', `tracklight-firefox-${version}.zip`],
] as const) {
  execFileSync(
    'node_modules/.bin/web-ext',
    ['build', '--source-dir', dir, '--artifacts-dir', 'release', '--filename', name, '--overwrite-dest'],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  console.log(`release/${name}`);
}
