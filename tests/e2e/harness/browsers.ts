import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

// Where the real browsers are. Never downloads one: the e2e run fails with a message that says
// how to install the missing browser.

function findExecutable(envName: string, candidates: readonly string[], installHint: string): string {
  const fromEnv = process.env[envName];
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`${envName}=${fromEnv} does not exist. ${installHint}`);
  }
  const found = candidates.find((candidate) => existsSync(candidate));
  if (!found) throw new Error(`No ${candidates.join(' or ')} on this machine. ${installHint}`);
  return found;
}

export function chromiumPath(): string {
  return findExecutable(
    'CHROMIUM_PATH',
    ['/usr/bin/chromium', '/usr/lib/chromium/chromium'],
    'Install Debian\'s Chromium ("apt-get install -y chromium") or set CHROMIUM_PATH to a Chromium binary (branded Google Chrome ignores --load-extension).',
  );
}

export function firefoxPath(): string {
  return findExecutable(
    'FIREFOX_PATH',
    ['/usr/bin/firefox-esr', '/usr/bin/firefox'],
    'Install Debian\'s Firefox ESR ("apt-get install -y firefox-esr") or set FIREFOX_PATH to a Firefox binary.',
  );
}

export type BrowserName = 'chromium' | 'firefox';

/** The browsers this run tests: all of them unless TRACKLIGHT_BROWSERS names some. */
export function selectedBrowsers(): BrowserName[] {
  const raw = process.env.TRACKLIGHT_BROWSERS;
  if (!raw) return ['chromium', 'firefox'];
  const names = raw.split(',').map((name) => name.trim());
  for (const name of names) {
    if (name !== 'chromium' && name !== 'firefox') throw new Error(`TRACKLIGHT_BROWSERS: unknown browser "${name}"`);
  }
  return names as BrowserName[];
}

/** The popup page of a build, as its manifest names it (contract §5). */
export function popupPathOf(buildDir: string): string {
  const manifest = JSON.parse(readFileSync(path.join(buildDir, 'manifest.json'), 'utf8')) as {
    action?: { default_popup?: string };
  };
  const popup = manifest.action?.default_popup;
  if (!popup) throw new Error(`${buildDir}/manifest.json has no action.default_popup`);
  return popup;
}
