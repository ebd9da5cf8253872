// Messages between the extension's parts. Every receiver validates what it gets and ignores
// anything it does not expect: a message is data from another context, not a trusted object.
import type { PageShipment } from './shipment';

export type PageKind = 'tracking' | 'legacy-tracking' | 'order-list' | 'order-detail';

export interface PageStateRequest {
  type: 'tracklight:page-state';
}

export interface PageState {
  type: 'tracklight:page-state';
  url: string;
  pageKind: PageKind;
  orderId: string | null;
}

export type ContentRequest = PageStateRequest;

/** Content script → background: the shipments a page shows, to merge into storage. */
export interface ShipmentsMessage {
  type: 'tracklight:shipments';
  shipments: PageShipment[];
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isContentRequest(value: unknown): value is ContentRequest {
  return isRecord(value) && value.type === 'tracklight:page-state' && Object.keys(value).length === 1;
}

export const PAGE_KINDS: readonly string[] = ['tracking', 'legacy-tracking', 'order-list', 'order-detail'];

export function isPageState(value: unknown): value is PageState {
  return (
    isRecord(value) &&
    value.type === 'tracklight:page-state' &&
    typeof value.url === 'string' &&
    typeof value.pageKind === 'string' &&
    PAGE_KINDS.includes(value.pageKind) &&
    (value.orderId === null || (typeof value.orderId === 'string' && /^\d{6,24}$/.test(value.orderId)))
  );
}
