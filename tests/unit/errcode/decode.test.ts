import { describe, expect, test } from 'vitest';
import { allTables } from '../../../src/lib/errcode/all-tables.ts';
import {
  decodeErrorCode,
  familyOrder,
  readingsForValue,
  tableIdsForInput,
} from '../../../src/lib/errcode/decode.ts';
import type { ErrorTables } from '../../../src/lib/errcode/types.ts';

// Expected values are the facts file's (windows-facts.md §2.3): hex, name and signed decimal.
type Row = {
  desc: string;
  input: string;
  kind: 'decoded' | 'unknown' | 'error';
  hex?: string;
  signed?: number;
  symbol?: string | null;
  families?: string[];
  issue?: string;
};

describe('decodeErrorCode()', () => {
  const rows: Row[] = [
    {
      desc: 'the headline code',
      input: '0x80070643',
      kind: 'decoded',
      hex: '0x80070643',
      signed: -2147023293,
      symbol: 'ERROR_INSTALL_FAILURE',
      families: ['hresult'],
    },
    {
      desc: 'Win32 1603 by number',
      input: '1603',
      kind: 'decoded',
      hex: '0x00000643',
      signed: 1603,
      symbol: 'ERROR_INSTALL_FAILURE',
      families: ['win32'],
    },
    {
      desc: 'Win32 1603 by short hex',
      input: '0x643',
      kind: 'decoded',
      symbol: 'ERROR_INSTALL_FAILURE',
      families: ['win32'],
    },
    {
      desc: 'CBS disk space',
      input: '0x800F0828',
      kind: 'decoded',
      signed: -2146498520,
      symbol: 'CBS_E_INSUFFICIENT_DISK_SPACE',
    },
    {
      desc: 'WU installer failure',
      input: '0x8024200B',
      kind: 'decoded',
      signed: -2145116149,
      symbol: 'WU_E_UH_INSTALLERFAILURE',
    },
    {
      desc: 'CBS installers failed',
      input: '0x800F0922',
      kind: 'decoded',
      signed: -2146498270,
      symbol: 'CBS_E_INSTALLERS_FAILED',
    },
    {
      desc: 'CBS source missing',
      input: '0x800F081F',
      kind: 'decoded',
      signed: -2146498529,
      symbol: 'CBS_E_SOURCE_MISSING',
    },
    {
      desc: 'CBS store corruption',
      input: '0x800F0831',
      kind: 'decoded',
      signed: -2146498511,
      symbol: 'CBS_E_STORE_CORRUPTION',
    },
    {
      desc: 'CBS cannot uninstall',
      input: '0x800F0825',
      kind: 'decoded',
      signed: -2146498523,
      symbol: 'CBS_E_CANNOT_UNINSTALL',
    },
    {
      desc: 'CBS abort',
      input: '0x800F0821',
      kind: 'decoded',
      signed: -2146498527,
      symbol: 'CBS_E_ABORT',
    },
    {
      desc: 'CBS hang detected',
      input: '0x800F0920',
      kind: 'decoded',
      symbol: 'CBS_E_HANG_DETECTED',
    },
    {
      desc: 'CBS new servicing stack',
      input: '0x800F0823',
      kind: 'decoded',
      signed: -2146498525,
      symbol: 'CBS_E_NEW_SERVICING_STACK_REQUIRED',
    },
    {
      desc: 'disk full as HRESULT',
      input: '0x80070070',
      kind: 'decoded',
      symbol: 'ERROR_DISK_FULL',
      families: ['hresult'],
    },
    {
      desc: 'DISM exit code 112',
      input: '112',
      kind: 'decoded',
      symbol: 'ERROR_DISK_FULL',
      families: ['win32'],
    },
    {
      desc: '259 has two readings, Win32 first',
      input: '259',
      kind: 'decoded',
      symbol: 'ERROR_NO_MORE_ITEMS',
      families: ['win32', 'ntstatus'],
    },
    {
      desc: 'NTSTATUS by name',
      input: 'STATUS_ACCESS_DENIED',
      kind: 'decoded',
      hex: '0xC0000022',
      symbol: 'STATUS_ACCESS_DENIED',
      families: ['ntstatus'],
    },
    {
      desc: 'HRESULT_FROM_NT is named through the inner NTSTATUS',
      input: '0xD0000022',
      kind: 'decoded',
      symbol: 'STATUS_ACCESS_DENIED',
      families: ['hresult'],
    },
    {
      desc: 'a direct HRESULT name wins over the inner Win32 name',
      input: '0x80070005',
      kind: 'decoded',
      symbol: 'E_ACCESSDENIED',
      families: ['hresult'],
    },
    {
      desc: 'range marker is only an alias',
      input: '0x8004D029',
      kind: 'decoded',
      symbol: 'XACT_E_ABORTING',
    },
    {
      desc: 'name input, mixed case',
      input: 'Wu_E_Uh_InstallerFailure',
      kind: 'decoded',
      hex: '0x8024200B',
    },
    { desc: 'signed decimal', input: '-2147023293', kind: 'decoded', hex: '0x80070643' },
    { desc: 'full-width', input: '０ｘ８０２４２００Ｂ', kind: 'decoded', hex: '0x8024200B' },
    {
      desc: 'Event Viewer line (ja)',
      input:
        'インストールの失敗: エラー 0x8024200B で次の更新プログラムのインストールに失敗しました: ',
      kind: 'decoded',
      hex: '0x8024200B',
    },
    {
      desc: 'Windows Update status (ja)',
      input: '状態: ダウンロード エラー - 0x80070643',
      kind: 'decoded',
      hex: '0x80070643',
    },
    {
      desc: 'CBS.log line',
      input:
        '2024-01-10 14:03:12, Error CBS Failed [HRESULT = 0x800f0828 - CBS_E_INSUFFICIENT_DISK_SPACE]',
      kind: 'decoded',
      hex: '0x800F0828',
      families: ['hresult'],
    },
    {
      desc: 'unknown HRESULT is decoded structurally',
      input: '0x80041234',
      kind: 'unknown',
      families: ['hresult', 'ntstatus'],
      symbol: null,
    },
    {
      desc: 'unknown small value is a Win32 structure',
      input: '0xFFFE',
      kind: 'unknown',
      families: ['win32'],
    },
    {
      desc: 'unknown symbolic name',
      input: 'ERROR_NOT_A_REAL_NAME_XYZ',
      kind: 'error',
      issue: 'unknown-name',
    },
    { desc: 'hostile: a word', input: 'hello', kind: 'error', issue: 'not-a-number' },
    // Letters alone are words, not short hex: typing "e" (of ERROR_…) must not show ERROR_OUTOFMEMORY.
    { desc: 'hostile: the letter e', input: 'e', kind: 'error', issue: 'not-a-number' },
    { desc: 'hostile: the letter a', input: 'a', kind: 'error', issue: 'not-a-number' },
    { desc: 'hostile: the word bad', input: 'bad', kind: 'error', issue: 'not-a-number' },
    { desc: 'hostile: the word face', input: 'face', kind: 'error', issue: 'not-a-number' },
    { desc: 'eight hex letters are hex', input: 'deadbeef', kind: 'unknown', hex: '0xDEADBEEF' },
    {
      desc: 'spaced decimals are a list, not one invented hex',
      input: '1603 1460',
      kind: 'decoded',
      symbol: 'ERROR_INSTALL_FAILURE',
      families: ['win32', 'win32'],
    },
    {
      desc: 'Windows Update status (ja) retyped without spaces',
      input: '状態:ダウンロードエラー-0x80070643',
      kind: 'decoded',
      hex: '0x80070643',
      symbol: 'ERROR_INSTALL_FAILURE',
    },
    {
      desc: 'reagentc code b7 is hex',
      input: 'REAGENTC.EXE: Operation failed: b7',
      kind: 'decoded',
      symbol: 'ERROR_ALREADY_EXISTS',
    },
    {
      desc: 'reagentc code 70: hex (ERROR_DISK_FULL) first, then decimal',
      input: 'REAGENTC.EXE: Operation failed: 70',
      kind: 'decoded',
      symbol: 'ERROR_DISK_FULL',
      families: ['win32', 'win32'],
    },
    {
      desc: '0 as an HRESULT is S_OK',
      input: '0x00000000',
      kind: 'decoded',
      families: ['win32', 'ntstatus', 'hresult'],
    },
    { desc: 'hostile: empty', input: '', kind: 'error', issue: 'empty' },
    { desc: 'hostile: 0xZZ', input: '0xZZ', kind: 'error', issue: 'not-a-number' },
    { desc: 'hostile: 40 digits', input: '9'.repeat(40), kind: 'error', issue: 'out-of-range' },
    {
      desc: 'a name retyped in lower case inside a sentence',
      input: 'the error was error_install_failure again',
      kind: 'decoded',
      hex: '0x00000643',
      symbol: 'ERROR_INSTALL_FAILURE',
    },
    {
      desc: 'identifiers of a log that are no error name',
      input: 'wrote session_id and file_name_2024 to cbs_persist',
      kind: 'error',
      issue: 'no-code-found',
    },
    {
      desc: 'hostile: sentence without code',
      input: 'nothing to see here',
      kind: 'error',
      issue: 'no-code-found',
    },
  ];

  test.each(rows)('$desc', ({ input, kind, hex, signed, symbol, families, issue }) => {
    const r = decodeErrorCode(input, allTables);
    expect(r.kind).toBe(kind);
    if (r.kind === 'error') {
      expect(r.issue).toBe(issue);
      return;
    }
    const first = r.readings[0];
    if (hex !== undefined) expect(first?.hex).toBe(hex);
    if (signed !== undefined) expect(first?.signed).toBe(signed);
    if (symbol !== undefined) expect(first?.symbol).toBe(symbol);
    if (families) expect(r.readings.map((x) => x.family)).toEqual(families);
  });

  test('the DESIGN 4.1 example, field by field', () => {
    const r = decodeErrorCode('0x80070643', allTables);
    expect(r).toMatchObject({
      kind: 'decoded',
      input: '0x80070643',
      values: [0x80070643],
      readings: [
        {
          hex: '0x80070643',
          unsigned: 2147944003,
          signed: -2147023293,
          family: 'hresult',
          severity: 'error',
          facility: { code: 7, name: 'FACILITY_WIN32' },
          code: 1603,
          symbol: 'ERROR_INSTALL_FAILURE',
          aliases: [],
          win32: 1603,
          symbolVia: 'win32',
          source: 'win32',
        },
      ],
    });
  });

  test('259: ERROR_NO_MORE_ITEMS and STATUS_PENDING, with their HRESULT forms', () => {
    const r = decodeErrorCode('259', allTables);
    expect(r.kind === 'decoded' && r.readings.map((x) => [x.family, x.symbol, x.hresult])).toEqual([
      ['win32', 'ERROR_NO_MORE_ITEMS', 0x80070103],
      ['ntstatus', 'STATUS_PENDING', 0x10000103],
    ]);
  });

  test('0 reads as S_OK, with SEC_E_OK only an alias', () => {
    for (const input of ['0', '0x00000000', 'S_OK', 'SEC_E_OK']) {
      const r = decodeErrorCode(input, allTables);
      const hresult = r.kind === 'decoded' ? r.readings.find((x) => x.family === 'hresult') : null;
      expect(hresult, input).toMatchObject({ symbol: 'S_OK', aliases: ['SEC_E_OK'] });
    }
  });

  test.each([
    {
      desc: 'S_FALSE',
      input: 'S_FALSE',
      expected: ['S_FALSE', 'ERROR_INVALID_FUNCTION', 'STATUS_WAIT_1'],
    },
    { desc: 'S_OK', input: 'S_OK', expected: ['S_OK', 'ERROR_SUCCESS', 'STATUS_SUCCESS'] },
    {
      desc: 'STATUS_PENDING',
      input: 'STATUS_PENDING',
      expected: ['STATUS_PENDING', 'ERROR_NO_MORE_ITEMS'],
    },
    {
      desc: 'an alias (STATUS_WAIT_0) leads with the reading that carries it',
      input: 'STATUS_WAIT_0',
      expected: ['STATUS_SUCCESS', 'ERROR_SUCCESS', 'S_OK'],
    },
    {
      desc: 'DBG_EXCEPTION_NOT_HANDLED',
      input: 'DBG_EXCEPTION_NOT_HANDLED',
      expected: ['DBG_EXCEPTION_NOT_HANDLED', 'RPC_E_CALL_REJECTED'],
    },
    {
      desc: 'a number keeps the family order',
      input: '259',
      expected: ['ERROR_NO_MORE_ITEMS', 'STATUS_PENDING'],
    },
  ])('a typed name is read first in its own family: $desc', ({ input, expected }) => {
    const r = decodeErrorCode(input, allTables);
    expect(r.kind === 'decoded' && r.readings.map((x) => x.symbol)).toEqual(expected);
  });

  test('aliases hold the other names of the same value in the same family', () => {
    const r = decodeErrorCode('0x8004D029', allTables);
    expect(r.kind === 'decoded' && r.readings[0].aliases).toContain('XACT_E_LAST');
    const cbs = decodeErrorCode('0x800F0825', allTables);
    expect(cbs.kind === 'decoded' && cbs.readings[0].aliases).toEqual(['CBS_E_CANNOT_REMOVE']);
  });

  test('several codes in one line give readings in order of appearance, deduplicated', () => {
    const r = decodeErrorCode('0x8024200B then 0x80070643 and again 0x8024200b', allTables);
    expect(r.kind === 'decoded' && r.values).toEqual([0x8024200b, 0x80070643]);
  });

  test.each([
    {
      desc: 'hex then its inner Win32 name',
      input: '0x80070643 - ERROR_INSTALL_FAILURE',
      values: [0x80070643],
    },
    {
      desc: 'HRESULT_FROM_NT value then its NTSTATUS name',
      input: 'hr 0xD0000022 (STATUS_ACCESS_DENIED)',
      values: [0xd0000022],
    },
    {
      desc: 'a name before the value it wraps is still dropped',
      input: 'ERROR_DISK_FULL: 0x80070070',
      values: [0x80070070],
    },
    {
      desc: 'a Win32 number typed beside the HRESULT is kept',
      input: '0x80070643 1603',
      values: [0x80070643, 1603],
    },
    {
      desc: 'an unrelated name is kept',
      input: '0x80070643 then CBS_E_INSUFFICIENT_DISK_SPACE',
      values: [0x80070643, 0x800f0828],
    },
  ])('text: $desc', ({ input, values }) => {
    const r = decodeErrorCode(input, allTables);
    expect(r.kind === 'decoded' && r.values).toEqual(values);
  });

  test('an unnamed value next to a named one keeps its structural reading', () => {
    const r = decodeErrorCode('0x80041234 0x80070643', allTables);
    expect(r.kind).toBe('decoded');
    expect(r.kind === 'decoded' && r.readings.map((x) => x.symbol)).toEqual([
      null,
      null,
      'ERROR_INSTALL_FAILURE',
    ]);
  });

  test('with no tables loaded a known value is decoded structurally as unknown', () => {
    const r = decodeErrorCode('0x80070643', {});
    expect(r).toMatchObject({ kind: 'unknown', value: 0x80070643 });
    expect(r.kind === 'unknown' && r.readings[0]?.facility).toEqual({
      code: 7,
      name: 'FACILITY_WIN32',
    });
  });

  test('only the tables given are used', () => {
    const onlyWu: ErrorTables = { wu: allTables.wu };
    expect(decodeErrorCode('0x8024200B', onlyWu).kind).toBe('decoded');
    expect(decodeErrorCode('0x800F0828', onlyWu).kind).toBe('unknown');
  });

  test('too-long input echoes only a prefix', () => {
    const r = decodeErrorCode('7'.repeat(20_000), allTables);
    expect(r).toMatchObject({ kind: 'error', issue: 'too-long' });
    expect(r.input.length).toBeLessThanOrEqual(200);
  });
});

