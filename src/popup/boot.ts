import type { Browser } from 'webextension-polyfill';
import { loadLanguagePack, loadRegionNoteTexts, pickLanguage } from '../knowledge/language-packs';
import type { ExplanationLanguage, LanguagePack, RegionNoteTexts } from '../knowledge/types';
import { isPageState, type PageState } from '../shared/messages';

// The popup's first module (./main imports it first, so it runs before the popup's own modules):
// it asks for everything the first view needs (storage, the tab's order, the likely language's
// texts) while the rest is still evaluating.

/** What the entry started reading, for ./main to use. */
export interface Prefetched {
  uiLanguage: string;
  stored: Promise<Record<string, unknown>>;
  pageState: Promise<PageState | null>;
  /** The explanation language the settings most likely name (the browser's), and its texts. */
  likely: ExplanationLanguage;
  likelyTexts: Promise<[LanguagePack, RegionNoteTexts]>;
}

type Api = Pick<Browser, 'storage' | 'tabs' | 'i18n'>;

performance.mark('tracklight:popup-start');
// Firefox's `browser` and Chrome's promise-based `chrome` agree on these calls: no polyfill yet.
const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
const api = (scope.browser ?? scope.chrome)!;

function requestedTabId(): number | null {
  // `?tab=<id>` shows that tab as if the popup had been opened on it (contract §5).
  const raw = new URLSearchParams(location.search).get('tab');
  if (raw === null || !/^\d{1,10}$/.test(raw)) return null;
  return Number(raw);
}

async function pageStateOfTab(): Promise<PageState | null> {
  try {
    const tabId = requestedTabId() ?? (await api.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (tabId === undefined) return null;
    const reply: unknown = await api.tabs.sendMessage(tabId, { type: 'tracklight:page-state' });
    return isPageState(reply) ? reply : null;
  } catch {
    return null; // no Tracklight content script in that tab: not an AliExpress order page
  }
}

const uiLanguage = api.i18n.getUILanguage();
const likely = pickLanguage([uiLanguage]);
export const prefetched: Prefetched = {
  uiLanguage,
  stored: api.storage.local.get(null),
  pageState: pageStateOfTab(),
  likely,
  likelyTexts: Promise.all([loadLanguagePack(likely), loadRegionNoteTexts(likely)]),
};
// Errors are handled where ./main awaits them; this only keeps an early rejection from being reported as unhandled.
for (const pending of [prefetched.stored, prefetched.likelyTexts]) pending.catch(() => undefined);
