// Checks the status catalogue, its facts and its language packs as data (not their wording).
import { describe, it, expect } from 'vitest';
import { STATUSES } from '../../../src/knowledge/catalogue/statuses';
import { DURATIONS } from '../../../src/knowledge/facts/durations';
import { REGION_NOTES } from '../../../src/knowledge/facts/regions';
import { JOURNEY_STAGES, SIDE_STAGES } from '../../../src/knowledge/types';
import type { Contact, LanguagePack, Severity, StageId } from '../../../src/knowledge/types';

// Every language pack that exists; add new ones here.
// Every language module present in texts/ is checked; English and Spanish must be there.
const PACKS: readonly LanguagePack[] = Object.values(
  import.meta.glob<LanguagePack>('../../../src/knowledge/texts/*.ts', { eager: true, import: 'default' }),
);
if (!PACKS.some((pack) => pack.lang === 'en') || !PACKS.some((pack) => pack.lang === 'es')) {
  throw new Error('the English and Spanish language packs are required');
}
// Each language's region-note texts, keyed by language (texts/regions/<lang>.ts).
const REGION_TEXTS: Record<string, Record<string, string>> = Object.fromEntries(
  Object.entries(import.meta.glob<Record<string, string>>('../../../src/knowledge/texts/regions/*.ts', { eager: true, import: 'default' })).map(
    ([file, texts]) => [file.split('/').pop()!.replace('.ts', ''), texts],
  ),
);

const ALL_STAGES: readonly StageId[] = [...JOURNEY_STAGES, ...SIDE_STAGES];
const CONTACTS: readonly Contact[] = ['seller', 'aliexpress-dispute', 'local-carrier', 'customs'];
const SEVERITIES: readonly Severity[] = ['info', 'wait', 'watch', 'act'];
const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

// Contract §1: the Cainiao codes of each stage, as the contract lists them (`AE_` as written there).
// A trailing `*` is a code family.
const CONTRACT_CODES: Record<StageId, readonly string[]> = {
  ordered: ['AE_ORDER_PLACED', 'AE_ORDER_PAID'],
  shipped: [
    'CONSIGN', 'OM_CONSIGN', 'PRE_READY_TO_SHIP', 'GTMS_ASN', 'GWMS_ACCEPT', 'GWMS_PICK', 'GWMS_PACKAGE',
    'GWMS_OUTBOUND', 'GWMS_HANDOVER', 'WMS_CONFIRMED', 'CW_INBOUND', 'CW_OUTBOUND', 'PU_PICKUP_SUCCESS',
    'PICK_UP_SUCCESS', 'PU_SIGN_IN_SUCCESS', 'AE_ORDER_SHIPPED', 'GOT',
  ],
  'origin-hub': [
    'SC_SIGN_IN_SUCCESS', 'SC_INBOUND_SUCCESS', 'SC_OUTBOUND_SUCCESS', 'SC_HO_OUT_SUCCESS', 'SC_ARRIVE',
    'SC_DEPART', 'SC_TRANS_INBOUND_SUCCESS', 'SC_TRANS_OUTBOUND_SUCCESS',
  ],
  export: ['LH_HO_IN_SUCCESS', 'CC_EX_START', 'CC_EX_SUCCESS'],
  international: [
    'LH_HO_AIRLINE', 'LH_DEPART', 'LH_HO_OUT_SUCCESS', 'TD_TRANS_ARRIVE', 'TD_TRANS_DEPART', 'TD_TRANS_ARRIVE_C',
    'TD_TRANS_DEPART_C', 'CC_TRANS_START', 'CC_TRANS_SUCCESS',
  ],
  arrived: ['LH_ARRIVE', 'LH_LINEHAUL_ARRIVE', 'CUSTOMS_ARRIVED_IN_AREA_CALLBACK'],
  'import-customs': [
    'CC_HO_IN_SUCCESS', 'CC_IM_START', 'CC_IM_PROCESS', 'CC_IM_SUCCESS', 'CC_IM_FAILURE', 'CC_IM_EXCEPTION',
    'CC_HO_OUT_SUCCESS', 'CUS_DECLARE', 'CUS_SUCCESS', 'CUS_FAILURE', 'CUS_TAX', 'CIQ_SUCCESS',
  ],
  'last-mile': [
    'GTMS_ACCEPT', 'LAST_MILE_ASN_NOTIFY', 'AE_LAST_MILE_HO_SUCCESS', 'GTMS_ORDER_INFO_UPDATE', 'GTMS_SC_ARRIVE',
    'GTMS_SC_DEPART', 'GTMS_DO_ARRIVE', 'GTMS_STATION_IN', 'GTMS_RELABEL',
  ],
  'out-for-delivery': [
    'GTMS_DO_DEPART', 'GTMS_DELIVERING', 'GTMS_RE_DELIVERING', 'GTMS_DEL_FAILURE', 'GTMS_SIGN_FAILURE',
    'GTMS_WAIT_SELF_PICK', 'GTMS_STA_SIGNED', 'GTMS_STA_SIGN_FAILURE', 'GSTA_INBOUND', 'GSTA_INFORM_BUYER',
    'GSTAHUB_INBOUND', 'POSTMAN_POST',
  ],
  delivered: ['GTMS_SIGNED', 'GSTA_BUYER_SIGN'],
  returned: ['RT_*', 'RETURNED', 'GTMS_RETURN*'],
  canceled: ['GWMS_CANCEL'],
  exception: [],
};

