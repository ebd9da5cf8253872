// The classifier: `classify(text)` recognises a tracking event text in any language AliExpress
// serves; `classifyCode(code)` a Cainiao / AliExpress action code. Pure and synchronous.
import { STATUS_BY_ID } from '../catalogue/index';
import type { Severity, StageId, StatusRecord } from '../types';
import { maskOf, type Concept } from './concepts';
import { KNOWN_PHRASES } from './known-phrases';
import { LexiconIndex } from './lexicon-index';
import { LEXICONS } from './lexicon/all';
import { MAX_TEXT_LENGTH, carrierNoteAt, normalizeWords, splitCarrierNote, stripLocationPrefix, type NormalizeInfo } from './normalize';
import { RULES } from './rules';

export interface Classification {
  status: string;
  stage: StageId;
  severity: Severity;
  /** 1 for a known text or code, about 0.85 for a rule, 0.6 for a stage fallback. */
  confidence: number;
}

interface CompiledRule {
  record: StatusRecord;
  allLo: number;
  allHi: number;
  anyLo: number;
  anyHi: number;
  noneLo: number;
  noneHi: number;
  confidence: number;
}

function concepts(list: string | undefined): Concept[] {
  return list ? (list.split(' ').filter(Boolean) as Concept[]) : [];
}

function statusRecord(id: string, where: string): StatusRecord {
  const record = STATUS_BY_ID.get(id);
  if (!record) throw new Error(`${where}: unknown status "${id}"`);
  return record;
}

const index = new LexiconIndex(LEXICONS);
const compiledRules: CompiledRule[] = RULES.map((rule, position) => {
  const all = maskOf(concepts(rule.all));
  const any = maskOf(concepts(rule.any));
  const none = maskOf(concepts(rule.none));
  return {
    record: statusRecord(rule.status, `rule ${position}`),
    allLo: all.lo,
    allHi: all.hi,
    anyLo: any.lo,
    anyHi: any.hi,
    noneLo: none.lo,
    noneHi: none.hi,
    confidence: rule.confidence ?? 0.85,
  };
});
const knownPhrases = new Map<string, StatusRecord>(
  KNOWN_PHRASES.map(([text, id]) => [normalizeWords(text), statusRecord(id, `known phrase "${text}"`)]),
);
// Longer texts cannot be known phrases: no need to hash them for the lookup.
const longestKnownPhrase = Math.max(...[...knownPhrases.keys()].map((key) => key.length));

// Results are shared, frozen objects: one per status and confidence.
const results = new Map<StatusRecord, Map<number, Classification>>();
function result(record: StatusRecord, confidence: number): Classification {
  let byConfidence = results.get(record);
  if (!byConfidence) results.set(record, (byConfidence = new Map()));
  let shared = byConfidence.get(confidence);
  if (!shared) {
    shared = Object.freeze({ status: record.id, stage: record.stage, severity: record.severity, confidence });
    byConfidence.set(confidence, shared);
  }
  return shared;
}

function matchRules(lo: number, hi: number): Classification | null {
  for (const rule of compiledRules) {
    if ((lo & rule.allLo) !== rule.allLo || (hi & rule.allHi) !== rule.allHi) continue;
    if ((rule.anyLo || rule.anyHi) && !(lo & rule.anyLo) && !(hi & rule.anyHi)) continue;
    if (lo & rule.noneLo || hi & rule.noneHi) continue;
    return result(rule.record, rule.confidence);
  }
  return null;
}

// The rules are a pure function of the concept set, and texts share few distinct sets: the
// decision for each set seen is kept (bounded).
const decisions = new Map<number, Map<number, Classification | null>>();
let decisionCount = 0;
function decide(lo: number, hi: number): Classification | null {
  let byHi = decisions.get(lo);
  const known = byHi?.get(hi);
  if (known !== undefined) return known;
  const decision = matchRules(lo, hi);
  if (decisionCount >= 10_000) {
    decisions.clear();
    decisionCount = 0;
    byHi = undefined;
  }
  if (!byHi) decisions.set(lo, (byHi = new Map()));
  byHi.set(hi, decision);
  decisionCount++;
  return decision;
}

