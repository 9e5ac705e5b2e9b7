/**
 * Name lookup over whichever generated tables are loaded, plus the rules that say which tables a
 * value or a name can need (so a browser loads only those).
 */
import { FACILITY_NT_BIT } from './structure.ts';
import type { ErrorTable, ErrorTables, Family, TableId } from './types.ts';

/**
 * Every table id, in the order the loader and the CLI use.
 * @example
 * await loadTables(TABLE_IDS); // every table
 */
export const TABLE_IDS: readonly TableId[] = ['win32', 'hresult', 'wu', 'servicing', 'ntstatus'];

/**
 * The family each table's values belong to.
 * @example
 * TABLE_FAMILY.servicing;
 * // => 'hresult'
 */
export const TABLE_FAMILY: Readonly<Record<TableId, Family>> = {
  win32: 'win32',
  hresult: 'hresult',
  wu: 'hresult',
  servicing: 'hresult',
  ntstatus: 'ntstatus',
};

// When several tables name the same HRESULT, the specialised table speaks first: the Windows Update
// and servicing tables are what this site is about.
const TABLE_PRIORITY: readonly TableId[] = ['wu', 'servicing', 'hresult', 'win32', 'ntstatus'];

// *_FIRST / *_LAST / *_END mark ranges in the headers (XACT_E_LAST = XACT_E_ABORTING): never the best name.
const RANGE_MARKER = /_(FIRST|LAST|END)$/;

// An HRESULT name with the error mark (E_…, SEC_E_…) is no good name for a success value (bit 31
// clear): winerror.h defines SEC_E_OK before S_OK, and 0 must read as the standard S_OK.
const ERROR_MARK = /(?:^|_)E_/;

function misnamedSuccess(value: number, family: Family, name: string): boolean {
  return family === 'hresult' && (value & 0x80000000) === 0 && ERROR_MARK.test(name);
}

interface TableIndex {
  byValue: Map<number, string[]>;
  byName: Map<string, number[]>;
}

const INDEX_CACHE = new WeakMap<ErrorTable, TableIndex>();

function indexOf(table: ErrorTable): TableIndex {
  const cached = INDEX_CACHE.get(table);
  if (cached) return cached;
  const byValue = new Map<number, string[]>();
  const byName = new Map<string, number[]>();
  for (const [value, name] of table.entries) {
    const names = byValue.get(value);
    if (names) names.push(name);
    else byValue.set(value, [name]);
    const key = name.toUpperCase();
    const values = byName.get(key);
    if (values) {
      if (!values.includes(value)) values.push(value);
    } else byName.set(key, [value]);
  }
  const index = { byValue, byName };
  INDEX_CACHE.set(table, index);
  return index;
}

/**
 * A name found for a value, with the table it came from.
 * @example
 * const e: NamedEntry = { name: 'CBS_E_ABORT', source: 'servicing' };
 */
export interface NamedEntry {
  name: string;
  source: TableId;
}

/**
 * Every name the loaded tables of one family give a value, best first (range markers last, error
 * names of success HRESULTs next to last, then the specialised table, then header order).
 * @example
 * namesFor(0x8004d029, 'hresult', allTables).map((e) => e.name);
 * // => ['XACT_E_ABORTING', 'XACT_E_LAST']
 */
export function namesFor(value: number, family: Family, tables: ErrorTables): NamedEntry[] {
  const out: Array<NamedEntry & { rank: number }> = [];
  TABLE_PRIORITY.forEach((id, priority) => {
    const table = tables[id];
    if (!table || TABLE_FAMILY[id] !== family) return;
    const names = indexOf(table).byValue.get(value >>> 0);
    if (!names) return;
    names.forEach((name, order) => {
      if (out.some((e) => e.name === name)) return;
      out.push({
        name,
        source: id,
        rank:
          (RANGE_MARKER.test(name) ? 1e6 : 0) +
          (misnamedSuccess(value >>> 0, family, name) ? 1e5 : 0) +
          priority * 1e4 +
          order,
      });
    });
  });
  out.sort((a, b) => a.rank - b.rank);
  return out.map(({ name, source }) => ({ name, source }));
}

/**
 * Every value a symbolic name stands for in the loaded tables (case-insensitive), with its family.
 * @example
 * valuesForName('error_install_failure', allTables);
 * // => [{ value: 1603, family: 'win32', source: 'win32' }]
 */
export function valuesForName(
  name: string,
  tables: ErrorTables,
): Array<{ value: number; family: Family; source: TableId }> {
  const key = name.toUpperCase();
  const out: Array<{ value: number; family: Family; source: TableId }> = [];
  for (const id of TABLE_PRIORITY) {
    const table = tables[id];
    if (!table) continue;
    for (const value of indexOf(table).byName.get(key) ?? []) {
      out.push({ value, family: TABLE_FAMILY[id], source: id });
    }
  }
  return out;
}

/**
 * The tables that can name a value (directly, or through HRESULT_FROM_WIN32 / HRESULT_FROM_NT).
 * A unit test checks every generated row against this rule.
 * @example
 * tableIdsForValue(0x8024200b);
 * // => ['hresult', 'wu']
 */
export function tableIdsForValue(value: number): TableId[] {
  const v = value >>> 0;
  const facility = (v >>> 16) & 0x7ff;
  const ids: TableId[] = [];
  if (v <= 0xffff || (v & 0xffff0000) >>> 0 === 0x80070000) ids.push('win32');
  ids.push('hresult');
  if (facility === 36) ids.push('wu');
  if (facility === 15) ids.push('servicing');
  // NTSTATUS values never sit in the HRESULT facilities Windows Update reports (7, 15, 36), so those
  // values skip the largest table. With the N bit set the inner NTSTATUS is looked up instead.
  const inner = v & FACILITY_NT_BIT ? (v & ~FACILITY_NT_BIT) >>> 0 : v;
  const ntFacility = (inner >>> 16) & 0xfff;
  if (!(v & FACILITY_NT_BIT) && (ntFacility === 7 || ntFacility === 15 || ntFacility === 36)) {
    return ids;
  }
  ids.push('ntstatus');
  return ids;
}

/**
 * The tables a symbolic name can be in, guessed from its prefix (all of them when unsure).
 * @example
 * tableIdsForName('CBS_E_INSUFFICIENT_DISK_SPACE');
 * // => ['servicing']
 */
export function tableIdsForName(name: string): TableId[] {
  const n = name.toUpperCase();
  if (n.startsWith('WU_')) return ['wu'];
  if (n.startsWith('CBS_') || n.startsWith('PSFX_')) return ['servicing'];
  if (n.startsWith('STATUS_') || n.startsWith('DBG_')) return ['ntstatus'];
  return [...TABLE_IDS];
}
