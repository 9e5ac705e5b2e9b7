import { describe, expect, test } from 'vitest';
import { codeExplanationSchema } from '../../../src/schemas/code-explanation.ts';

const valid = {
  code: '0x80070643',
  symbol: 'ERROR_INSTALL_FAILURE',
  title: '0x80070643',
  summary: 'One sentence.',
  updated: '2026-11-24',
  guide: ['cause'],
  sources: [{ title: 'KB5028997', url: 'https://support.microsoft.com/x' }],
};

describe('codeExplanationSchema', () => {
  test.each([
    { desc: 'an HRESULT_FROM_WIN32 code named by its inner Win32 code', patch: {} },
    {
      desc: 'a servicing code',
      patch: { code: '0x800f0828', symbol: 'CBS_E_INSUFFICIENT_DISK_SPACE' },
    },
    { desc: 'an alias of the value', patch: { code: '0x800f0825', symbol: 'CBS_E_CANNOT_REMOVE' } },
  ])('accepts $desc', ({ patch }) => {
    const parsed = codeExplanationSchema.parse({ ...valid, ...patch });
    expect(parsed.updated).toBeInstanceOf(Date);
  });

  test('fills an empty guide list', () => {
    expect(codeExplanationSchema.parse({ ...valid, guide: undefined }).guide).toEqual([]);
  });

  test.each([
    {
      desc: 'upper-case hex (the file name is lower case)',
      patch: { code: '0x800F0828', symbol: 'CBS_E_INSUFFICIENT_DISK_SPACE' },
      path: 'code',
    },
    { desc: 'seven digits', patch: { code: '0x8007064' }, path: 'code' },
    { desc: 'a well-formed value no table names', patch: { code: '0x8007fffe' }, path: 'code' },
    { desc: 'a name of another value', patch: { symbol: 'ERROR_DISK_FULL' }, path: 'symbol' },
    { desc: 'a lower-case name', patch: { symbol: 'error_install_failure' }, path: 'symbol' },
    { desc: 'a guide slug that does not exist', patch: { guide: ['kb5034441'] }, path: 'guide' },
    { desc: 'a summary too long for a card', patch: { summary: 'x'.repeat(241) }, path: 'summary' },
    { desc: 'no sources', patch: { sources: [] }, path: 'sources' },
    {
      desc: 'an http source',
      patch: { sources: [{ title: 'x', url: 'http://example.com/' }] },
      path: 'sources',
    },
  ])('rejects $desc', ({ patch, path }) => {
    const result = codeExplanationSchema.safeParse({ ...valid, ...patch });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => String(i.path[0]))).toContain(path);
  });
});
