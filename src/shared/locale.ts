// The shopper's country, for the customs and pickup notes of their region.

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