const scratch = { lo: 0, hi: 0 };
const info: NormalizeInfo = { wide: false };

function classifyWords(text: string): Classification | null {
  const normalized = normalizeWords(text, info);
  if (!normalized) return null;
  const known = normalized.length <= longestKnownPhrase ? knownPhrases.get(normalized) : undefined;
  if (known) return result(known, 1);
  index.conceptsOf(normalized, scratch, info.wide);
  return scratch.lo || scratch.hi ? decide(scratch.lo, scratch.hi) : null;
}

/** The status of an event text as a page shows it, or null when it is not recognised. */
export function classify(text: string): Classification | null {
  if (typeof text !== 'string' || !text) return null;
  const cut = stripLocationPrefix(text.length > MAX_TEXT_LENGTH ? text.slice(0, MAX_TEXT_LENGTH) : text);
  if (carrierNoteAt(cut) < 0) return classifyWords(cut);
  const { main, note } = splitCarrierNote(cut);
  const fromMain = classifyWords(main);
  if (fromMain && fromMain.confidence >= 0.8) return fromMain;
  const fromNote = note ? classifyWords(note) : null;
  if (fromNote && (!fromMain || fromNote.confidence > fromMain.confidence)) return fromNote;
  return fromMain;
}

// ---- action codes ----

const STATUS_BY_CODE = new Map<string, StatusRecord>();
for (const record of STATUS_BY_ID.values()) for (const code of record.codes) STATUS_BY_CODE.set(code, record);

// Code families (contract §1): a code missing from the catalogue takes its family's status.
const CODE_FAMILIES: readonly (readonly [prefix: string, status: string])[] = [
  ['GTMS_RETURN', 'returning-to-sender'],
  ['RT_', 'returning-to-sender'],
  ['GSTA', 'arrived-at-pickup-point'],
  ['GTMS_', 'delivery-update'],
  ['CC_IM_', 'processing-in-customs'],
  ['CC_EX_', 'export-customs-started'],
  ['CC_TRANS_', 'transit-customs-started'],
  ['CUS_', 'processing-in-customs'],
  ['CIQ_', 'processing-in-customs'],
  ['TD_', 'in-transit'],
  ['LH_', 'in-transit'],
  ['SC_', 'origin-sorting-inbound'],
  ['GWMS_', 'warehouse-order-received'],
  ['CW_', 'consolidation-warehouse'],
  ['PU_', 'collected-by-carrier'],
];

/**
 * The status of a Cainiao action code (with or without the `AE_` prefix and an extra
 * `_SUCCESS`), or null where the code says nothing about the stage (`EXCEPTION`, domestic-China
 * codes, unknown families): such an event is classified by its text.
 */
export function classifyCode(code: string): Classification | null {
  if (typeof code !== 'string') return null;
  let base = code.trim().toUpperCase();
  if (base.startsWith('AE_')) base = base.slice(3);
  let record = STATUS_BY_CODE.get(base);
  if (!record && base.endsWith('_SUCCESS')) record = STATUS_BY_CODE.get(base.slice(0, -'_SUCCESS'.length));
  if (record) return result(record, 1);
  const family = CODE_FAMILIES.find(([prefix]) => base.startsWith(prefix));
  return family ? result(statusRecord(family[1], `code family ${family[0]}`), 0.7) : null;
}

/** An event's status from its code when the code is telling, else from its text. */
export function classifyEvent(event: { text: string; code?: string | null }): Classification | null {
  const byCode = event.code ? classifyCode(event.code) : null;
  if (byCode && byCode.confidence === 1) return byCode;
  return classify(event.text) ?? byCode;
}
