import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { BADGE_TAG } from '../../../src/content/annotate/badge';
import { ensureAllLexicons } from '../../../src/content/classifier';
import { MAX_ENTRY_TEXT } from '../../../src/content/pages/dom-text';
import { fallbackAdapter } from '../../../src/content/pages/fallback';
import { legacyTrackingPageAdapter } from '../../../src/content/pages/legacy-tracking-page';
import { orderDetailAdapter, orderListAdapter } from '../../../src/content/pages/order-pages';
import { LEGACY_TRACKING_PAGE, ORDER_DETAIL_PAGE, ORDER_LIST_PAGE, TRACKING_PAGE } from '../../../src/content/pages/selectors';
import { trackingPageAdapter } from '../../../src/content/pages/tracking-page';
import type { PageAdapter, StatusEntry } from '../../../src/content/pages/types';
import { FIXTURE_LIST } from '../../fixtures/catalog';
import { fixtureBody } from '../../fixtures/index';
import { REAL_TEXTS, hostileText, runs } from './arbitraries';

// Property tests of the page adapters on randomly mutated fixture pages (seeded: see
// ./arbitraries.ts for how to reproduce a failure): elements removed, duplicated, moved and
// nested 2,000 deep; texts replaced by hostile Unicode and markup; class names truncated and
// shuffled; comments and SVG put in. They prove that no adapter throws, and that what one returns
// is the page's own connected elements with their bounded, non-empty texts, and plain data.

/** Parsed once; each run mutates a clone. */
const PAGES = new Map(FIXTURE_LIST.map((fixture) => [fixture.id, new DOMParser().parseFromString(fixtureBody(fixture), 'text/html')]));

// The class names the adapters look for, taken from the selectors: the stable part of the hashed
// ones ("logistic-info-v2--nodeDesc--") and the plain ones ("order-item").
const selectors = [TRACKING_PAGE, LEGACY_TRACKING_PAGE, ORDER_LIST_PAGE, ORDER_DETAIL_PAGE].flatMap((group) => Object.values(group).filter((value): value is string => typeof value === 'string'));
const KNOWN_CLASSES = [
  ...new Set(selectors.flatMap((selector) => [...selector.matchAll(/class\*="([^"]+)"|\.([\w-]+)/g)].map((match) => (match[1] ?? match[2])!))),
];

/** The elements whose texts become entries and events. */
const STATUS_SELECTOR = [
  TRACKING_PAGE.nodeDesc,
  TRACKING_PAGE.nodeTitle,
  `${LEGACY_TRACKING_PAGE.step} > p`,
  ORDER_LIST_PAGE.status,
  ORDER_LIST_PAGE.popoverEvent,
  ORDER_DETAIL_PAGE.status,
  ORDER_DETAIL_PAGE.logisticsLine,
].join(', ');

const MARKUP: readonly string[] = [
  '<img src=x onerror=alert(1)>',
  '<script>document.body.remove()</script>',
  '<style>*{display:none}</style>',
  '<template><div class="logistic-info-v2--nodeDesc--x">Delivered</div></template>',
  '<svg class="logistic-info-v2--nodeDesc--x"><text>Delivered</text><foreignObject><div class="order-item">Delivered</div></foreignObject></svg>',
  '<math><mi class="order-status">Delivered</mi></math>',
  '<table><tr><td class="order-item-header-status-text">Awaiting delivery</td></tr></table>',
  '<a href="/p/tracking/index.html?tradeOrderId=3041928374651029"><span>Delivered</span></a>',
  '<a href="javascript:alert(1)" class="order-detail-logistics-link">In transit</a>',
  '<button>Delivered</button><select><option>Delivered</option></select><textarea>Delivered</textarea>',
  `<${BADGE_TAG}>Delivered</${BADGE_TAG}>`,
  '<p>Delivered</p><p>2026-07-21 18:39</p><p>Tue | Jul. 28 18:39</p><p>LP00123456789012</p>',
  '<li class="step"><p>Delivered</p><p>2019-04-30 02:14:00 [GMT+8]</p></li>',
  '<!-- <div class="logistic-info-v2--nodeDesc--x">Delivered</div> -->',
  '<iframe srcdoc="<p>Delivered</p>"></iframe><object data="x"></object>',
  '<div dir="rtl">\u202eDelivered\u202c</div>',
];

const replacementText: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: hostileText(60) },
  { weight: 2, arbitrary: fc.constantFrom(...REAL_TEXTS) },
  { weight: 1, arbitrary: fc.constantFrom(...MARKUP) },
  { weight: 1, arbitrary: fc.constantFrom('Tue | Jul. 28 18:39', '2019-04-30 02:14:00 [GMT+8]', 'LP00123456789012', 'Contact USPS', 'Order ID: 3041928374651029') },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 20_000 }).map((length) => 'Delivered '.repeat(Math.ceil(length / 10)).slice(0, length)) },
  // as templates indent them, or with a non-breaking space or line separator inside
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...REAL_TEXTS), fc.constantFrom('\n      ', '\t', '\u00a0', '\u2028', '\r\n')).map(([text, space]) => `${space}${text.replace(/ /g, space)}${space}`) },
);

