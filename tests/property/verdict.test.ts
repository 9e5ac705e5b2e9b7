import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { analyzePaste } from '../../src/lib/verdict/analyze.ts';

const ROOT = join(import.meta.dirname, '..', 'fixtures');
const walk = (d: string): string[] =>
  readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : n.endsWith('.txt') ? [join(d, n)] : []));
const samples = walk(ROOT).map((p) => readFileSync(p, 'utf8'));

/** A sample with some lines dropped and some lines of other samples spliced in. */
const mixedPaste = fc
  .tuple(fc.constantFrom(...samples), fc.constantFrom(...samples), fc.array(fc.nat(), { maxLength: 8 }), fc.nat())
  .map(([a, b, drops, at]) => {
    const lines = a.split('\n');
    for (const d of drops) lines.splice(d % Math.max(lines.length, 1), 1);
    const extra = b.split('\n');
    lines.splice(at % (lines.length + 1), 0, ...extra.slice(0, 1 + (at % Math.max(extra.length, 1))));
    return lines.join('\n');
  });

describe('verdict rules hold on any mix of samples', () => {
  test('space verdicts only with a measured free-space figure; plans only for too-small', () => {
    fc.assert(
      fc.property(mixedPaste, (text) => {
        const a = analyzePaste(text);
        if (a.verdict === 'enough-space' || a.verdict === 'too-small') expect(a.recovery?.freeBytes).toEqual(expect.any(Number));
        if (a.verdict === 'too-small') expect(a.recovery?.freeBytes).toBeLessThan(250 * 1_048_576);
        if (a.verdict === 'enough-space') expect(a.recovery?.freeBytes).toBeGreaterThanOrEqual(250 * 1_048_576);
        if (a.plan.length > 0) {
          expect(a.verdict).toBe('too-small');
          const firstDestructive = a.plan.findIndex((s) => s.destructive);
          expect(a.plan.findIndex((s) => s.id === 'confirm-layout')).toBeLessThan(firstDestructive);
          expect(a.plan.findIndex((s) => s.id === 'disable-winre')).toBeLessThan(firstDestructive);
        }
        if (a.verdict === 'need-more-info') expect(a.missing.length).toBeGreaterThan(0);
      }),
      { numRuns: 400 },
    );
  });

  test('Disabled needs a Disabled line; errors never read as Disabled', () => {
    fc.assert(
      fc.property(mixedPaste, (text) => {
        const a = analyzePaste(text);
        if (a.verdict === 'winre-disabled') expect(text).toMatch(/:\s*Disabled\s*$/m);
        if (a.verdict === 'not-elevated' || a.verdict === 'reagentc-failed' || a.verdict === 'winre-image-missing')
          expect(a.winre.status).toBe('unknown');
      }),
      { numRuns: 300 },
    );
  });
});
