import { classPartOf, TRACKING_PAGE as S } from './selectors';
import { locationPrefix, textAt, textOf, within } from './dom-text';
import { MAX_PAGE_EVENTS } from '../../shared/shipment';
import type { PageAdapter, PageEvent, PagePackage, StatusEntry } from './types';

// The current tracking page, /p/tracking/index.html?tradeOrderId=… (aliexpress-pages.md §2):
// one block per package, each with its carrier, number and timeline nodes, newest first.

function entryOf(description: Element): StatusEntry | null {
  const text = textOf(description);
  if (!text) return null;
  return { element: description, text, code: null };
}

/** The local carrier, where the package block names it ("Contact USPS"). */
function lastMileCarrierOf(block: ParentNode): string | null {
  const line = block.querySelector(S.lastMile) ?? block;
  for (const link of Array.from(line.querySelectorAll('a'))) {
    const name = S.contactCarrier.exec(textOf(link))?.[1];
    if (name) return name;
  }
  return null;
}

/**
 * What a timeline node shows (description, time, title, place), in one walk of the node's
 * elements comparing class names: a long history has a thousand nodes, and four selector
 * queries for each cost more than the rest of reading the page.
 */
const NODE_PARTS = [S.nodeDesc, S.nodeTime, S.nodeTitle, S.nodeLocation].map(classPartOf);

function partsOf(node: Element): (Element | null)[] {
  const parts: (Element | null)[] = [null, null, null, null];
  let missing = parts.length;
  const elements = node.getElementsByTagName('*');
  for (let i = 0; i < elements.length && missing; i++) {
    const element = elements[i]!;
    const className = element.getAttribute('class');
    if (!className) continue;
    for (let k = 0; k < NODE_PARTS.length; k++) {
      if (!parts[k] && className.includes(NODE_PARTS[k]!)) {
        parts[k] = element;
        missing--;
      }
    }
  }
  return parts;
}

function eventsOf(block: ParentNode): PageEvent[] {
  const events: PageEvent[] = [];
  for (const node of within(block, S.node)) {
    if (events.length === MAX_PAGE_EVENTS) break;
    const [description, timeElement, title, place] = partsOf(node);
    const text = textOf(description);
    if (!text) continue;
    events.push({
      timeText: textOf(timeElement) || null,
      text,
      milestone: textOf(title) || null,
      location: textOf(place) || locationPrefix(text),
      code: null,
    });
  }
  return events;
}

export const trackingPageAdapter: PageAdapter = {
  kind: 'tracking',

  findEntries(root) {
    const entries: StatusEntry[] = [];
    for (const description of within(root, S.nodeDesc)) {
      const entry = entryOf(description);
      if (entry) entries.push(entry);
    }
    // A text change inside an entry arrives as a mutation below it.
    if (!entries.length && root instanceof Element) {
      const enclosing = root.closest(S.nodeDesc);
      const entry = enclosing ? entryOf(enclosing) : null;
      if (entry) entries.push(entry);
    }
    return entries;
  },

  extract(document, orderId) {
    if (!orderId) return [];
    const blocks = within(document, S.packageBlock);
    const pageHeader = textAt(document, S.header);
    const packages: PagePackage[] = (blocks.length ? blocks : [document]).map((block, index) => ({
      trackingNumber: textAt(block, S.trackingNumber),
      carrierName: textAt(block, S.carrierValue),
      lastMileCarrier: lastMileCarrierOf(block),
      lastMileNumber: null,
      // A block's own header when it has one; the page's header belongs to the first package.
      etaText: (block instanceof Element ? textAt(block, S.header) : null) ?? (index === 0 ? pageHeader : null),
      events: eventsOf(block),
    }));
    const withEvents = packages.filter((pkg) => pkg.events.length || pkg.trackingNumber);
    return withEvents.length ? [{ orderId, pageKind: 'tracking', orderStatus: null, packages: withEvents }] : [];
  },
};
