import { describe, expect, test } from 'vitest';
import { articleSchema } from '../../../src/schemas/article.ts';

const valid = {
  title: 'Title',
  description: 'One sentence.',
  updated: '2026-11-24',
  appliesTo: ['Windows 10 22H2'],
  sources: [{ title: 'KB5028997', url: 'https://support.microsoft.com/x' }],
  codes: ['0x80070643'],
  order: 10,
};

describe('articleSchema', () => {
  test('accepts a complete article and fills defaults', () => {
    const parsed = articleSchema.parse({ ...valid, codes: undefined });
    expect(parsed.codes).toEqual([]);
    expect(parsed.draft).toBe(false);
    expect(parsed.updated).toBeInstanceOf(Date);
  });

  test.each([
    { desc: 'missing title', patch: { title: undefined }, path: 'title' },
    { desc: 'no sources', patch: { sources: [] }, path: 'sources' },
    { desc: 'http source', patch: { sources: [{ title: 'x', url: 'http://example.com/' }] }, path: 'sources' },
    { desc: 'code without 0x', patch: { codes: ['80070643'] }, path: 'codes' },
    { desc: 'code with 7 digits', patch: { codes: ['0x8007064'] }, path: 'codes' },
    { desc: 'well-formed code with no name anywhere', patch: { codes: ['0x8007fffe'] }, path: 'codes' },
    { desc: 'order is not a number', patch: { order: 'first' }, path: 'order' },
    { desc: 'date that is not a date', patch: { updated: 'soon' }, path: 'updated' },
  ])('rejects $desc', ({ patch, path }) => {
    const result = articleSchema.safeParse({ ...valid, ...patch });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => String(i.path[0]))).toContain(path);
  });
});
