// Tracking numbers: which format a number has, whether its check digit holds, which carrier and
// issuing country its format names, and where to follow it. The formats are data (TRACKING_FORMATS),
// each with the sources that give its shape; the first format whose pattern matches wins, so the
// distinctive shapes come before the bare-digit ones that other numbers share.
import { CARRIERS, type Carrier } from './facts/carriers';
import type { Certainty, Source } from './types';

export type TrackingFormatId =
  | 's10'
  | 'cainiao-lp'
  | 'cainiao-cn'
  | 'aliexpress-ae'
  | 'yunexpress'
  | 'postnl-3s'
  | 'correos-national'
  | 'colissimo'
  | 'inpost'
  | 'usps'
  | 'canada-post'
  | 'russian-post-domestic'
  | 'dhl-express'
  | 'unknown';

export interface TrackingNumberInfo {
  input: string;
  /** Trimmed, uppercased, without spaces, hyphens or dots. */
  normalized: string;
  format: TrackingFormatId;
  /** True when the number has a known format and its check digit (where it has one) holds. */
  valid: boolean;
  /** Plain-English reason, when not valid. */
  problem?: string;
  /** The carrier the format itself names; absent where other numbers share the shape. */
  carrierId?: string;
  /** S10 only: the ISO 3166 code of the issuing postal operator (not necessarily the origin). */
  issuingCountry?: string;
  /** S10 only: what the service indicator (first two letters) stands for. */
  service?: string;
  /** S10 only: whether this kind of item is usually tracked after it leaves the issuing country. */
  tracksAbroad?: boolean;
  /** How sure the format identification is; absent for unknown numbers. */
  certainty?: Certainty;
}

/** What a format's own check adds to a match. */
interface FormatCheck {
  problem?: string;
  issuingCountry?: string;
  carrierId?: string;
  service?: string;
  tracksAbroad?: boolean;
}

export interface TrackingFormat {
  id: Exclude<TrackingFormatId, 'unknown'>;
  /** Matched against the normalized number. */
  pattern: RegExp;
  certainty: Certainty;
  /** The carrier whose numbers have this shape; reported only when certainty is not 'uncertain'. */
  carrierId?: string;
  /**
   * In free text, 'alone' shapes count by themselves; 'after-carrier-name' shapes (bare digits that
   * order numbers, phone numbers and timestamps share) count only right after the carrier's name.
   */
  inText: 'alone' | 'after-carrier-name';
  sources: readonly Source[];
  check?: (normalized: string) => FormatCheck;
}

// ---- Normalisation ----

/** Trim, uppercase, and remove whitespace, hyphens and dots. */
export function normalizeTrackingNumber(input: string): string {
  return input.trim().toUpperCase().replace(/[\s.\-]+/g, '');
}

// ---- UPU S10 ----

/**
 * ISO 3166-1 alpha-2, all 249 officially assigned codes. The S10 country field is formally a UPU
 * S31 issuer code; for designated postal operators those were pre-allocated as the ISO country
 * codes, and the UPU has discussed territories whose code differs (docsford.com/document/4122444),
 * so a rare genuine number could end in a code outside this list. Such numbers are reported invalid.
 */
