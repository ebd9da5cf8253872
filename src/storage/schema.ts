import type { ExplanationLanguage, StageId } from '../knowledge/types';
import type { PageKind } from '../shared/messages';
import { PACKAGE_TEXT_FIELDS } from '../shared/shipment';

// The stored data, version 2. One record per order under its own key, so a corrupt record
// never takes the others with it. Every earlier version is upgraded by ./migrations.ts:
//   1 → 2 (2026-11): shipments gain `orderStatusId`, the status of the order's status line.

export { QUARANTINE_PREFIX, SCHEMA_KEY, SCHEMA_VERSION, SETTINGS_KEY, SHIPMENT_PREFIX, shipmentKey } from './keys';
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
  /** The page's status line for the whole order ("Awaiting shipment"), as shown. */
  orderStatus: string | null;
  /** Its status (catalogue id), classified when stored; null when not recognised. */
  orderStatusId: string | null;
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

const isText = (value: unknown): value is string => typeof value === 'string';
const isTextOrNull = (value: unknown): value is string | null => value === null || typeof value === 'string';
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function isStoredEvent(value: unknown): value is StoredEvent {
  return (
    isObject(value) &&
    isText(value.id) &&
    isTextOrNull(value.time) &&
    isText(value.text) &&
    isTextOrNull(value.milestone) &&
    isTextOrNull(value.location) &&
    isTextOrNull(value.code) &&
    isTextOrNull(value.status) &&
    isTextOrNull(value.stage) &&
    isText(value.seenAt)
  );
}

function isStoredPackage(value: unknown): value is StoredPackage {
  return (
    isObject(value) &&
    PACKAGE_TEXT_FIELDS.every((field) => isTextOrNull(value[field])) &&
    Array.isArray(value.events) &&
    value.events.every(isStoredEvent)
  );
}

/** Whether a stored value is a whole, current-version shipment (every field of the right type). */
export function isStoredShipment(value: unknown): value is StoredShipment {
  return (
    isObject(value) &&
    value.v === SCHEMA_VERSION &&
    isText(value.orderId) &&
    isTextOrNull(value.orderStatus) &&
    isTextOrNull(value.orderStatusId) &&
    Array.isArray(value.seenOn) &&
    value.seenOn.every(isText) &&
    isText(value.firstSeenAt) &&
    isText(value.updatedAt) &&
    Array.isArray(value.packages) &&
    value.packages.every(isStoredPackage)
  );
}
