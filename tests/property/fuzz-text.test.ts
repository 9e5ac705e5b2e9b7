/**
 * Fuzzing normalizePaste() and splitColumns(): never throw, always well-formed output, bounded time on
 * hostile megabyte inputs.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { MAX_LINE_LENGTH, MAX_PASTE_LENGTH, normalizePaste, splitColumns } from '../../src/lib/text/normalize.ts';
import { FUZZ_RUNS, fuzzInput, hostileInputs, timeIt } from './fuzz-arbitraries.ts';

/** Generous wall-clock bound per call on a busy 2-core CI machine; the benchmark measures the real figure. */
const BOUND_MS = 1_500;

describe('normalizePaste() fuzz', () => {
  test(`never throws and returns well-formed lines (${FUZZ_RUNS} runs)`, () => {
    fc.assert(
      fc.property(fuzzInput, (s) => {
        const out = normalizePaste(s);
        expect(typeof out.truncated).toBe('boolean');
        expect(out.lines.length).toBeGreaterThan(0);
        let previous = 1;
        for (const l of out.lines) {
          expect(typeof l.text).toBe('string');
          expect(l.text).not.toMatch(/[\r\n\u2028\u2029]/);
          expect(typeof l.prompt).toBe('boolean');
          expect(Number.isInteger(l.line) && l.line >= previous).toBe(true);
          previous = l.line;
        }
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  test('treats anything that is not a string as empty', () => {
    for (const v of [undefined, null, 42, {}, [], Symbol.iterator]) {
      expect(() => normalizePaste(v as unknown as string)).not.toThrow();
    }
  });

  test.each(hostileInputs())('$desc finishes in bounded time and is capped', ({ text }) => {
    let out: ReturnType<typeof normalizePaste> | undefined;
    const ms = timeIt(() => (out = normalizePaste(text)));
    expect(ms).toBeLessThan(BOUND_MS);
    expect(out?.truncated).toBe(text.length > MAX_PASTE_LENGTH);
    expect(out?.lines.every((l) => l.text.length <= Math.max(MAX_LINE_LENGTH, MAX_PASTE_LENGTH))).toBe(true);
  });
});

describe('splitColumns() fuzz', () => {
  test(`never throws and never returns an empty or padded field (${FUZZ_RUNS} runs)`, () => {
    fc.assert(
      fc.property(fuzzInput, (s) => {
        const row = s.split(/\r?\n/)[0] ?? '';
        for (const field of splitColumns(row)) {
          expect(field).not.toBe('');
          expect(field).not.toMatch(/^ {2}| {2}$/);
        }
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});
