import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// Every UI string exists in every locale, with the same placeholders as English.
const dir = path.resolve('public/_locales');
type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const read = (locale: string) => JSON.parse(readFileSync(path.join(dir, locale, 'messages.json'), 'utf8')) as Messages;
const english = read('en');
const slots = (text: string) => [...text.matchAll(/\$([A-Z_]+)\$/g)].map((match) => match[1]).sort();

describe('UI strings', () => {
  const locales = readdirSync(dir).filter((locale) => locale !== 'en');

  it('has the eight languages of the explanations', () => {
    expect(locales.sort()).toEqual(['de', 'es', 'fr', 'it', 'pl', 'pt_BR', 'pt_PT', 'ru']);
  });

  it.each(locales)('%s has every key, with the same placeholders, and no empty text', (locale) => {
    const messages = read(locale);
    expect(Object.keys(messages).sort()).toEqual(Object.keys(english).sort());
    for (const [key, entry] of Object.entries(english)) {
      const translated = messages[key]!;
      expect(translated.message.trim(), key).not.toBe('');
      expect(slots(translated.message), key).toEqual(slots(entry.message));
      expect(Object.keys(translated.placeholders ?? {}).sort(), key).toEqual(Object.keys(entry.placeholders ?? {}).sort());
    }
    expect(messages.extName!.message).toBe('Tracklight');
  });
});
