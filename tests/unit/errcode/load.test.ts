import { isDeepStrictEqual } from 'node:util';
import { describe, expect, test } from 'vitest';
import { allTables } from '../../../src/lib/errcode/all-tables.ts';
import { decodeErrorCode, tableIdsForInput } from '../../../src/lib/errcode/decode.ts';
import { loadTables } from '../../../src/lib/errcode/load.ts';
import { TABLE_IDS } from '../../../src/lib/errcode/tables.ts';

describe('loadTables()', () => {
  test('loads only the requested tables', async () => {
    const t = await loadTables(['wu']);
    expect(Object.keys(t)).toEqual(['wu']);
    expect(t.wu?.entries.length).toBe(allTables.wu.entries.length);
  });

  test('the tables named by tableIdsForInput() are enough for the anchors', async () => {
    for (const input of ['0x80070643', '0x8024200B', '0x800F0828', '259', 'CBS_E_ABORT']) {
      const partial = decodeErrorCode(input, await loadTables(tableIdsForInput(input)));
      const full = decodeErrorCode(input, allTables);
      expect(partial, input).toEqual(full);
    }
  });

  test('a typed name gets the same first reading from the lazily chosen tables as from all', async () => {
    // The widget and the search card load only tableIdsForInput(); the CLI loads every table.
    const differ: string[] = [];
    for (const id of TABLE_IDS) {
      for (const [, name] of allTables[id].entries) {
        const partial = decodeErrorCode(name, await loadTables(tableIdsForInput(name)));
        const full = decodeErrorCode(name, allTables);
        const first = (r: typeof full) => (r.kind === 'decoded' ? r.readings[0] : r.kind);
        if (!isDeepStrictEqual(first(partial), first(full))) differ.push(name);
      }
    }
    expect(differ).toEqual([]);
  });

  test('an empty request gives no tables', async () => {
    expect(await loadTables([])).toEqual({});
  });
});
