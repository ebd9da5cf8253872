import type { PageKind } from '../../shared/messages';
import { legacyTrackingPageAdapter } from './legacy-tracking-page';
import { orderDetailAdapter, orderListAdapter } from './order-pages';
import { trackingPageAdapter } from './tracking-page';
import type { PageAdapter } from './types';

// The adapter of each page kind: all AliExpress markup knowledge sits behind these. They are
// small and bundled with the content script, so the first scan needs no wait.
export const ADAPTERS: Readonly<Record<PageKind, PageAdapter>> = {
  tracking: trackingPageAdapter,
  'legacy-tracking': legacyTrackingPageAdapter,
  'order-list': orderListAdapter,
  'order-detail': orderDetailAdapter,
};

/** The adapter that finds status texts by what they say, for pages whose markup changed. */
export function loadFallbackAdapter(kind: PageKind): Promise<PageAdapter> {
  return import('./fallback').then((module) => module.fallbackAdapter(kind));
}

export { identifyPage } from './page-kind';
