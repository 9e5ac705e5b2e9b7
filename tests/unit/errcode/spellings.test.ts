import { describe, expect, test } from 'vitest';
import { allTables } from '../../../src/lib/errcode/all-tables.ts';
import { decodeErrorCode } from '../../../src/lib/errcode/decode.ts';
import { codeSpellings, listKnownCodes } from '../../../src/lib/errcode/spellings.ts';
import type { Reading } from '../../../src/lib/errcode/types.ts';

function firstReading(input: string): Reading {
  const r = decodeErrorCode(input, allTables);
  if (r.kind !== 'decoded') throw new Error(`fixture ${input} did not decode`);
  return r.readings[0];
}

describe('codeSpellings()', () => {
  test.each([
    {
      desc: '0x80070643: hex forms, both decimals, inner Win32 code, name',
      input: '0x80070643',
      must: [
        '0x80070643',
        '80070643',
        '2147944003',
        '-2147023293',
        '1603',
        '0x643',
        '0x00000643',
        'ERROR_INSTALL_FAILURE',
      ],
      mustNot: [] as string[],
    },
    {
      desc: '0x8024200B: lower and upper hex, with and without 0x',
      input: '0x8024200B',
      must: [
        '0x8024200b',
        '0x8024200B',
        '8024200b',
        '8024200B',
        '2149851147',
        '-2145116149',
        'WU_E_UH_INSTALLERFAILURE',
      ],
      mustNot: ['8203', '0x200b'],
    },
    {
      desc: '0x800F0825: symbol and alias',
      input: '0x800F0825',
      must: ['CBS_E_CANNOT_UNINSTALL', 'CBS_E_CANNOT_REMOVE', '-2146498523'],
      mustNot: [] as string[],
    },
    {
      desc: 'Win32 259: short hex forms',
      input: '259',
      must: ['259', '0x103', '0x0103', '0x00000103', 'ERROR_NO_MORE_ITEMS'],
      mustNot: ['STATUS_PENDING'],
    },
  ])('$desc', ({ input, must, mustNot }) => {
    const s = codeSpellings(firstReading(input));
    for (const m of must) expect(s).toContain(m);
    for (const m of mustNot) expect(s).not.toContain(m);
    expect(new Set(s).size).toBe(s.length);
  });

  test('every spelling decodes back to the value, or to its inner Win32 code', () => {
    for (const input of ['0x80070643', '0x8024200B', '0x800F0828', '0xC0000022']) {
      const reading = firstReading(input);
      const accepted = [reading.unsigned, reading.win32];
      for (const spelling of codeSpellings(reading)) {
        const r = decodeErrorCode(spelling, allTables);
        expect(r.kind, spelling).toBe('decoded');
        const values = r.kind === 'decoded' ? r.values : [];
        expect(values.length, spelling).toBe(1);
        expect(accepted, spelling).toContain(values[0]);
      }
    }
  });
});

describe('listKnownCodes()', () => {
  const known = listKnownCodes(allTables);
  const bySlug = new Map(known.map((k) => [k.slug, k]));

  test('slugs are unique, lower-case 0x + 8 hex digits, sorted by value', () => {
    expect(bySlug.size).toBe(known.length);
    for (const k of known) expect(k.slug).toMatch(/^0x[0-9a-f]{8}$/);
    for (let i = 1; i < known.length; i++)
      expect(known[i]!.value).toBeGreaterThan(known[i - 1]!.value);
  });

  test('covers every named value and the 0x8007xxxx form of Win32 codes', () => {
    expect(known.length).toBeGreaterThan(5000);
    expect(bySlug.get('0x80070643')).toMatchObject({
      origin: 'win32-hresult',
      readings: [{ symbol: 'ERROR_INSTALL_FAILURE' }],
    });
    expect(bySlug.get('0x800f0828')).toMatchObject({
      origin: 'table',
      readings: [{ symbol: 'CBS_E_INSUFFICIENT_DISK_SPACE' }],
    });
    expect(bySlug.get('0x8024200b')?.readings[0]?.symbol).toBe('WU_E_UH_INSTALLERFAILURE');
    expect(bySlug.get('0x00000103')?.readings.map((r) => r.symbol)).toEqual([
      'ERROR_NO_MORE_ITEMS',
      'STATUS_PENDING',
    ]);
  });

  test('every listed code has at least one named reading', () => {
    for (const k of known)
      expect(k.readings.length > 0 && k.readings.every((r) => r.symbol !== null)).toBe(true);
  });

  test('an unknown value is not listed', () => {
    expect(bySlug.has('0x80041234')).toBe(false);
  });
});