const ISO_3166_ALPHA_2: ReadonlySet<string> = new Set([
  'AD', 'AE', 'AF', 'AG', 'AI', 'AL', 'AM', 'AO', 'AQ', 'AR', 'AS', 'AT', 'AU', 'AW', 'AX', 'AZ', 'BA', 'BB', 'BD', 'BE',
  'BF', 'BG', 'BH', 'BI', 'BJ', 'BL', 'BM', 'BN', 'BO', 'BQ', 'BR', 'BS', 'BT', 'BV', 'BW', 'BY', 'BZ', 'CA', 'CC', 'CD',
  'CF', 'CG', 'CH', 'CI', 'CK', 'CL', 'CM', 'CN', 'CO', 'CR', 'CU', 'CV', 'CW', 'CX', 'CY', 'CZ', 'DE', 'DJ', 'DK', 'DM',
  'DO', 'DZ', 'EC', 'EE', 'EG', 'EH', 'ER', 'ES', 'ET', 'FI', 'FJ', 'FK', 'FM', 'FO', 'FR', 'GA', 'GB', 'GD', 'GE', 'GF',
  'GG', 'GH', 'GI', 'GL', 'GM', 'GN', 'GP', 'GQ', 'GR', 'GS', 'GT', 'GU', 'GW', 'GY', 'HK', 'HM', 'HN', 'HR', 'HT', 'HU',
  'ID', 'IE', 'IL', 'IM', 'IN', 'IO', 'IQ', 'IR', 'IS', 'IT', 'JE', 'JM', 'JO', 'JP', 'KE', 'KG', 'KH', 'KI', 'KM', 'KN',
  'KP', 'KR', 'KW', 'KY', 'KZ', 'LA', 'LB', 'LC', 'LI', 'LK', 'LR', 'LS', 'LT', 'LU', 'LV', 'LY', 'MA', 'MC', 'MD', 'ME',
  'MF', 'MG', 'MH', 'MK', 'ML', 'MM', 'MN', 'MO', 'MP', 'MQ', 'MR', 'MS', 'MT', 'MU', 'MV', 'MW', 'MX', 'MY', 'MZ', 'NA',
  'NC', 'NE', 'NF', 'NG', 'NI', 'NL', 'NO', 'NP', 'NR', 'NU', 'NZ', 'OM', 'PA', 'PE', 'PF', 'PG', 'PH', 'PK', 'PL', 'PM',
  'PN', 'PR', 'PS', 'PT', 'PW', 'PY', 'QA', 'RE', 'RO', 'RS', 'RU', 'RW', 'SA', 'SB', 'SC', 'SD', 'SE', 'SG', 'SH', 'SI',
  'SJ', 'SK', 'SL', 'SM', 'SN', 'SO', 'SR', 'SS', 'ST', 'SV', 'SX', 'SY', 'SZ', 'TC', 'TD', 'TF', 'TG', 'TH', 'TJ', 'TK',
  'TL', 'TM', 'TN', 'TO', 'TR', 'TT', 'TV', 'TW', 'TZ', 'UA', 'UG', 'UM', 'US', 'UY', 'UZ', 'VA', 'VC', 'VE', 'VG', 'VI',
  'VN', 'VU', 'WF', 'WS', 'YE', 'YT', 'ZA', 'ZM', 'ZW',
]);

interface ServiceIndicator {
  /** Matched against the two-letter service indicator. */
  pattern: RegExp;
  service: string;
  tracksAbroad?: boolean;
}

/**
 * The service-indicator ranges the UPU fixes for all countries (S10 list, as in Wikipedia and
 * jkeen/tracking_number_data:couriers/s10.json). Tracking expectations from domain.md §3.2.
 */
const S10_SERVICE_INDICATORS: readonly ServiceIndicator[] = [
  { pattern: /^R[A-Z]$/, service: 'Registered letter post (small packet)', tracksAbroad: true },
  { pattern: /^L[A-Z]$/, service: 'Letter post express', tracksAbroad: true },
  { pattern: /^C[A-Z]$/, service: 'Parcel post', tracksAbroad: true },
  { pattern: /^E[A-Z]$/, service: 'EMS (express mail service)', tracksAbroad: true },
  { pattern: /^H[A-Z]$/, service: 'E-commerce parcel', tracksAbroad: true },
  { pattern: /^V[A-Z]$/, service: 'Insured letter post', tracksAbroad: true },
  // Not registered: paketda.de reports U-numbers are not trackable in Germany.
  { pattern: /^U[A-Z]$/, service: 'Unregistered letter post item with a customs declaration (CN22/CN23)', tracksAbroad: false },
  { pattern: /^M[A-Z]$/, service: 'Letter post M-bag (a sack of printed matter for one addressee)' },
  { pattern: /^Q[A-M]$/, service: 'International Business Reply Service' },
  { pattern: /^(?:[BDNPZ][A-Z]|A[V-Z]|G[AD])$/, service: 'Domestic, bilateral or multilateral use only' },
  // paketda.de (via domain.md §3.2): Cainiao AS/AQ numbers show invented delivery information.
  {
    pattern: /^A[A-U]$/,
    service: 'Not assigned by the UPU; Cainiao AS/AQ numbers of this kind are reported to show invented delivery information',
  },
];

