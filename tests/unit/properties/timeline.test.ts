import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STATUSES, STATUS_BY_ID } from '../../../src/knowledge/catalogue/index';
import { classifyEvent } from '../../../src/knowledge/classifier/index';
import { stageStep } from '../../../src/knowledge/stages';
import { buildTimeline, type EventClassifier, type Timeline, type TimelineNote, type TrackingEvent } from '../../../src/knowledge/timeline';
import { JOURNEY_STAGES, SIDE_STAGES, type StageId } from '../../../src/knowledge/types';
import { eventCode, eventText, hostileText, runs } from './arbitraries';

// Property tests of the timeline model (seeded: see ./arbitraries.ts for how to reproduce a
// failure). Whatever the events (unordered, duplicated, undated, future- or far-past-dated, with
// bad time strings, contradicting one another), buildTimeline never throws and keeps what its
// types promise: the ten stages in the stage model's order, de-duplicated events oldest first,
// no negative or inverted durations, a current stage that is one of the events' stages, advice of
// the current status.

const DAY_MS = 86_400_000;
const FIRST_DATE = -8.64e15; // the earliest and latest times a Date can hold
const LAST_DATE = 8.64e15;

const isoTime = (min: number, max: number) => fc.date({ min: new Date(min), max: new Date(max), noInvalidDate: true }).map((date) => date.toISOString());

const time: fc.Arbitrary<string | null> = fc.oneof(
  { weight: 5, arbitrary: isoTime(Date.UTC(2019, 0, 1), Date.UTC(2030, 0, 1)) },
  { weight: 2, arbitrary: isoTime(FIRST_DATE, LAST_DATE) },
  // repeated and same-minute times (duplicates), zones, the ends of the Date range
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '2026-07-21T18:39:00Z', '2026-07-21T18:39:30Z', '2026-07-21T20:39:00+02:00', '1970-01-01T00:00:00Z',
      '+275760-09-13T00:00:00.000Z', '-271821-04-20T00:00:00.000Z', '9999-12-31T23:59:59Z', '0000-01-01T00:00:00Z',
    ),
  },
  { weight: 2, arbitrary: fc.constant(null) },
  // strings that are not times, and one just past the end of the Date range
  {
    weight: 2,
    arbitrary: fc.oneof(
      fc.constantFrom('', ' ', 'not a date', '2026-13-45T99:99:00Z', 'Tue | Jul. 28 18:39', '+275760-09-13T00:00:00.001Z', 'NaN', 'Infinity'),
      hostileText(20),
    ),
  },
);

const STATUS_IDS = STATUSES.map((status) => status.id);
const STAGE_IDS: readonly StageId[] = [...JOURNEY_STAGES, ...SIDE_STAGES];

/**
 * Absent (the event is classified), a catalogue status (a stored event), null, or junk. Stages
 * are drawn evenly (the catalogue has 25 statuses of one stage, 3 of another), and the statuses
 * the timeline treats specially (pre-filed customs, a pickup-point signature) often.
 */
const givenStatus = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...STAGE_IDS).chain((stage) => fc.constantFrom(...STATUSES.filter((status) => status.stage === stage).map((status) => status.id))) },
  { weight: 1, arbitrary: fc.constantFrom('import-customs-started', 'processing-in-customs', 'pickup-point-signed', 'delivered') },
  { weight: 1, arbitrary: fc.constantFrom(...STATUS_IDS) },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.oneof(hostileText(12), fc.constantFrom('__proto__', 'constructor', 'toString', 'DELIVERED', 'delivered ')) },
);

const trackingEvent: fc.Arbitrary<TrackingEvent> = fc.record(
  {
    time,
    text: eventText(120),
    location: fc.option(hostileText(20)),
    code: fc.option(eventCode),
    milestone: fc.option(eventText(40)),
    status: givenStatus,
  },
  { requiredKeys: ['time', 'text'] },
);

const isEvent = (entry: TrackingEvent | null | undefined): entry is TrackingEvent => !!entry && typeof entry.text === 'string';

/** Copies of earlier events as a page repeats them: the same, re-spaced or re-cased, or seconds later. */
function withDuplicates(events: TrackingEvent[], copies: [number, number][]): TrackingEvent[] {
  if (!events.length) return events;
  const result = [...events];
  for (const [index, variant] of copies) {
    const original = events[index % events.length];
    if (!isEvent(original)) continue;
    const text = [original.text, ` ${original.text}  `, original.text.toUpperCase(), original.text.replace(/ /g, '\n\t')][variant % 4]!;
    const ms = original.time === null ? NaN : Date.parse(original.time);
    const time = variant % 5 === 4 && Number.isFinite(ms) ? new Date(ms + 1000 <= LAST_DATE ? ms + 1000 : ms - 1000).toISOString() : original.time;
    result.splice(index % (result.length + 1), 0, { ...original, text, time });
  }
  return result;
}

