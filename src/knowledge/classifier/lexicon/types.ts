/**
 * One language's lexicon: its words mapped to concepts (space-separated concept names).
 * Patterns, for languages written with spaces between words:
 *   'customs'          the whole word
 *   'depart*'          any word starting with it (at least 4 letters before the '*')
 *   'last mile'        a sequence of words (each part may end in '*')
 * For languages matched inside the text (zh, ja, ko, th, ar, he: words run together or carry
 * attached particles), every pattern is a substring.
 * Patterns are written as a speaker types them; they pass through the same normalisation as
 * the text (lower case, accents and vowel marks removed).
 */
export interface Lexicon {
  lang: string;
  matching: 'words' | 'substrings';
  entries: readonly (readonly [pattern: string, concepts: string])[];
}
