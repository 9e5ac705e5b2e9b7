/**
 * Every name table, loaded synchronously: for the CLI, the build and tests. A browser bundle must
 * import `load.ts` instead, which fetches one table at a time.
 */
import hresult from '../../data/errcodes-hresult.json' with { type: 'json' };
import ntstatus from '../../data/errcodes-ntstatus.json' with { type: 'json' };
import servicing from '../../data/errcodes-servicing.json' with { type: 'json' };
import win32 from '../../data/errcodes-win32.json' with { type: 'json' };
import wu from '../../data/errcodes-wu.json' with { type: 'json' };
import type { ErrorTable, ErrorTables, TableId } from './types.ts';

/**
 * All five generated tables.
 * @example
 * Object.keys(allTables);
 * // => ['win32', 'hresult', 'wu', 'servicing', 'ntstatus']
 */
export const allTables: Readonly<Record<TableId, ErrorTable>> & ErrorTables = {
  win32: win32 as unknown as ErrorTable,
  hresult: hresult as unknown as ErrorTable,
  wu: wu as unknown as ErrorTable,
  servicing: servicing as unknown as ErrorTable,
  ntstatus: ntstatus as unknown as ErrorTable,
};
