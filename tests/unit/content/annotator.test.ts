import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Annotator, STAGE_ATTRIBUTE, STATUS_ATTRIBUTE, removeAllAnnotations } from '../../../src/content/annotate/annotator';
import { BADGE_TAG } from '../../../src/content/annotate/badge';
import { ensureLexicons } from '../../../src/content/classifier';
import type { StatusEntry } from '../../../src/content/pages/types';

const entry = (element: Element): StatusEntry => ({ element, text: element.textContent!.trim(), code: null });

function page(...texts: string[]): HTMLElement[] {
  document.body.replaceChildren(...texts.map((text) => Object.assign(document.createElement('div'), { textContent: text })));
  return Array.from(document.body.children) as HTMLElement[];
}

describe('Annotator', () => {
  let annotator: Annotator;
  beforeAll(async () => {
    await ensureLexicons(['en']);
  });
  beforeEach(() => {
    annotator = new Annotator({ contentFor: async () => null, labelFor: () => 'label' });
  });

  it('marks each entry with its status and stage and adds one badge in a shadow root', () => {
    const [first, second] = page('Hand over to airline', 'Accepted by last mile carrier');
    expect(annotator.annotate([entry(first!), entry(second!)])).toBe(2);
    expect(first!.getAttribute(STATUS_ATTRIBUTE)).toBe('hand-over-to-airline');
    expect(first!.getAttribute(STAGE_ATTRIBUTE)).toBe('international');
    expect(second!.getAttribute(STAGE_ATTRIBUTE)).toBe('last-mile');
    const badge = first!.querySelector(BADGE_TAG)!;
    expect(badge.shadowRoot!.querySelector('button')!.getAttribute('aria-label')).toBe('label');
    expect(first!.textContent).toBe('Hand over to airline'); // the badge adds no text to the page's element
  });

  it('marks texts it does not recognise as unknown, with no stage', () => {
    const [element] = page('zzz qqq');
    annotator.annotate([entry(element!)]);
    expect(element!.getAttribute(STATUS_ATTRIBUTE)).toBe('unknown');
    expect(element!.hasAttribute(STAGE_ATTRIBUTE)).toBe(false);
    expect(annotator.unknownCount()).toBe(1);
  });

  it('is idempotent: annotating again adds no second badge', () => {
    const [element] = page('Hand over to airline');
    annotator.annotate([entry(element!)]);
    expect(annotator.annotate([entry(element!)])).toBe(0);
    expect(element!.querySelectorAll(BADGE_TAG)).toHaveLength(1);
  });

  it('annotates again when the page changes the text or drops the badge', () => {
    const [element] = page('Hand over to airline');
    annotator.annotate([entry(element!)]);
    element!.textContent = 'Delivered';
    expect(annotator.annotate([entry(element!)])).toBe(1);
    expect(element!.getAttribute(STATUS_ATTRIBUTE)).toBe('delivered');
    element!.querySelector(BADGE_TAG)!.remove();
    expect(annotator.annotate([entry(element!)])).toBe(1);
    expect(element!.querySelectorAll(BADGE_TAG)).toHaveLength(1);
  });

  it('removes a stray badge copied into the element, keeping exactly one', () => {
    const [element] = page('Hand over to airline');
    element!.append(document.createElement(BADGE_TAG));
    annotator.annotate([entry(element!)]);
    expect(element!.querySelectorAll(BADGE_TAG)).toHaveLength(1);
  });

  it('puts hostile text in as text only', () => {
    const [element] = page('x');
    element!.textContent = '<img src=x onerror="window.__pwned=1"> Hand over to airline';
    annotator.annotate([entry(element!)]);
    const badge = element!.querySelector(BADGE_TAG)!;
    expect(badge.shadowRoot!.querySelector('img')).toBeNull();
    expect(element!.querySelector('img')).toBeNull();
  });

  it('removes every badge and marker (a previous Tracklight after an update)', () => {
    const elements = page('Hand over to airline', 'Delivered');
    annotator.annotate(elements.map(entry));
    removeAllAnnotations(document);
    expect(document.querySelectorAll(BADGE_TAG)).toHaveLength(0);
    expect(document.querySelectorAll(`[${STATUS_ATTRIBUTE}]`)).toHaveLength(0);
  });
});
