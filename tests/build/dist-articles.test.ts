/**
 * Built guide articles: a page that embeds the checker does not also send the reader to the checker page
 * at its end; every other article does.
 */
import { describe, expect, test } from 'vitest';
import en from '../../src/i18n/en.ts';
import ja from '../../src/i18n/ja.ts';
import { listPages, pageLang, readPage } from './dist-site.ts';

const articles = listPages().filter((p) => /^\/(?:en|ja)\/guide\/[^/]+\/$/.test(p));
const label = { en: en['nav.checker'], ja: ja['nav.checker'] };

describe('checker call to action at the end of an article', () => {
  test('the guide has articles with and without an embedded checker', () => {
    const embedding = articles.filter((p) => readPage(p).includes('<checker-widget'));
    expect(embedding.length).toBeGreaterThan(0);
    expect(embedding.length).toBeLessThan(articles.length);
  });

  test.each(articles)('%s: either the checker or the link to it, never both', (page) => {
    const html = readPage(page);
    const embeds = html.includes('<checker-widget');
    const cta = html.includes(`<aside class="card mt-10 not-prose" data-pagefind-ignore aria-label="${label[pageLang(page)]}"`);
    expect({ embeds, cta }).toEqual({ embeds, cta: !embeds });
  });
});
