/**
 * The decoder: input text -> values -> every named reading, most likely first.
 */
import { parseErrorCodeInput } from './parse.ts';
import { ntstatusFromHresult, structuralReading, win32FromHresult } from './structure.ts';
import { namesFor, tableIdsForName, tableIdsForValue, valuesForName } from './tables.ts';
import type { CodeToken, DecodeResult, ErrorTables, Family, Reading, TableId } from './types.ts';

/**
 * The order in which families are tried for a value, most likely first, for readers coming from
 * Windows Update:
 * - 0..0xFFFF: Win32 first (1603, 112 and 259 are what GetLastError, msiexec and DISM report),
 *   then NTSTATUS (STATUS_PENDING = 259), then HRESULT (only S_OK / S_FALSE live down there).
 * - R bit (bit 30) set without the N bit: NTSTATUS first. A real HRESULT keeps R clear unless it
 *   wraps an NTSTATUS (then N is set too), so 0xC0000022 is STATUS_ACCESS_DENIED before anything else.
 * - everything else (0x8xxxxxxx, 0x0xxx0000 and up, HRESULT_FROM_NT values): HRESULT first. Windows
 *   Update, CBS and DISM report HRESULTs; NTSTATUS warnings (0x8000xxxx) are rare in their output.
 * @example
 * familyOrder(259);
 * // => ['win32', 'ntstatus', 'hresult']
 */
export function familyOrder(value: number): Family[] {
  const v = value >>> 0;
  if (v <= 0xffff) return ['win32', 'ntstatus', 'hresult'];
  if (v & 0x40000000 && !(v & 0x10000000)) return ['ntstatus', 'hresult'];
  return ['hresult', 'ntstatus'];
}

/** The families whose structure a value plausibly has, for an unknown value. */
function structuralFamilies(value: number): Family[] {
  return value >>> 0 <= 0xffff ? ['win32'] : familyOrder(value).filter((f) => f !== 'win32');
}

function named(value: number, family: Family, tables: ErrorTables): Reading | null {
  const reading = structuralReading(value, family);
  let names = namesFor(value, family, tables);
  let via: Reading['symbolVia'] = null;
  if (names.length === 0 && family === 'hresult') {
    // 0x80070643 has no HRESULT name of its own: it is HRESULT_FROM_WIN32(ERROR_INSTALL_FAILURE).
    const w = win32FromHresult(value);
    const nt = ntstatusFromHresult(value);
    if (w !== null) {
      names = namesFor(w, 'win32', tables);
      via = 'win32';
    } else if (nt !== null) {
      names = namesFor(nt, 'ntstatus', tables);
      via = 'ntstatus';
    }
  }
  const [best, ...rest] = names;
  if (!best) return null;
  return {
    ...reading,
    symbol: best.name,
    aliases: rest.map((e) => e.name),
    symbolVia: names.length ? via : null,
    source: best.source,
  };
}

/**
 * Every named reading of one 32-bit value, most likely first (see {@link familyOrder}).
 * @example
 * readingsForValue(259, allTables).map((r) => r.symbol);
 * // => ['ERROR_NO_MORE_ITEMS', 'STATUS_PENDING']
 */
export function readingsForValue(value: number, tables: ErrorTables): Reading[] {
  const out: Reading[] = [];
  for (const family of familyOrder(value)) {
    const r = named(value, family, tables);
    if (r) out.push(r);
  }
  return out;
}

/**
 * Structural readings (no names) of a value, for the families its layout suggests.
 * @example
 * structuralReadings(0x80041234).map((r) => r.family);
 * // => ['hresult', 'ntstatus']
 */
export function structuralReadings(value: number): Reading[] {
  return structuralFamilies(value).map((f) => structuralReading(value, f));
}

/**
 * Decodes any error-code input (hex, decimal, symbolic name, or a pasted line of text) against the
 * given tables. Never throws; a value no loaded table names comes back as `unknown` with its structure.
 * A symbolic name is read first in the family that defines it (S_FALSE as an HRESULT, not as Win32 1).
 * @example
 * decodeErrorCode('0x80070643', allTables).kind;
 * // => 'decoded' (readings[0].symbol === 'ERROR_INSTALL_FAILURE', readings[0].win32 === 1603)
 * @see https://learn.microsoft.com/en-us/openspecs/windows_protocols/ms-erref/
 */
