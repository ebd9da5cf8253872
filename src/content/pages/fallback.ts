import { contentClassifier } from '../classifier';
import type { PageKind } from '../../shared/messages';
import { BADGE_TAG } from '../annotate/badge';
import { locationPrefix, textOf } from './dom-text';
import type { PageAdapter, PageEvent, StatusEntry } from './types';

// When AliExpress renames its classes and the known selectors find nothing, status texts are
// found by what they say: leaf elements whose whole text the classifier recognises with
// confidence. The page degrades to fewer details instead of breaking.

const MIN_CONFIDENCE = 0.8;
const MAX_LEAVES = 5000;
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON', 'svg', 'TITLE', 'HEAD']);

function isLeafTextElement(element: Element): boolean {
  if (SKIP.has(element.tagName) || element.localName === BADGE_TAG) return false;
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

function recognised(element: Element): StatusEntry | null {
  const text = textOf(element);
  if (text.length < 3 || text.length > 300) return null;
  const result = contentClassifier.classify(text);
  return result && result.confidence >= MIN_CONFIDENCE ? { element, text, code: null, milestone: null } : null;
}

/** A time shown next to an entry: in a sibling of the entry or of its parent. */
function timeNear(element: Element, visitedAt: Date, parseEventTime: (text: string, visitedAt: Date) => string | null): string | null {
  const parent = element.parentElement;
  const neighbours = [element.nextElementSibling, element.previousElementSibling, parent?.nextElementSibling, parent?.previousElementSibling];
  if (parent) neighbours.push(...Array.from(parent.children));
  for (const neighbour of neighbours) {
    if (!neighbour || neighbour === element) continue;
    const text = textOf(neighbour);
    if (text && text.length < 60) {
      const time = parseEventTime(text, visitedAt);
      if (time) return time;
    }
  }
  return null;
}

export function fallbackAdapter(kind: PageKind): PageAdapter {
  return {
    kind,
    findEntries(root) {
      const found: StatusEntry[] = [];
      for (const leaf of candidates(root)) {
        const entry = recognised(leaf);
        if (entry) found.push(entry);
      }
      return found;
    },
    async extract(document, orderId, visitedAt) {
      if (!orderId || kind === 'order-list') return [];
      const { parseEventTime } = await import('./event-time');
      const events: PageEvent[] = this.findEntries(document.body ?? document).map((entry) => ({
        time: timeNear(entry.element, visitedAt, parseEventTime),
        text: entry.text,
        milestone: null,
        location: locationPrefix(entry.text),
        code: null,
      }));
      if (!events.length) return [];
      return [{ orderId, pageKind: kind, orderStatus: null, packages: [{ trackingNumber: null, carrierName: null, lastMileCarrier: null, lastMileNumber: null, etaText: null, events }] }];
    },
  };
}
