import browser from 'webextension-polyfill';
import { contained, logger } from '../shared/logger';
import { isShipmentsMessage } from '../shared/validate-shipments';
import { applyRetention, saveShipments } from '../storage/store';

// The background service worker (an event page in Firefox): the single writer of stored
// shipments. Content scripts send what pages show; anything else is ignored.

browser.runtime.onInstalled.addListener((details) => {
  logger.info(`installed (${details.reason})`);
  void applyRetention().catch((error: unknown) => logger.errorOnce('retention', error));
});
browser.runtime.onStartup.addListener(() => {
  void applyRetention().catch((error: unknown) => logger.errorOnce('retention', error));
});

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
  if (sender.id !== browser.runtime.id) return undefined;
  if (!contained('validate-message', () => isShipmentsMessage(message), false)) return undefined;
  if (!isShipmentsMessage(message)) return undefined;
  return saveShipments(message.shipments)
    .then(() => applyRetention())
    .then(() => ({ ok: true }))
    .catch((error: unknown) => {
      logger.errorOnce('save-shipments', error);
      return { ok: false };
    });
});
