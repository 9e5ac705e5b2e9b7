import { describe, expect, test } from 'vitest';
import { allTables } from '../../../../src/lib/errcode/all-tables.ts';
import { decodeErrorCode } from '../../../../src/lib/errcode/decode.ts';
import { listKnownCodes } from '../../../../src/lib/errcode/spellings.ts';
import { hresultFromNt } from '../../../../src/lib/errcode/structure.ts';
import type { Reading } from '../../../../src/lib/errcode/types.ts';
import en from '../../../../src/i18n/en.ts';
import { DECODER_STRING_KEYS } from '../../../../src/widgets/decoder/strings-keys.ts';
import { decoderStrings } from '../../../../src/widgets/decoder/strings.ts';
import {
  codePagePath,
  fill,
  hasCodePage,
  nameParts,
  readingCardView,
} from '../../../../src/widgets/decoder/view.ts';

const s = decoderStrings('en');
const ja = decoderStrings('ja');

function readings(input: string): Reading[] {
  const r = decodeErrorCode(input, allTables);
  return r.kind === 'error' ? [] : r.readings;
}
function view(input: string, i = 0, strings = s) {
  const r = readings(input)[i];
  if (!r) throw new Error(`no reading ${i} for ${input}`);
  return readingCardView(r, strings, 'en');
}
const fact = (v: ReturnType<typeof view>, key: string) => v.facts.find((f) => f.key === key);

describe('decoder strings', () => {
  test('every key the browser code reads exists in the UI strings', () => {
    expect(DECODER_STRING_KEYS.filter((k) => !(k in en))).toEqual([]);
  });
  test.each([
    'empty',
    'too-long',
    'not-a-number',
    'out-of-range',
    'unknown-name',
    'no-code-found',
  ] as const)('issue %s has a message in both languages', (issue) => {
    const key = `decoder.issue.${issue}` as const;
    expect(DECODER_STRING_KEYS).toContain(key);
    expect(s[key]).not.toBe(ja[key]);
  });

  test('what the decoder says about hostile input maps to one of those issues', () => {
    const issues = [
      '',
      'x'.repeat(10_001),
      '0xZZ',
      '1'.repeat(40),
      'NOT_A_REAL_NAME',
      'hello there',
    ].map((input) => {
      const r = decodeErrorCode(input, allTables);
      return r.kind === 'error' ? s[`decoder.issue.${r.issue}`] : r.kind;
    });
    expect(issues.every((m) => typeof m === 'string' && m.length > 10)).toBe(true);
  });

  test('placeholders are left for the renderer', () => {
    expect(s['decoder.valueHeading']).toBe('Code {n}: {hex}');
    expect(fill(s['decoder.valueHeading'], { n: 2, hex: '0x00000103' })).toBe('Code 2: 0x00000103');
  });
});

