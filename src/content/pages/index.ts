import type { PageKind } from '../../shared/messages';
import type { PageAdapter } from './types';

// The adapter of each page kind, loaded for the page it is on: all AliExpress markup knowledge
// sits behind these, and a page pays only for its own.
const LOADERS: Readonly<Record<PageKind, () => Promise<PageAdapter>>> = {
  tracking: () => import('./tracking-page').then((module) => module.trackingPageAdapter),
  'legacy-tracking': () => import('./legacy-tracking-page').then((module) => module.legacyTrackingPageAdapter),
  'order-list': () => import('./order-pages').then((module) => module.orderListAdapter),
  'order-detail': () => import('./order-pages').then((module) => module.orderDetailAdapter),
};

export function loadAdapter(kind: PageKind): Promise<PageAdapter> {
  return LOADERS[kind]();
}

/** The adapter that finds status texts by what they say, for pages whose markup changed. */
export function loadFallbackAdapter(kind: PageKind): Promise<PageAdapter> {
  return import('./fallback').then((module) => module.fallbackAdapter(kind));
}

export { identifyPage } from './page-kind';
