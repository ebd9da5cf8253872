// The classifier engine: normalisation, the lexicons' concepts and the language-independent
// rules. A Classifier holds the lexicons it was given; more can be added later (the content
// script starts with the page's language and loads the others only when a text needs them).
import type { Severity, StageId } from '../types';
import { maskOf, type Concept } from './concepts';
import { KNOWN_PHRASES } from './known-phrases';
import { LexiconIndex } from './lexicon-index';
import type { Lexicon } from './lexicon/types';
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
  record: StatusCore;
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

/** What the classifier needs of a status: its stage and severity (the catalogue has more). */
export interface StatusCore {
  id: string;
  stage: StageId;
  severity: Severity;
}

function lookup(statuses: ReadonlyMap<string, StatusCore>, id: string, where: string): StatusCore {
  const record = statuses.get(id);
  if (!record) throw new Error(`${where}: unknown status "${id}"`);
  return record;
}

// Results are shared, frozen objects: one per status and confidence.
const results = new WeakMap<StatusCore, Map<number, Classification>>();
export function result(record: StatusCore, confidence: number): Classification {
  let byConfidence = results.get(record);
  if (!byConfidence) results.set(record, (byConfidence = new Map()));
  let shared = byConfidence.get(confidence);
  if (!shared) {
    shared = Object.freeze({ status: record.id, stage: record.stage, severity: record.severity, confidence });
    byConfidence.set(confidence, shared);
  }
  return shared;
}

function matchRules(rules: readonly CompiledRule[], lo: number, hi: number): Classification | null {
  for (const rule of rules) {
    if ((lo & rule.allLo) !== rule.allLo || (hi & rule.allHi) !== rule.allHi) continue;
    if ((rule.anyLo || rule.anyHi) && !(lo & rule.anyLo) && !(hi & rule.anyHi)) continue;
    if (lo & rule.noneLo || hi & rule.noneHi) continue;
    return result(rule.record, rule.confidence);
  }
  return null;
}

export class Classifier {
  private readonly index: LexiconIndex;
  // The rules are a pure function of the concept set, and texts share few distinct sets: the
  // decision for each set seen is kept (bounded).
  private readonly decisions = new Map<number, Map<number, Classification | null>>();
  private decisionCount = 0;
  private readonly scratch = { lo: 0, hi: 0 };
  private readonly info: NormalizeInfo = { wide: false };
  private readonly rules: CompiledRule[];
  private readonly knownPhrases: Map<string, Classification>;
  // Longer texts cannot be known phrases: no need to hash them for the lookup.
  private readonly longestKnownPhrase: number;

  /** `statuses`: the catalogue, or the part of it the classifier needs (id, stage, severity). */
  constructor(lexicons: readonly Lexicon[], statuses: readonly StatusCore[]) {
    this.index = new LexiconIndex(lexicons);
    const byId = new Map(statuses.map((status) => [status.id, status]));
    this.rules = RULES.map((rule, position) => {
      const all = maskOf(concepts(rule.all));
      const any = maskOf(concepts(rule.any));
      const none = maskOf(concepts(rule.none));
      return {
        record: lookup(byId, rule.status, `rule ${position}`),
        allLo: all.lo,
        allHi: all.hi,
        anyLo: any.lo,
        anyHi: any.hi,
        noneLo: none.lo,
        noneHi: none.hi,
        confidence: rule.confidence ?? 0.85,
      };
    });
    this.knownPhrases = new Map(KNOWN_PHRASES.map(([text, id]) => [normalizeWords(text), result(lookup(byId, id, `known phrase "${text}"`), 1)]));
    this.longestKnownPhrase = Math.max(...[...this.knownPhrases.keys()].map((key) => key.length));
  }

  /** Adds the lexicons of more languages. */
  addLexicons(lexicons: readonly Lexicon[]): void {
    this.index.add(lexicons);
  }

  hasLexicon(lang: string): boolean {
    return this.index.has(lang);
  }

  private decide(lo: number, hi: number): Classification | null {
    let byHi = this.decisions.get(lo);
    const known = byHi?.get(hi);
    if (known !== undefined) return known;
    const decision = matchRules(this.rules, lo, hi);
    if (this.decisionCount >= 10_000) {
      this.decisions.clear();
      this.decisionCount = 0;
      byHi = undefined;
    }
    if (!byHi) this.decisions.set(lo, (byHi = new Map()));
    byHi.set(hi, decision);
    this.decisionCount++;
    return decision;
  }

  private classifyWords(text: string): Classification | null {
    const normalized = normalizeWords(text, this.info);
    if (!normalized) return null;
    const known = normalized.length <= this.longestKnownPhrase ? this.knownPhrases.get(normalized) : undefined;
    if (known) return known;
    this.index.conceptsOf(normalized, this.scratch, this.info.wide);
    return this.scratch.lo || this.scratch.hi ? this.decide(this.scratch.lo, this.scratch.hi) : null;
  }

  /** The status of an event text as a page shows it, or null when it is not recognised. */
  classify(text: string): Classification | null {
    if (typeof text !== 'string' || !text) return null;
    const cut = stripLocationPrefix(text.length > MAX_TEXT_LENGTH ? text.slice(0, MAX_TEXT_LENGTH) : text);
    if (carrierNoteAt(cut) < 0) return this.classifyWords(cut);
    const { main, note } = splitCarrierNote(cut);
    const fromMain = this.classifyWords(main);
    if (fromMain && fromMain.confidence >= 0.8) return fromMain;
    const fromNote = note ? this.classifyWords(note) : null;
    if (fromNote && (!fromMain || fromNote.confidence > fromMain.confidence)) return fromNote;
    return fromMain;
  }
}
