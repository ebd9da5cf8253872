import type { PageHandle } from './driver';

// In-page probes shared by the scenarios. Each runs in the page's main world (the badges'
// shadow roots are open, so their content is readable there) and returns plain data.

export interface Marker {
  status: string | null;
  stage: string | null;
  text: string;
  badges: number;
  /** Not rendered (inside a closed popover): its badge comes when it is shown. */
  hidden: boolean;
}

export function readMarkers(page: PageHandle): Promise<Marker[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('[data-tracklight-status]')).map((element) => ({
      status: element.getAttribute('data-tracklight-status'),
      stage: element.getAttribute('data-tracklight-stage'),
      text: (element.textContent ?? '').replace(/\s+/g, ' ').trim(),
      badges: Array.from(element.children).filter((child) => child.localName === 'tracklight-badge').length,
      hidden: element.getClientRects().length === 0,
    })),
  );
}

/** Opens what hides marked entries (an order's Track popover shown on hover), as a shopper would. */
export async function showHiddenEntries(page: PageHandle): Promise<void> {
  await page.evaluate(() => {
    for (const element of Array.from(document.querySelectorAll('[data-tracklight-status]'))) {
      for (let node: Element | null = element; node && node.getClientRects().length === 0; node = node.parentElement) {
        if (getComputedStyle(node).display === 'none') (node as HTMLElement).style.display = 'block';
      }
    }
  });
  await new Promise((resolve) => setTimeout(resolve, 100));
}

/** Waits until at least `expected` entries are marked and the count has stopped changing. */
export async function settle(page: PageHandle, expected: number, timeoutMs = 15_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  let last = -1;
  let stableSince = Date.now();
  for (;;) {
    const count = await page.evaluate(() => document.querySelectorAll('[data-tracklight-status]').length);
    if (count !== last) {
      last = count;
      stableSince = Date.now();
    }
    if (count >= expected && Date.now() - stableSince > 600) return count;
    if (Date.now() > deadline) return count;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Scrolls through the whole page, a screen at a time, so every entry comes into view and gets
 * its badge (badges are built for what is in view), then back to the top.
 */
export async function revealAll(page: PageHandle): Promise<void> {
  const screens = await page.evaluate(() => Math.ceil(document.documentElement.scrollHeight / window.innerHeight));
  for (let screen = 0; screen <= screens; screen++) {
    await page.evaluate((n) => window.scrollTo(0, n * window.innerHeight), screen);
    await new Promise((resolve) => setTimeout(resolve, 60));
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  await new Promise((resolve) => setTimeout(resolve, 100));
}

/** The open tooltip's parts, or null when no tooltip is open. */
export function openTooltip(page: PageHandle): Promise<{ title: string; text: string; step: string } | null> {
  return page.evaluate(() => {
    for (const badge of Array.from(document.querySelectorAll('tracklight-badge'))) {
      const tip = badge.shadowRoot?.querySelector('.tip');
      if (tip) {
        return {
          title: tip.querySelector('.title')?.textContent ?? '',
          text: tip.textContent ?? '',
          step: tip.querySelector('.step')?.textContent ?? '',
        };
      }
    }
    return null;
  });
}

export async function waitForTooltip(page: PageHandle, open: boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while ((await openTooltip(page)) === null === open) {
    if (Date.now() > deadline) throw new Error(`tooltip did not ${open ? 'open' : 'close'}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  // Let the opening fade (120 ms, when motion is allowed) finish before anyone looks.
  if (open) await new Promise((resolve) => setTimeout(resolve, 200));
}

/** Focuses the button of the n-th badge, as Tab would. */
export function focusBadge(page: PageHandle, index: number): Promise<void> {
  return page.evaluate((n) => {
    const badge = document.querySelectorAll('tracklight-badge')[n];
    (badge?.shadowRoot?.querySelector('button') as HTMLButtonElement | null)?.focus();
  }, index);
}
