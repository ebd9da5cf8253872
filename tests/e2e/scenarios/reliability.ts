import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture } from '../../fixtures/index';
import { pageTime, trackingPageHtml, trackingUrl, type GeneratedEvent } from '../../fixtures/generated';
import type { BrowserDriver, DriverFactory } from '../harness/driver';
import { readMarkers, revealAll, settle } from '../harness/page-checks';
import { screenshotPath } from '../harness/output';

// Nothing stored is lost and nothing breaks: two tabs writing one order at once, the background
// stopped and restarted, the extension reloaded (as an update does) under an open page, data of
// an earlier version upgraded by the update, and records that cannot be read reported by the
// popup while the others show.

const ORDER = '3099000011112222';
const EVENTS: GeneratedEvent[] = [
  { title: 'Customs complete', text: 'Import customs clearance complete', time: pageTime(0) },
  { title: 'In transit', text: 'Arrived at destination country/region', time: pageTime(30) },
  { title: 'In transit', text: 'Hand over to airline', time: pageTime(70) },
  { title: 'Collected by carrier', text: 'Received by logistics company', time: pageTime(100) },
  { title: 'Package in preparation', text: 'Order received by the warehouse', time: pageTime(120) },
];
// Two views of one order: the first page shows older events, the second newer ones; both show the oldest.
const FIRST = trackingUrl(ORDER, '&from=list');
const SECOND = trackingUrl(ORDER, '&from=detail');
const SERVICE_ORDER = '3099000033334444';
const BEFORE_STOP = trackingUrl(SERVICE_ORDER, '&visit=1');
const AFTER_STOP = trackingUrl(SERVICE_ORDER, '&visit=2');

const PAGES = new Map([
  [FIRST, trackingPageHtml({ events: [EVENTS[2]!, EVENTS[3]!, EVENTS[4]!] })],
  [SECOND, trackingPageHtml({ events: [EVENTS[0]!, EVENTS[1]!, EVENTS[4]!] })],
  [BEFORE_STOP, trackingPageHtml({ events: EVENTS.slice(2), trackingNumber: 'LP00611112222333' })],
  [AFTER_STOP, trackingPageHtml({ events: EVENTS.slice(0, 2), trackingNumber: 'LP00611112222333' })],
]);

interface Stored {
  v?: number;
  orderStatusId?: string | null;
  packages: { events: { text: string }[] }[];
}

/** The stored shipment once `wanted` holds, or what is stored at the deadline. */
async function storedWhen(driver: BrowserDriver, orderId: string, wanted: (shipment: Stored) => boolean, timeoutMs = 10_000): Promise<Stored | undefined> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const shipment = (await driver.readStorage())[`shipment:${orderId}`] as Stored | undefined;
    if ((shipment && wanted(shipment)) || Date.now() > deadline) return shipment;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

const textsOf = (shipment: Stored | undefined) => (shipment?.packages ?? []).flatMap((pkg) => pkg.events.map((event) => event.text)).sort();

