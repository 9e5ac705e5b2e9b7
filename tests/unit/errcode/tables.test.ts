import { describe, expect, test } from 'vitest';
import { allTables } from '../../../src/lib/errcode/all-tables.ts';
import {
  TABLE_FAMILY,
  TABLE_IDS,
  namesFor,
  tableIdsForName,
  tableIdsForValue,
  valuesForName,
} from '../../../src/lib/errcode/tables.ts';
import type { TableId } from '../../../src/lib/errcode/types.ts';

const ENTRY_COUNT_FLOOR: Record<TableId, number> = {
  win32: 1500,
  hresult: 1000,
  wu: 300,
  ntstatus: 1500,
  servicing: 136,
};

describe('generated tables: self-checks', () => {
  test.each(TABLE_IDS.map((id) => ({ desc: `${id}: provenance, shape, order`, id })))(
    '$desc',
    ({ id }) => {
      const t = allTables[id];
      expect(t.entries.length).toBeGreaterThanOrEqual(ENTRY_COUNT_FLOOR[id]);
      expect(t.provenance).toMatchObject({ generator: 'scripts/gen-error-tables.ts' });
      expect(String(t.provenance['licence'])).not.toBe('');
      expect(t.provenance['generated']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      let previous = -1;
      for (const [value, name] of t.entries) {
        expect(Number.isInteger(value) && value >= 0 && value <= 0xffffffff).toBe(true);
        expect(name).toMatch(/^[A-Za-z_][A-Za-z0-9_]*$/);
        expect(value).toBeGreaterThanOrEqual(previous);
        previous = value;
      }
    },
  );

  test.each(TABLE_IDS.map((id) => ({ desc: `${id}: no name twice, no name with two values`, id })))(
    '$desc',
    ({ id }) => {
      const seen = new Map<string, number>();
      for (const [value, name] of allTables[id].entries) {
        expect(seen.has(name), `${name} defined twice`).toBe(false);
        seen.set(name, value);
      }
    },
  );

  test('no name means two different values across tables of one family', () => {
    const byFamily = new Map<string, Map<string, number>>();
    for (const id of TABLE_IDS) {
      const family = TABLE_FAMILY[id];
      const names = byFamily.get(family) ?? new Map<string, number>();
      byFamily.set(family, names);
      for (const [value, name] of allTables[id].entries) {
        const other = names.get(name);
        expect(other === undefined || other === value, `${name}`).toBe(true);
        names.set(name, value);
      }
    }
  });

  test('mingw headers come from the Debian package with its version', () => {
    for (const id of ['win32', 'hresult', 'wu', 'ntstatus'] as const) {
      expect(allTables[id].provenance).toMatchObject({ package: 'mingw-w64-common' });
      expect(String(allTables[id].provenance['version'])).toMatch(/^\d+\.\d+/);
      expect(String(allTables[id].provenance['licence'])).toMatch(/public domain/i);
    }
  });

  test('servicing: exactly the 136 codes of the facts file plus the documented alias, all facility 15', () => {
    const entries = allTables.servicing.entries;
    expect(entries).toHaveLength(137);
    for (const [value, name] of entries) {
      expect(name).toMatch(/^(CBS|PSFX)_/);
      expect((value >>> 16) & 0x7ff).toBe(15);
      expect(value & 0xffff).toBeGreaterThanOrEqual(0x0800);
    }
  });

  test('every WU_ code has facility 36', () => {
    const wu = allTables.wu.entries;
    expect(wu.every(([, n]) => n.startsWith('WU_'))).toBe(true);
    for (const [value] of wu) expect((value >>> 16) & 0x7ff).toBe(36);
  });

  test('Win32 codes fit in 16 bits', () => {
    for (const [value] of allTables.win32.entries) expect(value).toBeLessThanOrEqual(0xffff);
  });

  test('servicing codes do not collide with header HRESULT names', () => {
    const header = new Set(allTables.hresult.entries.map(([v]) => v));
    for (const [value, name] of allTables.servicing.entries)
      expect(header.has(value), name).toBe(false);
  });

  test('tableIdsForValue() lists the table of every generated row', () => {
    for (const id of TABLE_IDS) {
      for (const [value, name] of allTables[id].entries) {
        expect(tableIdsForValue(value), `${name} in ${id}`).toContain(id);
      }
    }
  });

  test('tableIdsForName() lists the table of every generated name', () => {
    for (const id of TABLE_IDS) {
      for (const [, name] of allTables[id].entries)
        expect(tableIdsForName(name), name).toContain(id);
    }
  });
});

describe('anchors', () => {
  test.each([
    {
      desc: 'ERROR_INSTALL_FAILURE is Win32 1603',
      name: 'ERROR_INSTALL_FAILURE',
      value: 1603,
      family: 'win32',
    },
    { desc: 'ERROR_DISK_FULL is Win32 112', name: 'ERROR_DISK_FULL', value: 112, family: 'win32' },
    {
      desc: 'ERROR_NO_MORE_ITEMS is Win32 259',
      name: 'ERROR_NO_MORE_ITEMS',
      value: 259,
      family: 'win32',
    },
    {
      desc: 'STATUS_PENDING is NTSTATUS 259',
      name: 'STATUS_PENDING',
      value: 259,
      family: 'ntstatus',
    },
    {
      desc: 'CBS_E_INSUFFICIENT_DISK_SPACE',
      name: 'CBS_E_INSUFFICIENT_DISK_SPACE',
      value: 0x800f0828,
      family: 'hresult',
    },
    {
      desc: 'WU_E_UH_INSTALLERFAILURE',
      name: 'WU_E_UH_INSTALLERFAILURE',
      value: 0x8024200b,
      family: 'hresult',
    },
  ])('$desc', ({ name, value, family }) => {
    expect(valuesForName(name, allTables)).toContainEqual(
      expect.objectContaining({ value, family }),
    );
  });

  // The generator once dropped every name ending in _MASK or _BASE; only the helper macros are not codes.
  test.each([
    {
      desc: 'FWP_E_INVALID_NET_MASK',
      id: 'hresult',
      name: 'FWP_E_INVALID_NET_MASK',
      value: 0x8032001f,
    },
    {
      desc: 'WU_E_PT_SOAPCLIENT_BASE',
      id: 'wu',
      name: 'WU_E_PT_SOAPCLIENT_BASE',
      value: 0x80244000,
    },
    {
      desc: 'STATUS_IMAGE_NOT_AT_BASE',
      id: 'ntstatus',
      name: 'STATUS_IMAGE_NOT_AT_BASE',
      value: 0x40000003,
    },
    {
      desc: 'STATUS_FREE_VM_NOT_AT_BASE',
      id: 'ntstatus',
      name: 'STATUS_FREE_VM_NOT_AT_BASE',
      value: 0xc000009f,
    },
    {
      desc: 'STATUS_FWP_INVALID_NET_MASK',
      id: 'ntstatus',
      name: 'STATUS_FWP_INVALID_NET_MASK',
      value: 0xc022001f,
    },
  ] as const)('a real code ending in _MASK or _BASE is kept: $desc', ({ id, name, value }) => {
    expect(allTables[id].entries).toContainEqual([value, name]);
  });

  test.each(['WSABASEERR', 'DNS_ERROR_MASK', 'DNS_ERROR_RESPONSE_CODES_BASE', 'DNS_ERROR_DP_BASE'])(
    'a helper macro is not a code: %s',
    (name) => {
      expect(valuesForName(name, allTables)).toEqual([]);
    },
  );

  test('S_OK is the best name of HRESULT 0, SEC_E_OK an alias', () => {
    expect(namesFor(0, 'hresult', allTables).map((e) => e.name)).toEqual(['S_OK', 'SEC_E_OK']);
  });

  test('XACT_E_LAST is ranked after XACT_E_ABORTING', () => {
    expect(namesFor(0x8004d029, 'hresult', allTables).map((e) => e.name)).toEqual([
      'XACT_E_ABORTING',
      'XACT_E_LAST',
    ]);
  });
});
