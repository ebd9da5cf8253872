// The carriers an AliExpress parcel meets: Cainiao and the Chinese first-mile carriers, then the
// national posts and parcel networks that deliver the last mile. Each carrier's public tracking
// page comes with the source that shows it. Where no source gives a link that takes the number,
// the entry gives the tracking page alone and says why (`kind: 'page'`); no URL here is guessed.
// Sources were read in stored copies of the pages and repositories named.
import type { Source } from '../types';

/** A link straight to the tracking result: `{number}` is replaced by the URL-encoded number. */
export interface TrackingUrlTemplate {
  kind: 'template';
  urlTemplate: string;
  source: Source;
  note?: string;
}

/** Only the tracking page is known: the shopper types the number there. */
export interface TrackingPage {
  kind: 'page';
  pageUrl: string;
  source: Source;
  /** Why there is no template. */
  note: string;
}

export interface Carrier {
  /** kebab-case, stable. */
  id: string;
  name: string;
  /** ISO 3166-1 alpha-2 code of the carrier's home country. */
  country: string;
  /**
   * The ISO code whose UPU S10 numbers (…CC) this carrier issues as the country's designated
   * postal operator; absent for carriers that issue none (couriers, Cainiao, YunExpress).
   */
  issuesS10For?: string;
  /**
   * Other spellings of the carrier as a shopper or a tracking page may show them. Matched exactly
   * (ignoring case, accents and spacing), so a different company with a similar name, such as
   * Correos Express or CTT Express, is not listed here and does not match.
   */
  aliases: readonly string[];
  tracking: TrackingUrlTemplate | TrackingPage;
}