const S10_WEIGHTS = [8, 6, 4, 2, 3, 5, 9, 7] as const;

/** C = 11 − (S mod 11), where 10 becomes 0 and 11 becomes 5. */
export function s10CheckDigit(serial: string): number {
  let sum = 0;
  S10_WEIGHTS.forEach((weight, index) => {
    sum += Number(serial[index]) * weight;
  });
  const digit = 11 - (sum % 11);
  if (digit === 10) return 0;
  if (digit === 11) return 5;
  return digit;
}

function checkS10(normalized: string): FormatCheck {
  const indicator = normalized.slice(0, 2);
  const serial = normalized.slice(2, 10);
  const given = Number(normalized[10]);
  const country = normalized.slice(11, 13);
  const problems: string[] = [];
  const expected = s10CheckDigit(serial);
  if (given !== expected) {
    problems.push(`The check digit is ${given}, but the serial number ${serial} gives ${expected}, so the number is probably mistyped.`);
  }
  const countryKnown = ISO_3166_ALPHA_2.has(country);
  if (!countryKnown) {
    problems.push(`The last two letters, ${country}, are not a country code, so no postal operator issues numbers ending in them.`);
  }
  const serviceIndicator = S10_SERVICE_INDICATORS.find((entry) => entry.pattern.test(indicator));
  const result: FormatCheck = {
    service: serviceIndicator?.service ?? 'Not in the UPU list of common service indicators (left to each country)',
  };
  if (serviceIndicator?.tracksAbroad !== undefined) result.tracksAbroad = serviceIndicator.tracksAbroad;
  if (problems.length > 0) result.problem = problems.join(' ');
  if (countryKnown) {
    result.issuingCountry = country;
    const nationalPost = CARRIERS.find((carrier) => carrier.issuesS10For === country);
    if (nationalPost) result.carrierId = nationalPost.id;
  }
  return result;
}

// ---- Check digits of the last-mile formats (jkeen/tracking_number_data:CHECKSUM_ALGORITHMS.md) ----

/** mod10 with the even positions (0-based) times 3 and the odd ones times 1. */
function mod10CheckDigit(digits: string): number {
  let total = 0;
  [...digits].forEach((digit, index) => {
    total += Number(digit) * (index % 2 === 0 ? 3 : 1);
  });
  const remainder = total % 10;
  return remainder === 0 ? 0 : 10 - remainder;
}

function checkDigitProblem(normalized: string, expected: number, extra = ''): FormatCheck {
  const given = Number(normalized.slice(-1));
  if (given === expected) return {};
  return { problem: `The last digit should be ${expected} for this number but is ${given}, so the number is probably mistyped.${extra}` };
}

/**
 * USPS (couriers/usps.json): "USPS 20" checks the first 19 digits; the IMpb forms ("USPS 91",
 * "USPS 34v2") may start with 420 + ZIP (+ 4 routing digits), and their serial gets "91" in front
 * unless it already starts with 91–95.
 */
function uspsExpectedDigits(normalized: string): number[] {
  const bodies = [normalized];
  if (normalized.startsWith('420')) bodies.push(normalized.slice(8), normalized.slice(12));
  const expected: number[] = [];
  for (const body of bodies) {
    if (![20, 22, 24, 26].includes(body.length)) continue;
    const serial = body.slice(0, -1);
    if (body.length === 20 && body === normalized) expected.push(mod10CheckDigit(serial));
    const prefixed = /^9[1-5]/.test(serial) ? serial : `91${serial}`;
    if (prefixed.length === 21 || prefixed.length === 25) expected.push(mod10CheckDigit(prefixed));
  }
  return expected;
}

function checkUsps(normalized: string): FormatCheck {
  const given = Number(normalized.slice(-1));
  const expected = uspsExpectedDigits(normalized);
  if (expected.includes(given)) return {};
  return { problem: 'The check digit does not match any USPS barcode layout, so the number is probably mistyped.' };
}

// ---- The formats, most distinctive first ----

const DOMAIN_REFERENCE = 'shared/reference/domain.md §3.2';

