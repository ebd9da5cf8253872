// Text normalisation for the classifier: what a page shows ("[Shatian Town] Outbound in sorting
// center, Carrier note: …", odd spacing, case, accents) becomes a plain lower-case string of
// words. Written for speed: one pass over the characters, each non-ASCII character folded once
// and remembered.

/** Longer texts are cut: no tracking event is this long, and hostile input must stay cheap. */
export const MAX_TEXT_LENGTH = 1000;

// Leading location prefixes: "[Shatian Town] ", "【深圳】", "[Dalingshan Town] - ".
const LOCATION_PREFIX = /^\s*(?:[[【(（][^\]】)）]{0,80}[\]】)）]\s*[-–—:：,]?\s*)+/;
const PREFIX_OPENERS = '[【(（';
// What follows a carrier's own note ("…, Carrier note: Outbound in sorting center").
const CARRIER_NOTE = /[,，;；]?\s*carrier note\s*[:：]/i;

export interface SplitText {
  /** The main (standardised) text, location prefix removed. */
  main: string;
  /** The carrier's own note, when the text carries one. */
  note: string;
}

/** The text without a leading location prefix; the same string when it has none. */
export function stripLocationPrefix(text: string): string {
  let start = 0;
  while (start < text.length && text.charCodeAt(start) <= 32) start++;
  return PREFIX_OPENERS.includes(text.charAt(start)) ? text.replace(LOCATION_PREFIX, '') : text;
}

/** Where a ", Carrier note:" part begins, or -1. */
export function carrierNoteAt(text: string): number {
  return text.includes('ote') || text.includes('OTE') ? text.search(CARRIER_NOTE) : -1;
}

export function splitCarrierNote(text: string): SplitText {
  const cut = text.length > MAX_TEXT_LENGTH ? text.slice(0, MAX_TEXT_LENGTH) : text;
  const withoutPrefix = stripLocationPrefix(cut);
  const noteAt = carrierNoteAt(withoutPrefix);
  if (noteAt < 0) return { main: withoutPrefix.trim(), note: '' };
  const match = CARRIER_NOTE.exec(withoutPrefix.slice(noteAt))!;
  return {
    main: withoutPrefix.slice(0, noteAt).trim(),
    note: stripLocationPrefix(withoutPrefix.slice(noteAt + match[0].length)).trim(),
  };
}

// Letters a plain NFD decomposition leaves alone.
const FOLDS: Record<string, string> = {
  ß: 'ss', ł: 'l', ø: 'o', đ: 'd', ı: 'i', æ: 'ae', œ: 'oe', 'ـ': '', ى: 'ي', ة: 'ه',
};
const COMBINING_MARKS = /[\u0300-\u036f\u064b-\u065f\u0670\u05b0-\u05c7]/g;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** What one character becomes: its folded lower-case letters, '' for a mark, ' ' for the rest. */
function foldCharacter(ch: string): string {
  const decomposed = ch.toLowerCase().normalize('NFD').replace(COMBINING_MARKS, '').normalize('NFC');
  let folded = '';
  for (const part of decomposed) folded += FOLDS[part] ?? part;
  if (folded === '') return ''; // a mark on its own (already decomposed input)
  return LETTER_OR_DIGIT.test(folded) ? folded : ' ';
}

const ASCII_FOLD: string[] = Array.from({ length: 128 }, (_, code) => {
  const ch = String.fromCharCode(code);
  return /[a-z0-9]/i.test(ch) ? ch.toLowerCase() : ' ';
});
const foldCache = new Map<number, string>();
const FOLD_CACHE_LIMIT = 5000;

/** Lower case, accents and marks removed, every run of non-letters one space, trimmed. */
const NON_ASCII = /[^\x00-\x7f]/;
const SEPARATORS_ASCII = /[^a-z0-9]+/g;

export function normalizeWords(text: string): string {
  // Most texts are plain ASCII: the engine's own lower-casing and replace are fastest there.
  if (!NON_ASCII.test(text)) return text.toLowerCase().replace(SEPARATORS_ASCII, ' ').trim();
  let out = '';
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let folded: string;
    if (code < 128) {
      folded = ASCII_FOLD[code]!;
    } else {
      let cached = foldCache.get(code);
      if (cached === undefined) {
        // Surrogate halves are folded one by one: an emoji becomes a separator, never an error.
        cached = foldCharacter(String.fromCharCode(code));
        if (foldCache.size < FOLD_CACHE_LIMIT) foldCache.set(code, cached);
      }
      folded = cached;
    }
    if (folded === ' ') {
      pendingSpace = out.length > 0;
    } else if (folded !== '') {
      if (pendingSpace) {
        out += ' ';
        pendingSpace = false;
      }
      out += folded;
    }
  }
  return out;
}
