import { describe, expect, test } from 'vitest';
import {
  MAX_CODE_INPUT_LENGTH,
  normalizeCodeInput,
  parseErrorCodeInput,
} from '../../../src/lib/errcode/parse.ts';

type Row = {
  desc: string;
  input: string;
  values?: number[];
  names?: string[];
  issue?: string;
  single?: boolean;
};

const values = (input: string) => {
  const r = parseErrorCodeInput(input);
  return r.kind === 'tokens' ? r.tokens.filter((t) => t.kind === 'value').map((t) => t.value) : [];
};

describe('parseErrorCodeInput()', () => {
  const rows: Row[] = [
    { desc: 'hex with 0x', input: '0x80070643', values: [0x80070643], single: true },
    { desc: 'hex without 0x', input: '80070643', values: [0x80070643], single: true },
    { desc: 'upper-case 0X prefix', input: '0X80070643', values: [0x80070643] },
    { desc: 'lower-case hex letters', input: '0x8024200b', values: [0x8024200b] },
    { desc: 'surrounding spaces', input: '   0x80070643 \n', values: [0x80070643] },
    { desc: 'hex split by a space', input: '8007 0643', values: [0x80070643], single: true },
    { desc: '0x hex split by a space', input: '0x8007 0643', values: [0x80070643], single: true },
    { desc: '0x then a space', input: '0x 80070643', values: [0x80070643] },
    { desc: '0x then a space and a short value', input: '0x 643', values: [0x643] },
    // Only the two spaced-hex shapes above are joined; other spaced numbers are lists of codes.
    { desc: 'two decimals are two codes', input: '1603 1460', values: [1603, 1460], single: false },
    { desc: 'short hex then decimal', input: '0x643 1603', values: [0x643, 1603] },
    { desc: 'short hex then decimal (disk full)', input: '0x70 112', values: [0x70, 112] },
    { desc: 'three decimals', input: '5 1603 112', values: [5, 1603, 112] },
    {
      desc: 'two groups of four without 0x and without bit 31 are two codes',
      input: '1234 5678',
      values: [1234, 5678],
    },
    { desc: '0x and groups not of four are two codes', input: '0x8007 643', values: [0x8007, 643] },
    { desc: 'full-width digits and x', input: '０ｘ８００７０６４３', values: [0x80070643] },
    { desc: 'full-width without prefix', input: '８００Ｆ０８２８', values: [0x800f0828] },
    { desc: 'unsigned decimal', input: '2147944003', values: [0x80070643] },
    { desc: 'signed decimal', input: '-2147023293', values: [0x80070643] },
    {
      desc: 'signed decimal with a Unicode minus',
      input: '\u22122145116149',
      values: [0x8024200b],
    },
    { desc: 'full-width minus', input: '－２１４６４９８５２０', values: [0x800f0828] },
    { desc: 'negative hex from enum listings', input: '-0x7FF0F7D8', values: [0x800f0828] },
    {
      desc: 'negative hex after a space in text',
      input: 'CBS_E_INSUFFICIENT_DISK_SPACE = -0x7FF0F7D8',
      values: [0x800f0828],
      names: ['CBS_E_INSUFFICIENT_DISK_SPACE'],
    },
    { desc: 'negative hex in parentheses in text', input: 'CBS_E_INSUFFICIENT_DISK_SPACE (-0x7FF0F7D8)', values: [0x800f0828], names: ['CBS_E_INSUFFICIENT_DISK_SPACE'] },
    // A lone dash before a small hex is debris from a copied line: 0xFFFFF9BD is no error code.
    { desc: 'lone -0x643 is 0x643', input: '-0x643', values: [0x643], single: true },
    {
      desc: 'a dash too big to be a sign is a separator',
      input: '-0x80070643',
      values: [0x80070643],
    },
    { desc: 'short Win32 decimal', input: '1603', values: [1603] },
    { desc: 'short Win32 hex', input: '0x643', values: [1603] },
    { desc: 'C literal suffix', input: '0x80070643L', values: [0x80070643] },
    { desc: 'leading zeros in hex', input: '0x0000000080070643', values: [0x80070643] },
    { desc: 'zero', input: '0', values: [0] },
    { desc: 'smallest signed 32-bit', input: '-2147483648', values: [0x80000000] },
    { desc: 'largest unsigned 32-bit', input: '4294967295', values: [0xffffffff] },
    { desc: 'symbolic name', input: 'ERROR_INSTALL_FAILURE', names: ['ERROR_INSTALL_FAILURE'] },
    // Short bare hex needs a decimal digit: letters alone are words, left to the name lookup.
    { desc: 'short bare hex with a digit', input: '1a2b', values: [0x1a2b] },
    { desc: 'short bare hex starting with a letter', input: 'e8', values: [0xe8] },
    { desc: 'a lone letter is a word, not 0xE', input: 'e', names: ['E'] },
    { desc: 'a hex-letter word is a word, not 0xFACE', input: 'face', names: ['FACE'] },
    { desc: 'eight hex letters stay hex', input: 'deadbeef', values: [0xdeadbeef] },
    {
      desc: 'lower-case name is upper-cased',
      input: 'cbs_e_insufficient_disk_space',
      names: ['CBS_E_INSUFFICIENT_DISK_SPACE'],
    },
    { desc: 'code in parentheses (one word)', input: '(0x80070643)', values: [0x80070643] },
    { desc: 'code glued to Japanese text', input: 'エラー0x8024200B', values: [0x8024200b] },
    {
      desc: 'list of codes',
      input: '1603 259, 0x800F0828',
      values: [1603, 259, 0x800f0828],
      single: false,
    },
    {
      desc: 'Windows Update message (en)',
      input:
        "There were some problems installing updates, but we'll try again later. If you keep seeing this and want to search the web or contact support for information, this may help: (0x80070643)",
      values: [0x80070643],
    },
    {
      desc: 'Windows Update message (ja)',
      input:
        '更新プログラムのインストール中に問題が発生しましたが、後で自動的に再試行されます。この問題が引き続き発生し、Web検索やサポートへの問い合わせを通じて情報を集める必要がある場合は、次のエラーコードが役立つ可能性があります: (0x80070643)',
      values: [0x80070643],
    },
    {
      desc: 'Windows Update status line (ja)',
      input: '状態: ダウンロード エラー - 0x80070643',
      values: [0x80070643],
    },
    // japanese.md §4.1: blogs retype the Settings status line without spaces.
    {
      desc: 'Windows Update status line (ja) without spaces: the dash is no minus',
      input: '状態:ダウンロードエラー-0x80070643',
      values: [0x80070643],
    },
    {
      desc: 'dash after a space, too big to be a sign',
      input: 'ダウンロード エラー -0x8024200B',
      values: [0x8024200b],
    },
    {
      desc: 'dash glued to a word before a small hex',
      input: 'エラー-0x00000643',
      values: [0x643],
    },
    {
      desc: 'dash glued to a word before a hex that could be negative',
      input: 'エラー-0x7FF0F7D8',
      values: [0x7ff0f7d8],
    },
    {
      desc: 'Event 20 line (en) with KB number and date in the title',
      input:
        'Installation Failure: Windows failed to install the following update with error 0x80070643: 2024-01 Security Update for Windows 10 Version 22H2 for x64-based Systems (KB5034441).',
      values: [0x80070643],
    },
    {
      desc: 'Event Viewer line (ja)',
      input:
        'インストールの失敗: エラー 0x8024200B で次の更新プログラムのインストールに失敗しました',
      values: [0x8024200b],
    },
    {
      desc: 'CBS.log line: hex and name of the same code',
      input:
        '2024-01-10 14:03:12, Error                 CBS    Failed to stage execution package [HRESULT = 0x800f0828 - CBS_E_INSUFFICIENT_DISK_SPACE]',
      values: [0x800f0828],
      names: ['CBS_E_INSUFFICIENT_DISK_SPACE'],
    },
    { desc: 'decimal after a keyword', input: 'msiexec returned error 1603', values: [1603] },
    { desc: 'decimal after a keyword, end of a sentence', input: 'Installation success or error status: 1603.', values: [1603] },
    { desc: 'a dash glued to the keyword is no minus sign', input: 'エラー-1603', values: [1603] },
    { desc: 'a minus after a colon is one', input: 'error: -2147023293', values: [0x80070643] },
    { desc: 'a count after "failed" is no code', input: 'Installation failed 3 times, error 0x80070643', values: [0x80070643] },
    { desc: 'an Event Viewer row: the date after the level word is no code', input: 'Error\t1/10/2024 10:23:45 AM\tWindowsUpdateClient\t20', issue: 'no-code-found' },
    { desc: 'a Japanese Event Viewer row', input: 'エラー\t2024/01/10 10:23:45\tWindowsUpdateClient\t20', issue: 'no-code-found' },
    { desc: 'one code in brackets', input: '(1603)', values: [1603], single: true },
    { desc: 'one code in full-width brackets', input: '（1603）', values: [1603], single: true },
    { desc: 'one code before a full stop', input: '1603.', values: [1603], single: true },
    {
      desc: 'CBS.log: HRESULT_FROM_WIN32(n) is the 0x8007 HRESULT, and its number does not count twice',
      input: 'Failed execution of queue item Installer: WinRE ({x}) with HRESULT HRESULT_FROM_WIN32(1603).  Failure will not be retried.[gle=0x80004005]',
      values: [0x80070643, 0x80004005],
    },
    { desc: 'HRESULT_FROM_WIN32 with a hex argument', input: 'HRESULT_FROM_WIN32(0x70)', values: [0x80070070] },
    // reagentc prints its code in hex without 0x (captures: b7, c142011c, 3bc3, 57). An all-digit code
    // gives the hex reading first, then the decimal one the facts file may mean.
    {
      desc: 'reagentc code of digits: hex, then decimal',
      input: 'REAGENTC.EXE: Operation failed: 70',
      values: [0x70, 70],
    },
    {
      desc: 'reagentc code with letters',
      input: 'REAGENTC.EXE: Operation failed: b7',
      values: [0xb7],
    },
    {
      desc: 'reagentc 8-digit code with letters',
      input: 'REAGENTC.EXE: Operation failed: c142011c',
      values: [0xc142011c],
    },
    { desc: 'reagentc code 3bc3', input: 'REAGENTC.EXE: Operation failed: 3bc3', values: [0x3bc3] },
    { desc: 'reagentc code 57', input: 'Operation failed: 57', values: [0x57, 57] },
    { desc: 'reagentc 5 reads the same both ways', input: 'Operation failed: 5', values: [5] },
    {
      desc: 'reagentc 8-digit all-digit code is hex only, like a bare token',
      input: 'Operation failed: 80070643',
      values: [0x80070643],
    },
    { desc: 'signed decimal inside text', input: 'hr was -2146498520 here', values: [0x800f0828] },
    { desc: 'bare 8-digit hex in text', input: 'the code 8024200B again', values: [0x8024200b] },
    {
      desc: 'dates and sizes in text are not codes',
      input: 'on 20240110 it needed 250 MB on partition 4',
      issue: 'no-code-found',
    },
    {
      desc: 'GUID pieces are not codes',
      input: 'package {8E5F1A2B-1C2D-4E5F-8A9B-0C1D2E3F4A5B} staged',
      issue: 'no-code-found',
    },
    {
      desc: 'ErrorPhase is not an error code',
      input: 'ErrorPhase 2 in event 4502',
      issue: 'no-code-found',
    },
    { desc: 'hostile: empty', input: '', issue: 'empty' },
    { desc: 'hostile: only spaces', input: '  \t\n ', issue: 'empty' },
    { desc: 'hostile: BOM and zero-width only', input: '\uFEFF\u200B', issue: 'empty' },
    { desc: 'hostile: 0xZZ', input: '0xZZ', issue: 'not-a-number' },
    { desc: 'hostile: bare 0x', input: '0x', issue: 'not-a-number' },
    { desc: 'hostile: NaN', input: 'NaN!', issue: 'not-a-number' },
    { desc: 'hostile: punctuation', input: '%$#', issue: 'not-a-number' },
    { desc: 'hostile: 40-digit number', input: '1'.repeat(40), issue: 'out-of-range' },
    { desc: 'hostile: 9 hex digits', input: '0x123456789', issue: 'out-of-range' },
    { desc: 'hostile: 2^32', input: '4294967296', issue: 'out-of-range' },
    { desc: 'hostile: below -2^31', input: '-2147483649', issue: 'out-of-range' },
    { desc: 'hostile: negative hex of 9 digits', input: '-0x123456789', issue: 'out-of-range' },
    {
      desc: 'hostile: over-long input',
      input: '0'.repeat(MAX_CODE_INPUT_LENGTH + 1),
      issue: 'too-long',
    },
    {
      desc: 'hostile: prose without a code',
      input: 'my computer will not update',
      issue: 'no-code-found',
    },
  ];

  test.each(rows)('$desc', ({ input, values: v, names, issue, single }) => {
    const r = parseErrorCodeInput(input);
    if (issue) {
      expect(r).toEqual({ kind: 'error', issue });
      return;
    }
    expect(r.kind).toBe('tokens');
    if (r.kind !== 'tokens') return;
    expect(r.tokens.filter((t) => t.kind === 'value').map((t) => t.value)).toEqual(v ?? []);
    expect(r.tokens.flatMap((t) => (t.kind === 'name' ? [t.name] : []))).toEqual(names ?? []);
    if (single !== undefined) expect(r.single).toBe(single);
  });

  test('10 MB of junk is rejected as too-long without scanning it', () => {
    const junk = 'x0'.repeat(5 * 1024 * 1024);
    expect(parseErrorCodeInput(junk)).toEqual({ kind: 'error', issue: 'too-long' });
  });

  test('a non-string (from untyped callers) is not-a-number, not a crash', () => {
    expect(parseErrorCodeInput(undefined as unknown as string)).toEqual({
      kind: 'error',
      issue: 'not-a-number',
    });
  });

  test('text yields at most MAX_CODES_PER_INPUT tokens', () => {
    expect(values(Array.from({ length: 200 }, (_, i) => `error ${i}`).join('; ')).length).toBe(64);
  });
});

describe('normalizeCodeInput()', () => {
  test.each([
    { desc: 'full-width to ASCII', input: '０ｘ８００７０６４３', expected: '0x80070643' },
    { desc: 'dashes to hyphen-minus', input: '\u2212123', expected: '-123' },
    { desc: 'BOM removed and trimmed', input: '\uFEFF 1603 ', expected: '1603' },
  ])('$desc', ({ input, expected }) => {
    expect(normalizeCodeInput(input)).toBe(expected);
  });
});
