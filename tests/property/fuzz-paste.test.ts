/**
 * Fuzzing the paste recogniser and its readers: never throw, every block one of the known kinds with sane
 * numbers, bounded time on hostile megabyte inputs.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parsePaste, parseReagentcInfo, parseSize, partitionKindOf } from '../../src/lib/paste/index.ts';
import type { ParsedPaste, PasteBlock } from '../../src/lib/paste/index.ts';
import { FUZZ_RUNS, fuzzInput, hostileInputs, timeIt } from './fuzz-arbitraries.ts';

const BLOCK_KINDS: readonly PasteBlock['kind'][] = [
  'reagentc-info',
  'reagentc-error',
  'diskpart-list-disk',
  'diskpart-list-partition',
  'diskpart-list-volume',
  'diskpart-detail-partition',
  'ps-partition',
  'ps-volume',
  'ps-disk',
  'collector',
  'winre-version',
  'bitlocker',
];
const PARTITION_KINDS = ['system', 'reserved', 'primary', 'recovery', 'oem', 'extended', 'logical', 'unknown', 'other'];
const BOUND_MS = 1_500;

/** Every number anywhere in a block is finite, and none is negative (sizes, disk and partition numbers). */
function checkNumbers(value: unknown, path: string): void {
  if (typeof value === 'number') {
    expect(Number.isFinite(value), path).toBe(true);
    expect(value >= 0, `${path} = ${value}`).toBe(true);
  } else if (Array.isArray(value)) value.forEach((v, i) => checkNumbers(v, `${path}[${i}]`));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) checkNumbers(v, `${path}.${k}`);
}

function checkParsed(p: ParsedPaste): void {
  expect(typeof p.truncated).toBe('boolean');
  expect(Number.isInteger(p.lineCount)).toBe(true);
  for (const b of p.blocks) {
    expect(BLOCK_KINDS).toContain(b.kind);
    checkNumbers(b, b.kind);
  }
}

describe('parsePaste() fuzz', () => {
  test(`never throws; every block is a known kind with finite, non-negative numbers (${FUZZ_RUNS} runs)`, () => {
    fc.assert(
      fc.property(fuzzInput, (s) => checkParsed(parsePaste(s))),
      { numRuns: FUZZ_RUNS },
    );
  });

  test.each(hostileInputs())('$desc finishes in bounded time', ({ text }) => {
    let out: ParsedPaste | undefined;
    const ms = timeIt(() => (out = parsePaste(text)));
    expect(ms).toBeLessThan(BOUND_MS);
    checkParsed(out as ParsedPaste);
  });
});

describe('readers fuzz', () => {
  test(`parseReagentcInfo() returns only reagentc blocks (${FUZZ_RUNS} runs)`, () => {
    fc.assert(
      fc.property(fuzzInput, (s) => {
        for (const b of parseReagentcInfo(s)) expect(['reagentc-info', 'reagentc-error']).toContain(b.kind);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  test(`partitionKindOf() always names a known kind (${FUZZ_RUNS} runs)`, () => {
    fc.assert(
      fc.property(fuzzInput, (s) => {
        expect(PARTITION_KINDS).toContain(partitionKindOf(s));
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  test(`parseSize() gives null or a finite, non-negative byte count (${FUZZ_RUNS} runs)`, () => {
    const sizeLike = fc.oneof(
      fuzzInput,
      fc.tuple(fc.double({ noNaN: false }), fc.constantFrom('B', 'KB', 'MB', 'GB', 'TB', 'バイト', 'Go', ' MB', 'ＭＢ', '')).map(([n, u]) => `${n} ${u}`),
    );
    fc.assert(
      fc.property(sizeLike, (s) => {
        const n = parseSize(s);
        if (n !== null) expect(Number.isFinite(n) && n >= 0).toBe(true);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});
