import { describe, expect, it } from 'vitest';
import { CARRIERS } from '../../../src/knowledge/facts/carriers';
import {
  TRACKING_FORMATS,
  extractTrackingNumbers,
  findCarrier,
  normalizeTrackingNumber,
  parseTrackingNumber,
  s10CheckDigit,
  trackingUrl,
} from '../../../src/knowledge/tracking-numbers';

describe('normalizeTrackingNumber', () => {
  it('trims, uppercases and removes spaces, hyphens and dots', () => {
    expect(normalizeTrackingNumber('  rb 123-456.785 cn\t')).toBe('RB123456785CN');
  });

  it('parses a spaced, lowercase, hyphenated number as its normalized form', () => {
    const info = parseTrackingNumber(' rb-123 456 785-cn ');
    expect(info.input).toBe(' rb-123 456 785-cn ');
    expect(info.normalized).toBe('RB123456785CN');
    expect(info.format).toBe('s10');
    expect(info.valid).toBe(true);
  });
});

describe('UPU S10 numbers', () => {
  it('computes the check digits of the worked examples', () => {
    expect(s10CheckDigit('12345678')).toBe(5);
    expect(s10CheckDigit('47312482')).toBe(9);
  });

  it('accepts RB123456785CN and names China Post as the issuing post', () => {
    expect(parseTrackingNumber('RB123456785CN')).toEqual({
      input: 'RB123456785CN',
      normalized: 'RB123456785CN',
      format: 's10',
      valid: true,
      carrierId: 'china-post',
      issuingCountry: 'CN',
      service: 'Registered letter post (small packet)',
      tracksAbroad: true,
      certainty: 'certain',
    });
  });

  it('rejects RB123456784CN and says which check digit was expected', () => {
    const info = parseTrackingNumber('RB123456784CN');
    expect(info.format).toBe('s10');
    expect(info.valid).toBe(false);
    expect(info.problem).toContain('check digit is 4');
    expect(info.problem).toContain('gives 5');
  });

  it('turns a computed 10 into 0 (12345614: S mod 11 = 1)', () => {
    expect(s10CheckDigit('12345614')).toBe(0);
    expect(parseTrackingNumber('RB123456140CN').valid).toBe(true);
    expect(parseTrackingNumber('RB123456141CN').valid).toBe(false);
  });

  it('turns a computed 11 into 5 (28704377: S mod 11 = 0, the RR287043775IN example)', () => {
    expect(s10CheckDigit('28704377')).toBe(5);
    const info = parseTrackingNumber('RR287043775IN');
    expect(info.valid).toBe(true);
    expect(info.issuingCountry).toBe('IN');
    expect(info.carrierId).toBeUndefined(); // no Indian carrier in the data
    expect(parseTrackingNumber('RR287043770IN').valid).toBe(false);
  });

  it('rejects a country code that is not ISO 3166-1 alpha-2', () => {
    const info = parseTrackingNumber('RB123456785XX');
    expect(info.format).toBe('s10');
    expect(info.valid).toBe(false);
    expect(info.problem).toContain('XX');
    expect(info.issuingCountry).toBeUndefined();
    expect(info.carrierId).toBeUndefined();
  });

  it('reports both problems when check digit and country are wrong', () => {
    const problem = parseTrackingNumber('RB123456786QQ').problem ?? '';
    expect(problem).toContain('check digit');
    expect(problem).toContain('QQ');
  });

  it('accepts the jkeen/tracking_number_data test numbers', () => {
    for (const number of ['RB123456785GB', 'RB123456785US', 'RB123456785CV', 'RB123456785CF', ' R B 1 2 3 4 5 6 7 8 5 C F ']) {
      expect(parseTrackingNumber(number).valid, number).toBe(true);
    }
    for (const number of ['RB123456786US', 'RB123456785XX']) {
      expect(parseTrackingNumber(number).valid, number).toBe(false);
    }
  });

  it('names the national post of the issuing country', () => {
    expect(parseTrackingNumber('CP123456785NL').carrierId).toBe('postnl');
    expect(parseTrackingNumber('RB123456785ES').carrierId).toBe('correos');
    expect(parseTrackingNumber('RB123456785GB').carrierId).toBe('royal-mail');
    expect(parseTrackingNumber('RB123456785PT').carrierId).toBe('ctt');
    expect(parseTrackingNumber('RB123456785PL').carrierId).toBe('poczta-polska');
    expect(parseTrackingNumber('RB123456785RU').carrierId).toBe('russian-post');
    expect(parseTrackingNumber('RB123456785BR').carrierId).toBe('correios');
  });

  it('reads the service indicator and whether the item is tracked abroad', () => {
    const parcel = parseTrackingNumber('CP123456785NL');
    expect(parcel.service).toBe('Parcel post');
    expect(parcel.tracksAbroad).toBe(true);
    const customsLetter = parseTrackingNumber('UA123456785CN');
    expect(customsLetter.valid).toBe(true);
    expect(customsLetter.tracksAbroad).toBe(false);
    expect(customsLetter.service).toContain('CN22/CN23');
    expect(parseTrackingNumber('EE123456785CN').service).toBe('EMS (express mail service)');
    expect(parseTrackingNumber('LX123456785DE').service).toBe('Letter post express');
    expect(parseTrackingNumber('HA123456785CN').service).toBe('E-commerce parcel');
    expect(parseTrackingNumber('VV123456785PL').service).toBe('Insured letter post');
    const domestic = parseTrackingNumber('BA123456785CN');
    expect(domestic.service).toBe('Domestic, bilateral or multilateral use only');
    expect(domestic.tracksAbroad).toBeUndefined();
    expect(parseTrackingNumber('AS123456785CN').service).toContain('invented delivery information');
  });
});

