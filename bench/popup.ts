// Popup figures of contract §6, in Chromium with the built extension: from navigating to the
// popup page to the view painted (its own mark), for a 100-event shipment and for the list of
// 300 stored shipments.
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { PageShipment } from '../src/shared/shipment';
import { mergeShipment } from '../src/storage/merge';
import { ChromiumDriver } from '../tests/e2e/harness/chromium-driver';
import type { PageHandle } from '../tests/e2e/harness/driver';
import { summarize, type Figure } from './content';
import { benchUrl, trackingPageHtml } from './pages';

const RUNS = 9;
const TEXTS = ['Accepted by carrier', 'Hand over to airline', 'Import customs clearance complete', 'Accepted by last mile carrier', 'Delivered'];

function paintedAt(popup: PageHandle): Promise<number> {
  return popup.evaluate(async () => {
    for (let i = 0; i < 200 && !performance.getEntriesByName('tracklight:popup-painted').length; i++) await new Promise((resolve) => setTimeout(resolve, 10));
    return performance.getEntriesByName('tracklight:popup-painted')[0]!.startTime;
  });
}

export function storedShipmentsForBench(count: number): Record<string, unknown> {
  const items: Record<string, unknown> = {};
  for (let i = 0; i < count; i++) {
    const orderId = String(8_100_000_000_000_000 + i);
    const page: PageShipment = {
      orderId,
      pageKind: 'tracking',
      orderStatus: 'Awaiting delivery',
      packages: [
        {
          trackingNumber: `LP${String(10_000_000_000_000 + i).padStart(14, '0')}`,
          carrierName: 'AliExpress standard shipping',
          lastMileCarrier: null,
          lastMileNumber: null,
          etaText: null,
          events: TEXTS.slice(0, 1 + (i % TEXTS.length)).map((text, k) => ({
            timeText: new Date(Date.UTC(2026, 9, 1 + (i % 40), k * 5)).toISOString(),
            text,
            milestone: null,
            location: null,
            code: null,
          })),
        },
      ],
    };
    items[`shipment:${orderId}`] = mergeShipment(null, page, new Date('2026-11-01T00:00:00Z'));
  }
  return items;
}

// The floor: an extension page with one empty module script that marks its first frame the way
// the popup does. Written into dist/ for this run only (the extension never ships it).
const BLANK_PAGE = 'bench-blank.html';
const BLANK_SCRIPT = 'bench-blank.js';

export async function popupFigures(log: (line: string) => void): Promise<Record<string, Figure>> {
  const url = benchUrl(100);
  writeFileSync(path.join('dist', BLANK_PAGE), `<!doctype html><html><head><meta charset="utf-8"><script type="module" src="/${BLANK_SCRIPT}"></script></head><body></body></html>`);
  writeFileSync(path.join('dist', BLANK_SCRIPT), "requestAnimationFrame(() => performance.mark('tracklight:popup-painted'));\n");
  const driver = await ChromiumDriver.launch({ pages: new Map([[url, trackingPageHtml(100)]]) });
  const timeline: number[] = [];
  const list: number[] = [];
  const blank: number[] = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      const page = await driver.openExtensionPage(BLANK_PAGE);
      blank.push(await paintedAt(page));
      await page.close();
    }
    const page = await driver.openPage(url);
    await page.waitFor(() => document.querySelectorAll('[data-tracklight-status]').length >= 100, undefined, 30_000);
    const orderId = new URL(url).searchParams.get('tradeOrderId')!;
    for (let i = 0; i < 50 && !(await driver.readStorage())[`shipment:${orderId}`]; i++) await new Promise((resolve) => setTimeout(resolve, 200));
    const tabId = await driver.tabIdOf(page);
    for (let run = 0; run < RUNS; run++) {
      const popup = await driver.openPopup(tabId);
      timeline.push(await paintedAt(popup));
      if ((await popup.count('.event')) === 0 || (await popup.count('[data-action="show-all-events"]')) !== 1) {
        throw new Error('the popup did not show the 100-event timeline');
      }
      await popup.close();
    }
    await page.close();
    await driver.writeStorage(storedShipmentsForBench(300));
    for (let run = 0; run < RUNS; run++) {
      const popup = await driver.openPopup();
      list.push(await paintedAt(popup));
      if ((await popup.count('.list__item')) < 300) throw new Error('the popup did not list 300 shipments');
      await popup.close();
    }
    const ms = (values: number[]) => values.map((value) => value.toFixed(0)).join(', ');
    log(`  popup: blank page ${ms(blank)} ms; timeline ${ms(timeline)} ms; list ${ms(list)} ms`);
  } finally {
    await driver.close();
    rmSync(path.join('dist', BLANK_PAGE), { force: true });
    rmSync(path.join('dist', BLANK_SCRIPT), { force: true });
  }
  return { popup_render_ms: summarize(timeline), popup_list_render_ms: summarize(list), popup_blank_page_ms: summarize(blank) };
}