// Codes beyond the contract table that the catalogue must know (research notes, anchors).
const EXTRA_CODES = [
  'CC_EX_FAILURE', 'LH_HO_AIRLINE_FAILURE', 'GTMS_DEL_FAILURE', 'GTMS_STA_WAIT_CUST_CHANGE_ADDRESS',
  'GTMS_STA_CUST_TO_DOOR', 'GTMS_STA_CHANGE', 'GSTA_BUYER_SIGN', 'POSTMAN_POST', 'CUS_TAX', 'COMMON_INTRANSIT',
  'RT_DESTROY', 'RT_INBOUND',
];

// Domestic-China codes are not AliExpress delivery events, and the generic EXCEPTION names no
// stage (contract §1): none of them may select a status.
const FORBIDDEN_CODES = ['SIGNED', 'ARRIVAL', 'DEPARTURE', 'SENT_SCAN', 'FAILED', 'REJECT', 'STA_SIGN', 'EXCEPTION'];

const statusById = new Map(STATUSES.map((status) => [status.id, status]));
const durationById = new Map(DURATIONS.map((duration) => [duration.id, duration]));
const noteById = new Map(REGION_NOTES.map((note) => [note.id, note]));

function statusWithCode(code: string) {
  const base = code.replace(/^AE_/, '');
  if (base.endsWith('*')) {
    const prefix = base.slice(0, -1);
    return STATUSES.find((status) => status.codes.some((c) => c.startsWith(prefix)));
  }
  return STATUSES.find((status) => status.codes.includes(base));
}

function slotsOf(text: string): string[] {
  return [...text.matchAll(/\{([a-zA-Z_]+)\}/g)].map((match) => match[1] ?? '');
}

function allStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(allStrings);
  return [];
}

