import browser from 'webextension-polyfill';
import { contained, logger } from '../shared/logger';
import { isShipmentsMessage } from '../shared/validate-shipments';
import { ensureCurrent, saveShipments, tidy } from '../storage/store';

// The background service worker (an event page in Firefox): the single writer of stored
// shipments. Content scripts send what pages show; anything else is ignored.

/** Upgrades stored data to this version's schema, then applies retention and the size caps. */
function upkeep(): void {
  void ensureCurrent()
    .then(() => tidy())
    .catch((error: unknown) => logger.errorOnce('upkeep', error));
}

// After an install or update (the stored data may be of an earlier version) and at browser start.
browser.runtime.onInstalled.addListener((details) => {
  logger.info(`installed (${details.reason})`);
  upkeep();
});
browser.runtime.onStartup.addListener(upkeep);

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
  if (sender.id !== browser.runtime.id) return undefined;
  // Validated once (a message may carry 100 shipments of 500 events each); anything else is ignored.
  const shipments = contained('validate-message', () => (isShipmentsMessage(message) ? message.shipments : null), null);
  if (!shipments) return undefined;
  return saveShipments(shipments)
    .then(() => tidy())
    .then(() => ({ ok: true }))
    .catch((error: unknown) => {
      logger.errorOnce('save-shipments', error);
      return { ok: false };
    });
});
