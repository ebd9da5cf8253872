import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture } from '../../fixtures/index';
import type { BrowserDriver, DriverFactory } from '../harness/driver';
import { screenshotPath } from '../harness/output';

// The extension installs, its content script runs on AliExpress order and tracking pages (and
// nowhere else), and the popup opens: on a tracking tab it shows that tab's order.

const contentScriptReady = () => performance.getEntriesByName('tracklight:ready').length > 0;

/** The source of every file the content script loads before its first annotation (static imports). */
function contentScriptSource(dist: string): string {
  const manifest = JSON.parse(readFileSync(path.join(dist, 'manifest.json'), 'utf8')) as { content_scripts: { js: string[] }[] };
  const loader = readFileSync(path.join(dist, manifest.content_scripts[0]!.js[0]!), 'utf8');
  const entry = /getURL\(\s*["'`]([^"'`]+)["'`]\s*\)/.exec(loader)?.[1];
  if (!entry) throw new Error('the content script loader names no module');
  const seen = new Set<string>();
  const pending = [path.join(dist, entry)];
  let source = loader;
  while (pending.length) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    source += text;
    for (const match of text.matchAll(/(?:^|[;}\s])import\s*(?:[\w{},\s*]+from\s*)?["'`](\.\/[^"'`]+)["'`]/g)) pending.push(path.join(path.dirname(file), match[1]!));
  }
  return source;
}

export function extensionLoadsScenarios(launch: DriverFactory): void {
  describe('the extension loads', () => {
    let driver: BrowserDriver;
    beforeAll(async () => {
      driver = await launch();
    });
    afterAll(async () => {
      await driver?.close();
    });

    // First, before any page has stored a shipment.
    it('opens the popup with the empty state when no AliExpress tab is given', async () => {
      const popup = await driver.openPopup();
      await popup.waitFor(() => document.body.dataset.ready === 'true');
      expect(await popup.count('[data-view="empty"]')).toBe(1);
      expect(await popup.text('.empty__title')).toBe('No shipments tracked yet');
      await popup.screenshot(screenshotPath(driver.name, 'popup-empty'));
      await popup.close();
    });

    it("loads none of the popup's code into AliExpress pages", () => {
      const source = contentScriptSource(path.resolve(driver.name === 'firefox' ? 'dist-firefox' : 'dist'));
      expect(source).toContain('tracklight:start');
      // The popup's early reads (every stored record, the active tab) must never run in a page.
      expect(source).not.toContain('tracklight:popup-start');
      expect(source).not.toMatch(/\.tabs\.(query|sendMessage)\b/);
    });

    it('runs the content script on the current tracking page', async () => {
      const page = await driver.openPage(fixture('trackingEn').url);
      await page.waitFor(contentScriptReady);
      expect(page.pageErrors()).toEqual([]);
      expect(page.tracklightConsole()).toEqual([]);
      await page.screenshot(screenshotPath(driver.name, 'tracking-en'));
      await page.close();
    });

    it('runs the content script on a localized host', async () => {
      const page = await driver.openPage(fixture('trackingEsHost').url);
      await page.waitFor(contentScriptReady);
      expect(page.pageErrors()).toEqual([]);
      await page.close();
    });

    it('stays off AliExpress pages that are not order or tracking pages', async () => {
      const page = await driver.openPage(fixture('productPage').url);
      // Give a content script every chance to start, then check that none did.
      await new Promise((resolve) => setTimeout(resolve, 1000));
      expect(await page.evaluate(() => performance.getEntriesByName('tracklight:start').length)).toBe(0);
      await page.close();
    });

    it('opens the popup for a tracking tab and shows its order', async () => {
      const page = await driver.openPage(fixture('trackingEn').url);
      await page.waitFor(contentScriptReady);
      const orderId = fixture('trackingEn').expect!.orderId!;
      for (let i = 0; i < 40 && !(await driver.readStorage())[`shipment:${orderId}`]; i++) await new Promise((resolve) => setTimeout(resolve, 200));
      const tabId = await driver.tabIdOf(page);
      const popup = await driver.openPopup(tabId);
      await popup.waitFor(() => document.body.dataset.ready === 'true');
      expect(await popup.count('[data-view="shipment"]')).toBe(1);
      expect(await popup.text('.order')).toBe(`Order ${orderId}`);
      await popup.screenshot(screenshotPath(driver.name, 'popup-tracking-tab'));
      await popup.close();
      await page.close();
    });
  });
}
