import { classifyOnPage } from '../classifier';
import type { StatusEntry } from '../pages/types';
import { BADGE_TAG, closeBadge, createBadge, setBadgeLabel, type BadgeContent, type BadgeKind } from './badge';

// Puts markers (contract §4) on each status entry at once, and its badge as soon as the entry
// is in view (or near it, by an IntersectionObserver): a page of a thousand events gets its
// markers in one short pass and builds only the badges a shopper can see. Idempotent: an entry whose text has not changed is
// left alone; one whose text changed, or whose badge the page removed while re-rendering, is
// annotated again.

export const STATUS_ATTRIBUTE = 'data-tracklight-status';
export const STAGE_ATTRIBUTE = 'data-tracklight-stage';

/** How far outside the viewport an entry gets its badge ahead of time. */
const VIEW_MARGIN_PX = 400;

export interface AnnotatorOptions {
  /** What the tooltip of a status shows (null status: a text Tracklight does not recognise). */
  contentFor: (status: string | null) => Promise<BadgeContent | null>;
  /** The badge's accessible name for a status, when the language module is loaded. */
  labelFor: (status: string | null, pageText: string) => string | null;
}

interface Annotation {
  text: string;
  status: string | null;
  kind: BadgeKind;
  /** Null until the entry comes into view. */
  badge: HTMLElement | null;
}

export class Annotator {
  private readonly annotations = new WeakMap<Element, Annotation>();
  /** Every badge placed, to relabel them when the language module arrives. */
  private readonly badges = new Set<WeakRef<HTMLElement>>();
  /** Entries whose text was not recognised, to try again when more lexicons are loaded. */
  private readonly unknown = new Set<WeakRef<Element>>();
  private readonly viewWatcher: IntersectionObserver | null;

  constructor(private readonly options: AnnotatorOptions) {
    this.viewWatcher =
      typeof IntersectionObserver === 'function'
        ? new IntersectionObserver((records) => this.onView(records), { rootMargin: `${VIEW_MARGIN_PX}px 0px` })
        : null;
  }

  /**
   * Annotates the entries that need it; returns how many were (re)annotated. Markers are set at
   * once; badges come when the view watcher reports an entry in view (or near it), at the page's
   * next frame: reading positions here would force the page to lay out in the middle of its own
   * loading, and a thousand-event page would build badges nobody scrolls to.
   */
  annotate(entries: readonly StatusEntry[]): number {
    let count = 0;
    for (const entry of entries) {
      if (!this.needsAnnotation(entry)) continue;
      this.mark(entry);
      count++;
    }
    return count;
  }

  private needsAnnotation({ element, text }: StatusEntry): boolean {
    if (!element.isConnected) return false;
    const previous = this.annotations.get(element);
    if (!previous || previous.text !== text) return true;
    return previous.badge !== null && previous.badge.parentNode !== element;
  }

  private mark(entry: StatusEntry): void {
    const { element, text } = entry;
    const previous = this.annotations.get(element);
    // Pages show no codes; the background also reads the code of what it stores.
    const result = classifyOnPage(text);
    const status = result?.status ?? null;
    element.setAttribute(STATUS_ATTRIBUTE, status ?? 'unknown');
    if (result) element.setAttribute(STAGE_ATTRIBUTE, result.stage);
    else element.removeAttribute(STAGE_ATTRIBUTE);
    if (previous?.badge) {
      closeBadge(previous.badge);
      previous.badge.remove();
    }
    // A badge of ours copied by the page (or left by an earlier Tracklight) is not ours to keep.
    for (const stray of Array.from(element.children)) if (stray.localName === BADGE_TAG) stray.remove();
    const annotation: Annotation = { text, status, kind: result?.severity ?? 'unknown', badge: null };
    this.annotations.set(element, annotation);
    if (!status) this.unknown.add(new WeakRef(element));
    if (this.viewWatcher) this.viewWatcher.observe(element);
    else this.addBadge(element, annotation); // no IntersectionObserver: badge every entry at once
  }

  private onView(records: IntersectionObserverEntry[]): void {
    const started = performance.now();
    for (const record of records) {
      if (!record.isIntersecting) continue;
      this.viewWatcher!.unobserve(record.target);
      const annotation = this.annotations.get(record.target);
      if (annotation && !annotation.badge && record.target.isConnected) this.addBadge(record.target, annotation);
    }
    performance.measure('tracklight:badges', { start: started, end: performance.now() });
  }

  private addBadge(element: Element, annotation: Annotation): void {
    const { status, text } = annotation;
    const badge = createBadge(
      {
        kind: annotation.kind,
        pageText: text,
        content: () => this.options.contentFor(status),
        label: this.options.labelFor(status, text) ?? undefined,
      },
      element.ownerDocument,
    );
    element.append(badge);
    annotation.badge = badge;
    this.badges.add(new WeakRef(badge));
  }

  unknownCount(): number {
    return this.unknown.size;
  }

  /** Lets the next scan annotate the unrecognised entries again (their text is unchanged). */
  forgetUnknown(): void {
    for (const ref of this.unknown) {
      const element = ref.deref();
      if (element) this.annotations.delete(element);
    }
    this.unknown.clear();
  }

  /** Gives every badge still in the page its accessible name (after the language module loaded). */
  relabel(): void {
    for (const ref of this.badges) {
      const badge = ref.deref();
      if (!badge || !badge.isConnected) {
        this.badges.delete(ref);
        continue;
      }
      const element = badge.parentElement;
      const annotation = element ? this.annotations.get(element) : undefined;
      if (!annotation) continue;
      const label = this.options.labelFor(annotation.status, annotation.text);
      if (label) setBadgeLabel(badge, label);
    }
  }
}

/** Removes every badge and marker in the document (a previous Tracklight's, after an update). */
export function removeAllAnnotations(doc: Document): void {
  for (const badge of Array.from(doc.querySelectorAll(BADGE_TAG))) badge.remove();
  for (const element of Array.from(doc.querySelectorAll(`[${STATUS_ATTRIBUTE}]`))) {
    element.removeAttribute(STATUS_ATTRIBUTE);
    element.removeAttribute(STAGE_ATTRIBUTE);
  }
}
