import browser from 'webextension-polyfill';
import { logger } from '../shared/logger';
import type { PageShipment } from '../shared/shipment';
import { FALLBACK_MAX_BYTES, MAX_SHIPMENTS, QUOTA_SHARE } from './limits';
import { expiredShipments, isFinished, latestActivity, mergeShipment, orderStatusOf } from './merge';
import { migrateSettings, migrateShipment } from './migrations';
import {
  DEFAULT_SETTINGS,
  isStoredShipment,
  QUARANTINE_PREFIX,
  SCHEMA_KEY,
  SCHEMA_VERSION,
  SETTINGS_KEY,
  SHIPMENT_PREFIX,
  shipmentKey,
  type StoredShipment,
} from './schema';

export { isStoredShipment };

// Typed access to storage.local for the background, the only writer of shipments. Writes run
// one at a time, so two tabs showing the same order never overwrite each other's events. Nothing
// stored is dropped silently: old versions are upgraded, a record that cannot be read is moved
// under `quarantine:` (and reported by the popup), and only finished shipments are ever evicted.

let writes: Promise<unknown> = Promise.resolve();

/** Runs `work` after every write queued before it. */
function serially<T>(work: () => Promise<T>): Promise<T> {
  const next = writes.then(work, work);
  writes = next.catch(() => undefined);
  return next;
}

/** What a set-aside record keeps: where it was, what it held, when and why it was moved. */
export interface QuarantinedRecord {
  key: string;
  value: unknown;
  at: string;
  reason: string;
}

function quarantine(updates: Record<string, unknown>, removals: string[], key: string, value: unknown, reason: string, now: Date): void {
  const record: QuarantinedRecord = { key, value, at: now.toISOString(), reason };
  updates[`${QUARANTINE_PREFIX}${key}`] = record;
  removals.push(key);
  logger.errorOnce('quarantine', `${key}: ${reason}`);
}

async function write(updates: Record<string, unknown>, removals: readonly string[]): Promise<void> {
  // Set before removing: a failure in between leaves a copy in both places, never in neither.
  if (Object.keys(updates).length) await browser.storage.local.set(updates);
  const left = removals.filter((key) => !(key in updates));
  if (left.length) await browser.storage.local.remove(left);
}

/** Upgrades every stored record to the current schema version; sets aside what cannot be read. */
async function upgradeAll(now: Date): Promise<void> {
  const items = await browser.storage.local.get(null);
  const updates: Record<string, unknown> = {};
  const removals: string[] = [];
  for (const [key, value] of Object.entries(items)) {
    if (key.startsWith(SHIPMENT_PREFIX)) {
      if (isStoredShipment(value)) continue;
      const upgraded = migrateShipment(value, orderStatusOf);
      if (upgraded && upgraded.orderId === key.slice(SHIPMENT_PREFIX.length)) updates[key] = upgraded;
      else quarantine(updates, removals, key, value, 'not a shipment of any known version', now);
    } else if (key === SETTINGS_KEY) {
      const settings = migrateSettings(value);
      if (!settings) quarantine(updates, removals, key, value, 'not settings of any known version', now);
      else if (value !== settings) updates[key] = settings;
    }
  }
  if (items[SCHEMA_KEY] !== SCHEMA_VERSION) updates[SCHEMA_KEY] = SCHEMA_VERSION;
  await write(updates, removals);
}

let upgraded: Promise<void> | null = null;

/** Makes sure stored data is of the current version (once per background lifetime). */
export function ensureCurrent(now: Date = new Date()): Promise<void> {
  upgraded ??= serially(() => upgradeAll(now)).catch((error: unknown) => {
    upgraded = null; // try again next time
    throw error;
  });
  return upgraded;
}

