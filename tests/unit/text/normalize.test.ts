import { describe, expect, test } from 'vitest';
import { MAX_LINES, MAX_PASTE_LENGTH, normalizePaste, splitColumns } from '../../../src/lib/text/normalize.ts';

const texts = (s: string): string[] => normalizePaste(s).lines.map((l) => l.text);

describe('normalizePaste()', () => {
  const rows: { desc: string; input: string; expected: string[] }[] = [
    { desc: 'empty input gives one empty line', input: '', expected: [''] },
    { desc: 'CRLF and lone CR split lines', input: 'a\r\nb\rc\nd', expected: ['a', 'b', 'c', 'd'] },
    { desc: 'BOM and zero-width characters are dropped', input: '\ufeffWindows\u200b RE', expected: ['Windows RE'] },
    { desc: 'tabs become column gaps', input: 'Disk 0\tOnline', expected: ['Disk 0  Online'] },
    { desc: 'full-width digits, colon and space fold to ASCII', input: 'Windows RE の状態：　Enabled　１２', expected: ['Windows RE の状態: Enabled 12'] },
    { desc: 'yen signs become backslashes', input: '¥¥?¥GLOBALROOT￥device', expected: ['\\\\?\\GLOBALROOT\\device'] },
    { desc: 'cmd prompt is removed, command kept', input: 'C:\\Windows\\system32>reagentc /info', expected: ['reagentc /info'] },
    { desc: 'PowerShell prompt is removed', input: 'PS C:\\Users\\me> Get-Volume', expected: ['Get-Volume'] },
    { desc: 'DISKPART prompt is removed', input: 'DISKPART> list disk', expected: ['list disk'] },
    { desc: 'Japanese retyped prompt with yen signs', input: 'C:¥WINDOWS¥system32＞diskpart', expected: ['diskpart'] },
    { desc: 'HTML tags and entities', input: '<pre><code>DISKPART&gt; list part</code></pre>', expected: ['list part', ''] },
    { desc: '<br> splits lines', input: 'a<br>b<br/>c', expected: ['a', 'b', 'c'] },
    { desc: 'numeric entities', input: 'Size&#58; 5&#x30;', expected: ['Size: 50'] },
    { desc: 'redaction placeholders are not HTML', input: 'location: <redacted>', expected: ['location: <redacted>'] },
    { desc: 'Markdown fences are dropped', input: '```text\nDisk 0\n```', expected: ['', 'Disk 0', ''] },
    { desc: 'quote prefixes are dropped', input: '> > Partition 4    Recovery', expected: ['Partition 4    Recovery'] },
    { desc: 'line numbers with a bar', input: '12 | Partition 4', expected: ['Partition 4'] },
    { desc: 'an arrow annotation is cut', input: '  Partition 4    Recovery   674 MB  109 GB   <- this one', expected: ['  Partition 4    Recovery   674 MB  109 GB'] },
    { desc: 'a // comment is cut', input: 'Windows RE status: Enabled // from reagentc', expected: ['Windows RE status: Enabled'] },
    { desc: 'a Japanese arrow annotation is cut', input: 'Partition 4    回復   572 MB  57 GB  ←ここ', expected: ['Partition 4    回復   572 MB  57 GB'] },
    { desc: 'a URL is not a comment', input: 'see https://example.com/x', expected: ['see https://example.com/x'] },
    { desc: 'Get-Partition rows keep their leading number', input: '1                           1048576   100 MB System', expected: ['1                           1048576   100 MB System'] },
  ];
  test.each(rows)('$desc', ({ input, expected }) => {
    expect(texts(input)).toEqual(expected);
  });

  test('keeps the original line number of each line', () => {
    const { lines } = normalizePaste('a\r\n<p>b<br>c</p>\nd');
    expect(lines.map((l) => [l.text, l.line])).toEqual([
      ['a', 1],
      ['b', 2],
      ['c', 2],
      ['', 2],
      ['d', 3],
    ]);
  });

  test('undoes doubled line breaks', () => {
    expect(texts('a\n\nb\n\nc\n\n\n\nd\n\ne')).toEqual(['a', 'b', 'c', '', 'd', 'e']);
    expect(texts('a\nb\n\nc\n\nd\n\ne')).toEqual(['a', 'b', '', 'c', '', 'd', '', 'e']);
  });

  test('marks lines whose prompt was removed', () => {
    expect(normalizePaste('DISKPART> list disk\nDisk 0').lines.map((l) => l.prompt)).toEqual([true, false]);
  });

  test('caps the input length and says so', () => {
    const r = normalizePaste('x'.repeat(MAX_PASTE_LENGTH + 10));
    expect(r.truncated).toBe(true);
    expect(r.lines[0]?.text.length).toBeLessThanOrEqual(MAX_PASTE_LENGTH);
    expect(normalizePaste('short').truncated).toBe(false);
  });

  test('reads at most MAX_LINES lines and says so', () => {
    const many = normalizePaste('a\n'.repeat(MAX_LINES + 5));
    expect(many.truncated).toBe(true);
    expect(many.lines).toHaveLength(MAX_LINES);
    const exact = normalizePaste(`${'a\n'.repeat(MAX_LINES - 1)}a\n\n\n`);
    expect(exact.truncated).toBe(false);
    expect(exact.lines.filter((l) => l.text === 'a')).toHaveLength(MAX_LINES);
    // Lines that an HTML line break splits count too.
    expect(normalizePaste('a<br>'.repeat(MAX_LINES + 1)).truncated).toBe(true);
  });

  test('a long run of empty lines is shortened, and the lines after it keep their numbers', () => {
    const r = normalizePaste(`a\n${'\n'.repeat(50_000)}b`);
    expect(r.truncated).toBe(false);
    expect(r.lines.length).toBeLessThan(20);
    expect(r.lines.at(-1)).toEqual({ text: 'b', line: 50_002, prompt: false });
  });

  test('never throws on a non-string', () => {
    expect(normalizePaste(undefined as unknown as string).lines).toEqual([{ text: '', line: 1, prompt: false }]);
  });
});

describe('splitColumns()', () => {
  const rows = [
    { desc: 'Japanese row drifts but splits on runs of spaces', input: '  Partition 1    システム               200 MB  1024 KB', expected: ['Partition 1', 'システム', '200 MB', '1024 KB'] },
    { desc: 'single spaces stay inside a field', input: '  Disque 0    En ligne        931 G octets', expected: ['Disque 0', 'En ligne', '931 G octets'] },
    { desc: 'blank row', input: '   ', expected: [] },
  ];
  test.each(rows)('$desc', ({ input, expected }) => expect(splitColumns(input)).toEqual(expected));
});
