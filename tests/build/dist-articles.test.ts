/**
 * Built guide articles: a page that embeds the checker does not also send the reader to the checker page
 * at its end; every other article does. Each article carries the styles of the components it shows and no
 * others.
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

/** A component's marker in the HTML, and a selector only its styles use. */
const STYLED = [
  { component: 'CheckerEmbed', used: '<checker-widget', rule: '.ck-card{' },
  { component: 'DecoderEmbed', used: '<code-decoder', rule: '.decoder-input{' },
  { component: 'Steps', used: 'steps-body"', rule: '.steps-body>ol' },
  { component: 'Tabs', used: '<tab-group', rule: '.tabs-list' },
  { component: 'Callout', used: 'data-callout=', rule: '.callout{' },
  { component: 'Command', used: '<command-block', rule: '.command-box{' },
];

describe('an article carries the styles of the components it shows, and only those', () => {
  const inlineCss = (html: string): string =>
    [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? '').join('\n');

  test.each(STYLED)('$component: some articles show it, some do not', ({ used }) => {
    const showing = articles.filter((p) => readPage(p).includes(used));
    expect(showing.length).toBeGreaterThan(0);
    expect(showing.length).toBeLessThan(articles.length);
  });

  test.each(articles)('%s', (page) => {
    const html = readPage(page);
    const css = inlineCss(html);
    const wrong = STYLED.filter(({ used, rule }) => html.includes(used) !== css.includes(rule)).map((s) => s.component);
    expect(wrong).toEqual([]);
  });
});