export const TRACKING_FORMATS: readonly TrackingFormat[] = [
  {
    id: 's10',
    pattern: /^[A-Z]{2}\d{9}[A-Z]{2}$/,
    certainty: 'certain',
    inText: 'alone',
    check: checkS10,
    sources: [
      {
        ref: 'jkeen/tracking_number_data:couriers/s10.json',
        says: 'ServiceType (2 letters), SerialNumber (8 digits), CheckDigit, CountryCode (2 letters); RB123456785GB valid, RB123456786US and RB123456785XX invalid; service-type lookup (EMS, registered, parcel, e-commerce…).',
        certainty: 'certain',
      },
      {
        ref: 'jkeen/tracking_number_data:CHECKSUM_ALGORITHMS.md',
        says: 'validates_s10?: weights [8,6,4,2,3,5,9,7]; remainder 1 gives 0, remainder 0 gives 5, else 11 − remainder.',
        certainty: 'certain',
      },
      {
        ref: 'https://nzt-eth.ipns.dweb.link/wiki/S10_(UPU_standard).html',
        says: 'Two-letter service indicator, eight digits, check digit, two-letter ISO country code of the issuing postal administration; C = 11 − (S mod 11), 10 → 0, 11 → 5.',
        certainty: 'certain',
      },
      {
        ref: 'lukes/ISO-3166-Countries-with-Regional-Codes:slim-2/slim-2.csv',
        says: 'The 249 ISO 3166-1 alpha-2 codes.',
        certainty: 'certain',
      },
    ],
  },
  {
    id: 'yunexpress',
    pattern: /^YT\d{16}$/,
    certainty: 'certain',
    carrierId: 'yunexpress',
    inText: 'alone',
    sources: [
      {
        ref: 'jkeen/tracking_number_data:couriers/yunexpress.json',
        says: 'YT followed by 16 digits, no check digit; YT2229521272164446 valid, YT123456789012345 invalid.',
        certainty: 'certain',
      },
    ],
  },
  {
    id: 'cainiao-lp',
    pattern: /^LP\d{12,16}$/,
    certainty: 'probable',
    carrierId: 'cainiao',
    inText: 'alone',
    sources: [
      {
        ref: 'https://github.com/ha-parcel-integrations/ha-cainiao/releases/tag/0.9.0',
        says: 'Cainiao tracking numbers, for parcels from AliExpress, Temu and Shein, usually start with LP.',
        certainty: 'certain',
      },
      {
        ref: 'modship/parcel-tracker:references/api-notes.md',
        says: 'Cainiao | LP0000000000000 | LP1234567890123 (LP + 13 digits).',
        certainty: 'probable',
      },
      {
        ref: DOMAIN_REFERENCE,
        says: 'Open-source trackers use ^LP\\d{14}$; parceldetect.com says 12–14 digits; accept LP + 12–16 digits.',
        certainty: 'probable',
      },
    ],
  },
  {
    // Cainiao's own letters (CNCAI…, CN + destination country …): distinctive.
    id: 'cainiao-cn',
    pattern: /^CN[A-Z]{2,3}\d{10,16}[A-Z]{0,2}$/,
    certainty: 'probable',
    carrierId: 'cainiao',
    inText: 'alone',
    sources: [
      {
        ref: 'modship/parcel-tracker:references/api-notes.md',
        says: 'Cainiao | CN??00000000000?? | CNFR9010481599571HD.',
        certainty: 'probable',
      },
      {
        ref: DOMAIN_REFERENCE,
        says: 'Cainiao express / Selection lines: CNCAI… (paketda.de example CNCAI2022021234567).',
        certainty: 'probable',
      },
    ],
  },
  {
    // CN + digits only: DHL eCommerce also uses CN + 10–39 digits (couriers/dhl.json).
    id: 'cainiao-cn',
    pattern: /^CN\d{12,15}$/,
    certainty: 'uncertain',
    carrierId: 'cainiao',
    inText: 'after-carrier-name',
    sources: [
      {
        ref: DOMAIN_REFERENCE,
        says: 'parceldetect.com: CN + 12–15 characters for Cainiao express lines (probable).',
        certainty: 'uncertain',
      },
      {
        ref: 'jkeen/tracking_number_data:couriers/dhl.json',
        says: 'DHL eCommerce numbers may also be CN followed by 10–39 digits.',
        certainty: 'certain',
      },
    ],
  },
  {
    id: 'aliexpress-ae',
    pattern: /^AE\d{8,12}$/,
    certainty: 'uncertain',
    inText: 'alone',
    sources: [
      {
        ref: DOMAIN_REFERENCE,
        says: 'AE010698498 was seen as a Cainiao mailNo in a public tracker\'s test data; the length range is not documented.',
        certainty: 'uncertain',
      },
    ],
  },
  {
    id: 'postnl-3s',
    // Type 3S + Range (customer code, 4 characters in the examples) + Serie: 13 or 15 characters.
    pattern: /^3S[A-Z0-9]{4}\d{7}(?:\d{2})?$/,
    certainty: 'probable',
    carrierId: 'postnl',
    inText: 'alone',
    sources: [
      {
        ref: 'https://developer.postnl.nl/browse-apis/send-and-track/barcode-webservice/',
        says: 'Barcodes contain Type, Range and Serie; "A generated barcode of Type 3S is always 13 or 15 characters long".',
        certainty: 'certain',
      },
      {
        ref: 'https://www.postnl.be/en/receiving/receive-an-international-parcel/',
        says: 'International parcels with a CD or 3S code are delivered by PostNL.',
        certainty: 'certain',
      },
      {
        ref: 'https://pastebin.com/YhUpLtdt',
        says: 'A PostNL track-and-trace link for 3SCBLU5654286 (13 characters); https://pastebin.com/JbsfHMqb has 3SQVMA100225317 (15).',
        certainty: 'probable',
      },
    ],
  },
  {
    id: 'correos-national',
    // XX product, CCCC client (no I, Ñ, O, U), EE channel, NNNNNNN sequence, BB package, PPPPP postcode, H control letter.
    pattern: /^[A-Z][A-Z0-9][0-9A-HJ-NP-TV-Z]{4}\d{9}[A-Z0-9]{2}[A-Z0-9]{5}[A-Z]$/,
    certainty: 'probable',
    carrierId: 'correos',
    inText: 'alone',
    sources: [
      {
        ref: 'https://anypoint.mulesoft.com/exchange/portals/sociedad-estatal-correos/c6c3f076-c4b3-41bc-bef8-7f60e7c93885/preregister/minor/1.3/pages/hu3-8y8/ANNEX%20XI.%20SHIPMENT%20CODE%20STRUCTURES',
        says: 'Correos national registered package code: at most 23 characters — product (2), client code (4, 0–9 A–Z except I, Ñ, O, U), channel (2 digits), sequence (7 digits), package number (2), destination postcode (5), control character (1 letter, formula in an annex not read).',
        certainty: 'certain',
      },
    ],
  },
  {
    id: 'colissimo',
    pattern: /^\d[A-Z]\d{11}$/,
    certainty: 'probable',
    carrierId: 'la-poste',
    inText: 'alone',
    sources: [
      {
        ref: 'http://www.colissimo.fr/particuliers/Track_a_parcel/FAQ_tracking.jsp',
        says: 'The track & trace number "is comprised of 13 characters, including 1 letter and 12 digits (e.g.; 8D00432154798)".',
        certainty: 'certain',
      },
      {
        ref: 'https://aide.laposte.fr/?l=en&c=1',
        says: 'Same text on La Poste help: 13 characters, 1 letter and 12 digits, e.g. 8D00432154798.',
        certainty: 'certain',
      },
    ],
  },
  {
    // Before USPS: a 24-digit USPS form exists, but 24 bare digits are InPost's shape.
    id: 'inpost',
    pattern: /^\d{24}$/,
    certainty: 'probable',
    carrierId: 'inpost',
    inText: 'alone',
    sources: [
      {
        ref: 'https://www.4tracking.net/cs/carriers/inpost',
        says: 'The InPost tracking number is 24 characters, all digits, e.g. 520000014433330021832563.',
        certainty: 'probable',
      },
      {
        ref: 'https://www.rubydoc.info/gems/inpost_parcels_tracker',
        says: 'Example tracking number of 24 digits; a 19-digit code is rejected as too short.',
        certainty: 'probable',
      },
    ],
  },
  {
    id: 'usps',
    pattern: /^(?:\d{20}|\d{22}|\d{26}|420(?:\d{25}|\d{27}|\d{29}|\d{31}))$/,
    certainty: 'probable',
    carrierId: 'usps',
    inText: 'alone',
    check: checkUsps,
    sources: [
      {
        ref: 'jkeen/tracking_number_data:couriers/usps.json',
        says: 'USPS 20 (20 digits), USPS 91 / IMpd (22 or 26 digits, optionally after 420 + ZIP) and USPS 34v2 (420 + ZIP + routing + serial), all mod10 with evens ×3; test numbers valid and invalid.',
        certainty: 'certain',
      },
    ],
  },
  {
    id: 'canada-post',
    pattern: /^\d{16}$/,
    certainty: 'uncertain',
    carrierId: 'canada-post',
    inText: 'after-carrier-name',
    check: (normalized) =>
      checkDigitProblem(
        normalized,
        mod10CheckDigit(normalized.slice(0, 15)),
        ' AliExpress order numbers also have 16 digits and are not tracking numbers.',
      ),
    sources: [
      {
        ref: 'jkeen/tracking_number_data:couriers/canadapost.json',
        says: 'Canada Post (16): 7-digit origin id and 8 digits, then a mod10 check digit (evens ×3); 0073938000549297 valid, 0073938000549292 invalid.',
        certainty: 'certain',
      },
    ],
  },
  {
    id: 'russian-post-domestic',
    pattern: /^\d{14}$/,
    certainty: 'uncertain',
    carrierId: 'russian-post',
    inText: 'after-carrier-name',
    sources: [
      {
        ref: 'https://where-money.com/internet/kak-otsledit-posylku-na-pochte-rossii',
        says: 'For items sent within Russia the track code "consists of 14 digits"; international ones have 13 characters.',
        certainty: 'probable',
      },
      {
        ref: 'https://www.guidaconsumatori.it/utenze/posta/ricerca-spedizioni.htm',
        says: 'Poste Italiane registered-mail codes are also 14 digits, so 14 digits alone do not name Russian Post.',
        certainty: 'probable',
      },
    ],
  },
  {
    id: 'dhl-express',
    pattern: /^\d{10,11}$/,
    certainty: 'uncertain',
    carrierId: 'deutsche-post-dhl',
    inText: 'after-carrier-name',
    check: (normalized) => checkDigitProblem(normalized, Number(BigInt(normalized.slice(0, -1)) % 7n)),
    sources: [
      {
        ref: 'jkeen/tracking_number_data:couriers/dhl.json',
        says: 'DHL Express: 9–10 digits and a check digit = serial mod 7; 3318810025 valid, 3318810034 invalid.',
        certainty: 'certain',
      },
    ],
  },
];

