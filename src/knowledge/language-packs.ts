// Each explanation language is its own module, loaded only when shown: the content script
// pays for one language, not eight.
import { EXPLANATION_LANGUAGES, type ExplanationLanguage, type LanguagePack, type RegionNoteTexts } from './types';

const LOADERS: Record<ExplanationLanguage, () => Promise<{ default: LanguagePack }>> = {
  en: () => import('./texts/en'),
  es: () => import('./texts/es'),
  fr: () => import('./texts/fr'),
  de: () => import('./texts/de'),
  pt: () => import('./texts/pt'),
  ru: () => import('./texts/ru'),
  it: () => import('./texts/it'),
  pl: () => import('./texts/pl'),
};

export function isExplanationLanguage(value: unknown): value is ExplanationLanguage {
  return typeof value === 'string' && (EXPLANATION_LANGUAGES as readonly string[]).includes(value);
}

/**
 * The first explanation language among the candidates (BCP 47 tags such as "pt-BR", "es",
 * "ru_RU"), or English.
 */
export function pickLanguage(candidates: readonly (string | null | undefined)[]): ExplanationLanguage {
  for (const candidate of candidates) {
    const primary = candidate?.toLowerCase().split(/[-_]/)[0];
    if (isExplanationLanguage(primary)) return primary;
  }
  return 'en';
}

export async function loadLanguagePack(lang: ExplanationLanguage): Promise<LanguagePack> {
  return (await LOADERS[lang]()).default;
}

// The region notes' texts are their own modules: only a tooltip or popup that shows a note
// needs them.
const REGION_LOADERS: Record<ExplanationLanguage, () => Promise<{ default: RegionNoteTexts }>> = {
  en: () => import('./texts/regions/en'),
  es: () => import('./texts/regions/es'),
  fr: () => import('./texts/regions/fr'),
  de: () => import('./texts/regions/de'),
  pt: () => import('./texts/regions/pt'),
  ru: () => import('./texts/regions/ru'),
  it: () => import('./texts/regions/it'),
  pl: () => import('./texts/regions/pl'),
};

export async function loadRegionNoteTexts(lang: ExplanationLanguage): Promise<RegionNoteTexts> {
  return (await REGION_LOADERS[lang]()).default;
}