/** One valid and one near-miss example per format; the near miss is not that format, or is invalid. */
const FORMAT_EXAMPLES = [
  { format: 'yunexpress', valid: 'YT2229521272164446', invalid: 'YT123456789012345', carrierId: 'yunexpress' },
  { format: 'cainiao-lp', valid: 'LP00123456789012', invalid: 'LP12345678901', carrierId: 'cainiao' },
  { format: 'cainiao-cn', valid: 'CNCAI2022021234567', invalid: 'CNCAI123', carrierId: 'cainiao' },
  { format: 'aliexpress-ae', valid: 'AE010698498', invalid: 'AE1234567', carrierId: undefined },
  { format: 'postnl-3s', valid: '3SDFC0123456789', invalid: '3SCBLU56542861', carrierId: 'postnl' },
  { format: 'correos-national', valid: 'PQ4F6P0703694870108001K', invalid: 'PQ4O6P0703694870108001K', carrierId: 'correos' },
  { format: 'colissimo', valid: '8D00432154798', invalid: '8D0043215479', carrierId: 'la-poste' },
  { format: 'inpost', valid: '520000014433330021832563', invalid: '52000001443333002183256', carrierId: 'inpost' },
  { format: 'usps', valid: '9400 1112 0108 0805 4830 16', invalid: '0307 1790 0005 2348 3742', carrierId: 'usps' },
  { format: 'canada-post', valid: '0073938000549297', invalid: '0073938000549292', carrierId: undefined },
  { format: 'russian-post-domestic', valid: '80085577123456', invalid: '8008557712345', carrierId: undefined },
  { format: 'dhl-express', valid: '3318810025', invalid: '3318810034', carrierId: undefined },
] as const;

describe('the other formats', () => {
  for (const example of FORMAT_EXAMPLES) {
    it(`recognises ${example.format}: ${example.valid} valid, ${example.invalid} not`, () => {
      const good = parseTrackingNumber(example.valid);
      expect(good.format).toBe(example.format);
      expect(good.valid).toBe(true);
      expect(good.carrierId).toBe(example.carrierId);
      const bad = parseTrackingNumber(example.invalid);
      expect(bad.format === example.format && bad.valid).toBe(false);
      expect(bad.problem).toBeTruthy();
    });
  }

  it('has an example for every format in the data', () => {
    const covered = new Set<string>(['s10', ...FORMAT_EXAMPLES.map((example) => example.format)]);
    for (const format of TRACKING_FORMATS) expect(covered.has(format.id), format.id).toBe(true);
  });

  it('gives every format a source', () => {
    for (const format of TRACKING_FORMATS) {
      expect(format.sources.length, format.id).toBeGreaterThan(0);
      for (const source of format.sources) expect(source.says.length, format.id).toBeGreaterThan(0);
    }
  });

  it('marks AliExpress AE numbers as uncertain', () => {
    expect(parseTrackingNumber('AE010698498').certainty).toBe('uncertain');
  });

  it('keeps Cainiao CN numbers that are only digits uncertain and without a carrier', () => {
    const info = parseTrackingNumber('CN123456789012');
    expect(info.format).toBe('cainiao-cn');
    expect(info.certainty).toBe('uncertain');
    expect(info.carrierId).toBeUndefined();
    expect(parseTrackingNumber('CNFR9010481599571HD').carrierId).toBe('cainiao');
  });

  it('does not take an S10 number with CN service letters for a Cainiao number', () => {
    expect(parseTrackingNumber('CN123456785DE').format).toBe('s10');
  });

  it('accepts 13- and 15-character PostNL 3S barcodes', () => {
    expect(parseTrackingNumber('3SCBLU5654286').format).toBe('postnl-3s');
    expect(parseTrackingNumber('3SQVMA100225317').format).toBe('postnl-3s');
  });

  it('checks the USPS test numbers of jkeen/tracking_number_data', () => {
    const valid = [
      '0307 1790 0005 2348 3741',
      '7112 3456 7891 2345 6787',
      '4201002334249200190132607600833457',
      '4201028200009261290113185417468510',
      '420 22153 9101026837331000039521',
      '7196 9010 7560 0307 7385',
      '9505 5110 6960 5048 6006 24',
      '9101 1234 5678 9000 0000 13',
      '92748931507708513018050063',
      '9361 2898 7870 0317 6337 95',
      '9405803699300124287899',
    ];
    for (const number of valid) {
      const info = parseTrackingNumber(number);
      expect(info.format, number).toBe('usps');
      expect(info.valid, number).toBe(true);
    }
    const invalid = [
      '0307 1790 0005 2348 3742',
      '4201028200009261290113185417468511',
      '61299998820821171811',
      '9200000000000000000000',
      '420000000000000000000000000000',
      '420000009200000000000000000000',
    ];
    for (const number of invalid) expect(parseTrackingNumber(number).valid, number).toBe(false);
  });

  it('warns that a 16-digit number failing the Canada Post check may be an order number', () => {
    expect(parseTrackingNumber('0073938000549292').problem).toContain('AliExpress order numbers');
  });

  it('checks the DHL Express mod 7 test numbers', () => {
    for (const number of ['3318810025', '73891051146', '8487135506', '1099255990', '3821724944']) {
      expect(parseTrackingNumber(number).valid, number).toBe(true);
    }
    for (const number of ['3318810010', '3318810034', '3318810011']) expect(parseTrackingNumber(number).valid, number).toBe(false);
  });

  it('reports an unknown number in plain words', () => {
    expect(parseTrackingNumber('hello')).toEqual({
      input: 'hello',
      normalized: 'HELLO',
      format: 'unknown',
      valid: false,
      problem: 'This does not match any tracking-number format Tracklight knows.',
    });
    expect(parseTrackingNumber('   ').problem).toBe('No tracking number was given.');
  });
});

