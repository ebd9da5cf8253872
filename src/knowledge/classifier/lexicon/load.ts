import type { Lexicon } from './types';

// Each language's lexicon as its own module, for a classifier that loads them as needed.
const LOADERS: Record<string, () => Promise<{ default: Lexicon }>> = {
  en: () => import('./en'),
  es: () => import('./es'),
  fr: () => import('./fr'),
  de: () => import('./de'),
  it: () => import('./it'),
  pt: () => import('./pt'),
  ru: () => import('./ru'),
  pl: () => import('./pl'),
  nl: () => import('./nl'),
  tr: () => import('./tr'),
  ja: () => import('./ja'),
  ko: () => import('./ko'),
  th: () => import('./th'),
  vi: () => import('./vi'),
  ar: () => import('./ar'),
  he: () => import('./he'),
  zh: () => import('./zh'),
};

export const LEXICON_LANGUAGES: readonly string[] = Object.keys(LOADERS);

export async function loadLexicons(languages: readonly string[]): Promise<Lexicon[]> {
  const known = languages.filter((lang) => lang in LOADERS);
  return Promise.all(known.map(async (lang) => (await LOADERS[lang]!()).default));
}
