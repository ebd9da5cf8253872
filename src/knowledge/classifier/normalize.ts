// Text normalisation for the classifier: what a page shows ("[Shatian Town] Outbound in sorting
// center, Carrier note: …", odd spacing, case, accents) becomes a plain lower-case string of
// words. Written for speed: one pass over the characters, each non-ASCII character folded once
// and remembered.

/** Longer texts are cut: no tracking event is this long, and hostile input must stay cheap. */
export const MAX_TEXT_LENGTH = 1000;

// Leading location prefixes: "[Shatian Town] ", "【深圳】", "[Dalingshan Town] - ".
// What may stand before a location prefix and say nothing: anything but a letter, a digit or an
// opening bracket (spaces, controls, bidi and zero-width marks, combining marks, emoji, lone
// surrogate halves).
const LEADING_NOISE = /^[^\p{L}\p{N}[【(（]*/u;
const LOCATION_PREFIX = /^(?:[[【(（][^\]】)）]{0,80}[\]】)）]\s*[-–—:：,]?\s*)+/;
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
  if (PREFIX_OPENERS.includes(text.charAt(start))) return text.slice(start).replace(LOCATION_PREFIX, '');
  const first = text.charCodeAt(start);
  if ((first >= 48 && first <= 57) || ((first | 32) >= 97 && (first | 32) <= 122)) return text; // the common case: an ASCII letter or digit first
  const lead = LEADING_NOISE.exec(text)![0].length;
  return lead && PREFIX_OPENERS.includes(text.charAt(lead)) ? text.slice(lead).replace(LOCATION_PREFIX, '') : text;
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
const IS_COMBINING_MARK = /^[\u0300-\u036f\u064b-\u065f\u0670\u05b0-\u05c7]+$/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** What one character becomes: its folded lower-case letters, '' for a mark, ' ' for the rest. */
function foldCharacter(ch: string): string {
  const lower = ch.toLowerCase();
  const nfd = lower.normalize('NFD');
  // Most characters have nothing to decompose: only a mark on its own then needs removing.
  const decomposed = nfd !== lower ? nfd.replace(COMBINING_MARKS, '').normalize('NFC') : IS_COMBINING_MARK.test(lower) ? '' : lower;
  let folded = '';
  for (const part of decomposed) folded += FOLDS[part] ?? part;
  if (folded === '') return ''; // a mark on its own (already decomposed input)
  return LETTER_OR_DIGIT.test(folded) ? folded : ' ';
}

// What each character of lower-cased text becomes. KEEP: itself (a letter or digit that needs no
// folding); SEPARATOR: a word break; any other string: its replacement ('' drops a mark).
const KEEP = 0;
const SEPARATOR = 1;
type Fold = typeof KEEP | typeof SEPARATOR | string;

function classifyCharacter(ch: string): Fold {
  const folded = foldCharacter(ch);
  if (folded === ' ') return SEPARATOR;
  return folded === ch ? KEEP : folded;
}

// Latin, Greek, Cyrillic, Hebrew, Arabic and Thai (below U+0E80) in a table filled as characters
// are first seen (folding all of them up front would cost every page a few milliseconds); the
// rest in a bounded map.
const TABLE_SIZE = 0x0e80;
const foldTable: (Fold | undefined)[] = new Array<Fold | undefined>(TABLE_SIZE).fill(undefined);
for (let code = 0; code < 128; code++) foldTable[code] = /[a-z0-9]/.test(String.fromCharCode(code)) ? KEEP : SEPARATOR;
const foldCache = new Map<number, Fold>();
const FOLD_CACHE_LIMIT = 5000;

function foldOf(code: number): Fold {
  if (code < TABLE_SIZE) return (foldTable[code] ??= classifyCharacter(String.fromCharCode(code)));
  // Kana, CJK ideographs and Hangul syllables have no case and no marks to remove.
  if ((code >= 0x3040 && code <= 0x30ff) || (code >= 0x4e00 && code <= 0x9fff) || (code >= 0xac00 && code <= 0xd7a3)) return KEEP;
  let fold = foldCache.get(code);
  if (fold === undefined) {
    // Surrogate halves are folded one by one: an emoji becomes a separator, never an error.
    fold = classifyCharacter(String.fromCharCode(code));
    if (foldCache.size < FOLD_CACHE_LIMIT) foldCache.set(code, fold);
  }
  return fold;
}

const NON_ASCII = /[^\x00-\x7f]/;
const SEPARATORS_ASCII = /[^a-z0-9]+/g;

/** Filled by normalizeWords: whether the text has characters of Hebrew, Arabic, Thai or later scripts. */
export interface NormalizeInfo {
  wide: boolean;
}

/** Lower case, accents and marks removed, every run of non-letters one space, trimmed. */
export function normalizeWords(text: string, info?: NormalizeInfo): string {
  const lower = text.toLowerCase();
  // Most texts are plain ASCII: the engine's own replace is fastest there.
  if (!NON_ASCII.test(lower)) {
    if (info) info.wide = false;
    return lower.replace(SEPARATORS_ASCII, ' ').trim();
  }
  // Otherwise copy runs of unchanged characters, and fold or break at the others.
  let out = '';
  let runStart = 0;
  let pendingSpace = false;
  let wide = false;
  const length = lower.length;
  for (let i = 0; i <= length; i++) {
    const code = i < length ? lower.charCodeAt(i) : 0;
    if (code >= 0x0590) wide = true;
    const fold = i < length ? foldOf(code) : SEPARATOR;
    if (fold === KEEP) continue;
    if (i > runStart) {
      if (pendingSpace && out) out += ' ';
      pendingSpace = false;
      out += lower.slice(runStart, i);
    }
    runStart = i + 1;
    if (fold === SEPARATOR) {
      pendingSpace = true;
    } else if (fold !== '') {
      if (pendingSpace && out) out += ' ';
      pendingSpace = false;
      out += fold;
    }
  }
  if (info) info.wide = wide;
  return out;
}
