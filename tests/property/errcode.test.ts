import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { allTables } from '../../src/lib/errcode/all-tables.ts';
import { decodeErrorCode } from '../../src/lib/errcode/decode.ts';
import { MAX_CODE_INPUT_LENGTH, parseErrorCodeInput } from '../../src/lib/errcode/parse.ts';
import { codeSpellings, listKnownCodes } from '../../src/lib/errcode/spellings.ts';
import { codeSlug, formatHex, structuralReading } from '../../src/lib/errcode/structure.ts';

const u32 = fc.oneof(
  fc.integer({ min: 0, max: 0xffffffff }),
  fc.integer({ min: 0, max: 0xffff }),
  fc.constantFrom(
    0,
    1,
    9_999_999,
    10_000_000,
    99_999_999,
    100_000_000,
    0x7fffffff,
    0x80000000,
    0xffffffff,
  ),
);

// Characters the parser treats specially, so random strings hit its branches often.
const codeish = fc.string({
  unit: fc.constantFrom(
    ...'0123456789abcdefABCDEFxX-+ _:()=,.\n\t'.split(''),
    'ｘ',
    '０',
    '８',
    '－',
    '\u2212',
    '\uFEFF',
    'エラー',
    'error ',
    'ERROR_',
    'CBS_E_',
    'WU_E_',
  ),
  maxLength: 80,
});

function firstValue(input: string): number | undefined {
  const r = decodeErrorCode(input, allTables);
  return r.kind === 'error' ? undefined : r.values[0];
}

