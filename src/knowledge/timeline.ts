// The timeline model: from a shipment's events to the stages it reached, how long each took
// against the usual, where it is now, whether it looks stalled, and the advice to show.
// Pure: the caller passes `now`.
import { STATUS_BY_ID } from './catalogue/index';
import { DURATIONS } from './facts/durations';
import { STAGE_BY_ID, isJourneyStage, stageStep } from './stages';
import {
  JOURNEY_STAGES,
  type Contact,
  type JourneyStageId,
  type Severity,
  type SideStageId,
  type StageId,
  type TypicalDuration,
} from './types';

export interface TrackingEvent {
  /** ISO 8601 date-time, or null when the page showed no usable time. */
  time: string | null;
  text: string;
  location?: string | null;
  /** Cainiao / AliExpress action code, when known. */
  code?: string | null;
  /** The page's milestone title for this event, when shown. */
  milestone?: string | null;
  /** The status already given to the event (stored events have one); otherwise it is classified. */
  status?: string | null;
}

/** Classifies an event's text and code (the classifier module's classifyEvent). */
export type EventClassifier = (event: { text: string; code?: string | null }) => { status: string } | null;

export interface TimelineEvent extends TrackingEvent {
  timeMs: number | null;
  status: string | null;
  stage: StageId | null;
  severity: Severity | null;
}

export interface UsualRange {
  minDays: number;
  maxDays: number;
}

export interface StageSpan {
  stage: JourneyStageId;
  step: number;
  /** Reached: an event of this stage or of a later one was seen. */
  reached: boolean;
  /** Time of the first event that brought the parcel into this stage; null if it left no event. */
  enteredAt: string | null;
  /** When the next stage with an event began; null while the parcel is here. */
  leftAt: string | null;
  /** Days from entry to exit (or to `now` for the current stage); null without an entry time. */
  daysSpent: number | null;
  usual: UsualRange | null;
  /** Longer than the usual maximum. */
  slow: boolean;
  events: TimelineEvent[];
}

export interface Advice {
  status: string;
  severity: Severity;
  /** The date from which to worry if nothing changes (ISO date), or null. */
  worryFrom: string | null;
  contacts: readonly Contact[];
}

export interface Timeline {
  /** De-duplicated, oldest first; undated events placed by their stage. */
  events: TimelineEvent[];
  stages: StageSpan[];
  /** A side stage (returned, canceled, exception) when it is where the shipment is now. */
  sideStage: SideStageId | null;
  currentStage: StageId | null;
  /** The event that tells where the shipment is now. */
  current: TimelineEvent | null;
  lastUpdateAt: string | null;
  daysSinceLastUpdate: number | null;
  /** No news for longer than the current step's usual maximum (or its worry threshold). */
  stalled: boolean;
  advice: Advice | null;
  /** Oddities found in the events, for the curious (e.g. customs before the flight). */
  notes: TimelineNote[];
}

export type TimelineNote = 'customs-before-flight' | 'pickup-signature-before-delivery' | 'events-out-of-order' | 'undated-events';

const DAY_MS = 86_400_000;
const DURATION_BY_ID = new Map<string, TypicalDuration>(DURATIONS.map((duration) => [duration.id, duration]));
const TERMINAL_STAGES: ReadonlySet<StageId> = new Set(['delivered', 'canceled']);
// Import declarations are often filed before the flight (contract §1): such an event does not
// move the parcel past the international leg until it has arrived.
const PREFILABLE_STATUSES: ReadonlySet<string> = new Set(['import-customs-started', 'processing-in-customs']);
const ARRIVED_STEP = stageStep('arrived');

function usualRange(durationId: string | null | undefined): UsualRange | null {
  const duration = durationId ? DURATION_BY_ID.get(durationId) : undefined;
  return duration?.known ? { minDays: duration.minDays, maxDays: duration.maxDays } : null;
}

