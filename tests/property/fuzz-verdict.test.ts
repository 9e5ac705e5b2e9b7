/**
 * Fuzzing analyzePaste(), the whole path from pasted text to verdict and plan: never throws, the verdict is
 * always one of the DESIGN's codes, the CLI JSON always serialises, and a megabyte of hostile text finishes in
 * bounded time.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { analyzePaste, toCheckJson, VERDICT_CODES, type Analysis } from '../../src/lib/verdict/index.ts';
import { FUZZ_RUNS, fuzzInput, hostileInputs, timeIt } from './fuzz-arbitraries.ts';

const MISSING = ['winre-location', 'free-space', 'partition-layout'];
const WINRE_STATUS = ['enabled', 'disabled', 'unknown'];
const BOUND_MS = 2_000;

function checkAnalysis(a: Analysis): void {
  expect(VERDICT_CODES).toContain(a.verdict);
  expect(a.headlineKey).toMatch(/^checker\.verdict\.[a-zA-Z]+$/);
  expect(WINRE_STATUS).toContain(a.winre.status);
  for (const m of a.missing) expect(MISSING).toContain(m);
  if (a.verdict === 'need-more-info') expect(a.missing.length + a.next.length).toBeGreaterThan(0);
  // The DESIGN's rule: never enough-space or too-small without a measured free-space figure.
  if (a.verdict === 'enough-space' || a.verdict === 'too-small') expect(a.recovery?.freeBytes).toEqual(expect.any(Number));
  for (const step of a.plan) expect(step.commands.every((c) => typeof c === 'string')).toBe(true);
  const json = JSON.parse(JSON.stringify(toCheckJson(a)));
  expect(json.verdict).toBe(a.verdict);
}

describe('analyzePaste() fuzz', () => {
  test(`never throws; always a DESIGN verdict and valid CLI JSON (${FUZZ_RUNS} runs)`, () => {
    fc.assert(
      fc.property(fuzzInput, (s) => checkAnalysis(analyzePaste(s))),
      { numRuns: FUZZ_RUNS },
    );
  });

  test('anything that is not a string is not recognised rather than a crash', () => {
    for (const v of [undefined, null, 0, {}, []]) {
      expect(analyzePaste(v as unknown as string).verdict).toBe('not-recognized');
    }
  });

  test.each(hostileInputs())('$desc finishes in bounded time', ({ text }) => {
    let a: Analysis | undefined;
    const ms = timeIt(() => (a = analyzePaste(text)));
    expect(ms).toBeLessThan(BOUND_MS);
    checkAnalysis(a as Analysis);
  });
});
