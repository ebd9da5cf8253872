import { describe, expect, it } from 'vitest';
import { STATUS_BY_ID } from '../../../src/knowledge/catalogue/index';
import { classify, classifyCode, classifyEvent } from '../../../src/knowledge/classifier/index';
import { RULES } from '../../../src/knowledge/classifier/rules';
import { KNOWN_PHRASES } from '../../../src/knowledge/classifier/known-phrases';
import { normalizeWords, splitCarrierNote } from '../../../src/knowledge/classifier/normalize';

describe('normalisation', () => {
  it('strips location prefixes and splits off the carrier note', () => {
    expect(splitCarrierNote('[Shatian Town] Departed from sorting center, Carrier note: Outbound in sorting center')).toEqual({
      main: 'Departed from sorting center',
      note: 'Outbound in sorting center',
    });
    expect(splitCarrierNote('[Dalingshan Town] - Em processamento no centro de triagem').main).toBe('Em processamento no centro de triagem');
    expect(splitCarrierNote('【深圳】已揽收').main).toBe('已揽收');
  });

  it('folds case, accents, marks and punctuation', () => {
    expect(normalizeWords('  ÉXPÉDIÉ   vers   la  FRANCE!! ')).toBe('expedie vers la france');
    expect(normalizeWords('Straße—Zoll')).toBe('strasse zoll');
    expect(normalizeWords('Przesyłka odebrana')).toBe('przesylka odebrana');
    expect(normalizeWords('배송 완료')).toBe('배송 완료');
  });
});

describe('classify', () => {
  it.each([
    ['Accepted by last mile carrier', 'last-mile'],
    ['Hand over to airline', 'international'],
    ['Import customs clearance started', 'import-customs'],
    ['Outbound in sorting center', 'origin-hub'],
    ['Arrived at destination country/region', 'arrived'],
    ['Delivered', 'delivered'],
  ])('recognises "%s" as %s', (text, stage) => {
    expect(classify(text)?.stage).toBe(stage);
  });

  it('copes with location prefixes, carrier notes, case, spacing and typos', () => {
    expect(classify('[Shatian Town] Outbound in sorting center')?.status).toBe('origin-sorting-outbound');
    expect(classify('   HAND   OVER TO   AIRLINE ')?.status).toBe('hand-over-to-airline');
    expect(classify('Arrived at linehual office')?.stage).toBe('arrived');
    expect(classify('Departed from sorting center, Carrier note: Outbound in sorting center')?.stage).toBe('origin-hub');
  });

  it('falls back to the carrier note when the main text says nothing', () => {
    expect(classify('Update, Carrier note: Delivered')?.stage).toBe('delivered');
  });

  it('does not take a pickup-point signature or a failed attempt for a delivery', () => {
    expect(classify('Signed for by the pickup station')?.stage).toBe('out-for-delivery');
    expect(classify('Delivery attempt failed')?.status).toBe('delivery-attempt-failed');
    expect(classify('Could not be delivered')?.stage).not.toBe('delivered');
  });

  it('returns null for texts with nothing to recognise, rather than guessing', () => {
    for (const text of ['', '   ', 'zzz qqq', '12345', 'Lorem ipsum dolor sit amet', '🙂🙂🙂']) expect(classify(text)).toBeNull();
  });

  it('gives a lower confidence when only the stage is clear', () => {
    expect(classify('Delivered')!.confidence).toBe(1);
    expect(classify('Something customs something')!.confidence).toBeLessThan(0.8);
  });

  it('every rule and known phrase names a status of the catalogue', () => {
    for (const rule of RULES) expect(STATUS_BY_ID.has(rule.status), rule.status).toBe(true);
    for (const [, status] of KNOWN_PHRASES) expect(STATUS_BY_ID.has(status), status).toBe(true);
  });
});

describe('classifyCode', () => {
  it('reads codes with and without the AE_ prefix and an extra _SUCCESS', () => {
    expect(classifyCode('CC_IM_SUCCESS')?.status).toBe('customs-cleared');
    expect(classifyCode('AE_CC_IM_SUCCESS')?.status).toBe('customs-cleared');
    expect(classifyCode('AE_CC_EX_START_SUCCESS')?.status).toBe('export-customs-started');
    expect(classifyCode('AE_LH_DEPART_SUCCESS')?.stage).toBe('international');
    expect(classifyCode('GTMS_STA_SIGNED')?.stage).toBe('out-for-delivery');
    expect(classifyCode('GTMS_SIGNED')?.stage).toBe('delivered');
  });

  it('classifies unknown codes by their family', () => {
    expect(classifyCode('GTMS_SOMETHING_NEW')?.stage).toBe('last-mile');
    expect(classifyCode('CC_IM_SOMETHING_NEW')?.stage).toBe('import-customs');
    expect(classifyCode('RT_SOMETHING')?.stage).toBe('returned');
  });

  it('says nothing for codes that do not tell the stage', () => {
    expect(classifyCode('EXCEPTION')).toBeNull();
    expect(classifyCode('SIGNED')).toBeNull();
    expect(classifyCode('')).toBeNull();
  });

  it('prefers a telling code, and the text when the code is generic', () => {
    expect(classifyEvent({ text: 'Processing', code: 'AE_CC_IM_SUCCESS' })?.status).toBe('customs-cleared');
    expect(classifyEvent({ text: 'Delivery attempt failed', code: 'EXCEPTION' })?.status).toBe('delivery-attempt-failed');
  });
});
