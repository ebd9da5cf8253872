import type { Explanation } from '../knowledge/explain';
import { loadLanguagePack, pickLanguage } from '../knowledge/language-packs';
import type { ExplanationLanguage, LanguagePack } from '../knowledge/types';

// The tooltip's texts, loaded on first need: the language module of the language shown, and the
// explanation composer with the facts behind it (durations, region notes). Nothing of the other
// languages is ever loaded.

// Subdomains AliExpress localises by language, not by country; only those that name one
// country are used for the country's customs notes.
const COUNTRY_OF_HOST: Record<string, string> = {
  es: 'ES', fr: 'FR', de: 'DE', it: 'IT', pl: 'PL', nl: 'NL', tr: 'TR', ja: 'JP', ko: 'KR', he: 'IL', th: 'TH', vi: 'VN', ru: 'RU',
};

/** The shopper's country, for region notes: the browser's locale region, else the site's. */
export function shopperCountry(uiLanguage: string, host: string): string | null {
  const region = /^[a-z]{2,3}[-_]([A-Za-z]{2})\b/.exec(uiLanguage)?.[1];
  if (region) return region.toUpperCase();
  if (host.endsWith('aliexpress.us')) return 'US';
  if (host.endsWith('aliexpress.ru')) return 'RU';
  return COUNTRY_OF_HOST[host.split('.')[0] ?? ''] ?? null;
}

export interface LanguageChoice {
  /** The language chosen in the settings, or 'auto'. */
  setting: string;
  uiLanguage: string;
  pageLanguage: string;
}

/** Settings first, then the browser's language, then the page's, then English. */
export function chooseLanguage({ setting, uiLanguage, pageLanguage }: LanguageChoice): ExplanationLanguage {
  return pickLanguage([setting === 'auto' ? null : setting, uiLanguage, pageLanguage]);
}

export class Explanations {
  private packPromise: Promise<LanguagePack> | null = null;
  private explainPromise: Promise<typeof import('../knowledge/explain')> | null = null;
  pack: LanguagePack | null = null;

  constructor(
    private readonly lang: ExplanationLanguage,
    private readonly country: string | null,
  ) {}

  loadPack(): Promise<LanguagePack> {
    this.packPromise ??= loadLanguagePack(this.lang).then((pack) => (this.pack = pack));
    return this.packPromise;
  }

  async explain(status: string): Promise<Explanation | null> {
    const [pack, module] = await Promise.all([this.loadPack(), (this.explainPromise ??= import('../knowledge/explain'))]);
    return module.explain(status, pack, { country: this.country });
  }
}
