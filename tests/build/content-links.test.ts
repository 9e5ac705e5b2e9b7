import { describe, expect, test } from 'vitest';
import { LANGS, loadArticles, parseArticle, type Article } from './helpers/content.ts';

interface Site {
  /** Guide slugs per language. */
  slugs: Map<string, Set<string>>;
  /** Heading ids per `lang/slug`, as the renderer makes them (github-slugger). */
  anchors: Map<string, Set<string>>;
}

function siteOf(articles: Article[]): Site {
  const slugs = new Map<string, Set<string>>(LANGS.map((l) => [l, new Set<string>()]));
  const anchors = new Map<string, Set<string>>();
  for (const a of articles) {
    slugs.get(a.lang)?.add(a.slug);
    anchors.set(`${a.lang}/${a.slug}`, new Set(a.headings.map((h) => h.slug)));
  }
  return { slugs, anchors };
}

/**
 * Why an internal link from `from` does not resolve, or null when it does. External links (https://…)
 * are not checked here; site links must be absolute, carry the article's language and end in a slash.
 */
function linkIssue(url: string, from: Article, site: Site): string | null {
  if (/^https?:\/\//.test(url) || url.startsWith('mailto:')) return null;
  const [path = '', fragment] = url.split('#', 2);
  if (path === '') {
    // Same-page anchor.
    return site.anchors.get(`${from.lang}/${from.slug}`)?.has(decodeURIComponent(fragment ?? ''))
      ? null
      : `no heading "${fragment}" in this article`;
  }
  const m = /^\/(en|ja)\/(.*)$/.exec(path);
  if (!m) return `not an absolute /en/ or /ja/ link: ${url}`;
  const [, lang = '', rest = ''] = m;
  if (lang !== from.lang) return `links to /${lang}/ from a ${from.lang} article: ${url}`;
  const guide = /^guide\/([a-z0-9-]+)\/$/.exec(rest);
  const known =
    rest === '' ||
    rest === 'guide/' ||
    rest === 'tools/checker/' ||
    rest === 'tools/decoder/' ||
    rest === 'codes/' ||
    rest === 'search/' ||
    /^codes\/0x[0-9a-f]{8}\/$/.test(rest) ||
    (guide !== null && (site.slugs.get(lang)?.has(guide[1] ?? '') ?? false));
  if (!known) return `no such page: ${url}`;
  if (fragment !== undefined) {
    if (!guide) return `anchor on a page whose headings are not known: ${url}`;
    const ids = site.anchors.get(`${lang}/${guide[1] ?? ''}`);
    if (!ids?.has(decodeURIComponent(fragment))) return `no heading "${fragment}" in ${path}`;
  }
  return null;
}

const articles = loadArticles();
const site = siteOf(articles);

describe('internal links resolve', () => {
  test('the guide links to itself', () => {
    expect(
      articles.flatMap((a) => a.links).filter((l) => l.url.startsWith('/')).length,
    ).toBeGreaterThan(20);
  });

  test.each(articles.map((a) => ({ desc: `${a.lang}/${a.slug}`, article: a })))(
    '$desc',
    ({ article }) => {
      const issues = article.links
        .map((l) => ({ line: l.line, issue: linkIssue(l.url, article, site) }))
        .filter((x) => x.issue !== null)
        .map((x) => `line ${x.line}: ${x.issue}`);
      expect(issues).toEqual([]);
    },
  );
});

describe('linkIssue() catches broken links', () => {
  const from = parseArticle('---\ntitle: t\n---\n\n## Real heading\n', 'en', 'sample');
  const local = siteOf([
    from,
    parseArticle('---\ntitle: t\n---\n\n## Question 1: which Windows?\n', 'en', 'target'),
    parseArticle('---\ntitle: t\n---\n\n## 質問 1: どの Windows？\n', 'ja', 'target'),
  ]);

  test.each([
    { desc: 'unknown article', url: '/en/guide/no-such-article/' },
    { desc: 'missing trailing slash', url: '/en/guide/target' },
    { desc: 'other language', url: '/ja/guide/target/' },
    { desc: 'no language prefix', url: '/guide/target/' },
    { desc: 'relative link', url: 'target/' },
    { desc: 'upper-case code page', url: '/en/codes/0x80070643X/' },
    { desc: 'code page with 7 digits', url: '/en/codes/0x8007064/' },
    { desc: 'unknown tool', url: '/en/tools/scanner/' },
    {
      desc: 'anchor that is not a heading',
      url: '/en/guide/target/#question-2',
    },
    { desc: 'same-page anchor that is not a heading', url: '#nothing-here' },
  ])('$desc: $url', ({ url }) => {
    expect(linkIssue(url, from, local)).not.toBeNull();
  });

  test.each([
    { desc: 'article', url: '/en/guide/target/' },
    {
      desc: 'anchor made by github-slugger',
      url: '/en/guide/target/#question-1-which-windows',
    },
    { desc: 'checker', url: '/en/tools/checker/' },
    { desc: 'code page', url: '/en/codes/0x80070643/' },
    { desc: 'home', url: '/en/' },
    { desc: 'same-page anchor', url: '#real-heading' },
    { desc: 'external', url: 'https://learn.microsoft.com/' },
  ])('accepts $desc: $url', ({ url }) => {
    expect(linkIssue(url, from, local)).toBeNull();
  });
});
