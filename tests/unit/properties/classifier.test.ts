import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STATUSES, STATUS_BY_ID } from '../../../src/knowledge/catalogue/index';
import { Classifier, classify, classifyCode, classifyEvent, type Classification } from '../../../src/knowledge/classifier/index';
import { LEXICONS } from '../../../src/knowledge/classifier/lexicon/all';
import { MEANINGLESS_CHARACTERS, REAL_TEXTS, eventCode, eventText, hostileText, hostileUnit, runs } from './arbitraries';

// Property tests of the classifier on arbitrary and hostile text (seeded: see ./arbitraries.ts
// for how to reproduce a failure). They prove that classify, classifyCode and classifyEvent never
// throw, only ever answer with a catalogue status and its own stage and severity, give the same
// answer whatever classified before, and never slow down catastrophically (regex backtracking).

/** A result is null or a catalogue status with that status's stage and severity. */
function expectValid(result: Classification | null): void {
  if (result === null) return;
  expect(Object.keys(result).sort()).toEqual(['confidence', 'severity', 'stage', 'status']);
  const record = STATUS_BY_ID.get(result.status);
  expect(record, `unknown status "${result.status}"`).toBeDefined();
  expect(result.stage).toBe(record!.stage);
  expect(result.severity).toBe(record!.severity);
  expect(result.confidence).toBeGreaterThan(0);
  expect(result.confidence).toBeLessThanOrEqual(1);
}

describe('classify on arbitrary text', () => {
  it('never throws, and answers null or a catalogue status with its own stage and severity', () => {
    fc.assert(
      fc.property(eventText(), (text) => {
        expectValid(classify(text));
      }),
      runs(3000),
    );
  });

  it('gives the same answer for a text whatever was classified before, in two fresh classifiers too', () => {
    // The classifier keeps caches (folded characters, words, concept sets): two classifiers
    // built from the same lexicons and fed the texts in opposite orders must still agree.
    const first = new Classifier(LEXICONS, STATUSES);
    const second = new Classifier(LEXICONS, STATUSES);
    fc.assert(
      fc.property(fc.array(eventText(), { minLength: 1, maxLength: 20 }), (texts) => {
        const shared = texts.map((text) => classify(text));
        const inOrder = texts.map((text) => first.classify(text));
        const reversed = [...texts].reverse().map((text) => second.classify(text)).reverse();
        expect(inOrder).toEqual(shared);
        expect(reversed).toEqual(shared);
        expect(texts.map((text) => classify(text))).toEqual(shared);
      }),
      runs(300),
    );
  });

  it('agrees with a classifier that had English first and the other lexicons later, as the content script does', () => {
    fc.assert(
      fc.property(fc.array(eventText(), { minLength: 1, maxLength: 10 }), fc.array(eventText(), { minLength: 1, maxLength: 10 }), (before, after) => {
        const [english, ...others] = LEXICONS;
        const growing = new Classifier([english!], STATUSES);
        for (const text of before) expectValid(growing.classify(text));
        growing.addLexicons(others);
        for (const text of [...before, ...after]) expect(growing.classify(text)).toEqual(classify(text));
      }),
      runs(25),
    );
  });

  // Performance is measured by the benchmark (bench/); these bounds only guard against a
  // catastrophic slowdown such as regex backtracking, and are loose enough for a slow 2-core machine.
  it('classifies a 100,000-character text in under 250 ms', () => {
    classify('Arrived at linehual office'); // builds the lazy typo index outside the timings
    const adversarial = [
      '['.repeat(100_000),
      `${' '.repeat(99_980)}[x] Delivered`,
      `[${'a'.repeat(99_999)}`,
      ', carrier note'.repeat(7_200),
      'ote'.repeat(33_334),
      `${' '.repeat(99_997)}ote`, // the carrier-note search backtracks quadratically over whitespace
      `${'\t'.repeat(99_990)}carrier note`,
      '\ud800'.repeat(100_000),
      `a${'\u0301'.repeat(99_999)}`,
      '\u202e\u2066'.repeat(50_000),
      '已签收'.repeat(33_334),
      'departed '.repeat(11_112),
    ];
    const repeated = fc
      .string({ unit: hostileUnit, minLength: 1, maxLength: 40 })
      .map((chunk) => chunk.repeat(Math.ceil(100_000 / chunk.length)).slice(0, 100_000));
    for (const text of [...adversarial.map((text) => text.slice(0, 100_000)), ...fc.sample(repeated, runs(20))]) {
      const start = performance.now();
      expectValid(classify(text));
      const elapsed = performance.now() - start;
      expect(elapsed, `${JSON.stringify(text.slice(0, 40))}… took ${elapsed.toFixed(0)} ms`).toBeLessThan(250);
    }
  });

  it('classifies 1,000 random texts of up to 300 characters in under 2 s', () => {
    const texts = fc.sample(hostileText(300, 'max').map((text) => text.slice(0, 300)), runs(1000));
    const start = performance.now();
    for (const text of texts) classify(text);
    expect(performance.now() - start).toBeLessThan(2000);
  });

  it('keeps a text\'s status when controls, bidi marks, invisible characters, marks, emoji or lone surrogates surround it', () => {
    // Pages put place names before event texts; the classifier must not read them as statuses.
    const place = fc.constantFrom('[Shatian Town] ', '【深圳市邮政速递】', '(Sao Paulo) - ', '[Lost Creek] ', '[Customs House] ', '[Return] ');
    const text = fc.oneof(fc.constantFrom(...REAL_TEXTS), fc.tuple(place, fc.constantFrom(...REAL_TEXTS)).map(([prefix, text]) => prefix + text));
    fc.assert(
      fc.property(text, fc.array(fc.constantFrom(...MEANINGLESS_CHARACTERS), { minLength: 1, maxLength: 4 }), (text, around) => {
        const wrapped = around.join('') + text + [...around].reverse().join('');
        expect(classify(wrapped)).toEqual(classify(text));
      }),
      runs(1000),
    );
  });
});

