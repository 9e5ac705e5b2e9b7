/**
 * Fuzzing the error-code parser and decoder: never throw, always one of the known result kinds and issue
 * codes, readings well formed, bounded time on hostile megabyte inputs.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { allTables } from '../../src/lib/errcode/all-tables.ts';
import { decodeErrorCode } from '../../src/lib/errcode/decode.ts';
import { parseErrorCodeInput } from '../../src/lib/errcode/parse.ts';
import type { DecodeIssue, DecodeResult } from '../../src/lib/errcode/types.ts';
import { FUZZ_RUNS, fuzzInput, hostileInputs, timeIt } from './fuzz-arbitraries.ts';

const ISSUES: readonly DecodeIssue[] = ['empty', 'too-long', 'not-a-number', 'out-of-range', 'unknown-name', 'no-code-found'];
const FAMILIES = ['hresult', 'ntstatus', 'win32'];
const BOUND_MS = 1_500;

/** Code-shaped text: numbers in every spelling, names, and noise around them. */
const codeLike = fc.oneof(
  fc.integer({ min: -(2 ** 31), max: 2 ** 32 - 1 }).map(String),
  fc.integer({ min: 0, max: 2 ** 32 - 1 }).map((n) => `0x${n.toString(16)}`),
  fc.integer({ min: 0, max: 2 ** 32 - 1 }).map((n) => n.toString(16).toUpperCase().padStart(8, '0')),
  fc.constantFrom('ERROR_INSTALL_FAILURE', 'CBS_E_INSUFFICIENT_DISK_SPACE', 'WU_E_NO_UPDATE', 'STATUS_PENDING', 'E_FAIL', 'S_OK'),
  fc.tuple(fc.string({ maxLength: 20 }), fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.string({ maxLength: 20 })).map(
    ([a, n, b]) => `${a}0x${n.toString(16)}${b}`,
  ),
);

function checkResult(r: DecodeResult): void {
  expect(['decoded', 'unknown', 'error']).toContain(r.kind);
  expect(typeof r.input).toBe('string');
  switch (r.kind) {
    case 'error':
      expect(ISSUES).toContain(r.issue);
      break;
    case 'unknown':
      expect(Number.isInteger(r.value) && r.value >= 0 && r.value <= 0xffffffff).toBe(true);
      break;
    case 'decoded':
      expect(r.readings.length).toBeGreaterThan(0);
      for (const reading of r.readings) {
        expect(reading.hex).toMatch(/^0x[0-9A-F]{8}$/);
        expect(Number.parseInt(reading.hex.slice(2), 16)).toBe(reading.unsigned);
        expect(reading.signed).toBe(reading.unsigned | 0);
        expect(FAMILIES).toContain(reading.family);
      }
      break;
    default:
      r satisfies never;
  }
}

describe('parseErrorCodeInput() fuzz', () => {
  test(`never throws and returns tokens or a known issue (${FUZZ_RUNS} runs)`, () => {
    fc.assert(
      fc.property(fc.oneof(fuzzInput, codeLike), (s) => {
        const parsed = parseErrorCodeInput(s);
        if (parsed.kind === 'error') expect(ISSUES).toContain(parsed.issue);
        else {
          expect(parsed.kind).toBe('tokens');
          for (const t of parsed.tokens) {
            if (t.kind === 'value') expect(Number.isInteger(t.value) && t.value >= 0 && t.value <= 0xffffffff).toBe(true);
            else expect(t.kind).toBe('name');
          }
        }
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});

describe('decodeErrorCode() fuzz', () => {
  test(`always a known result kind with well-formed readings (${FUZZ_RUNS} runs)`, () => {
    fc.assert(
      fc.property(fc.oneof(fuzzInput, codeLike), (s) => {
        checkResult(decodeErrorCode(s, allTables));
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  test.each(hostileInputs())('$desc finishes in bounded time', ({ text }) => {
    let r: DecodeResult | undefined;
    const ms = timeIt(() => (r = decodeErrorCode(text, allTables)));
    expect(ms).toBeLessThan(BOUND_MS);
    checkResult(r as DecodeResult);
  });
});
