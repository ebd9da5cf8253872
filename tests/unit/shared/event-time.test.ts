import { describe, expect, it } from 'vitest';
import { parseEventTime } from '../../../src/shared/event-time';

// The machine running the tests may be in any time zone: times without a zone are compared
// with the same local time built by Date.
const local = (year: number, month: number, day: number, hour = 0, minute = 0, second = 0) =>
  new Date(year, month - 1, day, hour, minute, second).toISOString();
const VISIT = new Date(2026, 7, 10, 12, 0); // 10 August 2026, local noon

describe('parseEventTime', () => {
  it('reads the current tracking page form, without a year', () => {
    expect(parseEventTime('Tue | Jul. 28 18:39', VISIT)).toBe(local(2026, 7, 28, 18, 39));
    expect(parseEventTime('Sat | Jul. 25 10:07', VISIT)).toBe(local(2026, 7, 25, 10, 7));
  });

  it('reads the legacy page form with its GMT offset', () => {
    expect(parseEventTime('2019-04-30 02:14:00 [GMT+8]', VISIT)).toBe('2019-04-29T18:14:00.000Z');
    expect(parseEventTime('2019-04-30 02:14:00\u00a0[GMT+8]', VISIT)).toBe('2019-04-29T18:14:00.000Z');
  });

  it('reads US time-zone abbreviations', () => {
    expect(parseEventTime('Dec 24, 11:59 EST', new Date(2026, 11, 30))).toBe('2026-12-24T16:59:00.000Z');
    expect(parseEventTime('Jun 3, 9:05 PM PDT', VISIT)).toBe('2026-06-04T04:05:00.000Z');
  });

  it('infers the year across the new year', () => {
    const january = new Date(2027, 0, 5, 9, 0);
    expect(parseEventTime('Mon | Dec. 28 18:39', january)).toBe(local(2026, 12, 28, 18, 39));
    expect(parseEventTime('Sun | Jan. 3 08:00', january)).toBe(local(2027, 1, 3, 8, 0));
    // A day or two ahead is time-zone slack, not last year.
    expect(parseEventTime('Wed | Jan. 6 08:00', january)).toBe(local(2027, 1, 6, 8, 0));
  });

  it('reads month names in the languages AliExpress pages show', () => {
    expect(parseEventTime('mar. 28 juil. 18:39', VISIT)).toBe(local(2026, 7, 28, 18, 39));
    expect(parseEventTime('28 jul. 2026 18:39', VISIT)).toBe(local(2026, 7, 28, 18, 39));
    expect(parseEventTime('28. Juli, 18:39', VISIT)).toBe(local(2026, 7, 28, 18, 39));
    expect(parseEventTime('28 июл. 18:39', VISIT)).toBe(local(2026, 7, 28, 18, 39));
    expect(parseEventTime('28 de julho 18:39', VISIT)).toBe(local(2026, 7, 28, 18, 39));
    expect(parseEventTime('28 lipca 18:39', VISIT)).toBe(local(2026, 7, 28, 18, 39));
    expect(parseEventTime('28 ago 2025', VISIT)).toBe(local(2025, 8, 28));
    expect(parseEventTime('28 ביולי 18:39', VISIT)).toBe(local(2026, 7, 28, 18, 39));
    expect(parseEventTime('5 בנוב׳ 10:03', new Date(2026, 10, 20))).toBe(local(2026, 11, 5, 10, 3));
  });

  it('reads numeric dates', () => {
    expect(parseEventTime('30/04/2026 14:02', VISIT)).toBe(local(2026, 4, 30, 14, 2));
    expect(parseEventTime('30.04.2026', VISIT)).toBe(local(2026, 4, 30));
  });

  it('returns null for texts that hold no real date', () => {
    for (const text of ['', 'In transit', 'Feb 30 10:00', '2026-13-01', '25:99', 'x'.repeat(500)]) {
      expect(parseEventTime(text, VISIT), text).toBeNull();
    }
  });
});
