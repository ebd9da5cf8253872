import browser from 'webextension-polyfill';
import { logger } from '../shared/logger';

// The background service worker (an event page in Firefox). It stays small: later it is the
// single writer of stored shipments.
browser.runtime.onInstalled.addListener((details) => {
  logger.info(`installed (${details.reason})`);
});