function parseTime(time: string | null): number | null {
  if (!time) return null;
  const ms = Date.parse(time);
  return Number.isFinite(ms) ? ms : null;
}

function eventKey(event: TimelineEvent): string {
  const text = event.text.replace(/\s+/g, ' ').trim().toLowerCase();
  return `${event.timeMs === null ? '-' : Math.floor(event.timeMs / 60_000)}|${event.code ?? ''}|${text}`;
}

function prepare(events: readonly TrackingEvent[], classify: EventClassifier | null): { events: TimelineEvent[]; notes: Set<TimelineNote> } {
  const notes = new Set<TimelineNote>();
  const seen = new Set<string>();
  const dated: TimelineEvent[] = [];
  const undated: TimelineEvent[] = [];
  for (const event of events) {
    if (!event || typeof event.text !== 'string') continue;
    const status = event.status !== undefined ? event.status : (classify?.({ text: event.text, code: event.code ?? null })?.status ?? null);
    const record = status ? STATUS_BY_ID.get(status) : undefined;
    const prepared: TimelineEvent = {
      ...event,
      timeMs: parseTime(event.time),
      status: record?.id ?? null,
      stage: record?.stage ?? null,
      severity: record?.severity ?? null,
    };
    const key = eventKey(prepared);
    if (seen.has(key)) continue;
    seen.add(key);
    (prepared.timeMs === null ? undated : dated).push(prepared);
  }
  dated.sort((a, b) => a.timeMs! - b.timeMs!);
  if (undated.length) notes.add('undated-events');
  // An undated event goes after the last event of its own or an earlier journey stage (pre-filed
  // customs events aside); one with no journey stage goes last.
  const ordered = [...dated];
  for (const event of undated) {
    const step = event.stage ? stageStep(event.stage) : 0;
    let at = ordered.length;
    if (step) {
      at = 0;
      ordered.forEach((other, index) => {
        const otherStep = other.stage ? stageStep(other.stage) : 0;
        if (otherStep && otherStep <= step && !PREFILABLE_STATUSES.has(other.status ?? '')) at = index + 1;
      });
    }
    ordered.splice(at, 0, event);
  }
  return { events: ordered, notes };
}

/** "2026-07-21" for a time in years 1–9999; null outside them (a date no calendar shows, or none). */
function isoDay(ms: number): string | null {
  const date = new Date(ms);
  const year = date.getUTCFullYear();
  return Number.isNaN(year) || year < 1 || year > 9999 ? null : date.toISOString().slice(0, 10);
}

/**
 * `classify` gives a status to events that have none (pass the classifier's classifyEvent; the
 * popup, whose stored events are classified already, passes none and so loads no lexicon).
 */
