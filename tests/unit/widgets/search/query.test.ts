import { describe, expect, test } from 'vitest';
import {
  MAX_SEARCH_QUERY_LENGTH,
  classifySearchQuery,
  looksLikePastedOutput,
  looksLikeSpellingList,
  rankingSpelling,
} from '../../../../src/widgets/search/query.ts';

const V = 0x80070643; // 2147944003

describe('classifySearchQuery()', () => {
  test.each([
    {
      desc: 'hex with 0x',
      input: '0x80070643',
      expected: { kind: 'code', term: '0x80070643', value: V },
    },
    {
      desc: 'hex with 0X in capitals',
      input: '0X80070643',
      expected: { kind: 'code', term: '0x80070643', value: V },
    },
    {
      desc: 'hex without 0x',
      input: '80070643',
      expected: { kind: 'code', term: '80070643', value: V },
    },
    {
      desc: 'full-width digits',
      input: '８００７０６４３',
      expected: { kind: 'code', term: '80070643', value: V },
    },
    {
      desc: 'full-width 0x and spaces around',
      input: '　０ｘ８００７０６４３ ',
      expected: { kind: 'code', term: '0x80070643', value: V },
    },
    {
      desc: 'unsigned decimal',
      input: '2147944003',
      expected: { kind: 'code', term: '2147944003', value: V },
    },
    {
      desc: 'signed decimal becomes unsigned',
      input: '-2147023293',
      expected: { kind: 'code', term: '2147944003', value: V },
    },
    {
      desc: 'signed decimal with a full-width minus',
      input: '−2147023293',
      expected: { kind: 'code', term: '2147944003', value: V },
    },
    {
      desc: 'inner Win32 code',
      input: '1603',
      expected: { kind: 'code', term: '1603', value: 1603 },
    },
    {
      desc: 'upper-case hex is lower-cased (no camel-case split)',
      input: '0x8024200B',
      expected: { kind: 'code', term: '0x8024200b', value: 0x8024200b },
    },
    {
      desc: 'bare hex with letters is lower-cased',
      input: '8024200C',
      expected: { kind: 'code', term: '8024200c', value: 0x8024200c },
    },
    {
      desc: 'hex typed with a space is joined',
      input: '0x8007 0643',
      expected: { kind: 'code', term: '0x80070643', value: V },
    },
    {
      desc: 'negative hex becomes canonical hex',
      input: '-0x7FF8F9BD',
      expected: { kind: 'code', term: '0x80070643', value: V },
    },
    {
      desc: 'hex with a C suffix becomes canonical hex',
      input: '0x80070643L',
      expected: { kind: 'code', term: '0x80070643', value: V },
    },
    {
      desc: 'symbolic name',
      input: 'ERROR_INSTALL_FAILURE',
      expected: { kind: 'name', term: 'error_install_failure', name: 'ERROR_INSTALL_FAILURE' },
    },
    {
      desc: 'symbolic name in lower case',
      input: 'cbs_e_insufficient_disk_space',
      expected: {
        kind: 'name',
        term: 'cbs_e_insufficient_disk_space',
        name: 'CBS_E_INSUFFICIENT_DISK_SPACE',
      },
    },
    {
      desc: 'a KB number is text',
      input: 'KB5034441',
      expected: { kind: 'text', term: 'KB5034441' },
    },
    {
      desc: 'a command name is text',
      input: 'reagentc',
      expected: { kind: 'text', term: 'reagentc' },
    },
    {
      desc: 'Japanese words are text',
      input: '回復パーティション',
      expected: { kind: 'text', term: '回復パーティション' },
    },
    {
      desc: 'half-width katakana become full-width',
      input: 'ﾊﾟｰﾃｨｼｮﾝ',
      expected: { kind: 'text', term: 'パーティション' },
    },
    {
      desc: 'a word that happens to be hex is text',
      input: 'cafe',
      expected: { kind: 'text', term: 'cafe' },
    },
    {
      desc: 'a code inside a sentence is text',
      input: 'error 1603 after restart',
      expected: { kind: 'text', term: 'error 1603 after restart' },
    },
    {
      desc: 'two codes are text',
      input: '0x80070643 0x8024200B',
      expected: { kind: 'text', term: '0x80070643 0x8024200B' },
    },
    {
      desc: 'spaces collapse in text',
      input: '  recovery   partition ',
      expected: { kind: 'text', term: 'recovery partition' },
    },
    { desc: 'empty', input: '', expected: { kind: 'empty' } },
    { desc: 'only spaces', input: ' \t　', expected: { kind: 'empty' } },
    { desc: 'only zero-width characters', input: '\u200B\uFEFF', expected: { kind: 'empty' } },
    {
      desc: 'out-of-range hex is text',
      input: '0x180070643',
      expected: { kind: 'text', term: '0x180070643' },
    },
    { desc: '"NaN" is text', input: 'NaN', expected: { kind: 'text', term: 'NaN' } },
  ])('$desc', ({ input, expected }) => {
    expect(classifySearchQuery(input)).toEqual(expected);
  });

  test('pasted reagentc output suggests the checker', () => {
    const paste =
      'Windows Recovery Environment (Windows RE) and system reset configuration\nInformation:\n\n    Windows RE status:         Enabled\n    Windows RE location:       \\\\?\\GLOBALROOT\\device\\harddisk0\\partition4\\Recovery\\WindowsRE\n';
    expect(classifySearchQuery(paste).kind).toBe('paste');
  });

  test('over-long input is cut, not rejected, and the term is capped', () => {
    const r = classifySearchQuery('a'.repeat(MAX_SEARCH_QUERY_LENGTH * 3));
    expect(r.kind).toBe('text');
    expect(r.kind === 'text' && r.term.length).toBeLessThanOrEqual(200);
  });

  test('never throws on a non-string', () => {
    expect(classifySearchQuery(undefined as unknown as string)).toEqual({ kind: 'empty' });
  });
});

