/**
 * The bit layouts of HRESULT, NTSTATUS and Win32 values, and the facility names of the headers.
 * @see https://learn.microsoft.com/en-us/openspecs/windows_protocols/ms-erref/0642cb2f-2075-4469-918c-4441e69c548a (MS-ERREF 2.1 HRESULT)
 * @see https://learn.microsoft.com/en-us/openspecs/windows_protocols/ms-erref/87fba13e-bf06-450e-83b1-9241dc81e781 (MS-ERREF 2.3 NTSTATUS)
 */
import facilitiesJson from '../../data/errcodes-facilities.json' with { type: 'json' };
import type { Facility, Family, HresultBits, NtstatusBits, Reading, Severity } from './types.ts';

/**
 * FACILITY_NT_BIT of winerror.h: HRESULT_FROM_NT sets it.
 * @example
 * (0xc0000022 | FACILITY_NT_BIT) >>> 0;
 * // => 0xD0000022
 */
export const FACILITY_NT_BIT = 0x10000000;

function groupNames(
  rows: ReadonlyArray<ReadonlyArray<string | number>>,
): ReadonlyMap<number, readonly string[]> {
  const out = new Map<number, string[]>();
  for (const [code, name] of rows) {
    if (typeof code !== 'number' || typeof name !== 'string') continue;
    const list = out.get(code);
    if (list) list.push(name);
    else out.set(code, [name]);
  }
  return out;
}

/**
 * Facility names by number, per layout, in header order (the first name is the one shown; the
 * others, such as FACILITY_SECURITY beside FACILITY_SSPI for 9, are aliases).
 * @example
 * FACILITY_NAMES.hresult.get(36);
 * // => ['FACILITY_WINDOWSUPDATE']
 */
export const FACILITY_NAMES: {
  hresult: ReadonlyMap<number, readonly string[]>;
  ntstatus: ReadonlyMap<number, readonly string[]>;
} = {
  hresult: groupNames(facilitiesJson.hresult),
  ntstatus: groupNames(facilitiesJson.ntstatus),
};

/**
 * Formats a value as Windows shows it: `0x` and eight upper-case hex digits.
 * @example
 * formatHex(1603);
 * // => '0x00000643'
 */
export function formatHex(value: number): string {
  return '0x' + (value >>> 0).toString(16).toUpperCase().padStart(8, '0');
}

/**
 * The page slug for a value: `0x` and eight lower-case hex digits.
 * @example
 * codeSlug(0x80070643);
 * // => '0x80070643'
 */
export function codeSlug(value: number): string {
  return '0x' + (value >>> 0).toString(16).padStart(8, '0');
}

/**
 * The facility of an HRESULT. MS-ERREF gives the facility 11 bits (X is bit 27), but winerror.h
 * masks 13 bits and defines FACILITY_AUDCLNT as 2185 (0x889), which needs them: the wider reading
 * wins only when it names a known facility.
 * @example
 * hresultFacility(0x80070643);
 * // => { code: 7, name: 'FACILITY_WIN32' }
 */
export function hresultFacility(value: number): Facility {
  const wide = (value >>> 16) & 0x1fff;
  const narrow = (value >>> 16) & 0x7ff;
  const code = wide > 0x7ff && FACILITY_NAMES.hresult.has(wide) ? wide : narrow;
  return { code, name: FACILITY_NAMES.hresult.get(code)?.[0] ?? null };
}

/**
 * The facility of an NTSTATUS (12 bits).
 * @example
 * ntstatusFacility(0xc0190001);
 * // => { code: 25, name: 'FACILITY_TRANSACTION' }
 */
export function ntstatusFacility(value: number): Facility {
  const code = (value >>> 16) & 0xfff;
  return { code, name: FACILITY_NAMES.ntstatus.get(code)?.[0] ?? null };
}

/**
 * HRESULT_FROM_WIN32 as winerror.h defines it: 0 and "negative" values pass through.
 * @example
 * hresultFromWin32(1603);
 * // => 2147944003 (0x80070643)
 */
export function hresultFromWin32(win32: number): number {
  const v = win32 >>> 0;
  if ((v | 0) <= 0) return v;
  return ((v & 0xffff) | 0x80070000) >>> 0;
}

/**
 * HRESULT_FROM_NT as winerror.h defines it: the NTSTATUS with FACILITY_NT_BIT set.
 * @example
 * hresultFromNt(0xc0000022);
 * // => 3489660962 (0xD0000022)
 */
export function hresultFromNt(ntstatus: number): number {
  return (ntstatus | FACILITY_NT_BIT) >>> 0;
}

/**
 * The Win32 code inside an HRESULT_FROM_WIN32 value (0x8007xxxx), or `null`.
 * @example
 * win32FromHresult(0x80070643);
 * // => 1603
 */
export function win32FromHresult(value: number): number | null {
  return (value & 0xffff0000) >>> 0 === 0x80070000 ? value & 0xffff : null;
}

/**
 * The NTSTATUS inside an HRESULT_FROM_NT value (N bit set), or `null`.
 * @example
 * ntstatusFromHresult(0xd0000022);
 * // => 3221225506 (0xC0000022)
 */
export function ntstatusFromHresult(value: number): number | null {
  return value & FACILITY_NT_BIT ? (value & ~FACILITY_NT_BIT) >>> 0 : null;
}

const bit = (value: number, n: number): 0 | 1 => ((value >>> n) & 1) as 0 | 1;
const NT_SEVERITY: readonly Severity[] = ['success', 'informational', 'warning', 'error'];

/**
 * Decodes the structure of a value in one family, with no name (symbol `null`, no aliases).
 * @example
 * structuralReading(0x80070643, 'hresult').facility;
 * // => { code: 7, name: 'FACILITY_WIN32' }
 */
export function structuralReading(value: number, family: Family): Reading {
  const v = value >>> 0;
  const base = {
    hex: formatHex(v),
    unsigned: v,
    signed: v | 0,
    symbol: null,
    aliases: [],
    symbolVia: null,
    source: null,
  };
  if (family === 'hresult') {
    const bits: HresultBits = {
      layout: 'hresult',
      s: bit(v, 31),
      r: bit(v, 30),
      c: bit(v, 29),
      n: bit(v, 28),
      x: bit(v, 27),
    };
    return {
      ...base,
      family,
      severity: bits.s ? 'error' : 'success',
      facility: hresultFacility(v),
      code: v & 0xffff,
      win32: win32FromHresult(v),
      ntstatus: ntstatusFromHresult(v),
      hresult: null,
      bits,
    };
  }
  if (family === 'ntstatus') {
    const sev = (v >>> 30) as 0 | 1 | 2 | 3;
    const bits: NtstatusBits = { layout: 'ntstatus', sev, c: bit(v, 29), n: bit(v, 28) };
    return {
      ...base,
      family,
      severity: NT_SEVERITY[sev] ?? 'error',
      facility: ntstatusFacility(v),
      code: v & 0xffff,
      win32: null,
      ntstatus: null,
      hresult: bits.n ? null : hresultFromNt(v),
      bits,
    };
  }
  return {
    ...base,
    family,
    severity: v === 0 ? 'success' : 'error',
    facility: null,
    code: v,
    win32: v,
    ntstatus: null,
    hresult: v <= 0xffff ? hresultFromWin32(v) : null,
    bits: null,
  };
}
