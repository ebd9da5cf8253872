import browser from 'webextension-polyfill';
import { h } from '../shared/dom';
import { logger } from '../shared/logger';
import { isPageState, type PageState } from '../shared/messages';
import { localizeDocument, t } from './i18n';

// The popup. `?tab=<id>` shows that tab as if the popup had been opened on it (contract §5);
// it only changes which tab is asked, never what may be read.

function requestedTabId(): number | null {
  const raw = new URLSearchParams(location.search).get('tab');
  if (raw === null || !/^\d{1,10}$/.test(raw)) return null;
  return Number(raw);
}

async function activeTabId(): Promise<number | null> {
  const requested = requestedTabId();
  if (requested !== null) return requested;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

async function pageStateOf(tabId: number | null): Promise<PageState | null> {
  if (tabId === null) return null;
  try {
    const reply: unknown = await browser.tabs.sendMessage(tabId, { type: 'tracklight:page-state' });
    return isPageState(reply) ? reply : null;
  } catch {
    return null; // no Tracklight content script in that tab: not an AliExpress order page
  }
}

function renderPage(state: PageState): HTMLElement {
  return h('section', { className: 'card', attrs: { 'data-view': 'page' } }, [
    h('h2', { className: 'card__title', text: t('popupThisPage') }),
    state.orderId ? h('p', { className: 'card__order', text: t('popupOrder', state.orderId) }) : null,
    h('p', { className: 'card__body', text: t('popupActive') }),
  ]);
}

function renderEmpty(): HTMLElement {
  return h('section', { className: 'empty', attrs: { 'data-view': 'empty' } }, [
    h('h2', { className: 'empty__title', text: t('popupEmptyTitle') }),
    h('p', { className: 'empty__body', text: t('popupEmptyBody') }),
  ]);
}

async function main(): Promise<void> {
  localizeDocument();
  const app = document.getElementById('app');
  if (!app) return;
  const state = await pageStateOf(await activeTabId());
  app.replaceChildren(state ? renderPage(state) : renderEmpty());
  document.body.dataset.ready = 'true';
}

main().catch((error: unknown) => logger.errorOnce('popup', error));