/** Stored data can be corrupt: entries that are not events at all. */
const corruptEntry = fc.constantFrom(null, undefined, {}, { time: null }, { time: '2026-07-21T18:39:00Z', text: 42 }, { text: null }) as fc.Arbitrary<unknown> as fc.Arbitrary<TrackingEvent>;

const events: fc.Arbitrary<TrackingEvent[]> = fc
  .tuple(
    fc.array(fc.oneof({ weight: 30, arbitrary: trackingEvent }, { weight: 1, arbitrary: corruptEntry }), { maxLength: 25 }),
    fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 8 }),
  )
  .map(([list, copies]) => withDuplicates(list, copies));

const now: fc.Arbitrary<Date | number> = fc.oneof(
  isoTime(Date.UTC(2019, 0, 1), Date.UTC(2030, 0, 1)).map((iso) => new Date(iso)),
  fc.date({ noInvalidDate: true }),
  fc.integer({ min: FIRST_DATE, max: LAST_DATE }),
);

/** Gives statuses by a hash of the text: any catalogue status, or one the catalogue does not have. */
const arbitraryClassifier: EventClassifier = ({ text }) => {
  let hash = 0;
  for (let i = 0; i < text.length; i++) hash = (hash * 31 + text.charCodeAt(i)) >>> 0;
  const pick = hash % (STATUS_IDS.length + 2);
  return pick === STATUS_IDS.length ? null : { status: STATUS_IDS[pick] ?? 'not-a-status' };
};
const CLASSIFIERS: Readonly<Record<string, EventClassifier | null>> = { classifyEvent, none: null, 'by hash': arbitraryClassifier };
/** By name, so that a counterexample prints the name. */
const classifier = fc.constantFrom(...Object.keys(CLASSIFIERS));

const parse = (iso: string | null): number | null => {
  const ms = iso === null ? NaN : Date.parse(iso);
  return Number.isFinite(ms) ? ms : null;
};
const looseKey = (timeMs: number | null, code: string | null | undefined, text: string) =>
  `${timeMs === null ? '-' : Math.floor(timeMs / 60_000)}|${code ?? ''}|${text.replace(/\s+/g, ' ').trim().toLowerCase()}`;
const exactKey = (timeMs: number | null, code: string | null | undefined, text: string) => `${timeMs}|${code ?? ''}|${text}`;
const datedTimes = (events: readonly { timeMs: number | null }[]) => events.flatMap((event) => (event.timeMs === null ? [] : [event.timeMs]));
const NOTES: readonly TimelineNote[] = ['customs-before-flight', 'pickup-signature-before-delivery', 'events-out-of-order', 'undated-events'];

/** The timeline, or null when building it threw (the first property's failure, not the others'). */
function tryBuild(input: readonly TrackingEvent[], now: Date | number, classifierName: string): Timeline | null {
  try {
    return buildTimeline(input, now, CLASSIFIERS[classifierName]);
  } catch {
    return null;
  }
}

/** A property of the timeline of arbitrary events at a valid `now`. */
function timelineProperty(check: (timeline: Timeline, input: readonly TrackingEvent[], nowMs: number) => void) {
  return fc.property(events, now, classifier, (input, now, classifierName) => {
    const timeline = tryBuild(input, now, classifierName);
    fc.pre(timeline !== null);
    check(timeline!, input, typeof now === 'number' ? now : now.getTime());
  });
}

