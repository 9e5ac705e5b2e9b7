/**
 * Every way a reader may write a code (for search indexes and code pages), and the list of every
 * named value (one page per code).
 */
import { readingsForValue } from './decode.ts';
import { codeSlug, hresultFromWin32 } from './structure.ts';
import { TABLE_IDS } from './tables.ts';
import type { ErrorTables, Reading } from './types.ts';

/**
 * Every spelling a reader may search for a reading by: hex with and without `0x` in both cases,
 * unsigned and signed decimal, the inner Win32 code of 0x8007xxxx in decimal and hex, and the
 * symbol with its aliases. Deduplicated, in that order.
 * @example
 * codeSpellings(decodeErrorCode('0x80070643', allTables).readings[0]);
 * // => ['0x80070643', '80070643', '2147944003', '-2147023293', '1603', '0x643', '0x0643',
 * //     '0x00000643', 'ERROR_INSTALL_FAILURE']
 */
export function codeSpellings(reading: Reading): string[] {
  const v = reading.unsigned >>> 0;
  const lower = v.toString(16).padStart(8, '0');
  const upper = lower.toUpperCase();
  const out: string[] = [
    `0x${lower}`,
    `0x${upper}`,
    `0X${upper}`,
    lower,
    upper,
    String(v),
    String(v | 0),
  ];
  if (v <= 0xffff) out.push(...shortHex(v));
  const inner = reading.family === 'hresult' ? reading.win32 : null;
  if (inner !== null) out.push(String(inner), ...shortHex(inner));
  if (reading.symbol) out.push(reading.symbol);
  out.push(...reading.aliases);
  return [...new Set(out)];
}

function shortHex(n: number): string[] {
  const h = n.toString(16);
  const out: string[] = [];
  for (const digits of [h, h.padStart(4, '0'), h.padStart(8, '0')]) {
    out.push(`0x${digits}`, `0x${digits.toUpperCase()}`);
  }
  return out;
}

/**
 * One value that has a name, with everything a code page needs.
 * @example
 * // { slug: '0x80070643', value: 2147944003, origin: 'win32-hresult', readings: [...] }
 */
export interface KnownCode {
  /** `0x` + 8 lower-case hex digits: the page slug. */
  slug: string;
  value: number;
  /** `table`: named directly by a table; `win32-hresult`: HRESULT_FROM_WIN32 of a named Win32 code. */
  origin: 'table' | 'win32-hresult';
  /** Every named reading, most likely first (never empty). */
  readings: Reading[];
}

/**
 * Every value the given tables name, sorted by value, plus the HRESULT_FROM_WIN32 form (0x8007xxxx)
 * of every named Win32 code (origin `win32-hresult`), which is how Windows Update shows them.
 * @example
 * listKnownCodes(allTables).find((c) => c.slug === '0x80070643')?.readings[0]?.symbol;
 * // => 'ERROR_INSTALL_FAILURE'
 */
export function listKnownCodes(tables: ErrorTables): KnownCode[] {
  const origin = new Map<number, KnownCode['origin']>();
  for (const id of TABLE_IDS) {
    for (const [value] of tables[id]?.entries ?? []) origin.set(value >>> 0, 'table');
  }
  for (const [value] of tables.win32?.entries ?? []) {
    const h = hresultFromWin32(value);
    if (!origin.has(h)) origin.set(h, 'win32-hresult');
  }
  const out: KnownCode[] = [];
  for (const value of [...origin.keys()].sort((a, b) => a - b)) {
    const readings = readingsForValue(value, tables);
    if (readings.length === 0) continue;
    out.push({ slug: codeSlug(value), value, origin: origin.get(value) ?? 'table', readings });
  }
  return out;
}