describe('carriers data and tracking URLs', () => {
  it('has unique kebab-case ids and at most one national post per country', () => {
    const ids = CARRIERS.map((carrier) => carrier.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    const issuers = CARRIERS.flatMap((carrier) => (carrier.issuesS10For ? [carrier.issuesS10For] : []));
    expect(new Set(issuers).size).toBe(issuers.length);
  });

  it('includes the carriers AliExpress parcels meet', () => {
    const ids = CARRIERS.map((carrier) => carrier.id);
    for (const id of [
      'cainiao', 'yunexpress', 'china-post', 'correos', 'la-poste', 'postnl', 'deutsche-post-dhl', 'poste-italiane', 'ctt',
      'inpost', 'poczta-polska', 'royal-mail', 'usps', 'canada-post', 'australia-post', 'correios', 'russian-post',
    ]) {
      expect(ids).toContain(id);
    }
  });

  it('gives every carrier a sourced tracking link or page, and a reason where the number cannot be put in', () => {
    for (const carrier of CARRIERS) {
      const tracking = carrier.tracking;
      expect(tracking.source.ref.length, carrier.id).toBeGreaterThan(0);
      expect(tracking.source.says.length, carrier.id).toBeGreaterThan(0);
      if (tracking.kind === 'template') expect(tracking.urlTemplate.split('{number}')).toHaveLength(2);
      else expect(tracking.note.length, carrier.id).toBeGreaterThan(0);
    }
  });

  for (const carrier of CARRIERS) {
    it(`builds a well-formed https URL for ${carrier.id}`, () => {
      const number = 'RB 123/456&785?CN';
      const url = trackingUrl(carrier.id, number);
      expect(url).not.toBeNull();
      const parsed = new URL(url ?? '');
      expect(parsed.protocol).toBe('https:');
      if (carrier.tracking.kind === 'template') {
        expect(url).toContain(encodeURIComponent(number));
        expect(url).not.toContain('{number}');
      } else {
        expect(url).toBe(carrier.tracking.pageUrl);
      }
    });
  }

  it('fills the number into the template', () => {
    expect(trackingUrl('correos', 'PQ4F6P0703694870108001K')).toBe(
      'https://www.correos.es/es/es/herramientas/localizador/envios/detalle?tracking-number=PQ4F6P0703694870108001K',
    );
    expect(trackingUrl('cainiao', 'LP00123456789012')).toBe('https://global.cainiao.com/detail.htm?mailNoList=LP00123456789012');
  });

  it('returns null for an unknown carrier', () => {
    expect(trackingUrl('no-such-carrier', 'RB123456785CN')).toBeNull();
  });

  it('gives a link for the carrier a parsed number names', () => {
    const info = parseTrackingNumber('RB123456785GB');
    expect(trackingUrl(info.carrierId ?? '', info.normalized)).toBe('https://www.royalmail.com/track-your-item#/tracking-results/RB123456785GB');
  });
});

describe('findCarrier', () => {
  it('matches display names and aliases ignoring case, accents and spacing', () => {
    expect(findCarrier('Correos')?.id).toBe('correos');
    expect(findCarrier('CORREOS ESPAÑA')?.id).toBe('correos');
    expect(findCarrier('correos espana')?.id).toBe('correos');
    expect(findCarrier('PostNL')?.id).toBe('postnl');
    expect(findCarrier('  Royal   Mail ')?.id).toBe('royal-mail');
    expect(findCarrier('USPS')?.id).toBe('usps');
    expect(findCarrier('Почта России')?.id).toBe('russian-post');
    expect(findCarrier('Colissimo')?.id).toBe('la-poste');
    expect(findCarrier('La Poste / Colissimo')?.id).toBe('la-poste');
    expect(findCarrier('DHL')?.id).toBe('deutsche-post-dhl');
    expect(findCarrier('InPost Paczkomaty')?.id).toBe('inpost');
    expect(findCarrier('Correios')?.id).toBe('correios');
    expect(findCarrier('CTT')?.id).toBe('ctt');
  });

  it('does not merge different companies with similar names', () => {
    expect(findCarrier('Correos Express')).toBeNull();
    expect(findCarrier('CTT Express')).toBeNull();
    expect(findCarrier('Israelpost')).toBeNull();
    expect(findCarrier('')).toBeNull();
  });

  it('has no name shared by two carriers', () => {
    const names = CARRIERS.flatMap((carrier) => [carrier.name, ...carrier.aliases].map((name) => ({ name, id: carrier.id })));
    for (const { name, id } of names) expect(findCarrier(name)?.id, name).toBe(id);
  });
});

describe('extractTrackingNumbers', () => {
  it('finds the last-mile number in a Cainiao handoff line', () => {
    expect(extractTrackingNumbers('Latest Tracking Number:\tPostNL 3SDFC0123456789')).toEqual(['3SDFC0123456789']);
  });

  it('ignores AliExpress order ids and dates', () => {
    expect(extractTrackingNumbers('Order ID: 8123456789012345\nOrder date: 2024-03-15 10:32\nDelivered 15.03.2024')).toEqual([]);
    expect(extractTrackingNumbers('Pedido 3045678901234567 realizado el 12/03/2024')).toEqual([]);
  });

  it('finds several numbers in order, grouped ones included, each once', () => {
    const text =
      'Tracking number LP00123456789012 · Carrier: China Post RB 123 456 785 CN\nTracking number LP00123456789012 (copy)';
    expect(extractTrackingNumbers(text)).toEqual(['LP00123456789012', 'RB123456785CN']);
  });

  it('skips a mistyped S10 number', () => {
    expect(extractTrackingNumbers('Número de seguimiento: RB123456784CN')).toEqual([]);
  });

  it('finds a Correos national code in a Spanish sentence', () => {
    expect(extractTrackingNumbers('Tu envío PQ4F6P0703694870108001K ha sido entregado el 12.03.2024.')).toEqual([
      'PQ4F6P0703694870108001K',
    ]);
  });

  it('never cuts a grouped number short to make a shorter one valid', () => {
    // The first five groups alone are a valid USPS 20 number, but the text shows a longer number.
    expect(extractTrackingNumbers('Shipment 0307 1790 0005 2348 3741 12')).toEqual([]);
    expect(extractTrackingNumbers('Phone +34 612 34 56 78, 2024-03-15T10:20:30Z')).toEqual([]);
  });

  it('finds a grouped USPS barcode after the carrier name', () => {
    expect(extractTrackingNumbers('USPS 9400 1112 0108 0805 4830 16 — Out for delivery')).toEqual(['9400111201080805483016']);
  });

  it('takes bare-digit shapes only right after their carrier name', () => {
    expect(extractTrackingNumbers('Почта России: 80085577123456')).toEqual(['80085577123456']);
    expect(extractTrackingNumbers('Reference 80085577123456')).toEqual([]);
    expect(extractTrackingNumbers('Canada Post 0073938000549297')).toEqual(['0073938000549297']);
    expect(extractTrackingNumbers('Order 0073938000549297')).toEqual([]);
    expect(extractTrackingNumbers('Call us on 3318810025')).toEqual([]);
  });

  it('finds YunExpress, InPost and Colissimo numbers', () => {
    expect(extractTrackingNumbers('YunExpress YT2229521272164446, InPost 520000014433330021832563, Colissimo 8D00432154798')).toEqual([
      'YT2229521272164446',
      '520000014433330021832563',
      '8D00432154798',
    ]);
  });

  it('returns nothing for text without numbers', () => {
    expect(extractTrackingNumbers('Your parcel is on its way')).toEqual([]);
    expect(extractTrackingNumbers('')).toEqual([]);
  });
});
