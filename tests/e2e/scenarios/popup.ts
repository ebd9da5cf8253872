import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '../../../src/knowledge/texts/en';
import es from '../../../src/knowledge/texts/es';
import { fixture } from '../../fixtures/index';
import type { BrowserDriver, DriverFactory, PageHandle } from '../harness/driver';
import { screenshotPath } from '../harness/output';
import { settle } from '../harness/page-checks';

// The popup: the shipment of the tab it is opened on, its stages, advice, events, numbers and
// summary; the switch between packages; the list of shipments; the empty state; settings and
// deletion; no serious accessibility violation (axe-core), in light and dark.

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

async function ready(popup: PageHandle): Promise<void> {
  await popup.waitFor(() => document.body.dataset.ready === 'true');
}

/** axe-core's serious and critical violations on the page, as "rule: target" lines. */
async function accessibilityProblems(popup: PageHandle): Promise<string[]> {
  await popup.evaluateSource(AXE_SOURCE);
  const result = (await popup.evaluateSource(
    `axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').flatMap((v) => v.nodes.map((n) => v.id + ': ' + n.target.join(' '))))`,
  )) as string[];
  return result;
}

/** Visits a fixture page until its shipment is stored, and returns the page. */
async function visit(driver: BrowserDriver, id: string): Promise<PageHandle> {
  const page = await driver.openPage(fixture(id).url);
  await settle(page, fixture(id).expect!.entries);
  const orderId = fixture(id).expect!.orderId;
  for (let i = 0; i < 40; i++) {
    if (orderId && (await driver.readStorage())[`shipment:${orderId}`]) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return page;
}

export function popupScenarios(launch: DriverFactory): void {
  describe('the popup', () => {
    let driver: BrowserDriver;
    beforeAll(async () => {
      driver = await launch();
    });
    afterAll(async () => {
      await driver?.close();
    });

    it('shows the empty state before anything is tracked, accessibly', async () => {
      const popup = await driver.openPopup();
      await ready(popup);
      expect(await popup.count('[data-view="empty"]')).toBe(1);
      expect(await accessibilityProblems(popup)).toEqual([]);
      await popup.close();
    });

    it("shows the tracking tab's shipment: stage, advice, journey, events, numbers", async () => {
      const page = await visit(driver, 'trackingEn');
      const popup = await driver.openPopup(await driver.tabIdOf(page));
      await ready(popup);
      expect(await popup.count('[data-view="shipment"]')).toBe(1);
      expect(await popup.text('.order')).toBe(`Order ${fixture('trackingEn').expect!.orderId}`);
      expect(await popup.text('.where__stage')).toBe(en.stages['last-mile'].name);
      expect(await popup.text('.advice__title')).toBe(en.statuses['accepted-by-last-mile-carrier']!.title);
      expect(await popup.count('.stage')).toBe(10);
      expect(await popup.text('[aria-current="step"] .stage__name')).toBe(en.stages['last-mile'].name);
      expect(await popup.count('.event')).toBe(fixture('trackingEn').expect!.entries);
      expect(await popup.text('.number__value')).toBe(fixture('trackingEn').expect!.packages![0]!.trackingNumber);
      expect(popup.pageErrors()).toEqual([]);
      expect(await accessibilityProblems(popup)).toEqual([]);
      await popup.screenshot(screenshotPath(driver.name, 'popup-shipment'));
      await popup.close();
      await page.close();
    });

    it('expands an event to its full explanation and copies a summary for a dispute', async () => {
      const page = await visit(driver, 'trackingEn');
      const popup = await driver.openPopup(await driver.tabIdOf(page));
      await ready(popup);
      await popup.click('.event summary');
      expect(await popup.evaluate(() => document.querySelector('.event details')!.hasAttribute('open'))).toBe(true);
      await popup.evaluate(() => {
        const scope = window as unknown as { __copied: string | null };
        scope.__copied = null;
        navigator.clipboard.writeText = async (text: string) => {
          scope.__copied = text;
        };
      });
      await popup.click('[data-action="copy-summary"]');
      await popup.waitFor(() => (window as unknown as { __copied: string | null }).__copied !== null);
      const summary = await popup.evaluate(() => (window as unknown as { __copied: string }).__copied);
      expect(summary).toContain(`Order: ${fixture('trackingEn').expect!.orderId}`);
      expect(summary).toContain(fixture('trackingEn').expect!.packages![0]!.trackingNumber!);
      expect(summary).toContain('Accepted by last mile carrier');
      expect(summary).toContain('Tracking history:');
      expect(await popup.count('.toast')).toBe(1);
      await popup.close();
      await page.close();
    });

    it('switches between the packages of a split order, with the mouse and the arrow keys', async () => {
      const page = await visit(driver, 'trackingMultiPackage');
      const popup = await driver.openPopup(await driver.tabIdOf(page));
      await ready(popup);
      expect(await popup.count('[role="tab"]')).toBe(3);
      const first = await popup.text('.where__stage');
      await popup.click('[data-package="1"]');
      expect(await popup.evaluate(() => document.querySelector('[data-package="1"]')!.getAttribute('aria-selected'))).toBe('true');
      const second = await popup.text('.where__stage');
      expect(second).not.toBe(first);
      await popup.focus('[data-package="1"]');
      await popup.press('ArrowRight');
      expect(await popup.evaluate(() => document.activeElement?.getAttribute('data-package'))).toBe('2');
      expect(await accessibilityProblems(popup)).toEqual([]);
      await popup.screenshot(screenshotPath(driver.name, 'popup-multi-package'));
      // At 200% zoom (the popup window then grows to about twice the width) nothing is cut off
      // sideways: every line still wraps inside the popup.
      const overflow = await popup.evaluate(() => {
        document.documentElement.style.zoom = '2';
        const width = document.body.getBoundingClientRect().width;
        const wider = Array.from(document.querySelectorAll('#app *')).filter((element) => element.getBoundingClientRect().right > width + 1);
        document.documentElement.style.zoom = '';
        return wider.map((element) => element.className || element.tagName);
      });
      expect(overflow).toEqual([]);
      await popup.close();
      await page.close();
    });

    it('lists every tracked shipment, newest activity first, and opens one', async () => {
      const popup = await driver.openPopup();
      await ready(popup);
      expect(await popup.count('[data-view="list"]')).toBe(1);
      const orders = await popup.evaluate(() => Array.from(document.querySelectorAll('.list__item')).map((item) => item.getAttribute('data-order')));
      expect(orders).toHaveLength(2);
      expect(orders).toContain(fixture('trackingEn').expect!.orderId);
      expect(await accessibilityProblems(popup)).toEqual([]);
      await popup.screenshot(screenshotPath(driver.name, 'popup-list'));
      await popup.click(`[data-order="${orders[0]}"]`);
      expect(await popup.count('[data-view="shipment"]')).toBe(1);
      await popup.click('[data-action="back"]');
      expect(await popup.count('[data-view="list"]')).toBe(1);
      await popup.close();
    });

    it('changes the explanation language in the settings, for the popup and the pages', async () => {
      const page = await visit(driver, 'trackingEn');
      const popup = await driver.openPopup(await driver.tabIdOf(page));
      await ready(popup);
      await popup.click('[data-action="settings"]');
      expect(await popup.count('[data-view="settings"]')).toBe(1);
      expect(await accessibilityProblems(popup)).toEqual([]);
      await popup.screenshot(screenshotPath(driver.name, 'popup-settings'));
      await popup.evaluate(() => {
        const select = document.querySelector<HTMLSelectElement>('#setting-language')!;
        select.value = 'es';
        select.dispatchEvent(new Event('change'));
        const keep = document.querySelector<HTMLSelectElement>('#setting-keep')!;
        keep.value = '30';
        keep.dispatchEvent(new Event('change'));
      });
      await popup.waitFor(() => document.querySelector('.notice') !== null);
      const settings = (await driver.readStorage()).settings as { language: string; keepDeliveredDays: number };
      expect(settings).toMatchObject({ language: 'es', keepDeliveredDays: 30 });
      await popup.click('[data-action="close-settings"]');
      expect(await popup.text('.advice__title')).toBe(es.statuses['accepted-by-last-mile-carrier']!.title);
      await driver.writeStorage({ settings: { v: 1, language: 'auto', keepDeliveredDays: 90 } });
      await popup.close();
      await page.close();
    });

    it('forgets one shipment, and deletes everything, after confirming', async () => {
      const page = await visit(driver, 'trackingEn');
      const popup = await driver.openPopup(await driver.tabIdOf(page));
      await ready(popup);
      const orderId = fixture('trackingEn').expect!.orderId!;
      await popup.click('[data-action="settings"]');
      await popup.click('[data-action="forget"]');
      await popup.click('dialog [data-action="cancel"]');
      expect((await driver.readStorage())[`shipment:${orderId}`]).toBeTruthy();
      await popup.click('[data-action="forget"]');
      await popup.click('dialog [data-action="confirm"]');
      await popup.waitFor(() => document.querySelector('[data-view="list"], [data-view="empty"]') !== null);
      expect((await driver.readStorage())[`shipment:${orderId}`]).toBeUndefined();
      await popup.click('[data-action="settings"]');
      await popup.click('[data-action="delete-all"]');
      await popup.click('dialog [data-action="confirm"]');
      await popup.waitFor(() => document.querySelector('[data-view="empty"]') !== null);
      expect(await driver.readStorage()).toEqual({});
      await popup.close();
      await page.close();
    });

    it('reads well in dark mode too (screenshots, accessibility)', async () => {
      const dark = await launch({ colorScheme: 'dark' });
      try {
        const page = await visit(dark, 'trackingMultiPackage');
        const popup = await dark.openPopup(await dark.tabIdOf(page));
        await ready(popup);
        expect(await popup.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(22, 25, 29)');
        expect(await accessibilityProblems(popup)).toEqual([]);
        await popup.screenshot(screenshotPath(dark.name, 'popup-shipment-dark'));
        const list = await dark.openPopup();
        await ready(list);
        await list.screenshot(screenshotPath(dark.name, 'popup-list-dark'));
        await list.close();
        await popup.close();
        await page.close();
      } finally {
        await dark.close();
      }
    });
  });
}
