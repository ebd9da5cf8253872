// The storage keys, on their own so the content script reads the settings without the schema.
export const SCHEMA_VERSION = 1;
export const SCHEMA_KEY = 'schemaVersion';
export const SETTINGS_KEY = 'settings';
export const SHIPMENT_PREFIX = 'shipment:';

export const shipmentKey = (orderId: string) => `${SHIPMENT_PREFIX}${orderId}`;