// ---- Parsing ----

interface Match {
  format: TrackingFormat;
  info: TrackingNumberInfo;
}

function matchFormat(input: string): Match | null {
  const normalized = normalizeTrackingNumber(input);
  for (const format of TRACKING_FORMATS) {
    if (!format.pattern.test(normalized)) continue;
    const check = format.check?.(normalized) ?? {};
    const info: TrackingNumberInfo = { input, normalized, format: format.id, valid: check.problem === undefined };
    if (check.problem !== undefined) info.problem = check.problem;
    const carrierId = check.carrierId ?? (format.certainty === 'uncertain' ? undefined : format.carrierId);
    if (carrierId !== undefined) info.carrierId = carrierId;
    if (check.issuingCountry !== undefined) info.issuingCountry = check.issuingCountry;
    if (check.service !== undefined) info.service = check.service;
    if (check.tracksAbroad !== undefined) info.tracksAbroad = check.tracksAbroad;
    info.certainty = format.certainty;
    return { format, info };
  }
  return null;
}

export function parseTrackingNumber(input: string): TrackingNumberInfo {
  const match = matchFormat(input);
  if (match) return match.info;
  const normalized = normalizeTrackingNumber(input);
  return {
    input,
    normalized,
    format: 'unknown',
    valid: false,
    problem: normalized === '' ? 'No tracking number was given.' : 'This does not match any tracking-number format Tracklight knows.',
  };
}