describe('buildTimeline on arbitrary events', () => {
  const invalidNow = fc.constantFrom<Date | number>(NaN, Infinity, -Infinity, new Date(NaN));

  it('never throws, whatever the events, the classifier and now (valid or not)', () => {
    fc.assert(
      fc.property(events, fc.oneof({ weight: 9, arbitrary: now }, { weight: 1, arbitrary: invalidNow }), classifier, (input, now, classifierName) => {
        buildTimeline(input, now, CLASSIFIERS[classifierName]);
      }),
      runs(1000),
    );
  });

  it('leaves the caller\'s events as they were', () => {
    fc.assert(
      fc.property(events, now, classifier, (input, now, classifierName) => {
        const before = structuredClone(input);
        tryBuild(input, now, classifierName);
        expect(input).toEqual(before);
      }),
      runs(300),
    );
  });

  it('keeps every event once, as given, oldest first, with its parsed time and a catalogue status or none', () => {
    fc.assert(
      timelineProperty(({ events }, input) => {
        const valid = input.filter(isEvent);
        for (const event of events) {
          expect(valid.some((original) => original.text === event.text && original.time === event.time && original.code === event.code)).toBe(true);
          expect(event.timeMs).toBe(parse(event.time));
          const record = event.status === null ? undefined : STATUS_BY_ID.get(event.status);
          if (event.status !== null) expect(record, `unknown status "${event.status}"`).toBeDefined();
          expect(event.stage).toBe(record?.stage ?? null);
          expect(event.severity).toBe(record?.severity ?? null);
        }
        // De-duplicated: no exact duplicate survives, and every input event survives up to case,
        // spacing and the minute of its time.
        const exact = events.map((event) => exactKey(event.timeMs, event.code, event.text));
        expect(new Set(exact).size).toBe(exact.length);
        const kept = new Set(events.map((event) => looseKey(event.timeMs, event.code, event.text)));
        for (const original of valid) expect(kept.has(looseKey(parse(original.time), original.code, original.text))).toBe(true);
        // Oldest first (undated events sit between the dated ones, placed by their stage).
        const times = datedTimes(events);
        for (let i = 1; i < times.length; i++) expect(times[i]!).toBeGreaterThanOrEqual(times[i - 1]!);
      }),
      runs(1000),
    );
  });

  it('lists the journey stages in the stage model\'s order, with their events and no negative or inverted durations', () => {
    fc.assert(
      timelineProperty(({ events, stages }) => {
        expect(stages.map((span) => span.stage)).toEqual([...JOURNEY_STAGES]);
        stages.forEach((span, index) => {
          expect(span.step).toBe(index + 1);
          expect(span.events).toEqual(events.filter((event) => event.stage === span.stage));
          if (span.enteredAt !== null) expect(span.events.some((event) => event.time === span.enteredAt)).toBe(true);
          if (span.daysSpent !== null) {
            expect(Number.isFinite(span.daysSpent)).toBe(true);
            expect(span.daysSpent).toBeGreaterThanOrEqual(0);
            expect(span.enteredAt).not.toBeNull();
          }
          if (span.leftAt !== null) {
            // Left when a later stage was entered: never before this one was.
            expect(stages.slice(index + 1).map((other) => other.enteredAt)).toContain(span.leftAt);
            const entered = parse(span.enteredAt);
            const left = parse(span.leftAt);
            if (entered !== null && left !== null) expect(left, `${span.stage} left at ${span.leftAt}, before it was entered at ${span.enteredAt}`).toBeGreaterThanOrEqual(entered);
          }
          if (span.usual) expect(span.usual.minDays).toBeLessThanOrEqual(span.usual.maxDays);
          expect(span.slow).toBe(span.usual !== null && span.daysSpent !== null && span.daysSpent > span.usual.maxDays);
        });
      }),
      runs(1000),
    );
  });

  it('puts the parcel where one of its events says, with the stages up to there reached and the last update not in the future', () => {
    fc.assert(
      timelineProperty((timeline, _input, nowMs) => {
        const { current, events, stages } = timeline;
        if (current) expect(events).toContain(current);
        if (timeline.sideStage !== null) {
          expect(SIDE_STAGES).toContain(timeline.sideStage);
          expect(current?.stage, `side stage ${timeline.sideStage}, but the current event is of ${current?.stage}`).toBe(timeline.sideStage);
        }
        expect(timeline.currentStage).toBe(timeline.sideStage ?? current?.stage ?? null);
        const reached = stages.filter((span) => span.reached).length;
        stages.forEach((span, index) => expect(span.reached).toBe(index < reached));
        if (timeline.currentStage === null) expect(reached).toBe(0);
        else if (!timeline.sideStage) expect(reached).toBe(stageStep(timeline.currentStage));

        const times = datedTimes(events);
        if (times.length) {
          expect(parse(timeline.lastUpdateAt)).toBe(Math.max(...times));
          expect(timeline.daysSinceLastUpdate).toBeCloseTo(Math.max(0, (nowMs - Math.max(...times)) / DAY_MS), 6);
        } else {
          expect(timeline.lastUpdateAt).toBeNull();
          expect(timeline.daysSinceLastUpdate).toBeNull();
        }
        if (timeline.stalled) {
          expect(timeline.daysSinceLastUpdate).not.toBeNull();
          expect(['delivered', 'canceled'], 'stalled at the end of the journey').not.toContain(timeline.currentStage);
        }
        expect(new Set(timeline.notes).size).toBe(timeline.notes.length);
        for (const note of timeline.notes) expect(NOTES).toContain(note);
        expect(timeline.notes.includes('undated-events')).toBe(events.some((event) => event.timeMs === null));
      }),
      runs(1000),
    );
  });

  it('advises on the current status, with a real date to start worrying from', () => {
    fc.assert(
      timelineProperty(({ current, advice }) => {
        const record = current?.status ? STATUS_BY_ID.get(current.status) : undefined;
        if (!record) {
          expect(advice).toBeNull();
          return;
        }
        const { worryFrom, ...rest } = advice!;
        expect(rest).toEqual({ status: record.id, severity: record.severity, contacts: record.contacts });
        if (worryFrom !== null) {
          expect(worryFrom, 'worryFrom is not an ISO date').toMatch(/^\d{4}-\d{2}-\d{2}$/);
          expect(new Date(`${worryFrom}T00:00:00Z`).toISOString().slice(0, 10)).toBe(worryFrom);
        }
      }),
      runs(1000),
    );
  });
});
