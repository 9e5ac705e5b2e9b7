import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { MAX_BLANK_RUN, MAX_PASTE_LENGTH, normalizePaste } from '../../src/lib/text/normalize.ts';

describe('normalizePaste() properties', () => {
  test('never throws and keeps line numbers within the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => {
        const { lines } = normalizePaste(s);
        const total = s.split(/\r\n|\r|\n|\u2028|\u2029/).length;
        for (const l of lines) expect(l.line >= 1 && l.line <= total).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  test('LF and CRLF give the same lines', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 60 }).filter((x) => !/[\r\n\u2028\u2029]/.test(x)), { maxLength: 20 }), (rows) => {
        expect(normalizePaste(rows.join('\r\n'))).toEqual(normalizePaste(rows.join('\n')));
      }),
    );
  });

  test('is idempotent on its own output text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (s) => {
        const once = normalizePaste(s).lines.map((l) => l.text);
        const twice = normalizePaste(once.join('\n')).lines.map((l) => l.text);
        // A second pass may only strip more annotation-like debris, never add characters.
        expect(twice.join('\n').length).toBeLessThanOrEqual(once.join('\n').length);
      }),
    );
  });

  test('a run of empty lines reads the same at any length from MAX_BLANK_RUN on', () => {
    const line = fc.string({ minLength: 1, maxLength: 40 }).filter((s) => !/[\r\n\u2028\u2029]/.test(s));
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 12 }), fc.nat(), fc.integer({ min: 1, max: 5000 }), (rows, at, extra) => {
        const cut = at % (rows.length + 1);
        const withRun = (n: number): string[] =>
          normalizePaste([...rows.slice(0, cut), ...Array<string>(n).fill(''), ...rows.slice(cut)].join('\n')).lines.map((l) => l.text);
        expect(withRun(MAX_BLANK_RUN + extra)).toEqual(withRun(MAX_BLANK_RUN));
      }),
    );
  });

  test('a paste longer than the cap is cut and flagged', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), (extra) => {
        expect(normalizePaste('a\n'.repeat((MAX_PASTE_LENGTH + extra) / 2 + 1)).truncated).toBe(true);
      }),
      { numRuns: 5 },
    );
  });
});
