import statusCore from 'virtual:tracklight/status-core';
import { Classifier } from '../knowledge/classifier/engine';
import en from '../knowledge/classifier/lexicon/en';
import { LEXICON_LANGUAGES, loadLexicons } from '../knowledge/classifier/lexicon/load';
import { logger } from '../shared/logger';

// The content script's classifier: English is bundled (it starts at once); the page's language
// loads next, and the others only when a text on the page needs them.

export const contentClassifier = new Classifier([en], statusCore);

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
  } catch (error) {
    logger.errorOnce('lexicons', error);
  }
}

/** Loads every language's lexicon (for a text the first ones did not recognise). */
export function ensureAllLexicons(): Promise<void> {
  return ensureLexicons(LEXICON_LANGUAGES);
}
