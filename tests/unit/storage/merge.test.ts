import { describe, expect, it } from 'vitest';
import type { PageShipment } from '../../../src/shared/shipment';
import { mergeShipment } from '../../../src/storage/merge';
import { SCHEMA_VERSION } from '../../../src/storage/schema';

const event = (time: string | null, text: string) => ({ timeText: time, text, milestone: null, location: null, code: null });
const shipment = (events: ReturnType<typeof event>[], extra: Partial<PageShipment['packages'][number]> = {}): PageShipment => ({
  orderId: '3041928374651029',
  pageKind: 'tracking',
  orderStatus: null,
  packages: [{ trackingNumber: 'LP00612345678901', carrierName: 'AliExpress standard shipping', lastMileCarrier: null, lastMileNumber: null, etaText: null, events, ...extra }],
});
const T1 = '2026-07-17T14:30:00.000Z';
const T2 = '2026-07-18T23:05:00.000Z';
const T3 = '2026-07-21T18:39:00.000Z';

describe('mergeShipment', () => {
  it('stores a new shipment with its events classified, newest first', () => {
    const stored = mergeShipment(null, shipment([event(T1, 'Accepted by carrier'), event(T3, 'Hand over to airline')]), new Date('2026-07-22T00:00:00Z'));
    expect(stored.v).toBe(SCHEMA_VERSION);
    expect(stored.packages[0]!.events.map((e) => e.text)).toEqual(['Hand over to airline', 'Accepted by carrier']);
    expect(stored.packages[0]!.events[0]!.stage).toBe('international');
    expect(stored.firstSeenAt).toBe('2026-07-22T00:00:00.000Z');
  });

  it("reads the page's time texts, dating those without a year by the visit", () => {
    const stored = mergeShipment(
      null,
      shipment([event('Dec 28 10:00 GMT+0', 'Accepted by carrier'), event('yesterday', 'Order received by the warehouse')]),
      new Date('2027-01-05T00:00:00Z'),
    );
    const times = Object.fromEntries(stored.packages[0]!.events.map((e) => [e.text, e.time]));
    expect(times).toEqual({ 'Accepted by carrier': '2026-12-28T10:00:00.000Z', 'Order received by the warehouse': null });
  });

  it('adds new events without duplicating known ones', () => {
    const first = mergeShipment(null, shipment([event(T1, 'Accepted by carrier')]), new Date('2026-07-18T00:00:00Z'));
    const second = mergeShipment(first, shipment([event(T1, 'Accepted by carrier'), event(T2, 'Departed from sorting center')]), new Date('2026-07-19T00:00:00Z'));
    expect(second.packages[0]!.events).toHaveLength(2);
    expect(second.packages[0]!.events.find((e) => e.time === T1)!.seenAt).toBe('2026-07-18T00:00:00.000Z');
    expect(second.firstSeenAt).toBe(first.firstSeenAt);
    expect(second.updatedAt).toBe('2026-07-19T00:00:00.000Z');
  });

  it('keeps events the page no longer shows (a collapsed history)', () => {
    const full = mergeShipment(null, shipment([event(T1, 'Accepted by carrier'), event(T2, 'Departed from sorting center'), event(T3, 'Hand over to airline')]), new Date());
    const collapsed = mergeShipment(full, shipment([event(T3, 'Hand over to airline')]), new Date());
    expect(collapsed.packages[0]!.events).toHaveLength(3);
  });

  it('merges what two tabs sent, in either order, to the same events', () => {
    const a = shipment([event(T1, 'Accepted by carrier'), event(T2, 'Departed from sorting center')]);
    const b = shipment([event(T2, 'Departed from sorting center'), event(T3, 'Hand over to airline')]);
    const ab = mergeShipment(mergeShipment(null, a, new Date()), b, new Date());
    const ba = mergeShipment(mergeShipment(null, b, new Date()), a, new Date());
    expect(ab.packages[0]!.events.map((e) => e.id)).toEqual(ba.packages[0]!.events.map((e) => e.id));
    expect(ab.packages[0]!.events).toHaveLength(3);
  });

  it('keeps packages apart by tracking number, and matches them again later', () => {
    const two: PageShipment = {
      ...shipment([event(T1, 'Accepted by carrier')]),
      packages: [
        { trackingNumber: 'LP00612345678901', carrierName: null, lastMileCarrier: null, lastMileNumber: null, etaText: null, events: [event(T1, 'Accepted by carrier')] },
        { trackingNumber: 'RB123456785CN', carrierName: null, lastMileCarrier: null, lastMileNumber: null, etaText: null, events: [event(T2, 'Delivered')] },
      ],
    };
    const stored = mergeShipment(null, two, new Date());
    const onlySecond = mergeShipment(stored, { ...two, packages: [{ ...two.packages[1]!, events: [event(T3, 'Delivered again')] }] }, new Date());
    expect(onlySecond.packages).toHaveLength(2);
    expect(onlySecond.packages[1]!.events).toHaveLength(2);
    expect(onlySecond.packages[0]!.events).toHaveLength(1);
  });

  it('puts undated events after dated ones and keeps the page’s ETA', () => {
    const stored = mergeShipment(null, shipment([event(null, 'In transit'), event(T2, 'Departed from sorting center')], { etaText: 'Estimated delivery: Aug 3 - 9' }), new Date());
    expect(stored.packages[0]!.events.map((e) => e.time)).toEqual([T2, null]);
    expect(stored.packages[0]!.etaText).toBe('Estimated delivery: Aug 3 - 9');
    const later = mergeShipment(stored, shipment([event(T3, 'Hand over to airline')]), new Date());
    expect(later.packages[0]!.etaText).toBe('Estimated delivery: Aug 3 - 9');
  });
});