export function buildTimeline(input: readonly TrackingEvent[], now: Date | number, classify: EventClassifier | null = null): Timeline {
  const nowMs = typeof now === 'number' ? now : now.getTime();
  const { events, notes } = prepare(Array.isArray(input) ? input : [], classify);

  // Walk the events in order: the journey only moves forward, except that a pre-filed customs
  // event is taken back when the parcel is later seen before its arrival.
  const entry = new Map<JourneyStageId, TimelineEvent>();
  let currentStep = 0;
  let current: TimelineEvent | null = null;
  let provisional: TimelineEvent | null = null;
  let sideStage: SideStageId | null = null;
  let signedAtPickup = false;
  for (const event of events) {
    if (!event.stage) continue;
    if (event.status === 'pickup-point-signed') signedAtPickup = true;
    if (event.stage === 'delivered' && signedAtPickup) notes.add('pickup-signature-before-delivery');
    if (!isJourneyStage(event.stage)) {
      sideStage = event.stage as SideStageId;
      current = event;
      continue;
    }
    const step = stageStep(event.stage);
    if (event.status && PREFILABLE_STATUSES.has(event.status) && currentStep < ARRIVED_STEP && step > ARRIVED_STEP) {
      provisional ??= event;
      notes.add('customs-before-flight');
      continue;
    }
    if (step < currentStep) {
      notes.add('events-out-of-order');
      continue;
    }
    sideStage = null; // journey progress after a side event: the side event did not end it
    if (step > currentStep && !entry.has(event.stage)) entry.set(event.stage, event);
    currentStep = step;
    current = event;
  }
  // A pre-filed customs event with nothing after it is where the parcel is, for all we know.
  // Never when it is dated before a stage already entered (that stage would be left before it began).
  const notBeforeEntries = (event: TimelineEvent) => event.timeMs === null || [...entry.values()].every((entered) => entered.timeMs === null || entered.timeMs <= event.timeMs!);
  if (provisional && currentStep < ARRIVED_STEP && notBeforeEntries(provisional) && (!current || current.timeMs === null || (provisional.timeMs ?? 0) >= (current.timeMs ?? 0))) {
    if (!current || !isJourneyStage(current.stage!) || stageStep(current.stage!) < stageStep(provisional.stage!)) {
      current = provisional;
      currentStep = stageStep(provisional.stage!);
      entry.set(provisional.stage as JourneyStageId, provisional);
      sideStage = null; // journey progress after a side event, as in the walk
    }
  }

  const currentStage: StageId | null = sideStage ?? (current?.stage ?? null);
  const stages: StageSpan[] = JOURNEY_STAGES.map((stage) => {
    const step = stageStep(stage);
    const entered = entry.get(stage) ?? null;
    return {
      stage,
      step,
      reached: step <= currentStep && currentStep > 0,
      enteredAt: entered?.time ?? null,
      leftAt: null,
      daysSpent: null,
      usual: usualRange(STAGE_BY_ID.get(stage)?.usualDuration),
      slow: false,
      events: events.filter((event) => event.stage === stage),
    };
  });
  // Exit of a stage = entry of the next stage that has an entry time.
  const withEntry = stages.filter((span) => span.enteredAt !== null && parseTime(span.enteredAt) !== null);
  for (let i = 0; i < withEntry.length; i++) {
    const span = withEntry[i]!;
    const next = withEntry[i + 1];
    const start = parseTime(span.enteredAt)!;
    span.leftAt = next?.enteredAt ?? null;
    const end = next ? parseTime(next.enteredAt)! : span.step === currentStep && !sideStage && !TERMINAL_STAGES.has(span.stage) ? nowMs : null;
    if (end !== null) span.daysSpent = Math.max(0, (end - start) / DAY_MS);
    span.slow = span.usual !== null && span.daysSpent !== null && span.daysSpent > span.usual.maxDays;
  }

  const lastDated = [...events].reverse().find((event) => event.timeMs !== null) ?? null;
  const lastUpdateMs = lastDated?.timeMs ?? null;
  const daysSinceLastUpdate = lastUpdateMs === null ? null : Math.max(0, (nowMs - lastUpdateMs) / DAY_MS);

  const record = current?.status ? STATUS_BY_ID.get(current.status) : undefined;
  let stalled = false;
  let advice: Advice | null = null;
  if (record) {
    const usual = usualRange(record.duration);
    const limit = usual?.maxDays ?? record.worryAfterDays;
    stalled = !TERMINAL_STAGES.has(record.stage) && limit !== null && daysSinceLastUpdate !== null && daysSinceLastUpdate > limit;
    const worryFrom = record.worryAfterDays !== null && lastUpdateMs !== null ? isoDay(lastUpdateMs + record.worryAfterDays * DAY_MS) : null;
    advice = { status: record.id, severity: record.severity, worryFrom, contacts: record.contacts };
  }

  return {
    events,
    stages,
    sideStage,
    currentStage,
    current,
    lastUpdateAt: lastDated?.time ?? null,
    daysSinceLastUpdate,
    stalled,
    advice,
    notes: [...notes],
  };
}
