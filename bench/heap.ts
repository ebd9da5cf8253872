// content_heap_bytes of contract §6: the renderer's JS heap after garbage collection on the
// 1,000-event page with the extension, minus the same page without it, over the Chrome DevTools
// Protocol. Both variants make exactly the same Playwright calls (navigate, wait a fixed time,
// then CDP only): Playwright's own injected scripts land in the same heap and would otherwise
// be counted as ours (toolchain-probes.md §3). Completion is checked after the sample, by CDP.
import { ChromiumDriver } from '../tests/e2e/harness/chromium-driver';
import { summarize, type Figure } from './content';
import { benchUrl, trackingPageHtml } from './pages';

const RUNS = 3;
const EVENTS = 1000;
/** Long enough for the 1,000-event page to be annotated many times over (≈40 ms measured). */
const SETTLE_MS = 3000;

async function heapAfterLoad(withExtension: boolean, pages: ReadonlyMap<string, string>): Promise<number> {
  const driver = await ChromiumDriver.launch({ pages, extension: withExtension });
  try {
    const { page } = await driver.openPage(benchUrl(EVENTS));
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const { result } = await cdp.send('Runtime.evaluate', {
      expression: "document.querySelectorAll('[data-tracklight-status]').length",
      returnByValue: true,
    });
    const marked = result.value as number;
    const expected = withExtension ? EVENTS : 0;
    if (marked !== expected) throw new Error(`heap sample taken with ${marked} entries marked, expected ${expected}: raise SETTLE_MS`);
    return usedSize;
  } finally {
    await driver.close();
  }
}

export async function heapFigure(log: (line: string) => void): Promise<Figure> {
  const pages = new Map([[benchUrl(EVENTS), trackingPageHtml(EVENTS)]]);
  const deltas: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    // Interleaved, each in a fresh browser and profile.
    const without = await heapAfterLoad(false, pages);
    const withExtension = await heapAfterLoad(true, pages);
    deltas.push(withExtension - without);
    log(`  heap run ${run + 1}/${RUNS}: ${without} B without, ${withExtension} B with the extension`);
  }
  return summarize(deltas);
}
