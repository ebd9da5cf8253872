import browser from 'webextension-polyfill';
import { isExplanationLanguage } from '../knowledge/language-packs';
import { migrateShipment } from './migrations';
import { DEFAULT_SETTINGS, isStoredShipment, QUARANTINE_PREFIX, SETTINGS_KEY, SHIPMENT_PREFIX, shipmentKey, type Settings, type StoredShipment } from './schema';

// What the popup reads and changes in storage. A record that cannot be read is reported and
// left alone: it never hides the others.

export interface StoredData {
  shipments: StoredShipment[];
  settings: Settings;
  /** Keys whose records could not be read. */
  unreadable: string[];
}

export function parseSettings(value: unknown): Settings {
  const raw = (value ?? {}) as Partial<Settings>;
  return {
    v: DEFAULT_SETTINGS.v,
    language: raw.language === 'auto' || isExplanationLanguage(raw.language) ? raw.language : DEFAULT_SETTINGS.language,
    keepDeliveredDays: typeof raw.keepDeliveredDays === 'number' && raw.keepDeliveredDays >= 0 ? raw.keepDeliveredDays : DEFAULT_SETTINGS.keepDeliveredDays,
  };
}

/**
 * What the popup shows of storage. Records of an earlier version are upgraded in memory (the
 * background upgrades what is stored; the popup never writes shipments); a record no version
 * reads, and every record the background set aside, is counted as unreadable.
 */
export function parseStored(items: Record<string, unknown>): StoredData {
  const shipments: StoredShipment[] = [];
  const unreadable: string[] = [];
  for (const [key, value] of Object.entries(items)) {
    if (key.startsWith(QUARANTINE_PREFIX)) {
      unreadable.push(key.slice(QUARANTINE_PREFIX.length));
      continue;
    }
    if (!key.startsWith(SHIPMENT_PREFIX)) continue;
    const shipment = isStoredShipment(value) ? value : migrateShipment(value, null);
    if (shipment) shipments.push(shipment);
    else unreadable.push(key);
  }
  return { shipments, settings: parseSettings(items[SETTINGS_KEY]), unreadable };
}

export function saveSettings(settings: Settings): Promise<void> {
  return browser.storage.local.set({ [SETTINGS_KEY]: settings });
}

export function forgetShipment(orderId: string): Promise<void> {
  return browser.storage.local.remove(shipmentKey(orderId));
}

/** Empties storage: every shipment, the settings, everything. */
export function deleteEverything(): Promise<void> {
  return browser.storage.local.clear();
}