export function decodeErrorCode(input: string, tables: ErrorTables): DecodeResult {
  const echo = typeof input === 'string' ? input : '';
  try {
    return decodeUnsafe(echo, tables);
  } catch {
    // Unreachable by design (the parser is total); kept so a widget can never be broken by input.
    return { kind: 'error', input: echo.slice(0, 200), issue: 'not-a-number' };
  }
}

function decodeUnsafe(input: string, tables: ErrorTables): DecodeResult {
  const parsed = parseErrorCodeInput(input);
  if (parsed.kind === 'error') {
    return {
      kind: 'error',
      input: parsed.issue === 'too-long' ? input.slice(0, 200) : input,
      issue: parsed.issue,
    };
  }
  const values: number[] = [];
  const fromNames: number[] = [];
  // For a value first met as a name: the family of the table that defines that name.
  const nameFamily = new Map<number, Family>();
  for (const token of parsed.tokens) {
    if (token.kind === 'value') {
      if (!values.includes(token.value)) values.push(token.value);
      continue;
    }
    const found = valuesForName(token.name, tables);
    for (const f of found) {
      if (!values.includes(f.value)) {
        values.push(f.value);
        nameFamily.set(f.value, f.family);
      }
      fromNames.push(f.value);
    }
    if (found.length === 0 && parsed.single) {
      // A lone word that no table knows: a symbol-shaped one is an unknown name, anything else
      // ("hello") is simply not a code.
      return {
        kind: 'error',
        input,
        issue: token.name.includes('_') ? 'unknown-name' : 'not-a-number',
      };
    }
  }
  // "0x80070643 - ERROR_INSTALL_FAILURE" names the HRESULT by its inner Win32 code: the name adds
  // no second code, so a value found only by name and wrapped by another value found is dropped.
  const wrapped = new Set<number>();
  for (const v of values) {
    const inner = win32FromHresult(v) ?? ntstatusFromHresult(v);
    if (inner !== null && inner !== v) wrapped.add(inner);
  }
  const kept = values.filter(
    (v) =>
      !(fromNames.includes(v) && wrapped.has(v) && !parsedValueTokens(parsed.tokens).includes(v)),
  );
  values.length = 0;
  values.push(...kept);
  if (values.length === 0) return { kind: 'error', input, issue: 'no-code-found' };

  const readings: Reading[] = [];
  let anyNamed = false;
  for (const value of values) {
    const r = leadWithFamily(readingsForValue(value, tables), nameFamily.get(value));
    if (r.length) anyNamed = true;
    readings.push(...(r.length ? r : structuralReadings(value)));
  }
  const [first, ...rest] = readings;
  if (anyNamed && first) return { kind: 'decoded', input, values, readings: [first, ...rest] };
  return { kind: 'unknown', input, value: values[0] ?? 0, values, readings };
}

/**
 * Puts the reading of one family first, keeping the others in family order. A typed name (S_FALSE,
 * STATUS_PENDING) is read first in the family whose table defines it, which carries that name; so
 * the first reading is the same whether every table is loaded (CLI) or only the name's table (widget).
 */
function leadWithFamily(readings: Reading[], family: Family | undefined): Reading[] {
  const lead = readings.find((r) => r.family === family);
  return lead ? [lead, ...readings.filter((r) => r !== lead)] : readings;
}

function parsedValueTokens(tokens: readonly CodeToken[]): number[] {
  return tokens.flatMap((t) => (t.kind === 'value' ? [t.value] : []));
}

/**
 * The tables worth loading before decoding an input: those that can name any value or name in it.
 * @example
 * tableIdsForInput('0x800F0828');
 * // => ['hresult', 'servicing']
 */
export function tableIdsForInput(input: string): TableId[] {
  const parsed = parseErrorCodeInput(input);
  if (parsed.kind === 'error') return [];
  const ids = new Set<TableId>();
  for (const t of parsed.tokens) {
    for (const id of t.kind === 'value' ? tableIdsForValue(t.value) : tableIdsForName(t.name))
      ids.add(id);
  }
  return [...ids];
}