describe('familyOrder()', () => {
  test.each([
    { desc: 'small values: Win32 first', value: 259, expected: ['win32', 'ntstatus', 'hresult'] },
    { desc: '0x8… : HRESULT first', value: 0x80070643, expected: ['hresult', 'ntstatus'] },
    { desc: '0xC… : NTSTATUS first', value: 0xc0000022, expected: ['ntstatus', 'hresult'] },
    { desc: '0x4… : NTSTATUS first', value: 0x40000000, expected: ['ntstatus', 'hresult'] },
    {
      desc: '0xD… (HRESULT_FROM_NT): HRESULT first',
      value: 0xd0000022,
      expected: ['hresult', 'ntstatus'],
    },
    {
      desc: 'success HRESULT above 0xFFFF: HRESULT first',
      value: 0x00240001,
      expected: ['hresult', 'ntstatus'],
    },
  ])('$desc', ({ value, expected }) => {
    expect(familyOrder(value)).toEqual(expected);
  });
});

describe('readingsForValue()', () => {
  test('0 is a success in all three families', () => {
    expect(readingsForValue(0, allTables).map((r) => [r.family, r.severity])).toEqual([
      ['win32', 'success'],
      ['ntstatus', 'success'],
      ['hresult', 'success'],
    ]);
  });
});

describe('tableIdsForInput()', () => {
  test.each([
    { desc: 'WU code', input: '0x8024200B', expected: ['hresult', 'wu'] },
    { desc: 'CBS code', input: '0x800F0828', expected: ['hresult', 'servicing'] },
    { desc: 'Win32 in HRESULT', input: '0x80070643', expected: ['win32', 'hresult'] },
    { desc: 'small value', input: '259', expected: ['win32', 'hresult', 'ntstatus'] },
    { desc: 'NTSTATUS', input: '0xC0000022', expected: ['hresult', 'ntstatus'] },
    { desc: 'CBS name', input: 'CBS_E_ABORT', expected: ['servicing'] },
    { desc: 'hostile: malformed', input: '0xZZ', expected: [] },
  ])('$desc', ({ input, expected }) => {
    expect(tableIdsForInput(input)).toEqual(expected);
  });
});
