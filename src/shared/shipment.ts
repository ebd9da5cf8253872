import type { PageKind } from './messages';

// A shipment as a page shows it: what the content script extracts and sends to the
// background, which merges it into storage.

/**
 * The most events of one package a page's shipment carries: its newest (pages list newest
 * first). Real histories hold tens; a page with thousands is broken or hostile, and reading
 * them all would block the page's thread.
 */
export const MAX_PAGE_EVENTS = 500;

/** One tracking event read from the page. */
export interface PageEvent {
  /**
   * The event's time as the page shows it ("Tue | Jul. 28 18:39"), or null. The background reads
   * it (src/shared/event-time.ts): the page's thread only copies text.
   */
  timeText: string | null;
  text: string;
  milestone: string | null;
  location: string | null;
  code: string | null;
  /**
   * The status the content script gave the text (the one its badge shows), so the page and the
   * popup agree; absent when the sender did not classify it.
   */
  status?: string | null;
}

/** The text fields of a package (each a string or null), as pages send them and storage keeps them. */
export const PACKAGE_TEXT_FIELDS = ['trackingNumber', 'carrierName', 'lastMileCarrier', 'lastMileNumber', 'etaText'] as const;

export interface PagePackage {
  trackingNumber: string | null;
  /** The service or carrier name the page shows ("AliExpress standard shipping"). */
  carrierName: string | null;
  lastMileCarrier: string | null;
  lastMileNumber: string | null;
  /** The page's ETA or delivery line, as shown ("Estimated delivery: Aug 3 - 9", "Delivered: Dec. 24"). */
  etaText: string | null;
  events: PageEvent[];
}

/** The shipment a page shows, as extracted. */
export interface PageShipment {
  orderId: string;
  pageKind: PageKind;
  /** The page's own status line for the whole order ("Awaiting delivery"), where shown. */
  orderStatus: string | null;
  packages: PagePackage[];
}

