import browser from 'webextension-polyfill';
import { isExplanationLanguage } from '../knowledge/language-packs';
import { DEFAULT_SETTINGS, isStoredShipment, SETTINGS_KEY, SHIPMENT_PREFIX, shipmentKey, type Settings, type StoredShipment } from './schema';

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

export function parseStored(items: Record<string, unknown>): StoredData {
  const shipments: StoredShipment[] = [];
  const unreadable: string[] = [];
  for (const [key, value] of Object.entries(items)) {
    if (!key.startsWith(SHIPMENT_PREFIX)) continue;
    if (isStoredShipment(value)) shipments.push(value);
    else unreadable.push(key);
  }
  return { shipments, settings: parseSettings(items[SETTINGS_KEY]), unreadable };
}

export async function readStored(): Promise<StoredData> {
  return parseStored(await browser.storage.local.get(null));
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
