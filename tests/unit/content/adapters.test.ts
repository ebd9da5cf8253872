import { beforeAll, describe, expect, it } from 'vitest';
import { ensureAllLexicons } from '../../../src/content/classifier';
import { parseEventTime } from '../../../src/shared/event-time';
import { fallbackAdapter } from '../../../src/content/pages/fallback';
import { legacyTrackingPageAdapter } from '../../../src/content/pages/legacy-tracking-page';
import { orderDetailAdapter, orderListAdapter } from '../../../src/content/pages/order-pages';
import { trackingPageAdapter } from '../../../src/content/pages/tracking-page';
import type { PageAdapter, PageEvent } from '../../../src/content/pages/types';
import { MAX_PAGE_EVENTS } from '../../../src/shared/shipment';
import { FIXTURE_LIST } from '../../fixtures/catalog';
import { pageTime, trackingPageHtml } from '../../fixtures/generated';
import { fixtureBody, type Fixture } from '../../fixtures/index';

// Each adapter on the fixture pages, parsed by jsdom (page scripts do not run here: pages that
// render late are covered by the e2e tests).

const VISIT = new Date('2026-11-25T12:00:00Z');
/** The time the background reads from an event's time text (adapters copy the text only). */
const timeOf = (event: PageEvent) => (event.timeText ? parseEventTime(event.timeText, VISIT) : null);
const parse = (fixture: Fixture) => new DOMParser().parseFromString(fixtureBody(fixture), 'text/html');
const byKind = (kind: Fixture['pageKind'], exclude: string[] = []) =>
  FIXTURE_LIST.filter((fixture) => fixture.pageKind === kind && fixture.expect && !exclude.some((trait) => fixture.traits?.includes(trait as never)));

beforeAll(async () => {
  await ensureAllLexicons();
});

describe('tracking page adapter', () => {
  for (const fixture of byKind('tracking', ['late-render', 'rehashed'])) {
    it(`${fixture.id}: finds every event text and reads packages, numbers and times`, async () => {
      const doc = parse(fixture);
      const entries = trackingPageAdapter.findEntries(doc);
      expect(entries).toHaveLength(fixture.expect!.entries);
      expect(entries.every((entry) => entry.text.length > 0)).toBe(true);
      const [shipment] = trackingPageAdapter.extract(doc, fixture.expect!.orderId);
      expect(shipment!.orderId).toBe(fixture.expect!.orderId);
      expect(shipment!.packages.map((pkg) => pkg.trackingNumber)).toEqual(fixture.expect!.packages!.map((pkg) => pkg.trackingNumber));
      const events = shipment!.packages.flatMap((pkg) => pkg.events);
      expect(events).toHaveLength(fixture.expect!.entries);
      expect(events.every((event) => event.milestone !== null)).toBe(true);
      // Every time text is one the background can read, and none reads as after the visit.
      const times = events.map(timeOf);
      expect(times.filter((time) => time !== null).length).toBe(events.length);
      expect(times.every((time) => !time || time < VISIT.toISOString())).toBe(true);
      expect(shipment!.packages[0]!.etaText).toBeTruthy();
    });
  }

  it('reads at most the newest MAX_PAGE_EVENTS events of a package', () => {
    const html = trackingPageHtml({ events: Array.from({ length: MAX_PAGE_EVENTS + 100 }, (_, i) => ({ title: 'In transit', text: `Departed from sorting center ${i}`, time: pageTime(i) })) });
    const [shipment] = trackingPageAdapter.extract(new DOMParser().parseFromString(html, 'text/html'), '3041928374651029');
    const events = shipment!.packages[0]!.events;
    expect(events).toHaveLength(MAX_PAGE_EVENTS);
    expect(events[0]!.text).toBe('Departed from sorting center 0');
  });

  it('reads the local carrier from its contact link', () => {
    const doc = parse(FIXTURE_LIST.find((fixture) => fixture.id === 'trackingEn')!);
    const [shipment] = trackingPageAdapter.extract(doc, '3041928374651029');
    expect(shipment!.packages[0]!.lastMileCarrier).toBe('USPS');
  });

  it('finds the entry around a text change inside it', () => {
    const doc = parse(FIXTURE_LIST.find((fixture) => fixture.id === 'trackingEn')!);
    const description = doc.querySelector('[class*="logistic-info-v2--nodeDesc--"]')!;
    const inner = doc.createElement('span');
    description.append(inner);
    expect(trackingPageAdapter.findEntries(inner).map((entry) => entry.element)).toEqual([description]);
  });

  it('shows no shipment without an order id, and none on an empty page', async () => {
    const doc = parse(FIXTURE_LIST.find((fixture) => fixture.id === 'trackingEn')!);
    expect(trackingPageAdapter.extract(doc, null)).toEqual([]);
    expect(trackingPageAdapter.extract(new DOMParser().parseFromString('<p>Loading…</p>', 'text/html'), '3041928374651029')).toEqual([]);
  });
});

