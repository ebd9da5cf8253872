import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageShipment } from '../../../src/shared/shipment';
import type { StoredShipment } from '../../../src/storage/schema';

// Stored data loses nothing: every earlier version is upgraded, a record that cannot be read is
// set aside (and reported by the popup) while the others stay usable, two writes of the same
// order keep both pages' events, the size cap evicts finished shipments oldest first and never
// one on its way, and "delete everything" empties storage. storage.local is an in-memory copy.

const area = vi.hoisted(() => {
  const items = new Map<string, unknown>();
  const copy = <T>(value: T): T => structuredClone(value);
  return {
    items,
    local: {
      async get(keys: string | string[] | null) {
        const wanted = keys === null ? [...items.keys()] : typeof keys === 'string' ? [keys] : keys;
        return Object.fromEntries(wanted.filter((key) => items.has(key)).map((key) => [key, copy(items.get(key))]));
      },
      async set(values: Record<string, unknown>) {
        for (const [key, value] of Object.entries(values)) items.set(key, copy(value));
      },
      async remove(keys: string | string[]) {
        for (const key of typeof keys === 'string' ? [keys] : keys) items.delete(key);
      },
      async clear() {
        items.clear();
      },
    },
  };
});
vi.mock('webextension-polyfill', () => ({ default: { storage: { local: area.local } } }));

const V1 = JSON.parse(readFileSync('tests/fixtures/storage/v1.json', 'utf8')) as Record<string, unknown>;

/** Fresh modules for each test: the background upgrades once per lifetime. */
async function modules() {
  vi.resetModules();
  return {
    store: await import('../../../src/storage/store'),
    popup: await import('../../../src/storage/popup-store'),
  };
}

function load(items: Record<string, unknown>): void {
  area.items.clear();
  for (const [key, value] of Object.entries(items)) area.items.set(key, structuredClone(value));
}

const stored = () => Object.fromEntries(area.items);

function page(orderId: string, events: [timeText: string, text: string][], orderStatus: string | null = null): PageShipment {
  return {
    orderId,
    pageKind: 'tracking',
    orderStatus,
    packages: [
      {
        trackingNumber: `LP${orderId.slice(0, 14).padStart(14, '0')}`,
        carrierName: null,
        lastMileCarrier: null,
        lastMileNumber: null,
        etaText: null,
        events: events.map(([timeText, text]) => ({ timeText, text, milestone: null, location: null, code: null })),
      },
    ],
  };
}

beforeEach(() => area.items.clear());

describe('upgrading stored data', () => {
  it('upgrades every record of version 1 and keeps every event and setting', async () => {
    load(V1);
    const { store } = await modules();
    await store.ensureCurrent(new Date('2026-11-25T00:00:00Z'));
    const after = stored();
    expect(after.schemaVersion).toBe(2);
    expect(Object.keys(after).filter((key) => key.startsWith('quarantine:'))).toEqual([]);
    for (const [key, before] of Object.entries(V1).filter(([key]) => key.startsWith('shipment:'))) {
      const { v, orderStatusId, ...rest } = after[key] as StoredShipment;
      const { v: oldVersion, ...old } = before as { v: number };
      expect([oldVersion, v]).toEqual([1, 2]);
      expect(rest).toEqual(old); // every event, time, status and date as it was
      expect(store.isStoredShipment(after[key])).toBe(true);
      expect(typeof orderStatusId === 'string' || orderStatusId === null).toBe(true);
    }
    // The order status lines are classified as they are upgraded.
    expect((after['shipment:8199001234567890'] as StoredShipment).orderStatusId).toBe('awaiting-shipment');
    expect((after['shipment:3041900011112222'] as StoredShipment).orderStatusId).toBe('order-completed');
    expect((after['shipment:3041928374651029'] as StoredShipment).orderStatusId).toBeNull();
    expect(after.settings).toEqual({ v: 2, language: 'es', keepDeliveredDays: 30 });
  });

  it('shows version-1 records in the popup before the background has upgraded them', async () => {
    const { popup } = await modules();
    const data = popup.parseStored(V1);
    expect(data.shipments.map((shipment) => shipment.orderId).sort()).toEqual(['3041900011112222', '3041928374651029', '8199001234567890']);
    expect(data.unreadable).toEqual([]);
    expect(data.settings.language).toBe('es');
  });

  it('upgrades only once per background lifetime, and is a no-op on current data', async () => {
    load(V1);
    const { store } = await modules();
    await store.ensureCurrent();
    const once = JSON.stringify(stored());
    await store.ensureCurrent();
    expect(JSON.stringify(stored())).toBe(once);
  });
});

