import { LEGACY_TRACKING_PAGE as S } from './selectors';
import { locationPrefix, MAX_ENTRY_TEXT, textAt, textOf, within } from './dom-text';
import type { PageAdapter, PageEvent, StatusEntry } from './types';
import { MAX_PAGE_EVENTS } from '../../shared/shipment';

// The legacy tracking page, track.aliexpress.com/logisticsdetail.htm (aliexpress-pages.md §4):
// per parcel a `ul.ship-steps`, each `li.step` an icon and two <p>: the text, then the time
// ("2019-04-30 02:14:00 [GMT+8]").

function paragraphs(step: Element): Element[] {
  return Array.from(step.children).filter((child) => child.tagName === 'P');
}

function entryOf(step: Element): StatusEntry | null {
  const holder = paragraphs(step)[0];
  const text = textOf(holder);
  return holder && text ? { element: holder, text, code: null } : null;
}

export const legacyTrackingPageAdapter: PageAdapter = {
  kind: 'legacy-tracking',

  findEntries(root) {
    const steps = within(root, S.step);
    if (!steps.length && root instanceof Element) {
      const enclosing = root.closest(S.step);
      if (enclosing) steps.push(enclosing);
    }
    return steps.map(entryOf).filter((entry): entry is StatusEntry => entry !== null);
  },

  extract(document, orderId) {
    if (!orderId) return [];
    const blocks = within(document, S.packageBlock);
    const packages = (blocks.length ? blocks : [document]).map((block) => {
      const events: PageEvent[] = [];
      for (const step of within(block, S.step)) {
        if (events.length === MAX_PAGE_EVENTS) break;
        const [textHolder, ...timeParts] = paragraphs(step);
        const text = textOf(textHolder);
        if (!text) continue;
        // The time, and on some versions its zone in a paragraph of its own.
        const time = timeParts.map((part) => textOf(part)).join(' ').trim().slice(0, MAX_ENTRY_TEXT);
        events.push({ timeText: time || null, text, milestone: null, location: locationPrefix(text), code: null });
      }
      return {
        trackingNumber: textAt(block, S.trackingNumber),
        carrierName: textAt(block, S.carrierName),
        lastMileCarrier: null,
        lastMileNumber: null,
        etaText: null,
        events,
      };
    });
    const withEvents = packages.filter((pkg) => pkg.events.length);
    return withEvents.length ? [{ orderId, pageKind: 'legacy-tracking', orderStatus: null, packages: withEvents }] : [];
  },
};
