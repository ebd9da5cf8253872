import { describe, expect, it } from 'vitest';
import en from '../../../src/knowledge/texts/en';
import { listItems, shipmentView, summaryText } from '../../../src/popup/view-model';
import type { PageShipment } from '../../../src/shared/shipment';
import { expiredShipments, mergeShipment } from '../../../src/storage/merge';
import type { StoredShipment } from '../../../src/storage/schema';

const NOW = new Date('2026-11-25T12:00:00Z');
const event = (time: string, text: string) => ({ timeText: time, text, milestone: null, location: null, code: null });

function stored(orderId: string, packages: { number: string | null; events: ReturnType<typeof event>[]; lastMileCarrier?: string }[]): StoredShipment {
  const page: PageShipment = {
    orderId,
    pageKind: 'tracking',
    orderStatus: 'Awaiting delivery',
    packages: packages.map((pkg) => ({
      trackingNumber: pkg.number,
      carrierName: 'AliExpress standard shipping',
      lastMileCarrier: pkg.lastMileCarrier ?? null,
      lastMileNumber: null,
      etaText: 'Estimated delivery: Nov 27 - Dec 3',
      events: pkg.events,
    })),
  };
  return mergeShipment(null, page, new Date('2026-11-21T08:00:00Z'));
}

const journey = [
  event('2026-11-03T08:00:00.000Z', 'Order placed'),
  event('2026-11-05T10:00:00.000Z', 'Accepted by carrier'),
  event('2026-11-10T10:00:00.000Z', 'Hand over to airline'),
  event('2026-11-17T08:00:00.000Z', 'Arrived at destination country/region'),
  event('2026-11-18T13:44:00.000Z', 'Import customs clearance started'),
  event('2026-11-20T10:09:00.000Z', 'Import customs clearance complete'),
  event('2026-11-21T07:55:00.000Z', 'Accepted by last mile carrier'),
];

describe('shipment view model', () => {
  const view = shipmentView(stored('3041928374651029', [{ number: 'LP00612345678901', events: journey, lastMileCarrier: 'USPS' }]), en, 'US', NOW);
  const pkg = view.packages[0]!;

  it('puts the parcel in its stage, with the step and the stages before it done', () => {
    expect(pkg.currentStageName).toBe(en.stages['last-mile'].name);
    expect(pkg.progress).toBe(8);
    expect(pkg.stages.map((stage) => stage.state)).toEqual(['done', 'done', 'done', 'done', 'done', 'done', 'done', 'current', 'upcoming', 'upcoming']);
  });

  it('measures each stage against its usual range', () => {
    const customs = pkg.stages.find((stage) => stage.stage === 'import-customs')!;
    expect(customs.enteredAt).toBe('2026-11-18T13:44:00.000Z');
    expect(customs.daysSpent).toBeCloseTo(2.76, 1);
    expect(customs.usual).toEqual({ minDays: 1, maxDays: 3 });
    expect(customs.slow).toBe(false);
  });

  it('gives the advice of the current status and the date to start worrying', () => {
    expect(pkg.advice!.title).toBe(en.statuses['accepted-by-last-mile-carrier']!.title);
    expect(pkg.advice!.worryFrom).toMatch(/^2026-12-\d\d$/);
    expect(pkg.advice!.contacts.length).toBeGreaterThan(0);
  });

  it('counts days since the first event and since the last update, and knows when it is stalled', () => {
    expect(pkg.daysSinceOrdered).toBe(22);
    expect(pkg.daysSinceUpdate).toBe(4);
    expect(pkg.stalled).toBe(true);
    expect(pkg.etaText).toBe('Estimated delivery: Nov 27 - Dec 3');
  });

  it('groups the events under their stages, newest first, each with its explanation', () => {
    expect(pkg.groups[0]!.name).toBe(en.stages['last-mile'].name);
    expect(pkg.groups[0]!.events[0]!.pageText).toBe('Accepted by last mile carrier');
    expect(pkg.groups.flatMap((group) => group.events)).toHaveLength(journey.length);
    expect(pkg.groups.flatMap((group) => group.events).every((item) => item.explanation !== null)).toBe(true);
  });

  it("lists the tracking number with its carrier's page, and names the local carrier", () => {
    expect(pkg.numbers[0]).toMatchObject({ label: 'tracking', number: 'LP00612345678901', carrier: 'Cainiao' });
    expect(pkg.numbers[0]!.url).toContain('LP00612345678901');
    expect(pkg.localCarrier?.name).toBe('USPS');
  });

  it('writes a plain-text summary for a dispute', () => {
    const text = summaryText(view, { order: 'Order', package: 'Package {n} of {total}', trackingNumber: 'Tracking number', lastMileNumber: 'Local number', status: 'Status', eta: 'ETA', history: 'History', generated: 'Made on' }, NOW);
    expect(text).toContain('Order: 3041928374651029');
    expect(text).toContain('Tracking number: LP00612345678901 (Cainiao)');
    expect(text).toContain('2026-11-21  Accepted by last mile carrier');
    expect(text.split('\n').filter((line) => line.startsWith('  2026-'))).toHaveLength(journey.length);
    expect(text).toContain('Made on 2026-11-25');
  });
});

describe('list of shipments', () => {
  const older = stored('1111111111111111', [{ number: 'LP00612345678902', events: journey.slice(0, 3) }]);
  const newer = stored('2222222222222222', [
    { number: 'RB123456785CN', events: journey },
    { number: 'LP00612345678903', events: [...journey.slice(0, 5), event('2026-11-19T10:00:00.000Z', 'Held by customs')] },
  ]);

  it('puts the newest activity first and flags what needs attention', () => {
    const items = listItems([older, newer], en, NOW);
    expect(items.map((item) => item.orderId)).toEqual(['2222222222222222', '1111111111111111']);
    expect(items[0]!.attention).toBe('watch');
    expect(items[0]!.packages).toBe(2);
    expect(items[1]!.stageName).toBe(en.stages.international.name);
  });

  it("tells the stage of an order known only from the order list by its status line", () => {
    const listed = mergeShipment(null, { orderId: '5555555555555555', pageKind: 'order-list', orderStatus: 'Awaiting shipment', packages: [] }, NOW);
    expect(listed.orderStatusId).toBe('awaiting-shipment');
    const [item] = listItems([listed], en, NOW);
    expect(item!.stageName).toBe(en.stages.ordered.name);
    expect(item!.progress).toBe(1);
    expect(item!.hint).toBe('Awaiting shipment');
  });
});

describe('retention', () => {
  const delivered = stored('3333333333333333', [{ number: 'LP00612345678904', events: [...journey, event('2026-11-22T10:00:00.000Z', 'Delivered')] }]);
  const moving = stored('4444444444444444', [{ number: 'LP00612345678905', events: journey }]);

  it('keeps a delivered shipment a page showed recently, even with old events', () => {
    expect(expiredShipments([delivered], 30, new Date('2026-12-01T00:00:00Z'))).toEqual([]);
  });

  it('forgets delivered shipments past the setting, never one still on its way', () => {
    const later = new Date('2027-03-01T00:00:00Z');
    expect(expiredShipments([delivered, moving], 30, later).map((shipment) => shipment.orderId)).toEqual(['3333333333333333']);
    expect(expiredShipments([delivered, moving], 365, later)).toEqual([]);
    expect(expiredShipments([delivered, moving], 0, later)).toEqual([]);
  });
});
