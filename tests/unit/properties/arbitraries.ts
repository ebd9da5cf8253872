import fc from 'fast-check';
import { STATUSES } from '../../../src/knowledge/catalogue/index';
import { KNOWN_PHRASES } from '../../../src/knowledge/classifier/known-phrases';
import { loadOwn, loadRealDev } from '../../corpus/load';

// What the property tests generate: hostile text (the characters that break naive string code),
// and the texts and codes Tracklight really meets, so that random runs reach the classifier's
// rules and the timeline's stages instead of only its "not recognised" path.

/**
 * Every property runs from this seed, so a run is the same on every machine. On a failure
 * fast-check prints the seed, a `path` and the shrunk counterexample: re-running the file
 * reproduces it, and `fc.assert(property, { ...runs(n), path: '<printed path>', endOnFailure: true })`
 * replays the counterexample alone.
 */
export const SEED = 20261125;

export function runs(numRuns: number): { seed: number; numRuns: number } {
  return { seed: SEED, numRuns };
}

/**
 * Characters a page can put around or inside a status text that carry no meaning for it:
 * controls, bidi marks, embeddings, overrides and isolates, invisible characters, combining
 * marks, emoji and lone surrogates.
 */
export const MEANINGLESS_CHARACTERS: readonly string[] = [
  '\u0000', '\u0001', '\u0008', '\t', '\n', '\u000b', '\f', '\r', '\u001b', '\u001f', '\u007f', '\u0085', '\u2028', '\u2029',
  '\u200e', '\u200f', '\u061c', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069',
  '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u00a0', '\u3000',
  '\u0301', '\u0308', '\u0327', '\u0336', '\u05b0', '\u064b', '\u0670', '\u20dd',
  '😀', '📦', '👍🏽', '👨‍👩‍👧‍👦', '🇧🇷',
  '\ud800', '\udbff', '\udc00', '\udfff',
];

/** Characters that string handling gets wrong, and those the classifier's own patterns look for. */
export const HOSTILE_CHARACTERS: readonly string[] = [
  ...MEANINGLESS_CHARACTERS,
  '1️⃣', // a keycap: a digit under its marks
  // location brackets, carrier-note separators, markup
  '[', ']', '【', '】', '(', '（', '）', ',', '，', ':', '：', ';', '-', '—', '*', '.', '\\', '"', "'", '<', '>', '&',
  // folded letters, and scripts written without spaces
  'ß', 'ł', 'İ', 'ı', 'ﬁ', 'Ⅻ', 'ｱ', '已', '签', '收', '배', '송', 'ส', '่', 'ـ', 'ة',
];

/** Words and pieces of event texts, so random strings come close to texts the classifier knows. */
const TEXT_PIECES: readonly string[] = [
  'delivered', 'Delivered', 'DELIVERED', 'customs', 'carrier', 'Carrier note:', 'carrier note：', 'note', 'ote', 'OTE',
  'sorting center', 'departed', 'arrived', 'linehual', 'airline', 'returned', 'not', 'pickup', 'point', 'cancel',
  '[Shatian Town] ', '【深圳】', '(Sao Paulo) - ', 'entregue', 'zugestellt', 'доставлено', 'תוחלק', 'تم التسليم', '已签收', '배송 완료',
  '<img src=x onerror=alert(1)>', '<script>alert(1)</script>', '&amp;', '&#x202e;', '${x}', '%s', '\\u0000',
];

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));

/** One unit of hostile text: any code point, a hostile character, a lone surrogate or a known piece. */
export const hostileUnit: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }) },
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_CHARACTERS) },
  { weight: 1, arbitrary: loneSurrogate },
  { weight: 2, arbitrary: fc.constantFrom(...TEXT_PIECES) },
);

/** Hostile text of up to `maxLength` units (a unit is a character or a short piece). */
export function hostileText(maxLength: number, size: fc.SizeForArbitrary = 'medium'): fc.Arbitrary<string> {
  return fc.string({ unit: hostileUnit, maxLength, size });
}

const corpus = [...loadOwn(), ...loadRealDev()];

/** Event texts Tracklight is written for: the known phrases and the corpus (its frozen test split left out). */
export const REAL_TEXTS: readonly string[] = [...new Set([...KNOWN_PHRASES.map(([text]) => text), ...corpus.map((line) => line.text)])];

/** Action codes as pages and APIs carry them. */
export const REAL_CODES: readonly string[] = [
  ...new Set([...STATUSES.flatMap((status) => status.codes), ...corpus.flatMap((line) => (line.code ? [line.code] : []))]),
];

/** A real text with hostile characters put in at random places. */
const spoiledRealText = fc
  .tuple(fc.constantFrom(...REAL_TEXTS), fc.array(fc.tuple(fc.nat(), hostileText(4)), { minLength: 1, maxLength: 4 }))
  .map(([text, insertions]) =>
    insertions.reduce((spoiled, [position, insert]) => {
      const at = position % (spoiled.length + 1);
      return spoiled.slice(0, at) + insert + spoiled.slice(at);
    }, text),
  );

/** Event texts: real ones, real ones spoiled, and hostile strings. */
export function eventText(maxLength = 300): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...REAL_TEXTS) },
    { weight: 2, arbitrary: spoiledRealText },
    { weight: 3, arbitrary: hostileText(maxLength) },
  );
}

/** Codes: real ones (bare, `AE_`-prefixed, `_SUCCESS`-suffixed, in any case), family prefixes with junk, junk. */
export const eventCode: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...REAL_CODES),
  fc
    .tuple(fc.constantFrom(...REAL_CODES), fc.boolean(), fc.boolean(), fc.boolean())
    .map(([code, prefix, suffix, lower]) => {
      const decorated = `${prefix ? 'AE_' : ''}${code}${suffix ? '_SUCCESS' : ''}`;
      return lower ? decorated.toLowerCase() : decorated;
    }),
  fc.tuple(fc.constantFrom('GTMS_', 'RT_', 'CC_IM_', 'CC_EX_', 'LH_', 'AE_', 'CUS_', 'SC_', 'PU_'), hostileText(12)).map(([prefix, rest]) => prefix + rest),
  hostileText(30),
);
