import { logger } from '../shared/logger';

// One MutationObserver for the whole document. Mutations are folded into a set of changed
// roots and handled in one batch per frame (or soon after, in a background tab); the page's
// own work always comes first. Tracklight's own elements added never count as changes; a badge
// removed by the page brings its entry back for a check.

const OWN_TAG_PREFIX = 'tracklight-';
/** Past this many changed roots in one batch, a full rescan is cheaper than one pass per root. */
export const FULL_RESCAN_THRESHOLD = 400;

export interface ChangeBatch {
  /** The changed subtrees, none inside another; empty with `full`. */
  roots: Element[];
  /** The whole document needs a rescan. */
  full: boolean;
}

function isOwn(node: Node): boolean {
  return node.nodeType === Node.ELEMENT_NODE && (node as Element).localName.startsWith(OWN_TAG_PREFIX);
}

export class PageObserver {
  private readonly observer: MutationObserver;
  private readonly pending = new Set<Element>();
  private full = false;
  private scheduled = false;

  constructor(
    private readonly doc: Document,
    private readonly onBatch: (batch: ChangeBatch) => void,
  ) {
    this.observer = new MutationObserver((records) => this.collect(records));
  }

  start(): void {
    this.observer.observe(this.doc.documentElement, { childList: true, subtree: true, characterData: true });
  }

  stop(): void {
    this.observer.disconnect();
    this.pending.clear();
  }

  /** Asks for a full rescan in the next batch. */
  requestFullScan(): void {
    this.full = true;
    this.schedule();
  }

  private collect(records: MutationRecord[]): void {
    for (const record of records) {
      if (record.type === 'characterData') {
        const parent = record.target.parentElement;
        if (parent) this.pending.add(parent);
        continue;
      }
      let relevant = false;
      for (const node of Array.from(record.addedNodes)) {
        if (isOwn(node)) continue;
        relevant = true;
        if (node.nodeType === Node.ELEMENT_NODE) this.pending.add(node as Element);
        else if (node.parentElement) this.pending.add(node.parentElement);
      }
      // Children removed: a re-render, or the page dropping one of our badges (to put back).
      if (!relevant && record.removedNodes.length && record.target.nodeType === Node.ELEMENT_NODE) {
        this.pending.add(record.target as Element);
      }
    }
    if (this.pending.size > FULL_RESCAN_THRESHOLD) {
      this.pending.clear();
      this.full = true;
    }
    if (this.pending.size || this.full) this.schedule();
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    const run = () => {
      if (!this.scheduled) return;
      this.scheduled = false;
      this.flush();
    };
    // A frame when the page is visible; a short timeout when rAF is paused (background tab).
    requestAnimationFrame(run);
    setTimeout(run, 100);
  }

  private flush(): void {
    const full = this.full;
    const roots = full ? [] : outermost([...this.pending].filter((element) => element.isConnected));
    this.pending.clear();
    this.full = false;
    if (!full && !roots.length) return;
    try {
      this.onBatch({ roots, full });
    } catch (error) {
      logger.errorOnce('observer-batch', error);
    }
  }
}

/** The roots not contained in another root of the set. */
function outermost(elements: Element[]): Element[] {
  const set = new Set(elements);
  return elements.filter((element) => {
    for (let parent = element.parentElement; parent; parent = parent.parentElement) if (set.has(parent)) return false;
    return true;
  });
}
