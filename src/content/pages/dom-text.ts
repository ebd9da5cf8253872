// Reading text from page elements: trimmed, spaces folded, bounded (hostile pages can hold
// huge texts; no tracking status is longer than this).

export const MAX_ENTRY_TEXT = 500;

export function textOf(element: Element | null | undefined): string {
  if (!element) return '';
  const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
  return text.length > MAX_ENTRY_TEXT ? text.slice(0, MAX_ENTRY_TEXT) : text;
}

/** Text of the first element matching `selector` under `root` (itself included), or null. */
export function textAt(root: ParentNode, selector: string): string | null {
  const element = root instanceof Element && root.matches(selector) ? root : root.querySelector(selector);
  const text = textOf(element);
  return text || null;
}

/** Elements matching `selector` under `root`, `root` itself included. */
export function within(root: ParentNode, selector: string): Element[] {
  const found = Array.from(root.querySelectorAll(selector));
  if (root instanceof Element && root.matches(selector)) found.unshift(root);
  return found;
}

/** "[Shatian Town] Departed…" → "Shatian Town". */
export function locationPrefix(text: string): string | null {
  const match = /^\s*[[【]([^\]】]{1,80})[\]】]/.exec(text);
  return match?.[1]?.trim() || null;
}