export const CARRIERS: readonly Carrier[] = [
  // ---- Chinese side: Cainiao and first-mile carriers ----
  {
    id: 'cainiao',
    name: 'Cainiao',
    country: 'CN',
    aliases: ['Cainiao Network', 'Cainiao Global', 'Cainiao Smart Logistics', '菜鸟'],
    tracking: {
      kind: 'template',
      urlTemplate: 'https://global.cainiao.com/detail.htm?mailNoList={number}',
      source: {
        ref: 'ha-parcel-integrations/ha-cainiao:custom_components/cainiao/const.py',
        says: 'TRACKING_URL = "https://global.cainiao.com/detail.htm?mailNoList={tracking_code}" — the consumer tracking deep link for a parcel.',
        certainty: 'probable',
      },
    },
  },
  {
    id: 'yunexpress',
    name: 'YunExpress',
    country: 'CN',
    aliases: ['Yun Express'],
    tracking: {
      kind: 'template',
      urlTemplate: 'https://www.yuntrack.com/parcelTracking?id={number}',
      source: {
        ref: 'jkeen/tracking_number_data:couriers/yunexpress.json',
        says: '"tracking_url": "https://www.yuntrack.com/parcelTracking?id=%s" for YT + 16-digit numbers.',
        certainty: 'probable',
      },
    },
  },
  {
    id: 'china-post',
    name: 'China Post',
    country: 'CN',
    issuesS10For: 'CN',
    aliases: ['China Post Air Mail', 'China Post Registered Air Mail', 'China EMS', 'EMS China', '中国邮政'],
    tracking: {
      kind: 'page',
      pageUrl: 'https://www.ems.com.cn/',
      source: {
        ref: 'https://tiandot.com/resources/60.html',
        says: 'To track EMS mail, "Log in to www.ems.com.cn to check"; EMS numbers are two letters, nine digits and CN.',
        certainty: 'probable',
      },
      note: 'The source names the China Post EMS site (www.ems.com.cn) but gives no link that takes the number; a guide (cn.ebrdbusinesslens.com) says the search asks for a verification code.',
    },
  },

  // ---- Last-mile carriers, by country ----
  {
    id: 'correos',
    name: 'Correos',
    country: 'ES',
    issuesS10For: 'ES',
    aliases: ['Correos España', 'Correos de España', 'Correos y Telégrafos', 'Sociedad Estatal Correos y Telégrafos', 'Spain Post'],
    tracking: {
      kind: 'template',
      urlTemplate: 'https://www.correos.es/es/es/herramientas/localizador/envios/detalle?tracking-number={number}',
      source: {
        ref: 'ha-parcel-integrations/ha-correos:custom_components/correos/const.py',
        says: 'TRACKING_URL = "https://www.correos.es/es/es/herramientas/localizador/envios/detalle?tracking-number={tracking_code}".',
        certainty: 'probable',
      },
    },
  },
  {
    id: 'la-poste',
    name: 'La Poste / Colissimo',
    country: 'FR',
    issuesS10For: 'FR',
    aliases: ['La Poste', 'Colissimo', 'La Poste Colissimo', 'La Poste - Colissimo', 'France Post', 'Lettre suivie'],
    tracking: {
      kind: 'template',
      urlTemplate: 'https://www.laposte.fr/outils/suivre-vos-envois?code={number}',
      source: {
        ref: 'karrioapi/karrio:modules/connectors/laposte/karrio/providers/laposte/utils.py',
        says: 'tracking_url returns "https://www.laposte.fr/outils/suivre-vos-envois?code={}".',
        certainty: 'probable',
      },
    },
  },
  {
    id: 'postnl',
    name: 'PostNL',
    country: 'NL',
    issuesS10For: 'NL',
    aliases: ['Post NL', 'PostNL International', 'Netherlands Post'],
    tracking: {
      kind: 'page',
      pageUrl: 'https://www.postnl.be/en/receiving/receive-an-international-parcel/',
      source: {
        ref: 'https://www.postnl.be/en/receiving/receive-an-international-parcel/',
        says: '"With our international Track & Trace service, you can use your postcode and barcode to directly track the location of your parcel." Barcodes starting with CD and 3S are delivered by PostNL.',
        certainty: 'certain',
      },
      note: "PostNL's Track & Trace needs the recipient's postcode (and country) together with the barcode, so no link that takes the number alone was found.",
    },
  },
  {
    id: 'deutsche-post-dhl',
    name: 'Deutsche Post / DHL',
    country: 'DE',
    issuesS10For: 'DE',
    aliases: ['Deutsche Post', 'DHL', 'DHL Paket', 'Deutsche Post DHL', 'DHL Germany', 'DHL Parcel Germany'],
    tracking: {
      kind: 'template',
      urlTemplate: 'https://www.dhl.com/de-en/home/tracking/tracking-parcel.html?submit=1&tracking-id={number}',
      source: {
        ref: 'karrioapi/karrio:modules/connectors/dhl_parcel_de/karrio/providers/dhl_parcel_de/utils.py',
        says: 'tracking_url is "https://www.dhl.com/" + locale + "/home/tracking/tracking-parcel.html?submit=1&tracking-id={}", the locale being country-language, by default DE and en.',
        certainty: 'probable',
      },
      note: 'The locale part (de-en) is the default karrio builds from country DE and language en.',
    },
  },
  {
    id: 'poste-italiane',
    name: 'Poste Italiane',
    country: 'IT',
    issuesS10For: 'IT',
    aliases: ['PosteItaliane', 'Italy Post'],
    tracking: {
      kind: 'template',
      urlTemplate: 'https://www.poste.it/cerca/index.html#/risultati-spedizioni/{number}',
      source: {
        ref: 'ha-parcel-integrations/ha-poste-italiane:custom_components/poste_italiane/const.py',
        says: 'TRACKING_URL = "https://www.poste.it/cerca/index.html#/risultati-spedizioni/{tracking_code}", the human-facing deep link.',
        certainty: 'probable',
      },
    },
  },
  {
    id: 'ctt',
    name: 'CTT',
    country: 'PT',
    issuesS10For: 'PT',
    aliases: ['CTT Correios', 'CTT Correios de Portugal', 'Correios de Portugal', 'Portugal Post'],
    tracking: {
      kind: 'template',
      urlTemplate: 'https://www.ctt.pt/feapl_2/app/open/objectSearch/objectSearch.jspx?objects={number}',
      source: {
        ref: 'ha-parcel-integrations/ha-ctt:custom_components/ctt/const.py',
        says: 'TRACKING_URL = "https://www.ctt.pt/feapl_2/app/open/objectSearch/objectSearch.jspx?objects={tracking_code}", "the one CTT itself links from its site".',
        certainty: 'probable',
      },
    },
  },
  {
    id: 'inpost',
    name: 'InPost',
    country: 'PL',
    aliases: ['InPost Paczkomaty', 'Paczkomaty InPost', 'Paczkomaty'],
    tracking: {
      kind: 'template',
      urlTemplate: 'https://inpost.pl/sledzenie-przesylek?number={number}',
      source: {
        ref: 'ha-parcel-integrations/ha-inpost:custom_components/inpost/const.py',
        says: 'TRACKING_URL = "https://inpost.pl/sledzenie-przesylek?number={tracking_code}", the consumer tracking deep link.',
        certainty: 'probable',
      },
    },
  },
  {
    id: 'poczta-polska',
    name: 'Poczta Polska',
    country: 'PL',
    issuesS10For: 'PL',
    aliases: ['Polish Post', 'Poland Post', 'Pocztex'],
    tracking: {
      kind: 'template',
      urlTemplate: 'https://emonitoring.poczta-polska.pl/?numer={number}',
      source: {
        ref: 'https://gist.github.com/przemoc/a9f9ae2ed18c3234b20976d4b06e79e6',
        says: 'Poczta Polska: "https://emonitoring.poczta-polska.pl/?numer=NUMBER" (URLs for tracking where the package number is given explicitly).',
        certainty: 'probable',
      },
      note: "A stored Pocztex (Poczta Polska) page, https://pocztex.pl/sledzenie-przesylek/?numer=…, also takes the number in a numer= parameter.",
    },
  },
  {
    id: 'royal-mail',
    name: 'Royal Mail',
    country: 'GB',
    issuesS10For: 'GB',
    aliases: ['Royalmail', 'UK Royal Mail'],
    tracking: {
      kind: 'template',
      urlTemplate: 'https://www.royalmail.com/track-your-item#/tracking-results/{number}',
      source: {
        ref: 'jkeen/tracking_number_data:couriers/s10.json',
        says: 'GB, Royal Mail: "tracking_url": "https://www.royalmail.com/track-your-item#/tracking-results/%s".',
        certainty: 'probable',
      },
    },
  },
  {
    id: 'usps',
    name: 'USPS',
    country: 'US',
    issuesS10For: 'US',
    aliases: ['United States Postal Service', 'US Postal Service', 'U.S. Postal Service', 'US Post'],
    tracking: {
      kind: 'template',
      urlTemplate: 'https://tools.usps.com/go/TrackConfirmAction?tLabels={number}',
      source: {
        ref: 'karrioapi/karrio:modules/connectors/usps/karrio/providers/usps/utils.py',
        says: 'tracking_url returns "https://tools.usps.com/go/TrackConfirmAction?tLabels={}".',
        certainty: 'probable',
      },
    },
  },
  {
    id: 'canada-post',
    name: 'Canada Post',
    country: 'CA',
    issuesS10For: 'CA',
    aliases: ['Postes Canada', 'Canada Post / Postes Canada', 'Postes Canada / Canada Post'],
    tracking: {
      kind: 'template',
      urlTemplate: 'https://www.canadapost-postescanada.ca/track-reperage/en#/search?searchFor={number}',
      source: {
        ref: 'jkeen/tracking_number_data:couriers/canadapost.json',
        says: '"tracking_url": "https://www.canadapost-postescanada.ca/track-reperage/en#/search?searchFor=%s".',
        certainty: 'probable',
      },
    },
  },
  {
    id: 'australia-post',
    name: 'Australia Post',
    country: 'AU',
    issuesS10For: 'AU',
    aliases: ['AusPost', 'Aus Post'],
    tracking: {
      kind: 'template',
      urlTemplate: 'https://auspost.com.au/mypost/beta/track/details/{number}',
      source: {
        ref: 'karrioapi/karrio:modules/connectors/australiapost/karrio/providers/australiapost/utils.py',
        says: 'tracking_url returns "https://auspost.com.au/mypost/beta/track/details/{}".',
        certainty: 'probable',
      },
      note: 'The path contains "beta" as in the source.',
    },
  },
  {
    id: 'correios',
    name: 'Correios',
    country: 'BR',
    issuesS10For: 'BR',
    aliases: ['Correios Brasil', 'Correios do Brasil', 'Brazil Correios', 'Brazil Post', 'Empresa Brasileira de Correios e Telégrafos'],
    tracking: {
      kind: 'page',
      pageUrl: 'https://rastreamento.correios.com.br/app/index.php',
      source: {
        ref: 'mauriciomutte/track-correios:src/index.js',
        says: 'Fetches tracking results from "https://rastreamento.correios.com.br/app/resultado.php" with ?objeto=<code>&mqs=S, the Correios tracking application.',
        certainty: 'uncertain',
      },
      note: 'Public shop code links https://rastreamento.correios.com.br/app/index.php with query parameters that disagree (objeto=, objetos=, id=, code=), so none is taken as a template that fills in the number.',
    },
  },
  {
    id: 'russian-post',
    name: 'Russian Post',
    country: 'RU',
    issuesS10For: 'RU',
    aliases: ['Почта России', 'Pochta Rossii', 'Pochta', 'Russia Post'],
    tracking: {
      kind: 'page',
      pageUrl: 'https://www.pochta.ru/tracking',
      source: {
        ref: 'https://where-money.com/internet/kak-otsledit-posylku-na-pochte-rossii',
        says: 'Go to the official Russian Post site "www.pochta.ru/TRACKING" and type the track number in the search line; domestic numbers have 14 digits.',
        certainty: 'probable',
      },
      note: 'The source gives the tracking page only (written in capitals, without a scheme); no source gives a link that takes the number.',
    },
  },
];