describe('status catalogue', () => {
  it('has at least 70 statuses', () => {
    expect(STATUSES.length).toBeGreaterThanOrEqual(70);
  });

  it('uses unique kebab-case ids', () => {
    const ids = STATUSES.map((status) => status.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id, id).toMatch(KEBAB);
  });

  it('gives every status a known stage, severity and contacts', () => {
    for (const status of STATUSES) {
      expect(ALL_STAGES, status.id).toContain(status.stage);
      expect(SEVERITIES, status.id).toContain(status.severity);
      for (const contact of status.contacts) expect(CONTACTS, status.id).toContain(contact);
    }
  });

  it('lists statuses in stage order', () => {
    const positions = STATUSES.map((status) => ALL_STAGES.indexOf(status.stage));
    const sorted = [...positions].sort((a, b) => a - b);
    expect(positions).toEqual(sorted);
  });

  it('has at least one status in every stage', () => {
    for (const stage of ALL_STAGES) {
      expect(STATUSES.some((status) => status.stage === stage), stage).toBe(true);
    }
  });

  it('writes codes as bare Cainiao codes, each in one status only', () => {
    const seen = new Map<string, string>();
    for (const status of STATUSES) {
      for (const code of status.codes) {
        expect(code, status.id).toMatch(/^[A-Z0-9_]+$/);
        expect(code.startsWith('AE_'), `${status.id}: ${code}`).toBe(false);
        expect(seen.get(code), `${code} in ${status.id}`).toBeUndefined();
        seen.set(code, status.id);
      }
    }
  });

  it('covers every contract §1 code with a status of the contract stage', () => {
    for (const stage of ALL_STAGES) {
      for (const code of CONTRACT_CODES[stage]) {
        const status = statusWithCode(code);
        expect(status, code).toBeDefined();
        expect(status?.stage, code).toBe(stage);
      }
    }
  });

  it('covers the extra codes of the research notes', () => {
    for (const code of EXTRA_CODES) expect(statusWithCode(code), code).toBeDefined();
  });

  it('never maps domestic-China codes or the generic EXCEPTION code', () => {
    for (const code of FORBIDDEN_CODES) expect(statusWithCode(code), code).toBeUndefined();
  });

  it('points every status at an existing duration and existing region notes', () => {
    for (const status of STATUSES) {
      expect(durationById.has(status.duration), `${status.id}: ${status.duration}`).toBe(true);
      for (const note of status.regionNotes) {
        expect(noteById.has(note), `${status.id}: ${note}`).toBe(true);
      }
      expect(new Set(status.regionNotes).size, status.id).toBe(status.regionNotes.length);
    }
  });

  it('gives watch and act statuses someone to contact', () => {
    for (const status of STATUSES.filter((s) => s.severity === 'watch' || s.severity === 'act')) {
      expect(status.contacts.length, status.id).toBeGreaterThan(0);
    }
  });

  it('uses positive whole numbers for worryAfterDays', () => {
    for (const status of STATUSES) {
      if (status.worryAfterDays !== null) {
        expect(Number.isInteger(status.worryAfterDays) && status.worryAfterDays > 0, status.id).toBe(true);
      }
    }
  });
});

describe('typical durations', () => {
  it('uses unique kebab-case ids', () => {
    const ids = DURATIONS.map((duration) => duration.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id, id).toMatch(KEBAB);
  });

  it('gives every known range min ≤ max and at least one source, and every unknown one a reason', () => {
    for (const duration of DURATIONS) {
      if (duration.known) {
        expect(duration.minDays, duration.id).toBeGreaterThanOrEqual(0);
        expect(duration.minDays, duration.id).toBeLessThanOrEqual(duration.maxDays);
        expect(duration.sources.length, duration.id).toBeGreaterThan(0);
        for (const source of duration.sources) {
          expect(source.ref, duration.id).toMatch(/^(https?:\/\/\S+|[\w.-]+\/[\w.-]+:\S+)$/);
          expect(source.says.length, duration.id).toBeGreaterThan(0);
        }
      } else {
        expect(duration.why.length, duration.id).toBeGreaterThan(0);
      }
    }
  });

  it('is used by some status', () => {
    const used = new Set(STATUSES.map((status) => status.duration));
    for (const duration of DURATIONS) expect(used.has(duration.id), duration.id).toBe(true);
  });
});

