import browser from 'webextension-polyfill';
import { contained, logger } from '../shared/logger';
import { isContentRequest, type PageState } from '../shared/messages';
import { identifyPage } from './pages/page-kind';

// Entry point of the content script on AliExpress order and tracking pages. Its performance
// marks (`tracklight:*`) are what the benchmark reads; they carry no page data.
performance.mark('tracklight:start');

function currentPageState(): PageState | null {
  const identity = identifyPage(location.href);
  if (!identity) return null;
  return { type: 'tracklight:page-state', url: location.href, ...identity };
}

function start(): void {
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (!isContentRequest(message)) return undefined;
    const state = contained('page-state', currentPageState, null);
    return Promise.resolve(state);
  });
  performance.mark('tracklight:ready');
}

try {
  start();
} catch (error) {
  logger.errorOnce('content-start', error);
}
