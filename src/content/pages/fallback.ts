import { classifyOnPage } from '../classifier';
import type { PageKind } from '../../shared/messages';
import { BADGE_TAG } from '../annotate/badge';
import { locationPrefix, textOf } from './dom-text';
import { parseEventTime } from '../../shared/event-time';
import { MAX_PAGE_EVENTS } from '../../shared/shipment';
import type { PageAdapter, PageEvent, StatusEntry } from './types';

// When AliExpress renames its classes and the known selectors find nothing, status texts are
// found by what they say: leaf elements whose whole text the classifier recognises with
// confidence. The page degrades to fewer details instead of breaking.

const MIN_CONFIDENCE = 0.8;
const MAX_LEAVES = 5000;
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON', 'svg', 'TITLE', 'HEAD']);

function isLeafTextElement(element: Element): boolean {
  if (SKIP.has(element.tagName) || element.localName === BADGE_TAG) return false;
  // Links and buttons are actions ("Contact USPS"), not statuses.
  if (element.tagName === 'A' || element.getAttribute('role') === 'button') return false;
  for (const child of Array.from(element.children)) if (child.localName !== BADGE_TAG && child.localName !== 'br') return false;
  return true;
}

function candidates(root: ParentNode): Element[] {
  const leaves: Element[] = [];
  const walker = (root instanceof Document ? root : (root as Node).ownerDocument ?? document).createTreeWalker(
    root as Node,
    NodeFilter.SHOW_ELEMENT,
    { acceptNode: (node) => (SKIP.has((node as Element).tagName) || (node as Element).localName === BADGE_TAG ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT) },
  );
  if (root instanceof Element && isLeafTextElement(root)) leaves.push(root);
  for (let node = walker.nextNode(); node && leaves.length < MAX_LEAVES; node = walker.nextNode()) {
    if (isLeafTextElement(node as Element)) leaves.push(node as Element);
  }
  return leaves;
}

// Only whether a text is a time matters here (the background reads the times): any visit date will do.
const VISIT = new Date();

/** An entry found by its text, with the milestone title beside it (for the shipment). */
interface FoundEntry extends StatusEntry {
  milestone: string | null;
}

function recognised(element: Element): FoundEntry | null {
  const text = textOf(element);
  if (text.length < 3 || text.length > 300) return null;
  // A line with a date in it is a header or an ETA ("Delivered：Nov. 10"), not an event.
  if (parseEventTime(text, VISIT)) return null;
  const result = classifyOnPage(text);
  return result && result.confidence >= MIN_CONFIDENCE ? { element, text, code: null, milestone: null } : null;
}

/**
 * A timeline node shows a milestone title, the event text and its time side by side: where
 * several recognised texts share a parent, the event is the one followed by a time, else the
 * last one; the others are titles.
 */
function oneEntryPerNode(entries: FoundEntry[]): FoundEntry[] {
  const byParent = new Map<Element | null, FoundEntry[]>();
  for (const entry of entries) {
    const siblings = byParent.get(entry.element.parentElement) ?? [];
    siblings.push(entry);
    byParent.set(entry.element.parentElement, siblings);
  }
  const kept = new Map<Element, FoundEntry>();
  for (const [parent, siblings] of byParent) {
    if (!parent || siblings.length === 1) {
      for (const entry of siblings) kept.set(entry.element, entry);
      continue;
    }
    const followedByTime = siblings.find((entry) => {
      const next = textOf(entry.element.nextElementSibling);
      return next.length < 60 && parseEventTime(next, VISIT) !== null;
    });
    const event = followedByTime ?? siblings[siblings.length - 1]!;
    kept.set(event.element, { ...event, milestone: siblings.find((entry) => entry !== event)?.text ?? null });
  }
  // In page order.
  return entries.flatMap((entry) => kept.get(entry.element) ?? []);
}

const TRACKING_NUMBER = /^(?:LP\d{12,16}|[A-Z]{2}\d{9}[A-Z]{2}|YT\d{16}|SWX\d{15,21}|CNCAI\d{10,16})$/;

/** The first text on the page that is a tracking number in a format AliExpress uses. */
function trackingNumberOn(root: ParentNode): string | null {
  for (const leaf of candidates(root)) {
    const text = textOf(leaf);
    if (TRACKING_NUMBER.test(text)) return text;
  }
  return null;
}

/** The text of a time shown next to an entry (its sibling, or its parent's), or null. */
function timeNear(element: Element): string | null {
  const parent = element.parentElement;
  const neighbours = [element.nextElementSibling, element.previousElementSibling, parent?.nextElementSibling, parent?.previousElementSibling];
  for (const neighbour of neighbours) {
    if (!neighbour || neighbour === element) continue;
    const text = textOf(neighbour);
    if (text && text.length < 60 && parseEventTime(text, VISIT)) return text;
  }
  return null;
}

/** The status entries under `root`, found by their texts. */
function findByText(root: ParentNode): FoundEntry[] {
  const found: FoundEntry[] = [];
  for (const leaf of candidates(root)) {
    const entry = recognised(leaf);
    if (entry) found.push(entry);
  }
  const entries = oneEntryPerNode(found);
  // On a timeline every event stands next to its time: then texts without one (a footer's
  // disclaimer, a banner) are not events.
  const timed = entries.filter((entry) => timeNear(entry.element) !== null);
  return timed.length >= 3 ? timed : entries;
}

export function fallbackAdapter(kind: PageKind): PageAdapter {
  return {
    kind,
    findEntries: findByText,
    extract(document, orderId) {
      if (!orderId || kind === 'order-list') return [];
      const events: PageEvent[] = findByText(document.body ?? document).slice(0, MAX_PAGE_EVENTS).map((entry) => ({
        timeText: timeNear(entry.element),
        text: entry.text,
        milestone: entry.milestone,
        location: locationPrefix(entry.text),
        code: null,
      }));
      if (!events.length) return [];
      return [{ orderId, pageKind: kind, orderStatus: null, packages: [{ trackingNumber: trackingNumberOn(document.body ?? document), carrierName: null, lastMileCarrier: null, lastMileNumber: null, etaText: null, events }] }];
    },
  };
}
