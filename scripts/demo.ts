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
import { readMarkers, settle, waitForTooltip } from '../tests/e2e/harness/page-checks';

const samples: Fixture[] = FIXTURE_LIST.filter((fixture) => fixture.demo);
const headed = Boolean(process.env.DISPLAY) && process.env.TRACKLIGHT_DEMO_HEADLESS !== '1';

console.log('Building the extension (dist/)…');
execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });

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
        const count = await settle(page, sample.expect?.entries ?? 1);
        const markers = await readMarkers(page);
        // Open the tooltip of the newest recognised status, as a shopper hovering it would.
        const shown = markers.find((marker) => marker.status !== 'unknown');
        if (shown) {
          await page.hover(`[data-tracklight-status="${shown.status}"] > tracklight-badge`);
          await waitForTooltip(page, true).catch(() => undefined);
        }
        const file = path.join(outDir, `${sample.id}-${scheme}.png`);
        await page.screenshot(file);
        written.push(file);
        const unknown = markers.filter((marker) => marker.status === 'unknown').length;
        console.log(`${sample.description}: ${count} status entries explained${unknown ? ` (${unknown} not recognised)` : ''}`);
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
