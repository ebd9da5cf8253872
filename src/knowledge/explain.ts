// Composes what a tooltip or the popup shows for one status, in one language: the status's
// texts, the usual wait from the duration data, the worry threshold, whom to contact, the step
// in the journey, and the region notes that apply to the shopper's country.
import { STATUS_BY_ID } from './catalogue/index';
import { fillSlots } from './fill-slots';
import { DURATIONS } from './facts/durations';
import { REGION_NOTES } from './facts/regions';
import { STAGE_BY_ID } from './stages';
import type { LanguagePack, RegionNote, RegionNoteTexts, Severity, StatusRecord, TypicalDuration } from './types';

export { fillSlots };

export interface Explanation {
  statusId: string;
  severity: Severity;
  severityLabel: string;
  title: string;
  meaning: string;
  next: string;
  /** "Usually 7–14 days." or the statement that the step has no reliable typical duration. */
  usualWait: string;
  worry: string;
  action: string | null;
  contacts: string[];
  /** "Step 5 of 10: On its way abroad" or "Outside the normal journey: Returned". */
  step: string;
  stageName: string;
  regionNotes: string[];
}

// EU member states (ISO 3166 alpha-2), for notes that apply to the whole EU.
const EU = new Set('AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK'.split(' '));
const DURATION_BY_ID = new Map<string, TypicalDuration>(DURATIONS.map((duration) => [duration.id, duration]));


/** Dates in region-note values (2026-07-01, or 2029-03 for a month) are written out in the language. */
function formatValue(value: string | number, lang: string): string {
  if (typeof value !== 'string') return String(value);
  const day = /^\d{4}-\d{2}-\d{2}$/.test(value);
  if (!day && !/^\d{4}-\d{2}$/.test(value)) return value;
  const date = new Date(`${day ? value : `${value}-01`}T00:00:00Z`);
  const options: Intl.DateTimeFormatOptions = day
    ? { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }
    : { month: 'long', year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(lang, options).format(date);
}

/** The notes of a status that apply to a country (ISO alpha-2) and are in force on `now`. */
export function regionNotesFor(record: StatusRecord, country: string | null, now: Date = new Date()): RegionNote[] {
  if (!country) return [];
  const code = country.toUpperCase();
  const today = now.toISOString().slice(0, 10);
  return record.regionNotes
    .map((id) => REGION_NOTES.find((note) => note.id === id))
    .filter((note): note is RegionNote => !!note && note.regions.some((region) => region === code || (region === 'EU' && EU.has(code))))
    .filter((note) => (!note.validFrom || note.validFrom <= today) && (!note.validUntil || note.validUntil > today));
}

export function usualWaitText(durationId: string, pack: LanguagePack): string {
  const duration = DURATION_BY_ID.get(durationId);
  if (!duration?.known) return pack.phrases.noTypicalDuration;
  if (duration.maxDays <= 1 && duration.minDays === 0) return pack.phrases.usualWaitSameDay;
  return fillSlots(pack.phrases.usualWait, { min: duration.minDays, max: duration.maxDays });
}

/** Everything to show for `statusId` in `pack`'s language; null for an unknown status. */
export function explain(
  statusId: string,
  pack: LanguagePack,
  options: { country?: string | null; now?: Date; regionTexts?: RegionNoteTexts } = {},
): Explanation | null {
  const record = STATUS_BY_ID.get(statusId);
  const text = pack.statuses[statusId];
  if (!record || !text) return null;
  const stage = STAGE_BY_ID.get(record.stage)!;
  const stageName = pack.stages[record.stage].name;
  const worryValues = { worryDays: record.worryAfterDays ?? '' };
  return {
    statusId,
    severity: record.severity,
    severityLabel: pack.phrases.severity[record.severity],
    title: text.title,
    meaning: text.meaning,
    next: text.next,
    usualWait: usualWaitText(record.duration, pack),
    worry: fillSlots(text.worry, worryValues),
    action: text.action ? fillSlots(text.action, worryValues) : null,
    contacts: record.contacts.map((contact) => pack.contacts[contact]),
    step: stage.journey
      ? fillSlots(pack.phrases.stepOf, { n: stage.step, stage: stageName })
      : fillSlots(pack.phrases.sideStage, { stage: stageName }),
    stageName,
    // Region notes need their language's texts (a module of their own, loaded with the notes).
    regionNotes: (options.regionTexts ? regionNotesFor(record, options.country ?? null, options.now) : []).map((note) =>
      fillSlots(
        options.regionTexts?.[note.id] ?? '',
        Object.fromEntries(Object.entries(note.values).map(([name, value]) => [name, formatValue(value, pack.lang)])),
      ),
    ),
  };
}
