import { describe, expect, test } from 'vitest';
import { commandLines, loadArticles, parseArticle, type Article } from './helpers/content.ts';
import { isDestructive } from './helpers/commands.ts';

/**
 * Destructive commands (delete partition, shrink, reagentc /disable, clean, format) that appear in an
 * article with no `<Callout type="warning">` or `type="danger"` anywhere before them.
 */
function unguardedDestructive(article: Article): string[] {
  const guards = article.callouts.filter((c) => c.type === 'warning' || c.type === 'danger');
  return article.commands
    .filter((c) => commandLines(c.code).some(isDestructive))
    .filter((c) => !guards.some((g) => g.offset < c.offset))
    .map((c) => `${article.lang}/${article.slug}:${c.line} ${c.code}`);
}

const articles = loadArticles();

describe('isDestructive()', () => {
  test.each([
    {
      desc: 'delete partition override',
      line: 'delete partition override',
      expected: true,
    },
    { desc: 'shrink', line: 'shrink desired=250 minimum=250', expected: true },
    { desc: 'reagentc /disable', line: 'reagentc /disable', expected: true },
    { desc: 'clean', line: 'clean', expected: true },
    {
      desc: 'format',
      line: 'format quick fs=ntfs label="Windows RE tools"',
      expected: true,
    },
    {
      desc: 'shrink querymax only asks',
      line: 'shrink querymax',
      expected: false,
    },
    { desc: 'reagentc /info reads', line: 'reagentc /info', expected: false },
    { desc: 'list disk reads', line: 'list disk', expected: false },
  ])('$desc', ({ line, expected }) => {
    expect(isDestructive(line)).toBe(expected);
  });
});

describe('every destructive command is preceded by a warning or danger callout', () => {
  test('the guide has destructive commands to check', () => {
    expect(
      articles.some((a) => a.commands.some((c) => commandLines(c.code).some(isDestructive))),
    ).toBe(true);
  });

  test.each(articles.map((a) => ({ desc: `${a.lang}/${a.slug}`, article: a })))(
    '$desc',
    ({ article }) => {
      expect(unguardedDestructive(article)).toEqual([]);
    },
  );
});

describe('unguardedDestructive() catches unguarded commands', () => {
  const mdx = (body: string): Article =>
    parseArticle(`---\ntitle: t\n---\n\n${body}\n`, 'en', 'sample');

  test.each([
    {
      desc: 'no callout at all',
      body: '<Command code="delete partition override" />',
    },
    {
      desc: 'callout only after the command',
      body: '<Command code="shrink desired=250 minimum=250" />\n\n<Callout type="warning">\n\nBack up.\n\n</Callout>',
    },
    {
      desc: 'a note is not a warning',
      body: '<Callout type="note">\n\nFYI.\n\n</Callout>\n\n<Command code="reagentc /disable" />',
    },
    {
      desc: 'destructive line inside a multi-line command',
      body: '<Command code={"list disk\\nclean"} />',
    },
  ])('$desc', ({ body }) => {
    expect(unguardedDestructive(mdx(body))).toHaveLength(1);
  });

  test('a danger callout before the command guards it', () => {
    const a = mdx(
      '<Callout type="danger">\n\nStop.\n\n</Callout>\n\n<Command code="delete partition override" />',
    );
    expect(unguardedDestructive(a)).toEqual([]);
  });
});
