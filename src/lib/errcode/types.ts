/**
 * Types shared by the error-code engine: tables, readings and results.
 * @see https://learn.microsoft.com/en-us/openspecs/windows_protocols/ms-erref/ (MS-ERREF 2.1 HRESULT, 2.3 NTSTATUS)
 */

/** The three numbering systems a 32-bit Windows error value can belong to. */
export type Family = 'hresult' | 'ntstatus' | 'win32';

/**
 * One generated name table in `src/data/errcodes-<id>.json`. Each loads on its own, so a browser
 * fetches only what the value in front of it can need.
 * `win32`, `hresult` from winerror.h; `wu` from wuerror.h; `ntstatus` from ntstatus.h;
 * `servicing` the CBS_* and PSFX_* codes of the facts file.
 */
export type TableId = 'win32' | 'hresult' | 'wu' | 'ntstatus' | 'servicing';

/** The JSON shape of one generated table: `[unsigned value, name]` rows, sorted by value. */
export interface ErrorTable {
  provenance: Record<string, unknown>;
  entries: ReadonlyArray<readonly [number, string]>;
}

/** The tables given to the decoder; any subset works, missing tables just name less. */
export type ErrorTables = Partial<Record<TableId, ErrorTable>>;

/** Severity as the family's own layout states it (Win32 codes: 0 is success, anything else an error). */
export type Severity = 'success' | 'informational' | 'warning' | 'error';

/** A facility number and its symbolic name from the headers (`null` when the headers name none). */
export interface Facility {
  code: number;
  name: string | null;
}

/** The flag bits of an HRESULT (MS-ERREF 2.1): S severity, R reserved, C customer, N NTSTATUS-mapped, X reserved. */
export interface HresultBits {
  layout: 'hresult';
  s: 0 | 1;
  r: 0 | 1;
  c: 0 | 1;
  n: 0 | 1;
  x: 0 | 1;
}

/** The flag bits of an NTSTATUS (MS-ERREF 2.3): Sev (2 bits), C customer, N reserved. */
export interface NtstatusBits {
  layout: 'ntstatus';
  sev: 0 | 1 | 2 | 3;
  c: 0 | 1;
  n: 0 | 1;
}

/** One interpretation of a 32-bit value in one family. */
export interface Reading {
  /** `0x` + 8 upper-case hex digits, as Windows shows it. */
  hex: string;
  unsigned: number;
  signed: number;
  family: Family;
  severity: Severity;
  /** `null` for Win32 codes, which have no facility. */
  facility: Facility | null;
  /** The low 16 bits (HRESULT, NTSTATUS) or the whole value (Win32). */
  code: number;
  /** Best name for this reading; `null` when no loaded table names it. */
  symbol: string | null;
  /** Other names defined for the same value in the same family. */
  aliases: string[];
  /** The Win32 code: the value itself for a Win32 reading, the inner code of HRESULT_FROM_WIN32 (0x8007xxxx). */
  win32: number | null;
  /** The inner NTSTATUS of HRESULT_FROM_NT (N bit set), as an unsigned value. */
  ntstatus: number | null;
  /** For a Win32 or NTSTATUS reading: the HRESULT that HRESULT_FROM_WIN32 / HRESULT_FROM_NT makes of it. */
  hresult: number | null;
  /** When the symbol is the name of the inner Win32 / NTSTATUS code rather than of the value itself. */
  symbolVia: 'win32' | 'ntstatus' | null;
  /** The table the symbol came from. */
  source: TableId | null;
  bits: HresultBits | NtstatusBits | null;
}

/** Issue codes for input that holds no decodable value. Permanent: deprecate, never rename. */
export type DecodeIssue =
  'empty' | 'too-long' | 'not-a-number' | 'out-of-range' | 'unknown-name' | 'no-code-found';

/** The outcome of {@link decodeErrorCode}; ambiguity is data (several readings). */
export type DecodeResult =
  | {
      kind: 'decoded';
      input: string;
      /** Every value found, in order of appearance (a pasted line may hold several). */
      values: number[];
      /** Named readings first per value, most likely first; unnamed values add structural readings. */
      readings: [Reading, ...Reading[]];
    }
  | {
      kind: 'unknown';
      input: string;
      value: number;
      values: number[];
      /** Structural readings (symbol `null`) for the families the value plausibly belongs to. */
      readings: Reading[];
    }
  | { kind: 'error'; input: string; issue: DecodeIssue };

/** One code-like token found in the input, in order of appearance. */
export type CodeToken =
  { kind: 'value'; value: number; text: string } | { kind: 'name'; name: string; text: string };

/**
 * What the parser found in the input, before any table lookup. `single` is true when the whole input
 * was one code (so an unknown name there is reported as such rather than skipped like text noise).
 */
export type ParsedInput =
  | { kind: 'tokens'; single: boolean; tokens: [CodeToken, ...CodeToken[]] }
  | { kind: 'error'; issue: DecodeIssue };
