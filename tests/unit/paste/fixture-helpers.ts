import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Root of the sample pastes. */
export const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');

/** One row of a `cases.json`. */
export interface FixtureCase {
  desc: string;
  file: string;
  /** Partial `toCheckJson` output, checked with toMatchObject. */
  expected?: Record<string, unknown>;
  /** Partial blocks; each must match at least one parsed block (arrays: every listed item must match some item). */
  blocks?: Record<string, unknown>[];
  /** Commands that must appear in this order in the plan. */
  planCommands?: string[];
}

/** Read `tests/fixtures/<format>/cases.json`. */
export function loadCases(format: string): FixtureCase[] {
  return JSON.parse(readFileSync(join(FIXTURES, format, 'cases.json'), 'utf8')) as FixtureCase[];
}

/** The sample as bytes decoded as UTF-8, CRLF and BOM kept. */
export function readSample(format: string, file: string): string {
  return readFileSync(join(FIXTURES, format, file), 'utf8');
}

/** Subset match: objects by listed keys, arrays by "every expected item matches some actual item". */
export function matchesPartial(actual: unknown, expected: unknown): boolean {
  if (Array.isArray(expected)) {
    return Array.isArray(actual) && expected.every((e) => actual.some((a) => matchesPartial(a, e)));
  }
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object') return false;
    return Object.entries(expected).every(([k, v]) => matchesPartial((actual as Record<string, unknown>)[k], v));
  }
  return Object.is(actual, expected);
}

/** True when `needles` occur in `haystack` in order (not necessarily next to each other). */
export function isSubsequence(haystack: readonly string[], needles: readonly string[]): boolean {
  let i = 0;
  for (const h of haystack) if (h === needles[i]) i++;
  return i === needles.length;
}
