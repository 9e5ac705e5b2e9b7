import { describe, expect, test } from 'vitest';
import { parseBytesOrSize, parseSize } from '../../../src/lib/paste/size.ts';

const MIB = 1_048_576;
describe('parseSize()', () => {
  const rows: { desc: string; input: string; expected: number | null }[] = [
    { desc: 'diskpart MB is MiB', input: '674 MB', expected: 674 * MIB },
    { desc: 'KB', input: '1024 KB', expected: 1024 * 1024 },
    { desc: 'GB', input: '109 GB', expected: 109 * 1024 * MIB },
    { desc: 'bytes', input: '0 B', expected: 0 },
    { desc: 'PowerShell decimals', input: '84.3 MB', expected: Math.round(84.3 * MIB) },
    { desc: 'decimal comma', input: '259,73 MB', expected: Math.round(259.73 * MIB) },
    { desc: 'French M without B', input: '508 M', expected: 508 * MIB },
    { desc: 'French K', input: '1024 K', expected: 1024 * 1024 },
    { desc: 'French G octets', input: '931 G octets', expected: 931 * 1024 * MIB },
    { desc: 'French octets', input: '0 octets', expected: 0 },
    { desc: 'no space before the unit', input: '674MB', expected: 674 * MIB },
    { desc: 'unknown unit', input: '674 XB', expected: null },
    { desc: 'no number', input: 'MB', expected: null },
    { desc: 'empty', input: '', expected: null },
    { desc: 'NaN', input: 'NaN MB', expected: null },
    { desc: 'over-long number', input: `${'9'.repeat(40)} MB`, expected: null },
  ];
  test.each(rows)('$desc', ({ input, expected }) => expect(parseSize(input)).toBe(expected));

  test('parseBytesOrSize() reads plain byte counts too', () => {
    expect(parseBytesOrSize('629145600')).toBe(629145600);
    expect(parseBytesOrSize('600 MB')).toBe(600 * MIB);
    expect(parseBytesOrSize('-1')).toBeNull();
  });
});
