// `npm run demo`: builds the extension, then opens Chromium with it on the bundled sample pages,
// served at their real AliExpress addresses from tests/fixtures (no network, no account).
// With a display: a normal window to hover and click in. Without one: headless, saving
// screenshots of every sample page and of the popup to demo-output/.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { FIXTURE_LIST } from '../tests/fixtures/catalog';
import type { Fixture } from '../tests/fixtures/index';
import { ChromiumDriver } from '../tests/e2e/harness/chromium-driver';

const samples: Fixture[] = FIXTURE_LIST.filter((fixture) => fixture.demo);
const headed = Boolean(process.env.DISPLAY) && process.env.TRACKLIGHT_DEMO_HEADLESS !== '1';

console.log('Building the extension (dist/)…');
execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });

const readyAt = () => performance.getEntriesByName('tracklight:ready')[0]?.startTime ?? null;

if (headed) {
  const driver = await ChromiumDriver.launch({ headless: false });
  for (const sample of samples) await driver.openPage(sample.url);
  console.log(`Chromium is open with Tracklight on ${samples.length} sample page(s). Close the window to end the demo.`);
  await driver.waitForClose();
} else {
  const outDir = path.resolve('demo-output');
  mkdirSync(outDir, { recursive: true });
  const written: string[] = [];
  for (const scheme of ['light', 'dark'] as const) {
    const driver = await ChromiumDriver.launch({ colorScheme: scheme });
    try {
      for (const sample of samples) {
        const page = await driver.openPage(sample.url);
        await page.waitFor(() => performance.getEntriesByName('tracklight:ready').length > 0);
        const ready = await page.evaluate(readyAt);
        const file = path.join(outDir, `${sample.id}-${scheme}.png`);
        await page.screenshot(file);
        written.push(file);
        console.log(`${sample.description}: Tracklight's content script ran (ready ${ready?.toFixed(0)} ms after navigation start)`);
        const popup = await driver.openPopup(await driver.tabIdOf(page));
        await popup.waitFor(() => document.body.dataset.ready === 'true');
        const popupFile = path.join(outDir, `${sample.id}-popup-${scheme}.png`);
        await popup.screenshot(popupFile);
        written.push(popupFile);
        await popup.close();
        await page.close();
      }
      const popup = await driver.openPopup();
      await popup.waitFor(() => document.body.dataset.ready === 'true');
      const emptyFile = path.join(outDir, `popup-empty-${scheme}.png`);
      await popup.screenshot(emptyFile);
      written.push(emptyFile);
    } finally {
      await driver.close();
    }
  }
  console.log('\nNo display found, so the demo ran headless. Screenshots:');
  for (const file of written) console.log(`  ${path.relative(process.cwd(), file)}`);
}