describe('decodeErrorCode() properties', () => {
  test('never throws and always returns a known kind, on any string', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 200 }),
          fc.string({ unit: 'binary', maxLength: 200 }),
          codeish,
        ),
        (s) => {
          const r = decodeErrorCode(s, allTables);
          expect(['decoded', 'unknown', 'error']).toContain(r.kind);
        },
      ),
      { numRuns: 2000 },
    );
  });

  test('every 32-bit value round-trips: hex <-> unsigned decimal <-> signed decimal', () => {
    fc.assert(
      fc.property(u32, (v) => {
        const signed = v | 0;
        const hex = v.toString(16).padStart(8, '0');
        for (const spelling of [
          `0x${hex}`,
          `0X${hex.toUpperCase()}`,
          hex,
          String(v),
          String(signed),
        ]) {
          // By design eight bare digits read as hex (80070643 is 0x80070643): for values whose
          // decimal has exactly eight digits the decimal spelling is that hex value instead.
          const expected =
            /^[0-9]{8}$/.test(spelling) && spelling !== hex ? parseInt(spelling, 16) : v;
          expect(firstValue(spelling), spelling).toBe(expected);
        }
        const reading = structuralReading(v, 'hresult');
        expect(reading.hex).toBe(formatHex(v));
        expect(reading.unsigned).toBe(v);
        expect(reading.signed).toBe(signed);
        expect(parseInt(reading.hex.slice(2), 16)).toBe(v);
        expect(codeSlug(signed)).toBe(`0x${hex}`);
      }),
      { numRuns: 3000 },
    );
  });

  test('NFKC-equivalent inputs decode equally (full-width digits, letters, minus)', () => {
    const toFullWidth = (s: string) =>
      s.replace(/[0-9A-Za-z-]/g, (c) =>
        c === '-' ? '－' : String.fromCharCode(c.charCodeAt(0) + 0xfee0),
      );
    fc.assert(
      fc.property(u32, fc.constantFrom('hex', 'unsigned', 'signed'), (v, form) => {
        const ascii =
          form === 'hex' ? `0x${v.toString(16)}` : form === 'unsigned' ? String(v) : String(v | 0);
        const a = decodeErrorCode(ascii, allTables);
        const b = decodeErrorCode(toFullWidth(ascii), allTables);
        expect({ ...b, input: '' }).toEqual({ ...a, input: '' });
      }),
      { numRuns: 1000 },
    );
  });

  test('NFKC-equivalent free text decodes equally', () => {
    fc.assert(
      fc.property(codeish, (s) => {
        const a = decodeErrorCode(s.normalize('NFKC'), allTables);
        const b = decodeErrorCode(s, allTables);
        expect({ ...b, input: '' }).toEqual({ ...a, input: '' });
      }),
      { numRuns: 1000 },
    );
  });

  test('extra surrounding spaces and CRLF vs LF do not change the result', () => {
    fc.assert(
      fc.property(u32, fc.constantFrom(' ', '\t', '\r\n', '\n', '  '), (v, pad) => {
        const core = `0x${v.toString(16)}`;
        const a = decodeErrorCode(core, allTables);
        const b = decodeErrorCode(`${pad}${core}${pad}`, allTables);
        expect({ ...b, input: '' }).toEqual({ ...a, input: '' });
      }),
      { numRuns: 500 },
    );
  });

  test('over-long input gives too-long, quickly', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 4 }),
        fc.integer({ min: 1, max: 1000 }),
        (unit, extra) => {
          const s = unit.repeat(Math.ceil((MAX_CODE_INPUT_LENGTH + extra) / unit.length));
          expect(parseErrorCodeInput(s)).toEqual({ kind: 'error', issue: 'too-long' });
        },
      ),
      { numRuns: 200 },
    );
  });

  test('inputs just under the cap finish fast (no regex blow-up)', () => {
    const samples = ['0x', '-0', 'error ', 'A_', '8', 'エラー', '0x8007064', 'ERROR_ERROR_'];
    for (const unit of samples) {
      const s = unit.repeat(Math.floor(MAX_CODE_INPUT_LENGTH / unit.length));
      const started = performance.now();
      decodeErrorCode(s, allTables);
      // Generous bound: this guards against super-linear regexes, not machine speed.
      expect(performance.now() - started, unit).toBeLessThan(500);
    }
  });

  test('decimal codes typed with spaces stay a list, never one joined hex value', () => {
    // Only "8007 0643"-shaped input (four hex digits from 8 up, then four) is one spaced value, so the
    // first code stays below 8000 here.
    const code = fc.integer({ min: 0, max: 0xffff });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 7999 }), code, (a, b) => {
        const r = decodeErrorCode(`${a} ${b}`, allTables);
        expect(r.kind === 'error' ? [] : r.values).toEqual(a === b ? [a] : [a, b]);
      }),
      { numRuns: 500 },
    );
  });

  test('a dash glued to the word before 0x is a separator, whatever the value', () => {
    fc.assert(
      fc.property(u32, fc.constantFrom('エラー', 'error', 'ー', 'KB5034441'), (v, word) => {
        expect(firstValue(`${word}-0x${v.toString(16)}`)).toBe(v);
      }),
      { numRuns: 500 },
    );
  });

  test('after a space, `(`, `=` or `:` a dash is a minus only for an error-sized magnitude', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 0xffffffff }), fc.constantFrom(' ', ' (', ' = ', ':'), (n, before) => {
        const negative = n >= 0x10000000 && n <= 0x80000000;
        expect(firstValue(`code${before}-0x${n.toString(16)}`)).toBe(negative ? -n >>> 0 : n);
      }),
      { numRuns: 500 },
    );
  });

  test('every known code: each spelling finds it again', () => {
    const known = listKnownCodes(allTables);
    fc.assert(
      fc.property(fc.constantFrom(...known), (k) => {
        const reading = k.readings[0]!;
        for (const spelling of codeSpellings(reading)) {
          const r = decodeErrorCode(spelling, allTables);
          expect(r.kind, spelling).toBe('decoded');
          const values = r.kind === 'decoded' ? r.values : [];
          expect([k.value, reading.win32], spelling).toContain(values[0]);
        }
      }),
      { numRuns: 300 },
    );
  });
});
