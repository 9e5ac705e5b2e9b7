import { describe, expect, test } from 'vitest';
import { loadArticles, parseArticle, type Article } from './helpers/content.ts';
import { allFactsText } from './helpers/facts.ts';

/**
 * A source URL is acceptable when it is https and the facts files contain it (percent-encoding aside), or
 * when it is the GitHub address of a repository the facts cite as `owner/repo`, optionally followed by
 * `/blob/<ref>/<path>` for a file path the facts also name.
 */
function sourceUrlIssue(url: string, facts: string): string | null {
  if (!url.startsWith('https://')) return `not https: ${url}`;
  let decoded = url;
  try {
    decoded = decodeURI(url);
  } catch {
    return `malformed URL: ${url}`;
  }
  if (facts.includes(url) || facts.includes(decoded)) return null;
  const gh = /^https:\/\/github\.com\/([\w.-]+\/[\w.-]+)(?:\/(?:blob|tree)\/[^/]+\/(.+))?$/.exec(
    decoded,
  );
  if (gh) {
    const repo = (gh[1] ?? '').replace(/[.]/g, '\\.');
    const repoCited = new RegExp(`(^|[\\s\`(*])${repo}[\\s\`:/)*,]`).test(facts);
    const path = gh[2];
    if (repoCited && (path === undefined || facts.includes(path))) return null;
  }
  return `not in the facts files: ${url}`;
}

/** Problems with one article's frontmatter that the site schema alone would not catch. */
function frontmatterIssues(a: Article, facts: string): string[] {
  const fm = a.frontmatter;
  const issues: string[] = [];
  for (const key of ['title', 'description']) {
    if (typeof fm[key] !== 'string' || (fm[key] as string).trim() === '')
      issues.push(`${key} missing`);
  }
  const updated =
    fm.updated instanceof Date ? fm.updated.toISOString().slice(0, 10) : String(fm.updated ?? '');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(updated) || Number.isNaN(Date.parse(updated))) {
    issues.push(`updated is not a YYYY-MM-DD date: ${updated}`);
  } else if (new Date(updated).toISOString().slice(0, 10) !== updated) {
    issues.push(`updated is not a real calendar date: ${updated}`);
  }
  if (!Array.isArray(fm.appliesTo)) issues.push('appliesTo must be a list');
  if (typeof fm.order !== 'number' || !Number.isInteger(fm.order))
    issues.push('order must be an integer');
  const codes = fm.codes ?? [];
  if (
    !Array.isArray(codes) ||
    !codes.every((c) => typeof c === 'string' && /^0x[0-9A-Fa-f]{8}$/.test(c))
  ) {
    issues.push(`codes must be 0x + 8 hex digits: ${JSON.stringify(codes)}`);
  }
  const sources = fm.sources;
  if (!Array.isArray(sources) || sources.length === 0) {
    issues.push('sources must list at least one source');
  } else {
    for (const s of sources as unknown[]) {
      const src = (s ?? {}) as { title?: unknown; url?: unknown };
      if (typeof src.title !== 'string' || src.title.trim() === '')
        issues.push('a source has no title');
      const issue = sourceUrlIssue(String(src.url ?? ''), facts);
      if (issue) issues.push(issue);
    }
  }
  return issues;
}

const facts = allFactsText();
const articles = loadArticles();

describe('frontmatter', () => {
  test.each(articles.map((a) => ({ desc: `${a.lang}/${a.slug}`, article: a })))(
    '$desc',
    ({ article }) => {
      expect(frontmatterIssues(article, facts)).toEqual([]);
    },
  );

  test.each(['en', 'ja'].map((lang) => ({ desc: lang, lang })))(
    'orders are unique within $desc',
    ({ lang }) => {
      const orders = articles.filter((a) => a.lang === lang).map((a) => a.frontmatter.order);
      expect(new Set(orders).size).toBe(orders.length);
    },
  );

  test.each(articles.filter((a) => a.lang === 'en').map((a) => ({ desc: a.slug, en: a })))(
    '$desc: same order and codes in ja and en',
    ({ en }) => {
      const ja = articles.find((a) => a.lang === 'ja' && a.slug === en.slug);
      if (!ja) throw new Error(`ja/${en.slug} missing`);
      expect(ja.frontmatter.order).toBe(en.frontmatter.order);
      const norm = (a: Article): string[] =>
        ((a.frontmatter.codes as string[] | undefined) ?? []).map((c) => c.toLowerCase()).sort();
      expect(norm(ja)).toEqual(norm(en));
    },
  );
});

describe('frontmatterIssues() catches broken frontmatter', () => {
  const good = [
    "title: 'T'",
    "description: 'D'",
    'updated: 2026-11-24',
    'appliesTo: []',
    'sources:',
    "  - title: 'KB5028997 copy'",
    "    url: 'https://e-procomp.com/all-tips/software-tips/windows-tips/windows-10-kb5034441-update-problem-error-0x80070643/'",
    'order: 10',
  ];
  const article = (lines: string[]): Article =>
    parseArticle(`---\n${lines.join('\n')}\n---\n\nBody.\n`, 'en', 'x');
  const replace = (from: string, to: string): string[] =>
    good.map((l) => (l.startsWith(from) ? to : l));

  test('a correct frontmatter passes', () => {
    expect(frontmatterIssues(article(good), facts)).toEqual([]);
  });

  test.each([
    {
      desc: 'a GitHub repository the facts cite',
      url: 'https://github.com/nnotwen/Script-For-CVE-2024-20666',
    },
    {
      desc: 'a file the facts cite in it',
      url: 'https://github.com/CVEProject/cvelistV5/blob/HEAD/cves/2024/20xxx/CVE-2024-20666.json',
    },
    {
      desc: 'a percent-encoded Japanese URL',
      url: encodeURI(
        'https://support.microsoft.com/ja-jp/topic/kb5028997-winre-更新プログラムをインストールするためにパーティションのサイズを手動で変更する手順-400faa27-9343-461c-ada9-24c8229763bf',
      ),
    },
  ])('accepts $desc', ({ url }) => {
    expect(sourceUrlIssue(url, facts)).toBeNull();
  });

  test.each([
    {
      desc: 'http source',
      lines: replace('    url:', "    url: 'http://e-procomp.com/'"),
    },
    {
      desc: 'source not in the facts',
      lines: replace('    url:', "    url: 'https://example.com/kb5034441'"),
    },
    {
      desc: 'GitHub repository not in the facts',
      lines: replace('    url:', "    url: 'https://github.com/someone/unknown-repo'"),
    },
    {
      desc: 'GitHub file the facts do not name',
      lines: replace(
        '    url:',
        "    url: 'https://github.com/CVEProject/cvelistV5/blob/HEAD/cves/2024/21xxx/CVE-2024-21000.json'",
      ),
    },
    {
      desc: 'no sources',
      lines: good.filter((l) => !l.startsWith('sources') && !l.startsWith('  ')),
    },
    {
      desc: 'date that is not a date',
      lines: replace('updated', 'updated: 2026-13-45'),
    },
    {
      desc: 'date in words',
      lines: replace('updated', "updated: 'November 2026'"),
    },
    { desc: 'order as text', lines: replace('order', "order: 'ten'") },
    { desc: 'malformed code', lines: [...good, "codes: ['0x8007064']"] },
    {
      desc: 'missing title',
      lines: good.filter((l) => !l.startsWith('title')),
    },
  ])('$desc', ({ lines }) => {
    expect(frontmatterIssues(article(lines), facts).length).toBeGreaterThan(0);
  });
});
