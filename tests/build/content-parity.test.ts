import { describe, expect, test } from 'vitest';
import { listSlugs, loadArticles, parseArticle, type Article } from './helpers/content.ts';

/** The commands of an article as a sorted list (a multiset: repeats count). */
const commandMultiset = (a: Article): string[] => a.commands.map((c) => c.code).sort();

/** `<Steps id>` → top-level item count, as sorted entries. */
const stepCounts = (a: Article): [string, number][] =>
  [...a.steps.entries()].sort(([x], [y]) => x.localeCompare(y));

/** Differences between the two languages of one article (empty when they match). */
function parityIssues(en: Article, ja: Article): string[] {
  const issues: string[] = [];
  const ec = commandMultiset(en);
  const jc = commandMultiset(ja);
  if (JSON.stringify(ec) !== JSON.stringify(jc)) {
    const onlyEn = ec.filter((c) => !jc.includes(c));
    const onlyJa = jc.filter((c) => !ec.includes(c));
    issues.push(
      `commands differ (en ${ec.length}, ja ${jc.length}); only en: ${JSON.stringify(onlyEn)}; only ja: ${JSON.stringify(onlyJa)}`,
    );
  }
  if (JSON.stringify(stepCounts(en)) !== JSON.stringify(stepCounts(ja))) {
    issues.push(
      `<Steps> differ: en ${JSON.stringify(stepCounts(en))}, ja ${JSON.stringify(stepCounts(ja))}`,
    );
  }
  return issues;
}

const articles = loadArticles();
const byKey = new Map(articles.map((a) => [`${a.lang}/${a.slug}`, a]));
const slugs = listSlugs('en');

describe('ja and en have the same articles', () => {
  test('same file names in content/en/guide and content/ja/guide', () => {
    expect(listSlugs('ja')).toEqual(listSlugs('en'));
  });

  test('the guide is not empty', () => {
    expect(slugs.length).toBeGreaterThan(0);
  });
});

describe('each article has the same commands and steps in both languages', () => {
  test.each(slugs.filter((s) => byKey.has(`ja/${s}`)).map((slug) => ({ desc: slug, slug })))(
    '$desc',
    ({ slug }) => {
      const en = byKey.get(`en/${slug}`);
      const ja = byKey.get(`ja/${slug}`);
      if (!en || !ja) throw new Error(`missing ${slug}`);
      expect(parityIssues(en, ja)).toEqual([]);
    },
  );

  test('fix-manual-resize has ticked-off steps, the same number in ja and en', () => {
    const en = byKey.get('en/fix-manual-resize');
    const ja = byKey.get('ja/fix-manual-resize');
    if (!en || !ja) throw new Error('fix-manual-resize must exist in both languages');
    const total = (a: Article): number => [...a.steps.values()].reduce((n, c) => n + c, 0);
    expect(total(en)).toBeGreaterThan(0);
    expect(total(ja)).toBe(total(en));
    expect(stepCounts(ja)).toEqual(stepCounts(en));
  });
});

describe('parityIssues() catches differences', () => {
  const mdx = (lang: string, body: string): Article =>
    parseArticle(`---\ntitle: t\n---\n\n${body}\n`, lang, 'x');
  const steps = (n: number): string =>
    '<Steps id="main">\n\n' +
    Array.from({ length: n }, (_, i) => `${i + 1}. step`).join('\n') +
    '\n\n</Steps>';

  test.each([
    {
      desc: 'a command missing in ja',
      en: '<Command code="list disk" />\n\n<Command code="list part" />',
      ja: '<Command code="list disk" />',
    },
    {
      desc: 'a command repeated in en only',
      en: '<Command code="list disk" />\n\n<Command code="list disk" />',
      ja: '<Command code="list disk" />',
    },
    {
      desc: 'a different disk number',
      en: '<Command code="sel disk 0" />',
      ja: '<Command code="sel disk 1" />',
    },
    { desc: 'one step fewer in ja', en: steps(5), ja: steps(4) },
    {
      desc: 'a nested list is not a step, a missing top-level item is',
      en: steps(3),
      ja: '<Steps id="main">\n\n1. a\n   1. b\n   2. c\n\n</Steps>',
    },
  ])('$desc', ({ en, ja }) => {
    expect(parityIssues(mdx('en', en), mdx('ja', ja)).length).toBeGreaterThan(0);
  });

  test('the same commands in another order match', () => {
    const en = mdx('en', '<Command code="list disk" />\n\n<Command code="list part" />');
    const ja = mdx('ja', '<Command code="list part" />\n\n<Command code="list disk" />');
    expect(parityIssues(en, ja)).toEqual([]);
  });
});