describe('classifyCode on arbitrary codes', () => {
  it('never throws, and answers null or a catalogue status with its own stage and severity', () => {
    fc.assert(
      fc.property(eventCode, (code) => {
        expectValid(classifyCode(code));
      }),
      runs(2000),
    );
  });

  it('knows every catalogue code with or without AE_ and _SUCCESS, in any case and padding', () => {
    const catalogueCode = fc.constantFrom(...STATUSES.flatMap((status) => status.codes.map((code) => [code, status.id] as const)));
    const padding = fc.constantFrom('', ' ', '\t', '\n ', '\u00a0');
    fc.assert(
      fc.property(catalogueCode, fc.boolean(), fc.boolean(), fc.boolean(), padding, padding, ([code, status], prefix, suffix, lower, before, after) => {
        const decorated = `${prefix ? 'AE_' : ''}${code}${suffix ? '_SUCCESS' : ''}`;
        const result = classifyCode(before + (lower ? decorated.toLowerCase() : decorated) + after);
        expect(result?.status).toBe(status);
        expect(result?.confidence).toBe(1);
      }),
      runs(500),
    );
  });
});

describe('classifyEvent on arbitrary events', () => {
  it('never throws; a telling code decides, else the text, else the code family', () => {
    const code = fc.oneof(eventCode, fc.constantFrom(null, undefined, ''));
    fc.assert(
      fc.property(eventText(), code, (text, code) => {
        const result = classifyEvent({ text, code });
        expectValid(result);
        const byCode = code ? classifyCode(code) : null;
        if (byCode?.confidence === 1) expect(result).toEqual(byCode);
        else expect(result).toEqual(classify(text) ?? byCode);
      }),
      runs(2000),
    );
  });
});
