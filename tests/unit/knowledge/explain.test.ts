import { describe, expect, it } from 'vitest';
import { STATUSES } from '../../../src/knowledge/catalogue/index';
import { explain, fillSlots } from '../../../src/knowledge/explain';
import { pickLanguage } from '../../../src/knowledge/language-packs';
import en from '../../../src/knowledge/texts/en';
import es from '../../../src/knowledge/texts/es';
import enRegions from '../../../src/knowledge/texts/regions/en';
import esRegions from '../../../src/knowledge/texts/regions/es';
import { EXPLANATION_LANGUAGES } from '../../../src/knowledge/types';
import { loadLanguagePack } from '../../../src/knowledge/language-packs';

describe('explain', () => {
  it('composes every status in English and Spanish with no slot left unfilled', () => {
    for (const [pack, regionTexts] of [[en, enRegions], [es, esRegions]] as const) {
      for (const status of STATUSES) {
        const explanation = explain(status.id, pack, { country: 'ES', regionTexts })!;
        expect(explanation, status.id).not.toBeNull();
        const shown = [explanation.title, explanation.meaning, explanation.next, explanation.usualWait, explanation.worry, explanation.action ?? '', explanation.step, ...explanation.regionNotes].join(' ');
        expect(shown, `${pack.lang} ${status.id}`).not.toMatch(/\{\w+\}/);
        if (status.severity === 'watch' || status.severity === 'act') {
          expect(explanation.action, status.id).toBeTruthy();
          expect(explanation.contacts.length, status.id).toBeGreaterThan(0);
        }
      }
    }
  });

  it('says the step in the journey, or that the stage is outside it', () => {
    expect(explain('hand-over-to-airline', en)!.step).toBe(`Step 5 of 10: ${en.stages.international.name}`);
    expect(explain('returned-to-sender', en)!.step).toBe(`Outside the normal journey: ${en.stages.returned.name}`);
  });

  it('takes the usual wait from the duration data, or says there is no reliable one', () => {
    const airline = explain('hand-over-to-airline', en)!;
    expect(airline.usualWait).toMatch(/^Usually \d+–\d+ days\.$/);
    const unknown = STATUSES.find((status) => explain(status.id, en)!.usualWait === en.phrases.noTypicalDuration);
    expect(unknown).toBeDefined();
  });

  it('adds the region notes of the shopper’s country only', () => {
    const spain = explain('duties-to-pay', en, { country: 'ES', regionTexts: enRegions })!;
    const uk = explain('duties-to-pay', en, { country: 'GB', regionTexts: enRegions })!;
    expect(spain.regionNotes.some((note) => note.startsWith('EU'))).toBe(true);
    expect(uk.regionNotes.some((note) => note.startsWith('EU'))).toBe(false);
    expect(explain('duties-to-pay', en)!.regionNotes).toEqual([]);
    expect(spain.regionNotes.join(' ')).not.toMatch(/22\s?(€|eur)/i);
  });

  it('shows only the notes in force on the day, with their dates written out', () => {
    const before = explain('duties-to-pay', en, { country: 'RU', now: new Date('2026-03-01T00:00:00Z'), regionTexts: enRegions })!.regionNotes;
    const after = explain('duties-to-pay', en, { country: 'RU', now: new Date('2026-11-25T00:00:00Z'), regionTexts: enRegions })!.regionNotes;
    expect(before.length).toBeGreaterThan(0);
    expect(after.length).toBeGreaterThan(0);
    expect(before).not.toEqual(after);
    const uk = explain('duties-to-pay', en, { country: 'GB', now: new Date('2026-11-25T00:00:00Z'), regionTexts: enRegions })!.regionNotes.join(' ');
    expect(uk).not.toMatch(/\d{4}-\d{2}/);
  });

  it('returns null for an unknown status', () => {
    expect(explain('no-such-status', en)).toBeNull();
  });

  it('fills slots and leaves unknown ones visible', () => {
    expect(fillSlots('Usually {min}–{max} days.', { min: 1, max: 3 })).toBe('Usually 1–3 days.');
    expect(fillSlots('{a} {b}', { a: 'x' })).toBe('x {b}');
  });
});

describe('language packs', () => {
  it('loads every explanation language, each complete for every status', async () => {
    for (const lang of EXPLANATION_LANGUAGES) {
      const pack = await loadLanguagePack(lang);
      expect(pack.lang).toBe(lang);
      for (const status of STATUSES) expect(explain(status.id, pack, { country: 'DE' }), `${lang} ${status.id}`).not.toBeNull();
    }
  });
});

describe('pickLanguage', () => {
  it('takes the first explanation language among the candidates, else English', () => {
    expect(pickLanguage(['pt-BR', 'en'])).toBe('pt');
    expect(pickLanguage([null, 'ru_RU'])).toBe('ru');
    expect(pickLanguage(['ja', 'ko'])).toBe('en');
    expect(pickLanguage([])).toBe('en');
  });
});