// ---- Carriers ----

/** Case, accents, punctuation and spacing do not matter when names are compared. */
function foldName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const CARRIER_BY_NAME: ReadonlyMap<string, Carrier> = new Map(
  CARRIERS.flatMap((carrier) => [carrier.name, ...carrier.aliases].map((name) => [foldName(name), carrier] as const)),
);

/** The carrier with this display name or alias, or null. */
export function findCarrier(name: string): Carrier | null {
  return CARRIER_BY_NAME.get(foldName(name)) ?? null;
}

/**
 * The carrier's tracking link for this number (URL-encoded), or its tracking page where no link
 * takes the number; null for an unknown carrier id.
 */
export function trackingUrl(carrierId: string, number: string): string | null {
  const carrier = CARRIERS.find((candidate) => candidate.id === carrierId);
  if (!carrier) return null;
  const tracking = carrier.tracking;
  return tracking.kind === 'template' ? tracking.urlTemplate.replace('{number}', encodeURIComponent(number)) : tracking.pageUrl;
}

// ---- Finding numbers in free text ----

const TOKEN = /[A-Za-z0-9]+/g;
/** Grouped numbers ("RB 123 456 785 CN", "0307 1790 …") are split by one space, dot or hyphen. */
const GROUP_SEPARATOR = /^[ \u00A0.\-]$/;
/** Longer runs are whole words or whole numbers, never groups of a longer number. */
const MAX_GROUP_LENGTH = 6;
const MAX_GROUPS = 10;
/** How far back the carrier's name may stand before a bare-digit number. */
const CARRIER_NAME_WINDOW = 40;

