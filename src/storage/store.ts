import browser from 'webextension-polyfill';
import type { PageShipment } from '../shared/shipment';
import { expiredShipments, mergeShipment } from './merge';
import { DEFAULT_SETTINGS, isStoredShipment, SCHEMA_KEY, SCHEMA_VERSION, SETTINGS_KEY, SHIPMENT_PREFIX, shipmentKey, type StoredShipment } from './schema';

export { isStoredShipment };

// Typed access to storage.local. Only the background writes shipments, one write at a time,
// so two tabs showing the same order never overwrite each other's events.

let writes: Promise<unknown> = Promise.resolve();

/** Runs `work` after every write queued before it. */
function serially<T>(work: () => Promise<T>): Promise<T> {
  const next = writes.then(work, work);
  writes = next.catch(() => undefined);
  return next;
}

/** Merges what pages showed into the stored shipments. */
export function saveShipments(shipments: readonly PageShipment[], now: Date = new Date()): Promise<void> {
  return serially(async () => {
    const keys = shipments.map((shipment) => shipmentKey(shipment.orderId));
    const stored = await browser.storage.local.get([...keys, SCHEMA_KEY]);
    const updates: Record<string, unknown> = {};
    for (const shipment of shipments) {
      const key = shipmentKey(shipment.orderId);
      const previous = (updates[key] ?? stored[key]) as unknown;
      // A record that is not a valid shipment is left for the integrity check, not merged into.
      const existing = isStoredShipment(previous) ? previous : null;
      if (previous !== undefined && !existing) continue;
      updates[key] = mergeShipment(existing, shipment, now);
    }
    if (stored[SCHEMA_KEY] === undefined) updates[SCHEMA_KEY] = SCHEMA_VERSION;
    if (Object.keys(updates).length) await browser.storage.local.set(updates);
  });
}

/** Forgets delivered shipments past the retention setting (the popup's "Keep delivered shipments"). */
export function applyRetention(now: Date = new Date()): Promise<number> {
  return serially(async () => {
    const items = await browser.storage.local.get(null);
    const settings = items[SETTINGS_KEY] as { keepDeliveredDays?: unknown } | undefined;
    const keep = typeof settings?.keepDeliveredDays === 'number' ? settings.keepDeliveredDays : DEFAULT_SETTINGS.keepDeliveredDays;
    const shipments = Object.entries(items)
      .filter(([key, value]) => key.startsWith(SHIPMENT_PREFIX) && isStoredShipment(value))
      .map(([, value]) => value as StoredShipment);
    const expired = expiredShipments(shipments, keep, now).map((shipment) => shipmentKey(shipment.orderId));
    if (expired.length) await browser.storage.local.remove(expired);
    return expired.length;
  });
}
