import type { Explanation } from '../knowledge/explain';
import { loadLanguagePack, loadRegionNoteTexts, pickLanguage } from '../knowledge/language-packs';
import type { ExplanationLanguage, LanguagePack, RegionNoteTexts } from '../knowledge/types';

export { shopperCountry } from '../shared/locale';

// The tooltip's texts, loaded on first need: the language module of the language shown, and the
// explanation composer with the facts behind it (durations, region notes). Nothing of the other
// languages is ever loaded.

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
  private regionTexts: Promise<RegionNoteTexts> | null = null;
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
    const [pack, module, regionTexts] = await Promise.all([
      this.loadPack(),
      (this.explainPromise ??= import('../knowledge/explain')),
      (this.regionTexts ??= loadRegionNoteTexts(this.lang)),
    ]);
    return module.explain(status, pack, { country: this.country, regionTexts });
  }
}