interface Token {
  text: string;
  start: number;
  end: number;
}

function namedBefore(carrierId: string | undefined, before: string): boolean {
  const carrier = CARRIERS.find((candidate) => candidate.id === carrierId);
  if (!carrier) return false;
  const folded = ` ${foldName(before)} `;
  return [carrier.name, ...carrier.aliases].some((name) => folded.includes(` ${foldName(name)} `));
}

/** Whether two neighbouring tokens may be groups of one number. */
function joinable(text: string, left: Token, right: Token): boolean {
  return (
    left.text.length <= MAX_GROUP_LENGTH &&
    right.text.length <= MAX_GROUP_LENGTH &&
    GROUP_SEPARATOR.test(text.slice(left.end, right.start))
  );
}

const isDigits = (token: Token): boolean => /^\d+$/.test(token.text);

/**
 * Candidate tracking numbers in free text (a page, an e-mail), normalized, in order of appearance,
 * each once. Only valid numbers count; bare-digit shapes that order numbers, phone numbers and
 * timestamps share count only right after their carrier's name. A grouped number is taken whole:
 * a word may stand before or after it, but a digit group is never cut off.
 */
export function extractTrackingNumbers(text: string): string[] {
  const tokens: Token[] = [...text.matchAll(TOKEN)].map((match) => ({
    text: match[0],
    start: match.index,
    end: match.index + match[0].length,
  }));
  const found: string[] = [];
  let index = 0;
  while (index < tokens.length) {
    const previous = tokens[index - 1];
    if (previous && isDigits(previous) && joinable(text, previous, tokens[index]!)) {
      index += 1;
      continue;
    }
    let last = index;
    while (last + 1 < tokens.length && last + 1 - index < MAX_GROUPS && joinable(text, tokens[last]!, tokens[last + 1]!)) {
      last += 1;
    }
    let consumedTo = index;
    for (let end = last; end >= index; end -= 1) {
      if (end < last && isDigits(tokens[end + 1]!)) break;
      const candidate = tokens
        .slice(index, end + 1)
        .map((token) => token.text)
        .join('');
      const match = matchFormat(candidate);
      if (!match || !match.info.valid) continue;
      const start = tokens[index]!.start;
      if (
        match.format.inText === 'after-carrier-name' &&
        !namedBefore(match.format.carrierId, text.slice(Math.max(0, start - CARRIER_NAME_WINDOW), start))
      ) {
        continue;
      }
      if (!found.includes(match.info.normalized)) found.push(match.info.normalized);
      consumedTo = end;
      break;
    }
    index = consumedTo + 1;
  }
  return found;
}
