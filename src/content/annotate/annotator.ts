import { contentClassifier } from '../classifier';
import type { StatusEntry } from '../pages/types';
import { BADGE_TAG, closeBadge, createBadge, setBadgeLabel, type BadgeContent, type BadgeKind } from './badge';

// Puts markers (contract §4) and a badge on each status entry. Idempotent: an entry whose text
// has not changed since it was annotated is left alone; one whose text changed, or whose badge
// the page removed while re-rendering, is annotated again.

export const STATUS_ATTRIBUTE = 'data-tracklight-status';
export const STAGE_ATTRIBUTE = 'data-tracklight-stage';

export interface AnnotatorOptions {
  /** What the tooltip of a status shows (null status: a text Tracklight does not recognise). */
  contentFor: (status: string | null) => Promise<BadgeContent | null>;
  /** The badge's accessible name for a status, when the language module is loaded. */
  labelFor: (status: string | null, pageText: string) => string | null;
}

interface Annotation {
  text: string;
  status: string | null;
  badge: HTMLElement;
}

export class Annotator {
  private readonly annotations = new WeakMap<Element, Annotation>();
  /** Every badge placed, to relabel them when the language module arrives. */
  private readonly badges = new Set<WeakRef<HTMLElement>>();
  /** Entries whose text was not recognised, to try again when more lexicons are loaded. */
  private readonly unknown = new Set<WeakRef<Element>>();

  constructor(private readonly options: AnnotatorOptions) {}

  /** Annotates the entries that need it; returns how many were (re)annotated. */
  annotate(entries: readonly StatusEntry[]): number {
    let count = 0;
    for (const entry of entries) if (this.annotateOne(entry)) count++;
    return count;
  }

  private annotateOne(entry: StatusEntry): boolean {
    const { element, text } = entry;
    if (!element.isConnected) return false;
    const previous = this.annotations.get(element);
    if (previous && previous.text === text && previous.badge.parentNode === element) return false;
    // Pages show no codes; the background also reads the code of what it stores.
    const result = contentClassifier.classify(text);
    const status = result?.status ?? null;
    element.setAttribute(STATUS_ATTRIBUTE, status ?? 'unknown');
    if (result) element.setAttribute(STAGE_ATTRIBUTE, result.stage);
    else element.removeAttribute(STAGE_ATTRIBUTE);
    if (previous) {
      closeBadge(previous.badge);
      previous.badge.remove();
    }
    // A badge of ours copied by the page (or left by an earlier Tracklight) is not ours to keep.
    for (const stray of Array.from(element.children)) if (stray.localName === BADGE_TAG) stray.remove();
    const kind: BadgeKind = result?.severity ?? 'unknown';
    const badge = createBadge(
      {
        kind,
        pageText: text,
        content: () => this.options.contentFor(status),
        label: this.options.labelFor(status, text) ?? undefined,
      },
      element.ownerDocument,
    );
    element.append(badge);
    this.annotations.set(element, { text, status, badge });
    if (!status) this.unknown.add(new WeakRef(element));
    this.badges.add(new WeakRef(badge));
    return true;
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
