import { isStoredShipment, SCHEMA_VERSION, type Settings, type StoredShipment } from './schema';

// Upgrades records of every earlier schema version to the current one, one step at a time.
// The background upgrades what is stored (it alone writes); the popup upgrades what it reads,
// in memory, so it never shows less while the background has not run yet. A record no step
// can read is not guessed at: the caller sets it aside.
//
// Version history (the shapes are in tests/fixtures/storage/, one file per version):
//   1  first release
//   2  shipments gain `orderStatusId` (the order status line's status, classified when stored)

/** Gives the status id of an order's status line; null when unknown or when no classifier is at hand. */
export type StatusOf = (text: string) => string | null;

type Step = (record: Record<string, unknown>, statusOf: StatusOf | null) => Record<string, unknown>;

/** The step from version `n` to `n + 1`, by `n`. */
const SHIPMENT_STEPS: Record<number, Step> = {
  1: (record, statusOf) => ({
    ...record,
    v: 2,
    orderStatusId: typeof record.orderStatus === 'string' && statusOf ? statusOf(record.orderStatus) : null,
  }),
};

const SETTINGS_STEPS: Record<number, Step> = {
  1: (record) => ({ ...record, v: 2 }),
};

function upgrade(value: unknown, steps: Record<number, Step>, statusOf: StatusOf | null): Record<string, unknown> | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  let record = value as Record<string, unknown>;
  for (let guard = 0; guard < 100; guard++) {
    const version = record.v;
    if (version === SCHEMA_VERSION) return record;
    // A newer version (written by a later Tracklight) or no version at all: not ours to change.
    if (typeof version !== 'number' || !steps[version]) return null;
    record = steps[version](record, statusOf);
  }
  return null;
}

/** The current-version shipment a stored value holds, upgraded; null when it cannot be read. */
export function migrateShipment(value: unknown, statusOf: StatusOf | null): StoredShipment | null {
  const upgraded = upgrade(value, SHIPMENT_STEPS, statusOf);
  return isStoredShipment(upgraded) ? upgraded : null;
}

/** The settings record upgraded to the current version; null when it cannot be read. */
export function migrateSettings(value: unknown): Partial<Settings> | null {
  return upgrade(value, SETTINGS_STEPS, null) as Partial<Settings> | null;
}
