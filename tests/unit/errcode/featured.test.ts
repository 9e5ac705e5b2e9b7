import { describe, expect, test } from 'vitest';
import { allTables } from '../../../src/lib/errcode/all-tables.ts';
import { decodeErrorCode } from '../../../src/lib/errcode/decode.ts';
import { FEATURED_CODES, featuredCode } from '../../../src/lib/errcode/featured.ts';
import { GUIDE_SLUGS } from '../../../src/schemas/code-explanation.ts';

// DESIGN §2: the guide articles, same slugs in both languages.
const ARTICLES: ReadonlySet<string> = new Set(GUIDE_SLUGS);

describe('FEATURED_CODES', () => {
  test.each(FEATURED_CODES.map((c) => ({ desc: `${c.slug} decodes to ${c.symbol}`, c })))(
    '$desc',
    ({ c }) => {
      const r = decodeErrorCode(c.slug, allTables);
      expect(r.kind).toBe('decoded');
      expect(r.kind === 'decoded' && r.readings[0].symbol).toBe(c.symbol);
      expect(c.slug).toMatch(/^0x[0-9a-f]{8}$/);
      for (const a of c.articles) expect(ARTICLES.has(a), a).toBe(true);
    },
  );

  test('holds the codes the issue asks to explain, and no unconfirmed one', () => {
    const slugs = FEATURED_CODES.map((c) => c.slug);
    for (const s of [
      '0x80070643',
      '0x8024200b',
      '0x800f0828',
      '0x800f0922',
      '0x800f081f',
      '0x800f0831',
      '0x80070070',
    ]) {
      expect(slugs).toContain(s);
    }
    expect(slugs).not.toContain('0x8024a206');
    expect(new Set(slugs).size).toBe(slugs.length);
  });

  test('featuredCode() finds by value, also from a signed number', () => {
    expect(featuredCode(-2147023293)?.symbol).toBe('ERROR_INSTALL_FAILURE');
    expect(featuredCode(0x80041234)).toBeUndefined();
  });
});