describe('readingCardView()', () => {
  test.each([
    {
      desc: 'HRESULT_FROM_WIN32 value named by its inner Win32 code',
      input: '0x80070643',
      title: 'ERROR_INSTALL_FAILURE',
      facts: {
        hex: '0x80070643',
        unsigned: '2147944003',
        signed: '-2147023293',
        facility: '7 (FACILITY_WIN32)',
        code: '1603 (0x0643)',
        win32: '1603 (0x643)',
      },
      page: '/en/codes/0x80070643/',
    },
    {
      desc: 'Windows Update code from wuerror.h',
      input: '0x8024200B',
      title: 'WU_E_UH_INSTALLERFAILURE',
      facts: {
        facility: '36 (FACILITY_WINDOWSUPDATE)',
        source: 'wuerror.h',
        signed: '-2145116149',
      },
      page: '/en/codes/0x8024200b/',
    },
    {
      desc: 'servicing code from the facts file',
      input: 'CBS_E_INSUFFICIENT_DISK_SPACE',
      title: 'CBS_E_INSUFFICIENT_DISK_SPACE',
      facts: { hex: '0x800F0828', signed: '-2146498520' },
      page: '/en/codes/0x800f0828/',
    },
    {
      desc: 'Win32 reading links its HRESULT form',
      input: '1603',
      title: 'ERROR_INSTALL_FAILURE',
      facts: { hresult: '0x80070643', family: 'Win32 error code' },
      page: '/en/codes/0x00000643/',
    },
  ])('$desc', ({ input, title, facts, page }) => {
    const v = view(input);
    expect(v.title).toBe(title);
    expect(v.pageHref).toBe(page);
    for (const [key, value] of Object.entries(facts)) expect(fact(v, key)?.value, key).toBe(value);
  });

  test('HRESULT bit layout: seven fields, grouped binary, facility and code', () => {
    const rows = view('0x80070643').bits?.rows ?? [];
    expect(rows.map((r) => [r.bits, r.binary])).toEqual([
      ['31', '1'],
      ['30', '0'],
      ['29', '0'],
      ['28', '0'],
      ['27', '0'],
      ['26–16', '000 0000 0111'],
      ['15–0', '0000 0110 0100 0011'],
    ]);
    expect(rows[0]?.meaning).toBe('failure');
  });

  test('NTSTATUS bit layout: two severity bits, 12-bit facility', () => {
    const v = view('0xC0000022');
    expect(v.family).toBe('ntstatus');
    expect(v.bits?.rows.map((r) => r.bits)).toEqual(['31–30', '29', '28', '27–16', '15–0']);
    expect(v.bits?.rows[0]).toMatchObject({ binary: '11', meaning: 'error' });
  });

  test('a Win32 reading has no bit table but says why', () => {
    const v = view('259', 0);
    expect(v.bits).toBeNull();
    expect(v.bitsNote).toBe(s['decoder.bits.win32']);
  });

  test('259 gives a Win32 and an NTSTATUS card', () => {
    expect(readings('259').map((r) => readingCardView(r, s, 'en').title)).toEqual([
      'ERROR_NO_MORE_ITEMS',
      'STATUS_PENDING',
    ]);
  });

  test('an unknown value gets the no-name title and no page link', () => {
    const r = decodeErrorCode('0x8007fffe', allTables);
    expect(r.kind).toBe('unknown');
    const v = readingCardView(r.kind === 'unknown' ? r.readings[0]! : ({} as Reading), s, 'en');
    expect(v.named).toBe(false);
    expect(v.title).toBe('No name in our tables');
    expect(v.pageHref).toBeNull();
  });

  test('texts follow the language of the strings', () => {
    const v = view('0x80070643', 0, ja);
    expect(fact(v, 'hex')?.label).toBe('16 進数');
    expect(v.bits?.caption).toBe('HRESULT として見た 0x80070643 のビット構成');
  });
});

describe('hasCodePage()', () => {
  const known = listKnownCodes(allTables);
  const slugs = new Set(known.map((c) => c.slug));

  test('every reading of every known code has its page', () => {
    const without = known.flatMap((c) =>
      c.readings.filter((r) => !hasCodePage(r)).map(() => c.slug),
    );
    expect(without).toEqual([]);
  });

  test('HRESULT_FROM_NT values named only through their NTSTATUS have none, and no page exists for them', () => {
    const nt = allTables.ntstatus.entries.slice(0, 200).map(([v]) => hresultFromNt(v));
    for (const value of nt) {
      for (const r of readings(`0x${value.toString(16)}`)) {
        expect(hasCodePage(r)).toBe(slugs.has(codePagePath('x', value).split('/')[3] ?? ''));
      }
    }
  });
});

describe('nameParts()', () => {
  test.each([
    { name: 'ERROR_INSTALL_FAILURE', parts: ['ERROR_', 'INSTALL_', 'FAILURE'] },
    { name: 'CBS_E_INSUFFICIENT_DISK_SPACE', parts: ['CBS_', 'E_', 'INSUFFICIENT_', 'DISK_', 'SPACE'] },
    { name: 'S_OK', parts: ['S_', 'OK'] },
    { name: '0x80070643', parts: ['0x80070643'] },
    { name: '__X', parts: ['__', 'X'] },
  ])('$name breaks only after underscores, losing no character', ({ name, parts }) => {
    expect(nameParts(name)).toEqual(parts);
    expect(nameParts(name).join('')).toBe(name);
  });
});