export function reliabilityScenarios(launch: DriverFactory): void {
  describe('nothing is lost, nothing breaks', () => {
    let driver: BrowserDriver;
    beforeAll(async () => {
      driver = await launch({ pages: PAGES });
    });
    afterAll(async () => {
      await driver?.close();
    });

    it('keeps every event when two tabs show the same order at once', async () => {
      const pages = await Promise.all([driver.openPage(FIRST), driver.openPage(SECOND)]);
      const all = EVENTS.map((event) => event.text).sort();
      const shipment = await storedWhen(driver, ORDER, (stored) => textsOf(stored).length >= all.length);
      expect(textsOf(shipment)).toEqual(all);
      for (const page of pages) {
        expect(page.pageErrors()).toEqual([]);
        await page.close();
      }
    });

    it('loses nothing when the background is stopped and started again', async (context) => {
      if (!driver.stopBackground) context.skip(); // Firefox: its event page cannot be stopped over WebDriver BiDi
      const first = await driver.openPage(BEFORE_STOP);
      const before = await storedWhen(driver, SERVICE_ORDER, (stored) => textsOf(stored).length === 3);
      expect(textsOf(before)).toHaveLength(3);
      await first.close();
      await driver.stopBackground!();
      // The next page wakes the background; it must merge into what was stored, not start over.
      const second = await driver.openPage(AFTER_STOP);
      const after = await storedWhen(driver, SERVICE_ORDER, (stored) => textsOf(stored).length === 5);
      expect(textsOf(after)).toEqual(EVENTS.map((event) => event.text).sort());
      await second.close();
    });

    it('stops the old content script cleanly when the extension is reloaded under an open page', async () => {
      const page = await driver.openPage(fixture('trackingEn').url);
      const entries = fixture('trackingEn').expect!.entries;
      await settle(page, entries);
      await revealAll(page);
      await driver.reloadExtension();
      // The page keeps changing after the update: the orphaned script must not throw or annotate twice.
      await page.evaluate(() => {
        const list = document.querySelector('[class*="logistic-info-v2--nodeList--"]')!;
        list.insertAdjacentHTML('afterbegin', '<div class="logistic-info-v2--node--x1"><div class="logistic-info-v2--nodeDesc--x1">Out for delivery</div></div>');
      });
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      await revealAll(page);
      const markers = await readMarkers(page);
      expect(markers.every((marker) => marker.badges <= 1)).toBe(true);
      expect(page.pageErrors()).toEqual([]);
      expect(page.tracklightConsole()).toEqual([]);
      await page.screenshot(screenshotPath(driver.name, 'after-extension-reload'));
      await page.close();
      // A page opened (or reloaded) after the update is annotated once, by the new script.
      const fresh = await driver.openPage(fixture('trackingEn').url);
      expect(await settle(fresh, entries)).toBe(entries);
      await revealAll(fresh);
      expect((await readMarkers(fresh)).every((marker) => marker.badges === 1)).toBe(true);
      expect(fresh.pageErrors()).toEqual([]);
      await fresh.close();
    });

    it('upgrades data stored by version 1 when the extension is updated', async () => {
      await driver.replaceStorage({});
      const v1 = JSON.parse(readFileSync('tests/fixtures/storage/v1.json', 'utf8')) as Record<string, unknown>;
      await driver.writeStorage(v1);
      await driver.reloadExtension(); // onInstalled ('update' for a real update, 'install'/'update' here) upgrades
      const deadline = Date.now() + 10_000;
      let stored = await driver.readStorage();
      while (stored.schemaVersion !== 2 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 250));
        stored = await driver.readStorage();
      }
      expect(stored.schemaVersion).toBe(2);
      const listed = stored['shipment:8199001234567890'] as Stored;
      expect(listed.v).toBe(2);
      expect(listed.orderStatusId).toBe('awaiting-shipment');
      expect(textsOf(stored['shipment:3041928374651029'] as Stored)).toEqual(textsOf(v1['shipment:3041928374651029'] as Stored));
      expect(Object.keys(stored).filter((key) => key.startsWith('quarantine:'))).toEqual([]);
    });

    it('reports records it cannot read and shows the others', async () => {
      await driver.writeStorage({ 'shipment:3099999999999999': { v: 2, orderId: '3099999999999999', packages: 'lost' } });
      const popup = await driver.openPopup();
      await popup.waitFor(() => document.body.dataset.ready === 'true');
      expect(await popup.text('.notice--error')).toMatch(/1 stored record\(s\) could not be read/);
      // The delivered order of the old data is past its retention (30 days): the upgrade let it go.
      expect(await popup.count('.list__item[data-order="3041928374651029"]')).toBe(1);
      // An order seen only on the order list shows its stage (stored by the upgrade), not "Not recognised yet".
      expect(await popup.text('.list__item[data-order="8199001234567890"]')).not.toMatch(/Not recognised yet/);
      await popup.screenshot(screenshotPath(driver.name, 'popup-unreadable-record'));
      await popup.close();
      await driver.replaceStorage({});
    });
  });
}

