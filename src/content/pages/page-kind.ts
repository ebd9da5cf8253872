import type { PageKind } from '../../shared/messages';

// Which AliExpress page a URL is, and the order it shows. The URL shapes are documented in
// ../shared/reference/aliexpress-pages.md §1 (tracking, order list, order detail, legacy tracking).

export interface PageIdentity {
  pageKind: PageKind;
  orderId: string | null;
}

const ORDER_ID = /^\d{6,24}$/;

function orderIdFrom(url: URL, ...names: string[]): string | null {
  for (const name of names) {
    const value = url.searchParams.get(name)?.trim();
    if (value && ORDER_ID.test(value)) return value;
  }
  return null;
}

export function identifyPage(href: string): PageIdentity | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  const host = url.hostname;
  const path = url.pathname;
  if (host === 'track.aliexpress.com' && path.startsWith('/logisticsdetail.htm')) {
    return { pageKind: 'legacy-tracking', orderId: orderIdFrom(url, 'tradeId', 'orderId') };
  }
  if (!/(^|\.)aliexpress\.(com|us|ru)$/.test(host)) return null;
  if (path.startsWith('/p/tracking/')) {
    return { pageKind: 'tracking', orderId: orderIdFrom(url, 'tradeOrderId', 'orderId') };
  }
  if (path === '/p/order/detail.html') {
    return { pageKind: 'order-detail', orderId: orderIdFrom(url, 'orderId', 'tradeOrderId') };
  }
  if (path.startsWith('/p/order/')) return { pageKind: 'order-list', orderId: null };
  const russianOrder = /^\/order-list\/(\d{6,24})/.exec(path);
  if (russianOrder) return { pageKind: 'order-detail', orderId: russianOrder[1] ?? null };
  if (path.startsWith('/order-list')) return { pageKind: 'order-list', orderId: null };
  return null;
}
