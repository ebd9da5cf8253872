import { describe, expect, it } from 'vitest';
import { classifyEvent } from '../../../src/knowledge/classifier/index';
import { buildTimeline as buildWithoutClassifier, type TrackingEvent } from '../../../src/knowledge/timeline';

const buildTimeline = (events: readonly TrackingEvent[], now: Date) => buildWithoutClassifier(events, now, classifyEvent);

const NOW = new Date('2026-08-10T12:00:00Z');
const at = (iso: string, text: string, extra: Partial<TrackingEvent> = {}): TrackingEvent => ({ time: iso, text, ...extra });

const journey: TrackingEvent[] = [
  at('2026-07-15T08:02:00Z', 'Order placed'),
  at('2026-07-17T14:30:00Z', 'Accepted by carrier'),
  at('2026-07-18T23:05:00Z', '[Shatian Town] Departed from sorting center'),
  at('2026-07-20T09:12:00Z', 'Export customs clearance complete'),
  at('2026-07-21T18:39:00Z', 'Hand over to airline'),
];

describe('buildTimeline', () => {
  it('walks a normal journey: stages reached in order with entry and exit times', () => {
    const timeline = buildTimeline(journey, NOW);
    expect(timeline.currentStage).toBe('international');
    expect(timeline.current?.status).toBe('hand-over-to-airline');
    const reached = timeline.stages.filter((stage) => stage.reached).map((stage) => stage.stage);
    expect(reached).toEqual(['ordered', 'shipped', 'origin-hub', 'export', 'international']);
    const shipped = timeline.stages.find((stage) => stage.stage === 'shipped')!;
    expect(shipped.enteredAt).toBe('2026-07-17T14:30:00Z');
    expect(shipped.leftAt).toBe('2026-07-18T23:05:00Z');
    expect(shipped.daysSpent).toBeCloseTo(1.36, 1);
    expect(timeline.lastUpdateAt).toBe('2026-07-21T18:39:00Z');
    expect(timeline.daysSinceLastUpdate).toBeCloseTo(19.72, 1);
  });

  it('measures the current stage until now and flags it stalled past its usual maximum', () => {
    const timeline = buildTimeline(journey, NOW);
    const international = timeline.stages.find((stage) => stage.stage === 'international')!;
    expect(international.daysSpent).toBeCloseTo(19.72, 1);
    expect(international.usual).not.toBeNull();
    expect(international.slow).toBe(international.daysSpent! > international.usual!.maxDays);
    expect(timeline.stalled).toBe(true);
    const fresh = buildTimeline(journey, new Date('2026-07-22T12:00:00Z'));
    expect(fresh.stalled).toBe(false);
  });

  it('gives the advice of the current status with the date to start worrying', () => {
    const timeline = buildTimeline(journey, NOW);
    expect(timeline.advice?.status).toBe('hand-over-to-airline');
    expect(timeline.advice?.severity).toBe('wait');
    expect(timeline.advice?.worryFrom).toMatch(/^2026-0[78]-\d\d$/);
  });

  it('orders unordered events by time', () => {
    const timeline = buildTimeline([...journey].reverse(), NOW);
    expect(timeline.events.map((event) => event.text)).toEqual(journey.map((event) => event.text));
    expect(timeline.currentStage).toBe('international');
  });

  it('drops duplicated events', () => {
    const timeline = buildTimeline([...journey, ...journey, at('2026-07-21T18:39:30Z', 'Hand over to airline ')], NOW);
    expect(timeline.events).toHaveLength(journey.length);
  });

  it('places undated events by their stage and says so', () => {
    const timeline = buildTimeline([...journey, { time: null, text: 'Inbound in sorting center' }], NOW);
    const texts = timeline.events.map((event) => event.text);
    expect(texts.indexOf('Inbound in sorting center')).toBe(texts.indexOf('[Shatian Town] Departed from sorting center') + 1);
    expect(timeline.notes).toContain('undated-events');
    expect(timeline.currentStage).toBe('international');
  });

  it('does not move the parcel to import customs when the declaration was filed before the flight', () => {
    const events = [...journey, at('2026-07-16T10:00:00Z', 'Import customs clearance started')];
    const timeline = buildTimeline(events, NOW);
    expect(timeline.currentStage).toBe('international');
    expect(timeline.notes).toContain('customs-before-flight');
    expect(timeline.stages.find((stage) => stage.stage === 'import-customs')!.reached).toBe(false);
  });

  it('counts import customs once the parcel has arrived', () => {
    const events = [
      ...journey,
      at('2026-07-16T10:00:00Z', 'Import customs clearance started'),
      at('2026-07-30T06:00:00Z', 'Arrived at destination country/region'),
      at('2026-07-31T06:00:00Z', 'Import customs clearance complete'),
    ];
    const timeline = buildTimeline(events, NOW);
    expect(timeline.currentStage).toBe('import-customs');
    expect(timeline.stages.find((stage) => stage.stage === 'import-customs')!.enteredAt).toBe('2026-07-31T06:00:00Z');
  });

  it('treats a pickup-point signature as waiting for the buyer, then a later delivery as delivered', () => {
    const base = [...journey, at('2026-08-05T10:00:00Z', 'Accepted by last mile carrier')];
    const atPickup = buildTimeline([...base, at('2026-08-07T10:00:00Z', 'Signed for by the pickup station')], NOW);
    expect(atPickup.currentStage).toBe('out-for-delivery');
    expect(atPickup.advice?.severity).toBe('act');
    const collected = buildTimeline(
      [...base, at('2026-08-07T10:00:00Z', 'Signed for by the pickup station'), at('2026-08-08T10:00:00Z', 'Delivered')],
      NOW,
    );
    expect(collected.currentStage).toBe('delivered');
    expect(collected.notes).toContain('pickup-signature-before-delivery');
    expect(collected.stalled).toBe(false);
  });

  it('ignores a stale earlier-stage event that arrives after the parcel moved on', () => {
    const events = [...journey, at('2026-08-01T10:00:00Z', 'Delivered'), at('2026-08-02T10:00:00Z', 'In transit')];
    const timeline = buildTimeline(events, NOW);
    expect(timeline.currentStage).toBe('delivered');
    expect(timeline.notes).toContain('events-out-of-order');
  });

  it('shows a side stage when the journey ends there, and leaves it when the journey goes on', () => {
    const returned = buildTimeline([...journey, at('2026-08-01T10:00:00Z', 'Returned to sender')], NOW);
    expect(returned.currentStage).toBe('returned');
    expect(returned.sideStage).toBe('returned');
    const resumed = buildTimeline(
      [...journey, at('2026-08-01T10:00:00Z', 'Package lost'), at('2026-08-03T10:00:00Z', 'Accepted by last mile carrier')],
      NOW,
    );
    expect(resumed.sideStage).toBeNull();
    expect(resumed.currentStage).toBe('last-mile');
  });

  it('uses the action code when the text is not telling', () => {
    const timeline = buildTimeline([at('2026-07-25T10:07:00Z', 'Processing', { code: 'AE_CC_IM_SUCCESS' })], NOW);
    expect(timeline.current?.status).toBe('customs-cleared');
  });

  it('uses the status an event already has, without classifying it again', () => {
    const timeline = buildWithoutClassifier([{ time: '2026-07-25T10:07:00Z', text: 'whatever the page said', status: 'customs-cleared' }], NOW);
    expect(timeline.currentStage).toBe('import-customs');
  });

  it('copes with no events, unknown texts and bad times', () => {
    expect(buildTimeline([], NOW).currentStage).toBeNull();
    const odd = buildTimeline([at('not a date', 'zzz qqq'), { time: null, text: '' }], NOW);
    expect(odd.currentStage).toBeNull();
    expect(odd.advice).toBeNull();
    expect(odd.daysSinceLastUpdate).toBeNull();
    expect(odd.stalled).toBe(false);
  });

  it('never reports a negative duration, even for future-dated events', () => {
    const timeline = buildTimeline([...journey, at('2027-01-01T00:00:00Z', 'Arrived at destination country/region')], NOW);
    for (const stage of timeline.stages) if (stage.daysSpent !== null) expect(stage.daysSpent).toBeGreaterThanOrEqual(0);
    expect(timeline.daysSinceLastUpdate).toBe(0);
  });
});