/** A class attribute: a known class cut short, a known class with any hash, several at once, junk. */
type ClassValue = { cut: number } | { value: string } | { remove: true };
const classValue: fc.Arbitrary<ClassValue> = fc.oneof(
  fc.nat().map((cut) => ({ cut })),
  fc.tuple(fc.constantFrom(...KNOWN_CLASSES), fc.nat(), hostileText(8)).map(([known, cut, hash]) => ({ value: known.slice(0, 1 + (cut % known.length)) + hash })),
  fc.array(fc.constantFrom(...KNOWN_CLASSES), { minLength: 1, maxLength: 4 }).map((classes) => ({ value: classes.join(' ') })),
  hostileText(20).map((value) => ({ value })),
  fc.constant({ remove: true as const }),
);

type Mutation =
  | { kind: 'remove'; target: number }
  | { kind: 'duplicate'; target: number }
  | { kind: 'move'; target: number; destination: number; first: boolean }
  | { kind: 'text'; target: number; text: string }
  | { kind: 'status-text'; target: number; text: string }
  | { kind: 'markup'; target: number; markup: string }
  | { kind: 'class'; target: number; value: ClassValue }
  | { kind: 'nest'; target: number; depth: number; value: ClassValue }
  | { kind: 'comment'; target: number; text: string }
  | { kind: 'svg'; target: number; text: string; value: ClassValue }
  | { kind: 'attribute'; target: number; name: string; value: string };

const target = fc.nat();
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('remove' as const), target }),
  fc.record({ kind: fc.constant('duplicate' as const), target }),
  fc.record({ kind: fc.constant('move' as const), target, destination: fc.nat(), first: fc.boolean() }),
  fc.record({ kind: fc.constant('text' as const), target, text: replacementText }),
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('status-text' as const), target, text: replacementText }) },
  fc.record({ kind: fc.constant('markup' as const), target, markup: fc.oneof(fc.constantFrom(...MARKUP), hostileText(40)) }),
  fc.record({ kind: fc.constant('class' as const), target, value: classValue }),
  fc.record({ kind: fc.constant('nest' as const), target, depth: fc.integer({ min: 1, max: 40 }), value: classValue }),
  fc.record({ kind: fc.constant('comment' as const), target, text: hostileText(30) }),
  fc.record({ kind: fc.constant('svg' as const), target, text: replacementText, value: classValue }),
  fc.record({
    kind: fc.constant('attribute' as const),
    target,
    name: fc.constantFrom('href', 'role', 'dir', 'hidden', 'lang'),
    value: fc.oneof(fc.constantFrom('/p/tracking/index.html?tradeOrderId=3041928374651029', '/tracking/', 'button', 'rtl', ''), hostileText(30)),
  }),
);

function applyClass(element: Element, value: ClassValue): void {
  if ('remove' in value) element.removeAttribute('class');
  else if ('cut' in value) {
    const current = element.getAttribute('class') ?? '';
    element.setAttribute('class', current.slice(0, value.cut % (current.length + 1)));
  } else element.setAttribute('class', value.value);
}

/**
 * Puts `element` at the bottom of `depth` nested elements, the outermost (or every one) with the
 * class `value`. Built from the inside out while detached: jsdom inserts into a connected deep
 * chain in quadratic time.
 */
function nest(document: Document, element: Element, depth: number, value: ClassValue, everyLevel: boolean): void {
  let chain: Element = document.createElement('div');
  const innermost = chain;
  for (let level = 1; level < depth; level++) {
    if (everyLevel) applyClass(chain, value);
    const wrapper = document.createElement(level % 2 ? 'span' : 'div');
    wrapper.append(chain);
    chain = wrapper;
  }
  applyClass(chain, value);
  element.replaceWith(chain);
  innermost.append(element);
}

