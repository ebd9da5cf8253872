import { classifyOnPage } from '../classifier';
import { ORDER_DETAIL_PAGE as D, ORDER_LIST_PAGE as L } from './selectors';
import { textAt, textOf, within } from './dom-text';
import type { PageAdapter, PageShipment, StatusEntry } from './types';
import { BADGE_TAG } from '../annotate/badge';

// The order list (/p/order/index.html) and the order detail page (/p/order/detail.html),
// aliexpress-pages.md §3. The list shows each order's status and, in its Track popover, the
// latest event; the detail page shows the order's status and a logistics line (the latest
// event, linking to the tracking page).

const ORDER_ID = /\b(\d{12,24})\b/;

function entry(element: Element | null): StatusEntry | null {
  const text = textOf(element);
  return element && text ? { element, text, code: null } : null;
}

/** The innermost element holding `element`'s text (a link's <span>, or the link itself). */
function textHolder(element: Element): Element {
  let holder = element;
  for (;;) {
    const children = Array.from(holder.children).filter((child) => child.localName !== BADGE_TAG);
    if (children.length !== 1 || textOf(children[0]) !== textOf(holder)) return holder;
    holder = children[0]!;
  }
}

/** The latest-event text in a Track popover: a known element, else the text the classifier knows. */
function popoverEvent(popover: Element): Element | null {
  const known = popover.querySelector(L.popoverEvent);
  if (known) return known;
  for (const candidate of Array.from(popover.querySelectorAll('p, span, div'))) {
    if (candidate.children.length) continue;
    const text = textOf(candidate);
    if (text.length >= 3 && !text.includes(':') && (classifyOnPage(text)?.confidence ?? 0) >= 0.8) return candidate;
  }
  return null;
}

function orderIdOf(order: Element): string | null {
  const href = order.querySelector(L.trackingLink)?.getAttribute('href') ?? '';
  const fromLink = /tradeOrderId=(\d{6,24})/.exec(href)?.[1];
  if (fromLink) return fromLink;
  return ORDER_ID.exec(textAt(order, L.headerInfo) ?? '')?.[1] ?? null;
}

/** "Estimated delivery date: May 14, 2026" style lines in a popover title. */
function popoverLine(popover: Element, index: number): string | null {
  const lines = Array.from(popover.querySelectorAll(`${L.popoverTitle} p`));
  return textOf(lines[index]) || null;
}

export const orderListAdapter: PageAdapter = {
  kind: 'order-list',

  findEntries(root) {
    const entries: StatusEntry[] = [];
    for (const status of within(root, L.status)) {
      const found = entry(status);
      if (found) entries.push(found);
    }
    for (const popover of within(root, L.popover)) {
      const found = entry(popoverEvent(popover));
      if (found) entries.push(found);
    }
    if (!entries.length && root instanceof Element) {
      const enclosing = root.closest(L.status) ?? root.closest(L.popoverEvent);
      const found = entry(enclosing);
      if (found) entries.push(found);
    }
    return entries;
  },

  extract(document) {
    const shipments: PageShipment[] = [];
    for (const order of within(document, L.order)) {
      const orderId = orderIdOf(order);
      if (!orderId) continue;
      const popover = order.querySelector(L.popover);
      const event = popover ? textOf(popoverEvent(popover)) : '';
      const eventTime = popover ? textAt(popover, L.popoverEventTime) : null;
      shipments.push({
        orderId,
        pageKind: 'order-list',
        orderStatus: textAt(order, L.status),
        packages: popover
          ? [
              {
                trackingNumber: textAt(popover, L.trackingNumberInPopover),
                carrierName: null,
                lastMileCarrier: null,
                lastMileNumber: null,
                etaText: popoverLine(popover, 0),
                events: event ? [{ timeText: eventTime, text: event, milestone: null, location: null, code: null }] : [],
              },
            ]
          : [],
      });
    }
    return shipments;
  },
};

function detailStatus(root: ParentNode): Element | null {
  // The selectors are in order of preference: the block's title, else the whole block.
  for (const selector of D.status.split(', ')) {
    const status = root instanceof Element && root.matches(selector) ? root : root.querySelector(selector);
    if (status && textOf(status)) return textHolder(status);
  }
  return null;
}

function logisticsLine(root: ParentNode): Element | null {
  const known = root.querySelector(D.logisticsLine);
  if (known) return textHolder(known);
  // Otherwise: a link to the tracking page whose text is a status the classifier knows.
  for (const link of Array.from(root.querySelectorAll('a[href*="/tracking/"]'))) {
    const text = textOf(link);
    if (text.length >= 3 && (classifyOnPage(text)?.confidence ?? 0) >= 0.8) return textHolder(link);
  }
  return null;
}

export const orderDetailAdapter: PageAdapter = {
  kind: 'order-detail',

  findEntries(root) {
    const entries: StatusEntry[] = [];
    for (const found of [entry(detailStatus(root)), entry(logisticsLine(root))]) if (found) entries.push(found);
    return entries;
  },

  extract(document, orderId) {
    if (!orderId) return [];
    const timeText = textAt(document, D.logisticsTime);
    const status = detailStatus(document);
    const line = logisticsLine(document);
    if (!status && !line) return [];
    const lineText = textOf(line);
    return [
      {
        orderId,
        pageKind: 'order-detail',
        orderStatus: textOf(status) || null,
        packages: lineText
          ? [{ trackingNumber: null, carrierName: null, lastMileCarrier: null, lastMileNumber: null, etaText: null, events: [{ timeText, text: lineText, milestone: null, location: null, code: null }] }]
          : [],
      },
    ];
  },
};
