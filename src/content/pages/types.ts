import type { PageKind } from '../../shared/messages';
import type { PageShipment } from '../../shared/shipment';

export type { PageEvent, PagePackage, PageShipment } from '../../shared/shipment';

// What a page adapter gives the rest of the content script: the status entries to annotate,
// and the shipment the page shows. Everything AliExpress-specific stays in the adapters.

/** One status text on the page, to be classified and annotated. */
export interface StatusEntry {
  /** The element that holds the status text; markers and the badge go on it. */
  element: Element;
  /** The status text as shown (the event sentence, or the order's status line). */
  text: string;
  /** Cainiao / AliExpress action code, when the page carries one. */
  code: string | null;
}

export interface PageAdapter {
  kind: PageKind;
  /** The status entries under `root` the adapter knows how to find. Never throws. */
  findEntries(root: ParentNode): StatusEntry[];
  /**
   * The shipments the page shows (several on the order list; none while it loads), its texts as
   * shown. Never throws.
   */
  extract(document: Document, orderId: string | null): PageShipment[];
}
