// Content-script figures of contract §6, measured in Chromium with the built extension, from
// the content script's own performance marks and measures (tracklight:start,
// tracklight:annotated, tracklight:scan, tracklight:batch).
import { ChromiumDriver } from '../tests/e2e/harness/chromium-driver';
import type { PageHandle } from '../tests/e2e/harness/driver';
import { benchUrl, nodeHtml, trackingPageHtml } from './pages';

export interface Figure {
  median: number;
  min: number;
  max: number;
}

export function summarize(values: number[]): Figure {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)]!, min: sorted[0]!, max: sorted[sorted.length - 1]! };
}

// Medians of 9 runs: this 2-core machine's speed varies from one moment to the next.
const RUNS = 9;

async function waitForMarkers(page: PageHandle, count: number, timeoutMs = 30_000): Promise<void> {
  await page.waitFor((n) => document.querySelectorAll('[data-tracklight-status]').length >= n, count, timeoutMs);
  // Let trailing batches finish: wait until no new annotation mark for 300 ms.
  let last = -1;
  for (;;) {
    const marks = await page.evaluate(() => performance.getEntriesByName('tracklight:annotated').length);
    if (marks === last) return;
    last = marks;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

/** Waits for the content script to read the page's shipment (it does once the page is quiet) after `since`. */
async function waitForExtraction(page: PageHandle, since: number): Promise<void> {
  await page.waitFor((after) => performance.getEntriesByName('tracklight:extract').some((entry) => entry.startTime >= after), since, 30_000);
}

/** Start of the content script to the last status annotated, by its own marks. */
function annotateTime(page: PageHandle): Promise<number> {
  return page.evaluate(() => {
    const start = performance.getEntriesByName('tracklight:start')[0]!.startTime;
    const marks = performance.getEntriesByName('tracklight:annotated');
    return marks[marks.length - 1]!.startTime - start;
  });
}

/** The longest single run of Tracklight's work so far (its measures around every batch), and its name. */
function longestBlock(page: PageHandle): Promise<{ ms: number; name: string }> {
  return page.evaluate(() =>
    performance
      .getEntriesByType('measure')
      .filter((entry) => entry.name.startsWith('tracklight:'))
      .reduce((longest, entry) => (entry.duration > longest.ms ? { ms: entry.duration, name: entry.name } : longest), { ms: 0, name: '-' }),
  );
}

function bareScan(page: PageHandle): Promise<number> {
  return page.evaluate(() => {
    const started = performance.now();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let length = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) length += node.nodeValue!.length;
    const elapsed = performance.now() - started;
    return length >= 0 ? elapsed : elapsed;
  });
}

export async function contentFigures(log: (line: string) => void): Promise<Record<string, Figure>> {
  const pages = new Map([60, 1000].map((events) => [benchUrl(events), trackingPageHtml(events)]));
  const driver = await ChromiumDriver.launch({ pages });
  const annotate60: number[] = [];
  const annotate1000: number[] = [];
  const scan1000: number[] = [];
  const blocks: number[] = [];
  const mutationBatch: number[] = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      const small = await driver.openPage(benchUrl(60));
      await waitForMarkers(small, 60);
      annotate60.push(await annotateTime(small));
      await small.close();

      const large = await driver.openPage(benchUrl(1000));
      await waitForMarkers(large, 1000);
      annotate1000.push(await annotateTime(large));
      scan1000.push(await bareScan(large));
      await waitForExtraction(large, 0);
      const burstsFrom = await large.evaluate(() => performance.now());
      // 200 nodes appended in bursts of 20, as a page loading more history would.
      for (let burst = 0; burst < 10; burst++) {
        await large.evaluate(
          ({ html }) => document.getElementById('nodes')!.insertAdjacentHTML('beforeend', html),
          { html: Array.from({ length: 20 }, (_, i) => nodeHtml(1000 + burst * 20 + i, 1200)).join('') },
        );
        await new Promise((resolve) => setTimeout(resolve, 40));
      }
      await waitForMarkers(large, 1200);
      // The page's shipment is read again once the bursts stop: that work is part of the load.
      await waitForExtraction(large, burstsFrom);
      const longest = await longestBlock(large);
      blocks.push(longest.ms);
      // 50 status nodes appended at once: Tracklight's work for them, by its own measures.
      const before = await large.evaluate(() => performance.now());
      await large.evaluate(
        ({ html }) => document.getElementById('nodes')!.insertAdjacentHTML('beforeend', html),
        { html: Array.from({ length: 50 }, (_, i) => nodeHtml(2000 + i, 2050)).join('') },
      );
      await waitForMarkers(large, 1250);
      mutationBatch.push(
        await large.evaluate(
          (since) =>
            performance
              .getEntriesByType('measure')
              .filter((entry) => (entry.name === 'tracklight:scan' || entry.name === 'tracklight:batch') && entry.startTime >= since)
              .reduce((sum, entry) => sum + entry.duration, 0),
          before,
        ),
      );
      if (large.pageErrors().length) throw new Error(`page errors: ${large.pageErrors().join('; ')}`);
      await large.close();
      log(
        `  content run ${run + 1}/${RUNS}: annotate 60 ${annotate60[run]!.toFixed(1)} ms, 1000 ${annotate1000[run]!.toFixed(1)} ms, longest block ${longest.ms.toFixed(1)} ms (${longest.name})`,
      );
    }
  } finally {
    await driver.close();
  }
  const ratio = annotate1000.map((value, i) => value / scan1000[i]!);
  return {
    annotate_60_ms: summarize(annotate60),
    annotate_1000_ms: summarize(annotate1000),
    bare_scan_1000_ms: summarize(scan1000),
    annotate_vs_scan_ratio: summarize(ratio),
    longest_block_ms: summarize(blocks),
    mutation_batch_ms: summarize(mutationBatch),
  };
}
