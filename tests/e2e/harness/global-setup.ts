import { execFileSync } from 'node:child_process';
import { chromiumPath, firefoxPath, selectedBrowsers } from './browsers';

// Builds the extension once for the whole e2e run, for the browsers the run tests, and checks
// that those browsers exist before any scenario starts.
export default function setup(): void {
  const browsers = selectedBrowsers();
  for (const browser of browsers) (browser === 'chromium' ? chromiumPath : firefoxPath)();
  if (process.env.TRACKLIGHT_SKIP_BUILD === '1') return;
  const vite = ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'];
  if (browsers.includes('chromium')) execFileSync(process.execPath, vite, { stdio: 'inherit' });
  if (browsers.includes('firefox')) execFileSync(process.execPath, [...vite, '--mode', 'firefox'], { stdio: 'inherit' });
}
