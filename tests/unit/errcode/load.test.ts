import { describe, expect, test } from 'vitest';
import { allTables } from '../../../src/lib/errcode/all-tables.ts';
import { decodeErrorCode, tableIdsForInput } from '../../../src/lib/errcode/decode.ts';
import { loadTables } from '../../../src/lib/errcode/load.ts';

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

  test('an empty request gives no tables', async () => {
    expect(await loadTables([])).toEqual({});
  });
});
