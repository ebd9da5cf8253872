import type { ExplanationLanguage, StageId } from '../knowledge/types';
import type { PageKind } from '../shared/messages';

// The stored data, version 1. One record per order under its own key, so a corrupt record
// never takes the others with it. Later versions add migrations in ./migrations.ts.

export { SCHEMA_KEY, SCHEMA_VERSION, SETTINGS_KEY, SHIPMENT_PREFIX, shipmentKey } from './keys';
import { SCHEMA_VERSION } from './keys';

export interface StoredEvent {
  /** Identity within its package: time and text. */
  id: string;
  time: string | null;
  text: string;
  milestone: string | null;
  location: string | null;
  code: string | null;
  status: string | null;
  stage: StageId | null;
  /** When Tracklight first saw it (ISO). */
  seenAt: string;
}

export interface StoredPackage {
  trackingNumber: string | null;
  carrierName: string | null;
  lastMileCarrier: string | null;
  lastMileNumber: string | null;
  etaText: string | null;
  /** Newest first; undated events after the dated ones. */
  events: StoredEvent[];
}

export interface StoredShipment {
  v: typeof SCHEMA_VERSION;
  orderId: string;
  orderStatus: string | null;
  /** The page kinds it was seen on. */
  seenOn: PageKind[];
  firstSeenAt: string;
  /** When a page last showed it. */
  updatedAt: string;
  packages: StoredPackage[];
}

export interface Settings {
  v: typeof SCHEMA_VERSION;
  /** 'auto': the browser's language, else the page's, else English. */
  language: 'auto' | ExplanationLanguage;
  /** Delivered shipments are forgotten this many days after their last event; 0 = never. */
  keepDeliveredDays: number;
}

export const DEFAULT_SETTINGS: Settings = { v: SCHEMA_VERSION, language: 'auto', keepDeliveredDays: 90 };

export function isStoredShipment(value: unknown): value is StoredShipment {
  const record = value as StoredShipment | null;
  return (
    typeof record === 'object' &&
    record !== null &&
    record.v === SCHEMA_VERSION &&
    typeof record.orderId === 'string' &&
    Array.isArray(record.packages) &&
    record.packages.every((pkg) => typeof pkg === 'object' && pkg !== null && Array.isArray(pkg.events))
  );
}