function textNodes(root: Node): Text[] {
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

/** Applies a mutation; one the DOM refuses (a node moved into itself) is skipped. */
function mutate(document: Document, change: Mutation): void {
  const elements = Array.from(document.querySelectorAll('*'));
  if (!elements.length) return;
  const element = elements[change.target % elements.length]!;
  try {
    switch (change.kind) {
      case 'remove':
        element.remove();
        break;
      case 'duplicate':
        element.after(element.cloneNode(true));
        break;
      case 'move': {
        const destination = elements[change.destination % elements.length]!;
        if (change.first) destination.prepend(element);
        else destination.append(element);
        break;
      }
      case 'text': {
        const nodes = textNodes(document);
        if (nodes.length) nodes[change.target % nodes.length]!.data = change.text;
        else element.textContent = change.text;
        break;
      }
      case 'status-text': {
        // The text of an element an adapter reads (a status, a node's description, a step).
        const known = Array.from(document.querySelectorAll(STATUS_SELECTOR));
        const holder = known.length ? known[change.target % known.length]! : element;
        const nodes = textNodes(holder);
        if (nodes.length) nodes[change.target % nodes.length]!.data = change.text;
        else holder.append(change.text);
        break;
      }
      case 'markup':
        element.insertAdjacentHTML('beforeend', change.markup);
        break;
      case 'class':
        applyClass(element, change.value);
        break;
      case 'nest':
        nest(document, element, change.depth, change.value, false);
        break;
      case 'comment':
        element.prepend(document.createComment(change.text));
        break;
      case 'svg': {
        const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
        const text = svg.appendChild(document.createElementNS('http://www.w3.org/2000/svg', 'text'));
        text.textContent = change.text;
        applyClass(svg, change.value);
        element.append(svg);
        break;
      }
      case 'attribute':
        element.setAttribute(change.name, change.value);
        break;
    }
  } catch (error) {
    if (!(error instanceof DOMException)) throw error;
  }
}

/** The root findEntries is given: the document, its body, or any element (as the observer passes added nodes). */
const root = fc.oneof(fc.constant('document' as const), fc.constant('body' as const), fc.nat());
const orderId = fc.oneof(fc.constant(null), fc.constant('3041928374651029'), fc.stringMatching(/^\d{1,24}$/), hostileText(10));

/** A page's text as shown: spaces folded, trimmed, bounded. */
const shownText = (element: Element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_ENTRY_TEXT);

function expectEntries(entries: StatusEntry[], document: Document): void {
  expect(Array.isArray(entries)).toBe(true);
  for (const entry of entries) {
    // Only the element is a node; anything an adapter adds (the fallback's milestone) is text.
    for (const [key, value] of Object.entries(entry)) if (key !== 'element') expect(value === null || typeof value === 'string', `entry.${key}`).toBe(true);
    expect(entry.element).toBeInstanceOf(Element);
    expect(entry.element.ownerDocument, 'entry element of another document').toBe(document);
    expect(entry.element.isConnected && document.contains(entry.element), 'entry element not in the page').toBe(true);
    expect(typeof entry.text, 'entry text').toBe('string');
    expect(entry.text.length, 'entry text length').toBeGreaterThan(0);
    expect(entry.text.length, 'entry text length').toBeLessThanOrEqual(MAX_ENTRY_TEXT);
    expect(entry.text, 'entry text is not its element\'s text as shown').toBe(shownText(entry.element)); // the badge goes on the element that shows the text
  }
}

/** Plain data only: what is sent to the background must be strings, numbers, booleans, null, arrays and plain objects. */
function expectPlainData(value: unknown, path: string): void {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return;
  if (typeof value === 'number') return void expect(Number.isFinite(value), path).toBe(true);
  expect(typeof value, path).toBe('object');
  expect(value instanceof Node, `${path} is a DOM node`).toBe(false);
  if (Array.isArray(value)) return value.forEach((item, index) => expectPlainData(item, `${path}[${index}]`));
  expect(Object.getPrototypeOf(value), `${path} is not a plain object`).toBe(Object.prototype);
  for (const [key, item] of Object.entries(value as object)) expectPlainData(item, `${path}.${key}`);
}

const optionalText = (value: unknown, path: string) => {
  expect(value === null || typeof value === 'string', `${path} is neither text nor null`).toBe(true);
  if (typeof value === 'string') expect(value.length, path).toBeLessThanOrEqual(MAX_ENTRY_TEXT);
};

function expectShipments(adapter: PageAdapter, shipments: ReturnType<PageAdapter['extract']>, orderId: string | null): void {
  expect(Array.isArray(shipments)).toBe(true);
  expectPlainData(shipments, 'shipments');
  if (adapter.kind !== 'order-list' && !orderId) expect(shipments).toEqual([]);
  for (const shipment of shipments) {
    expect(typeof shipment.orderId).toBe('string');
    if (adapter.kind !== 'order-list') expect(shipment.orderId).toBe(orderId);
    expect(shipment.pageKind).toBe(adapter.kind);
    optionalText(shipment.orderStatus, 'orderStatus');
    for (const pkg of shipment.packages) {
      for (const field of ['trackingNumber', 'carrierName', 'lastMileCarrier', 'lastMileNumber', 'etaText'] as const) optionalText(pkg[field], field);
      for (const event of pkg.events) {
        expect(typeof event.text, 'event text').toBe('string');
        expect(event.text.length, 'event text length').toBeGreaterThan(0);
        expect(event.text.length, 'event text length').toBeLessThanOrEqual(MAX_ENTRY_TEXT);
        for (const field of ['timeText', 'milestone', 'location', 'code'] as const) optionalText(event[field], field);
      }
    }
  }
}

const ADAPTERS: readonly [string, PageAdapter][] = [
  ['tracking page', trackingPageAdapter],
  ['legacy tracking page', legacyTrackingPageAdapter],
  ['order list', orderListAdapter],
  ['order detail', orderDetailAdapter],
  ['fallback (tracking)', fallbackAdapter('tracking')],
  ['fallback (order detail)', fallbackAdapter('order-detail')],
];

/** Runs every adapter on the page (adapters only read it), naming the adapter in a failure. */
function expectEveryAdapter(document: Document, start: ParentNode | undefined, orderId: string | null): void {
  for (const [name, adapter] of ADAPTERS) {
    try {
      expectEntries(adapter.findEntries(document), document);
      if (start) expectEntries(adapter.findEntries(start), document);
      expectShipments(adapter, adapter.extract(document, orderId), orderId);
    } catch (error) {
      throw new Error(`${name} adapter: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
  }
}

/** A fixture page by id (so that a counterexample names it), each page kind as likely as the others. */
const fixturePage = fc
  .constantFrom(...new Set(FIXTURE_LIST.map((fixture) => fixture.pageKind)))
  .chain((kind) => fc.constantFrom(...FIXTURE_LIST.filter((fixture) => fixture.pageKind === kind).map((fixture) => fixture.id)));
const copyOf = (page: string) => PAGES.get(page)!.cloneNode(true) as Document;

beforeAll(async () => {
  await ensureAllLexicons();
});

// jsdom is slow with large pages: the runs are few, and the time limits allow a slow machine.
describe('every page adapter on mutated fixture pages', () => {
  it('never throws, and returns connected elements with their texts and plain, bounded data', () => {
    fc.assert(
      fc.property(fixturePage, fc.array(mutation, { minLength: 1, maxLength: 8 }), root, orderId, (page, changes, rootChoice, orderId) => {
        const document = copyOf(page);
        for (const change of changes) mutate(document, change);
        const elements = Array.from(document.querySelectorAll('*'));
        const start = rootChoice === 'document' ? document : rootChoice === 'body' ? document.body : elements[rootChoice % Math.max(1, elements.length)];
        expectEveryAdapter(document, start ?? undefined, orderId);
      }),
      runs(80),
    );
  }, 60_000);

  it('copes with an element nested 2,000 deep, and with 200 nested elements of a class it looks for', () => {
    // 200, not 2,000, when every level has the class: each level is then an order, a node or a
    // step of its own, and the adapters' per-container queries take jsdom tens of seconds.
    const nesting = fc.constantFrom({ depth: 2000, everyLevel: false }, { depth: 200, everyLevel: true });
    fc.assert(
      fc.property(fixturePage, target, classValue, nesting, orderId, (page, index, value, { depth, everyLevel }, orderId) => {
        const document = copyOf(page);
        const elements = Array.from(document.body.querySelectorAll('*'));
        const element = elements[index % Math.max(1, elements.length)] ?? document.body.appendChild(document.createElement('p'));
        nest(document, element, depth, value, everyLevel);
        expectEveryAdapter(document, element, orderId);
      }),
      runs(10),
    );
  }, 60_000);
});