/** Merges what pages showed into the stored shipments. */
export async function saveShipments(shipments: readonly PageShipment[], now: Date = new Date()): Promise<void> {
  await ensureCurrent(now);
  return serially(async () => {
    const keys = shipments.map((shipment) => shipmentKey(shipment.orderId));
    const stored = await browser.storage.local.get(keys);
    const updates: Record<string, unknown> = {};
    const removals: string[] = [];
    for (const shipment of shipments) {
      const key = shipmentKey(shipment.orderId);
      const previous = (updates[key] ?? stored[key]) as unknown;
      let existing: StoredShipment | null = null;
      if (previous !== undefined) {
        existing = isStoredShipment(previous) ? previous : migrateShipment(previous, orderStatusOf);
        // Unreadable: set aside, and start the order afresh from what the page shows.
        if (!existing) quarantine(updates, removals, key, previous, 'not a shipment of any known version', now);
      }
      updates[key] = mergeShipment(existing, shipment, now);
    }
    await write(updates, removals);
  });
}

/** The JSON size of a record as Chrome counts it against the quota: key plus JSON value. */
function sizeOf(key: string, value: unknown): number {
  return key.length + JSON.stringify(value).length;
}

/** The byte cap: a share of the browser's quota where it has one, else the fallback. */
export function maxStoredBytes(): number {
  const quota = (globalThis as { chrome?: { storage?: { local?: { QUOTA_BYTES?: unknown } } } }).chrome?.storage?.local?.QUOTA_BYTES;
  return typeof quota === 'number' && quota > 0 ? Math.floor(quota * QUOTA_SHARE) : FALLBACK_MAX_BYTES;
}

/**
 * The shipments to evict to bring storage under the caps: finished ones (delivered, returned,
 * cancelled), least recently active first. A shipment still on its way is never one: if only
 * those are left, storage stays over the cap.
 */
export function shipmentsOverCap(
  shipments: readonly { key: string; shipment: StoredShipment; bytes: number }[],
  totalBytes: number,
  limits: { maxShipments: number; maxBytes: number },
): string[] {
  let count = shipments.length;
  let bytes = totalBytes;
  if (count <= limits.maxShipments && bytes <= limits.maxBytes) return [];
  const candidates = shipments
    .filter(({ shipment }) => isFinished(shipment))
    .sort((a, b) => (latestActivity(a.shipment) < latestActivity(b.shipment) ? -1 : 1));
  const evicted: string[] = [];
  for (const candidate of candidates) {
    if (count <= limits.maxShipments && bytes <= limits.maxBytes) break;
    evicted.push(candidate.key);
    count--;
    bytes -= candidate.bytes;
  }
  return evicted;
}

/**
 * Forgets delivered shipments past the retention setting (the popup's "Keep delivered
 * shipments"), then, if storage is still over its caps, finished shipments, oldest first.
 * Returns how many were forgotten.
 */
export function tidy(now: Date = new Date(), limits = { maxShipments: MAX_SHIPMENTS, maxBytes: maxStoredBytes() }): Promise<number> {
  return serially(async () => {
    const items = await browser.storage.local.get(null);
    const settings = migrateSettings(items[SETTINGS_KEY]);
    const keep = typeof settings?.keepDeliveredDays === 'number' ? settings.keepDeliveredDays : DEFAULT_SETTINGS.keepDeliveredDays;
    const shipments = Object.entries(items)
      .filter(([key, value]) => key.startsWith(SHIPMENT_PREFIX) && isStoredShipment(value))
      .map(([key, value]) => ({ key, shipment: value as StoredShipment, bytes: sizeOf(key, value) }));
    const expired = new Set(expiredShipments(shipments.map((item) => item.shipment), keep, now).map((shipment) => shipmentKey(shipment.orderId)));
    const kept = shipments.filter((item) => !expired.has(item.key));
    const totalBytes = Object.entries(items).reduce((sum, [key, value]) => sum + (expired.has(key) ? 0 : sizeOf(key, value)), 0);
    const evicted = shipmentsOverCap(kept, totalBytes, limits);
    if (evicted.length) logger.info(`storage full: forgot ${evicted.length} finished shipment(s), oldest first`);
    const forgotten = [...expired, ...evicted];
    if (forgotten.length) await browser.storage.local.remove(forgotten);
    return forgotten.length;
  });
}
