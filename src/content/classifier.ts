import statusCore from 'virtual:tracklight/status-core';
import { Classifier, type Classification } from '../knowledge/classifier/engine';
import en from '../knowledge/classifier/lexicon/en';
import { LEXICON_LANGUAGES, loadLexicons } from '../knowledge/classifier/lexicon/load';
import { logger } from '../shared/logger';

// The content script's classifier: English is bundled (it starts at once); the page's language
// loads next, and the others only when a text on the page needs them.

const contentClassifier = new Classifier([en], statusCore);

/** How many distinct texts a page's results are kept for (a page repeats few texts many times). */
const MEMO_LIMIT = 2000;
const memo = new Map<string, Classification | null>();

/**
 * The status of a text on the page. A tracking page repeats its texts (every "Departed from
 * sorting center" of a long history, every "Awaiting delivery" of an order list): each distinct
 * text is classified once while the lexicons stay the same. Results are shared: never mutate one.
 */
export function classifyOnPage(text: string): Classification | null {
  let result = memo.get(text);
  if (result === undefined) {
    result = contentClassifier.classify(text);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(text, result);
  }
  return result;
}

export function hasLexicon(lang: string): boolean {
  return contentClassifier.hasLexicon(lang);
}

/** Stage and severity of each status (for the badges; the tooltip loads the rest). */
export const STATUS_CORE = new Map(statusCore.map((status) => [status.id, status]));

/** The lexicon languages to start with on a page in `pageLanguage` (a BCP 47 tag). */
export function initialLexicons(pageLanguage: string): string[] {
  const primary = pageLanguage.toLowerCase().split(/[-_]/)[0] ?? '';
  const languages = ['en'];
  if (primary === 'iw') languages.push('he'); // the old code for Hebrew, still seen in lang attributes
  else if (LEXICON_LANGUAGES.includes(primary) && primary !== 'en') languages.push(primary);
  return languages;
}

export async function ensureLexicons(languages: readonly string[]): Promise<void> {
  const missing = languages.filter((lang) => !contentClassifier.hasLexicon(lang));
  if (!missing.length) return;
  try {
    contentClassifier.addLexicons(await loadLexicons(missing));
    memo.clear(); // a text not recognised before may be now
  } catch (error) {
    logger.errorOnce('lexicons', error);
  }
}

/** Loads every language's lexicon (for a text the first ones did not recognise). */
export function ensureAllLexicons(): Promise<void> {
  return ensureLexicons(LEXICON_LANGUAGES);
}