describe('region notes', () => {
  it('uses unique kebab-case ids', () => {
    const ids = REGION_NOTES.map((note) => note.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id, id).toMatch(KEBAB);
  });

  it('gives every note at least one source with an address and says what it depends on', () => {
    for (const note of REGION_NOTES) {
      expect(note.sources.length, note.id).toBeGreaterThan(0);
      for (const source of note.sources) {
        expect(source.ref, note.id).toMatch(/^(https?:\/\/\S+|[\w.-]+\/[\w.-]+:\S+)$/);
        expect(source.says.length, note.id).toBeGreaterThan(0);
      }
      expect(note.dependsOn.length, note.id).toBeGreaterThan(0);
      expect(note.regions.length, note.id).toBeGreaterThan(0);
    }
  });

  it('dates validity as ISO dates, from before until', () => {
    for (const note of REGION_NOTES) {
      if (note.validFrom) expect(note.validFrom, note.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (note.validUntil) expect(note.validUntil, note.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (note.validFrom && note.validUntil) expect(note.validFrom < note.validUntil, note.id).toBe(true);
    }
  });

  it('is used by some status', () => {
    const used = new Set(STATUSES.flatMap((status) => status.regionNotes));
    for (const note of REGION_NOTES) expect(used.has(note.id), note.id).toBe(true);
  });
});

describe.each(PACKS.map((pack) => [pack.lang, pack] as const))('language pack %s', (_lang, pack) => {
  it('has a name and a description for every stage', () => {
    for (const stage of ALL_STAGES) {
      expect(pack.stages[stage]?.name, stage).toBeTruthy();
      expect(pack.stages[stage]?.description, stage).toBeTruthy();
    }
  });

  it('has every text field for every status, and no text for unknown statuses', () => {
    for (const status of STATUSES) {
      const text = pack.statuses[status.id];
      expect(text, status.id).toBeDefined();
      for (const field of ['title', 'meaning', 'next', 'worry'] as const) {
        expect(text?.[field], `${status.id}.${field}`).toBeTruthy();
      }
    }
    for (const id of Object.keys(pack.statuses)) expect(statusById.has(id), id).toBe(true);
  });

  it('has an action text for every watch and act status', () => {
    for (const status of STATUSES.filter((s) => s.severity === 'watch' || s.severity === 'act')) {
      expect(pack.statuses[status.id]?.action, status.id).toBeTruthy();
    }
  });

  it('uses {worryDays} exactly where the status has worryAfterDays, and no other slot', () => {
    for (const status of STATUSES) {
      const text = pack.statuses[status.id];
      for (const field of allStrings(text)) {
        for (const slot of slotsOf(field)) {
          expect(slot, status.id).toBe('worryDays');
          expect(status.worryAfterDays, `${status.id} uses {worryDays}`).not.toBeNull();
        }
      }
      if (status.worryAfterDays !== null) expect(text?.worry, status.id).toContain('{worryDays}');
    }
  });

  it('keeps figures out of status and region-note texts', () => {
    for (const [id, text] of Object.entries(pack.statuses)) {
      for (const field of allStrings(text)) expect(field, id).not.toMatch(/\d/);
    }
    for (const [id, text] of Object.entries(REGION_TEXTS[pack.lang] ?? {})) expect(text, id).not.toMatch(/\d/);
  });

  it('has a text for every region note, using only that note’s values', () => {
    const regionTexts = REGION_TEXTS[pack.lang] ?? {};
    for (const note of REGION_NOTES) {
      const text = regionTexts[note.id];
      expect(text, note.id).toBeTruthy();
      for (const slot of slotsOf(text ?? '')) expect(Object.keys(note.values), `${note.id}: {${slot}}`).toContain(slot);
    }
    for (const id of Object.keys(regionTexts)) expect(noteById.has(id), id).toBe(true);
  });

  it('names every contact and has every phrase', () => {
    for (const contact of CONTACTS) expect(pack.contacts[contact], contact).toBeTruthy();
    for (const key of ['usualWait', 'usualWaitSameDay', 'noTypicalDuration', 'stepOf', 'sideStage'] as const) {
      expect(pack.phrases[key], key).toBeTruthy();
    }
    for (const severity of SEVERITIES) expect(pack.phrases.severity[severity], severity).toBeTruthy();
    expect(pack.phrases.usualWait).toContain('{min}');
    expect(pack.phrases.usualWait).toContain('{max}');
  });

  it('has no empty or blank strings', () => {
    for (const text of allStrings(pack)) expect(text.trim().length).toBeGreaterThan(0);
  });

  it('never states the abolished EUR 22 VAT exemption', () => {
    for (const text of allStrings(pack)) {
      expect(text).not.toMatch(/22\s?(€|eur)/i);
      expect(text).not.toMatch(/(€|eur)\s?22\b/i);
      expect(text).not.toMatch(/\b22\b[^.]*(vat|iva|tva|mwst|ндс|tax|impuesto)/i);
      expect(text).not.toMatch(/(vat|iva|tva|mwst|ндс|tax|impuesto)[^.]*\b22\b/i);
    }
  });
});