describe('records that cannot be read', () => {
  const corrupt = {
    'shipment:1111111111': 'not an object',
    'shipment:2222222222': { v: 1, orderId: '2222222222', packages: 'none' },
    'shipment:3333333333': { v: 99, orderId: '3333333333', packages: [] },
    'shipment:4444444444': { ...(V1['shipment:3041928374651029'] as object), orderId: '4444444444', packages: [{ events: [null] }] },
  };

  it('are set aside under quarantine: with what they held, and the others stay usable', async () => {
    load({ ...V1, ...corrupt });
    const { store, popup } = await modules();
    await store.ensureCurrent(new Date('2026-11-25T00:00:00Z'));
    const after = stored();
    for (const [key, value] of Object.entries(corrupt)) {
      expect(after[key]).toBeUndefined();
      expect(after[`quarantine:${key}`]).toMatchObject({ key, value, at: '2026-11-25T00:00:00.000Z' });
    }
    const data = popup.parseStored(after);
    expect(data.shipments).toHaveLength(3);
    expect(data.unreadable.sort()).toEqual(Object.keys(corrupt).sort());
  });

  it('are reported by the popup even before the background has set them aside', async () => {
    const { popup } = await modules();
    const data = popup.parseStored({ ...V1, ...corrupt });
    expect(data.shipments).toHaveLength(3);
    expect(data.unreadable.sort()).toEqual(Object.keys(corrupt).sort());
  });

  it('do not stop a page from storing that order again', async () => {
    load({ schemaVersion: 2, 'shipment:5555555555': { v: 2, orderId: '5555555555', packages: 42 } });
    const { store } = await modules();
    await store.saveShipments([page('5555555555', [['2026-11-20T10:00:00Z', 'Hand over to airline']])]);
    const after = stored();
    expect(store.isStoredShipment(after['shipment:5555555555'])).toBe(true);
    expect((after['quarantine:shipment:5555555555'] as { value: unknown }).value).toEqual({ v: 2, orderId: '5555555555', packages: 42 });
  });

  it('settings that cannot be read are set aside and the defaults apply', async () => {
    load({ ...V1, settings: 'dark mode please' });
    const { store, popup } = await modules();
    await store.ensureCurrent();
    expect(stored().settings).toBeUndefined();
    expect(popup.parseStored(stored()).settings.language).toBe('auto');
  });
});

describe('two pages writing the same order at once', () => {
  it('keep the events of both', async () => {
    const { store } = await modules();
    await Promise.all([
      store.saveShipments([page('6666666666', [['2026-11-01T10:00:00Z', 'Accepted by carrier'], ['2026-11-03T10:00:00Z', 'Hand over to airline']])]),
      store.saveShipments([page('6666666666', [['2026-11-01T10:00:00Z', 'Accepted by carrier'], ['2026-11-09T10:00:00Z', 'Import customs clearance started']])]),
    ]);
    const shipment = stored()['shipment:6666666666'] as StoredShipment;
    expect(shipment.packages[0]!.events.map((event) => event.text)).toEqual(['Import customs clearance started', 'Hand over to airline', 'Accepted by carrier']);
  });
});

describe('the size cap', () => {
  const NOW = new Date('2026-11-25T00:00:00Z');
  async function fill(store: Awaited<ReturnType<typeof modules>>['store'], delivered: number, inTransit: number) {
    const pages: PageShipment[] = [];
    for (let i = 0; i < delivered; i++) {
      const day = String(1 + i).padStart(2, '0');
      pages.push(page(`77000000000${String(i).padStart(2, '0')}`, [[`2026-10-${day}T08:00:00Z`, 'Accepted by carrier'], [`2026-10-${day}T20:00:00Z`, 'Delivered']]));
    }
    for (let i = 0; i < inTransit; i++) pages.push(page(`88000000000${String(i).padStart(2, '0')}`, [[`2026-09-${String(1 + i).padStart(2, '0')}T08:00:00Z`, 'Hand over to airline']]));
    await store.saveShipments(pages, NOW);
  }
  const keys = () => Object.keys(stored()).filter((key) => key.startsWith('shipment:')).sort();

  it('forgets finished shipments, least recently active first, down to the cap', async () => {
    const { store } = await modules();
    await fill(store, 6, 8);
    expect(await store.tidy(NOW, { maxShipments: 10, maxBytes: 10_000_000 })).toBe(4);
    // The four oldest deliveries went; every shipment on its way stayed, although older.
    expect(keys()).toEqual([...['04', '05'].map((n) => `shipment:77000000000${n}`), ...Array.from({ length: 8 }, (_, i) => `shipment:88000000000${String(i).padStart(2, '0')}`)]);
  });

  it('never forgets a shipment on its way, even over the cap', async () => {
    const { store } = await modules();
    await fill(store, 0, 12);
    expect(await store.tidy(NOW, { maxShipments: 10, maxBytes: 10_000_000 })).toBe(0);
    expect(keys()).toHaveLength(12);
  });

  it('holds the byte cap the same way', async () => {
    const { store } = await modules();
    await fill(store, 6, 2);
    const total = Object.entries(stored()).reduce((sum, [key, value]) => sum + key.length + JSON.stringify(value).length, 0);
    const one = JSON.stringify(stored()['shipment:7700000000000']).length + 'shipment:7700000000000'.length;
    expect(await store.tidy(NOW, { maxShipments: 1000, maxBytes: total - 2 * one })).toBe(2);
    expect(keys()).not.toContain('shipment:7700000000000');
    expect(keys()).not.toContain('shipment:7700000000001');
    expect(keys()).toHaveLength(6);
  });

  it('agrees with the retention setting: delivered shipments go after it, shipments on their way never', async () => {
    const { store } = await modules();
    await fill(store, 2, 2);
    area.items.set('settings', { v: 2, language: 'auto', keepDeliveredDays: 30 });
    // 30 days after the newest delivery (Oct 2) and after the pages were read (Nov 25): no earlier.
    expect(await store.tidy(new Date('2026-12-20T00:00:00Z'))).toBe(0);
    expect(await store.tidy(new Date('2026-12-26T00:00:00Z'))).toBe(2);
    expect(keys()).toEqual(['shipment:8800000000000', 'shipment:8800000000001']);
  });
});

describe('delete everything', () => {
  it('empties storage: shipments, settings, set-aside records, the schema key', async () => {
    load({ ...V1, 'quarantine:shipment:1': { key: 'shipment:1', value: 1, at: '', reason: '' } });
    const { popup } = await modules();
    await popup.deleteEverything();
    expect(area.items.size).toBe(0);
  });
});
