// The storage keys, on their own so the content script reads the settings without the schema.
export const SCHEMA_VERSION = 2;
export const SCHEMA_KEY = 'schemaVersion';
export const SETTINGS_KEY = 'settings';
export const SHIPMENT_PREFIX = 'shipment:';
/** A record that could not be read, set aside under `quarantine:<its key>` (never deleted silently). */
export const QUARANTINE_PREFIX = 'quarantine:';

export const shipmentKey = (orderId: string) => `${SHIPMENT_PREFIX}${orderId}`;
