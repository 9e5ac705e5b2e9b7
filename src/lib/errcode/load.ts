/**
 * Lazy loading of the name tables, one JSON chunk per table, for the browser widget: a bundler
 * splits each dynamic import into its own file, fetched only when asked for.
 */
import type { ErrorTable, ErrorTables, TableId } from './types.ts';

const PENDING = new Map<TableId, Promise<ErrorTable>>();

function importTable(id: TableId): Promise<ErrorTable> {
  // One literal import per table so bundlers can see and split each file.
  switch (id) {
    case 'win32':
      return import('../../data/errcodes-win32.json', { with: { type: 'json' } }).then(
        (m) => m.default as unknown as ErrorTable,
      );
    case 'hresult':
      return import('../../data/errcodes-hresult.json', { with: { type: 'json' } }).then(
        (m) => m.default as unknown as ErrorTable,
      );
    case 'wu':
      return import('../../data/errcodes-wu.json', { with: { type: 'json' } }).then(
        (m) => m.default as unknown as ErrorTable,
      );
    case 'servicing':
      return import('../../data/errcodes-servicing.json', { with: { type: 'json' } }).then(
        (m) => m.default as unknown as ErrorTable,
      );
    case 'ntstatus':
      return import('../../data/errcodes-ntstatus.json', { with: { type: 'json' } }).then(
        (m) => m.default as unknown as ErrorTable,
      );
    default:
      return Promise.reject(new Error(`unknown table id ${String(id satisfies never)}`));
  }
}

/**
 * Loads the requested tables (each fetched once, then shared) and returns them as one object ready
 * for `decodeErrorCode`. A table that fails to load is left out rather than failing the rest.
 * @example
 * const tables = await loadTables(tableIdsForInput('0x8024200B'));
 * decodeErrorCode('0x8024200B', tables).kind;
 * // => 'decoded'
 */
export async function loadTables(ids: readonly TableId[]): Promise<ErrorTables> {
  const out: ErrorTables = {};
  await Promise.all(
    [...new Set(ids)].map(async (id) => {
      let p = PENDING.get(id);
      if (!p) {
        p = importTable(id);
        PENDING.set(id, p);
        p.catch(() => PENDING.delete(id));
      }
      try {
        out[id] = await p;
      } catch {
        // Offline or a missing chunk: decode with what loaded; the value is still decoded structurally.
      }
    }),
  );
  return out;
}