describe('legacy tracking page adapter', () => {
  for (const fixture of byKind('legacy-tracking')) {
    it(`${fixture.id}: finds every step and reads its time with its zone`, async () => {
      const doc = parse(fixture);
      expect(legacyTrackingPageAdapter.findEntries(doc)).toHaveLength(fixture.expect!.entries);
      const [shipment] = legacyTrackingPageAdapter.extract(doc, fixture.expect!.orderId);
      expect(shipment!.packages.map((pkg) => pkg.events.length)).toEqual(fixture.expect!.packages!.map((pkg) => pkg.events));
      const times = shipment!.packages.flatMap((pkg) => pkg.events.map(timeOf));
      expect(times.every((time) => time !== null && /Z$/.test(time))).toBe(true);
    });
  }
});

describe('order list adapter', () => {
  for (const fixture of byKind('order-list')) {
    it(`${fixture.id}: finds each order's status and each popover's latest event`, async () => {
      const doc = parse(fixture);
      expect(orderListAdapter.findEntries(doc)).toHaveLength(fixture.expect!.entries);
      const shipments = orderListAdapter.extract(doc, null);
      expect(shipments).toHaveLength(fixture.expect!.orders!);
      expect(shipments.every((shipment) => /^\d{12,24}$/.test(shipment.orderId) && shipment.orderStatus)).toBe(true);
      const withEvent = shipments.filter((shipment) => shipment.packages[0]?.events.length);
      expect(withEvent.length).toBeGreaterThan(0);
      expect(withEvent.every((shipment) => shipment.packages[0]!.trackingNumber)).toBe(true);
    });
  }
});

describe('order detail adapter', () => {
  for (const fixture of byKind('order-detail')) {
    it(`${fixture.id}: finds the order status and the logistics line`, async () => {
      const doc = parse(fixture);
      const entries = orderDetailAdapter.findEntries(doc);
      expect(entries).toHaveLength(fixture.expect!.entries);
      expect(entries[0]!.text.length).toBeLessThan(40); // the status title, not its description
      const [shipment] = orderDetailAdapter.extract(doc, fixture.expect!.orderId);
      expect(shipment!.orderStatus).toBe(entries[0]!.text);
      expect(shipment!.packages[0]!.events[0]!.text).toBe(entries[1]!.text);
      expect(timeOf(shipment!.packages[0]!.events[0]!)).not.toBeNull();
    });
  }
});

describe('fallback adapter', () => {
  const rehashed = FIXTURE_LIST.find((fixture) => fixture.traits?.includes('rehashed'))!;

  it('finds the event texts of a page whose classes were renamed, one per node', async () => {
    const doc = parse(rehashed);
    expect(trackingPageAdapter.findEntries(doc)).toHaveLength(0);
    const fallback = fallbackAdapter('tracking');
    const entries = fallback.findEntries(doc.body);
    expect(entries).toHaveLength(rehashed.expect!.entries);
    const [shipment] = fallback.extract(doc, rehashed.expect!.orderId);
    expect(shipment!.packages[0]!.trackingNumber).toBe(rehashed.expect!.packages![0]!.trackingNumber);
    expect(shipment!.packages[0]!.events.filter((event) => timeOf(event)).length).toBe(rehashed.expect!.entries);
  });
});

describe('every adapter on unexpected markup', () => {
  const adapters: PageAdapter[] = [trackingPageAdapter, legacyTrackingPageAdapter, orderListAdapter, orderDetailAdapter, fallbackAdapter('tracking')];
  const odd = [
    '',
    '<div class="logistic-info-v2--node--x"></div>',
    '<div class="logistic-info-v2--nodeDesc--x"><div class="logistic-info-v2--nodeDesc--y">Delivered</div></div>',
    '<ul class="ship-steps"><li class="step"></li><li class="step"><p></p></li></ul>',
    '<div class="order-item"><a href="/p/tracking/index.html?tradeOrderId=abc">x</a><div class="order-track-popover"></div></div>',
    '<div class="order-status"><div class="order-status-content"></div></div><a href="/tracking/">Delivered</a>',
    `<p>${'Delivered '.repeat(5000)}</p>`,
  ];
  it('never throws, and finds nothing where nothing is', async () => {
    for (const html of odd) {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      for (const adapter of adapters) {
        expect(() => adapter.findEntries(doc)).not.toThrow();
        expect(adapter.extract(doc, '3041928374651029')).toBeInstanceOf(Array);
      }
    }
  });
});
