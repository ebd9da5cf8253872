// Types shared by the whole status-knowledge module. Pure data shapes: no DOM, no browser APIs.

/** The ten journey stages in order, then the three side stages (fixed by the contract, §1). */
export const JOURNEY_STAGES = [
  'ordered',
  'shipped',
  'origin-hub',
  'export',
  'international',
  'arrived',
  'import-customs',
  'last-mile',
  'out-for-delivery',
  'delivered',
] as const;
export const SIDE_STAGES = ['returned', 'canceled', 'exception'] as const;

export type JourneyStageId = (typeof JOURNEY_STAGES)[number];
export type SideStageId = (typeof SIDE_STAGES)[number];
export type StageId = JourneyStageId | SideStageId;

/** Fixed by the contract, §2. */
export type Severity = 'info' | 'wait' | 'watch' | 'act';

/** Who the shopper should turn to. */
export type Contact = 'seller' | 'aliexpress-dispute' | 'local-carrier' | 'customs';

/** The explanation languages (each has its own text module, loaded on demand). */
export const EXPLANATION_LANGUAGES = ['en', 'es', 'fr', 'de', 'pt', 'ru', 'it', 'pl'] as const;
export type ExplanationLanguage = (typeof EXPLANATION_LANGUAGES)[number];

export type Certainty = 'certain' | 'probable' | 'uncertain';

/** Where a fact comes from. A fact without a source is not written down. */
export interface Source {
  /** A page address (https://…) or a repository file as `owner/repo:path`. */
  ref: string;
  /** What the source says, briefly, in English (a quotation where short enough). */
  says: string;
  certainty: Certainty;
}

/**
 * How long a step usually lasts until the next visible event. Either a range with its sources,
 * or an explicit statement that no source gives a reliable figure (never an invented number).
 */
export type TypicalDuration =
  | { id: string; known: true; minDays: number; maxDays: number; sources: Source[]; note?: string }
  | { id: string; known: false; why: string };

/** A status of the catalogue: language-independent facts. Its texts live in the language modules. */
export interface StatusRecord {
  /** kebab-case, stable: stored data and the `classify` output use it. */
  id: string;
  stage: StageId;
  severity: Severity;
  /** Cainiao action codes without the `AE_` prefix and the extra `_SUCCESS` suffix. May be empty. */
  codes: readonly string[];
  /** Id of a TypicalDuration in the durations data. */
  duration: string;
  /**
   * Days without a new event after which the shopper should start to worry, or null where the
   * status ends the journey or needs action at once. Texts use it through the `{worryDays}` slot.
   */
  worryAfterDays: number | null;
  /** Whom to contact; required (non-empty) where severity is `watch` or `act`. */
  contacts: readonly Contact[];
  /** Ids of region notes (facts that differ by country) that apply to this status. */
  regionNotes: readonly string[];
}

/** The texts of one status in one language. Plain text, no markup. */
export interface StatusText {
  /** Plain-language title, a few words. */
  title: string;
  /** What it means: one or two sentences, no jargon. */
  meaning: string;
  /** What happens next (the usual wait is added from the duration data by the UI). */
  next: string;
  /** Whether to worry and from when; may use the `{worryDays}` slot. */
  worry: string;
  /** What to do and whom to contact. Required where severity is `watch` or `act`. */
  action?: string;
}

export interface StageText {
  name: string;
  description: string;
}

/** Region-note texts of one language, keyed by note id; they may use the note's `{value}` slots. */
export type RegionNoteTexts = Record<string, string>;

/** One language's module: everything a tooltip or the popup shows, but the region notes. */
export interface LanguagePack {
  lang: ExplanationLanguage;
  stages: Record<StageId, StageText>;
  statuses: Record<string, StatusText>;
  /** Names of the contacts, as shown in "whom to contact". */
  contacts: Record<Contact, string>;
  /** Phrases the UI composes around the data. `{min}`, `{max}`, `{days}`, `{n}`, `{stage}` slots. */
  phrases: {
    usualWait: string; // "Usually {min}–{max} days."
    usualWaitSameDay: string; // "Usually within a day."
    noTypicalDuration: string; // "This step has no reliable typical duration."
    stepOf: string; // "Step {n} of 10: {stage}"
    sideStage: string; // "Outside the normal journey: {stage}"
    severity: Record<Severity, string>;
  };
  /** Labels of the tooltip and the popup. `{title}` slot in `badgeLabel`. */
  ui: {
    meaning: string; // "What it means"
    next: string; // "What happens next"
    worry: string; // "Should I worry?"
    action: string; // "What to do"
    contacts: string; // "Who to contact"
    regionNotes: string; // "Where you live"
    badgeLabel: string; // "Tracklight: {title}. Show the explanation"
    unknownTitle: string; // "Status not recognised"
    unknownMeaning: string; // what to make of a text Tracklight does not know
    close: string; // "Close"
  };
}

/** A country- or carrier-specific fact that may change; kept in one data file with its sources. */
export interface RegionNote {
  id: string;
  /** ISO 3166 alpha-2 codes, or 'EU'. */
  regions: readonly string[];
  topic: 'customs' | 'pickup-hold' | 'delivery' | 'scam';
  /** Values the texts insert, e.g. { threshold: 'GBP 135' }. Figures live here, not in texts. */
  values: Record<string, string | number>;
  /** What the fact depends on (a law, a carrier policy) and when it should be checked again. */
  dependsOn: string;
  validFrom?: string; // ISO date
  validUntil?: string; // ISO date
  sources: Source[];
}