describe('looksLikePastedOutput()', () => {
  test.each([
    {
      desc: 'diskpart list partition',
      text: 'DISKPART> list partition\n\n  Partition ###  Type              Size     Offset\n  -------------  ----------------  -------  -------\n  Partition 1    System             100 MB  1024 KB\n',
      expected: true,
    },
    {
      desc: 'Japanese diskpart list volume',
      text: '  ボリューム ###  Ltr  Label        Fs     Type        Size     Status     Info\n  ----------  ---  -----------  -----  ----------  -------  ---------  --------\n',
      expected: true,
    },
    {
      desc: 'PowerShell Get-Partition',
      text: 'PS C:\\> Get-Partition\n\nPartitionNumber  DriveLetter Offset  Size Type\n',
      expected: true,
    },
    {
      desc: 'reagentc squeezed into one line by the input box',
      text: 'Windows RE status: Enabled Windows RE location: \\\\?\\GLOBALROOT\\device\\harddisk0\\partition4\\Recovery\\WindowsRE Boot Configuration Data (BCD) identifier: 1234',
      expected: true,
    },
    { desc: 'a short query naming the tool', text: 'reagentc /info', expected: false },
    {
      desc: 'two lines of prose without tool words',
      text: 'my update failed\nwhat now',
      expected: false,
    },
    { desc: 'empty', text: '', expected: false },
  ])('$desc', ({ text, expected }) => {
    expect(looksLikePastedOutput(text)).toBe(expected);
  });
});

describe('rankingSpelling()', () => {
  test.each([
    { desc: 'an HRESULT ranks as itself', value: 0x80070643, expected: '0x80070643' },
    {
      desc: 'a Win32 code ranks as the HRESULT that wraps it',
      value: 1603,
      expected: '0x80070643',
    },
    { desc: 'zero ranks as 0x80070000', value: 0, expected: '0x80070000' },
    { desc: 'the largest 16-bit value still wraps', value: 0xffff, expected: '0x8007ffff' },
    { desc: 'just above 16 bits ranks as itself, padded', value: 0x10000, expected: '0x00010000' },
    { desc: 'a Windows Update code ranks as itself', value: 0x8024200b, expected: '0x8024200b' },
  ])('$desc', ({ value, expected }) => {
    expect(rankingSpelling(value)).toBe(expected);
  });
});

describe('looksLikeSpellingList()', () => {
  test.each([
    {
      desc: 'the hidden spellings block',
      text: '0x80070643 80070643 2147944003 -2147023293 <mark>1603</mark> 0x643 0x0643 error_install_failure',
      expected: true,
    },
    {
      desc: 'a code page list with periods',
      text: 'す。 0x00000643. 0X00000643. 00000643. <mark>1603</mark>. 0x643. 0x0643. ERROR_INSTALL_FAILURE.',
      expected: true,
    },
    {
      desc: 'a sentence naming one code',
      text: 'Windows Update reports <mark>0x80070643</mark> when the recovery partition is too small to update.',
      expected: false,
    },
    {
      desc: 'a sentence with three codes among many words',
      text: 'The codes 0x80070643, 0x800F0828 and 0x8024200B appear in Event Viewer, each with its own meaning for you.',
      expected: false,
    },
    { desc: 'empty', text: '', expected: false },
  ])('$desc', ({ text, expected }) => {
    expect(looksLikeSpellingList(text)).toBe(expected);
  });
});
