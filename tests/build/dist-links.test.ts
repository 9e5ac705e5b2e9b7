/**
 * Links in the built site. A small checker over the HTML files rather than linkinator: it needs no server and
 * no network (linkinator crawls over HTTP and would try to fetch every external link, which this machine and
 * CI cannot reach), it checks `#fragment` targets against the ids of the target page, it reads thousands of
 * code pages in a second or two, and it applies our own rule to external links: only the sources listed in the
 * facts files may be linked, so they are compared with that list instead of being fetched.
 */
import { describe, expect, test } from 'vitest';
import {
  FACTS_DIR,
  SITE_ORIGIN,
  discoverTemplates,
  factsGithubRepos,
  factsUrls,
  fileForPath,
  listPages,
  normalizeUrl,
  summarize,
  REQUIRED_TEMPLATES,
} from './dist-site.ts';

interface Link {
  page: string;
  tag: string;
  url: string;
}

const linksOf = (page: string): Link[] => summarize(page).links.map((l) => ({ page, ...l }));
const idsOf = (page: string): Set<string> => summarize(page).ids;

/** The site path a built HTML file answers for, given a resolved URL path. */
function pageKeyFor(pathname: string): string | undefined {
  const file = fileForPath(pathname);
  return file ? pageByFile.get(file) : undefined;
}

const pages = listPages();
const pageByFile = new Map(pages.map((p) => [fileForPath(p) as string, p]));
const all = pages.flatMap(linksOf);

describe('the built site', () => {
  test('has every required template in both languages', () => {
    const keys = discoverTemplates().map((t) => t.key);
    expect(keys).toEqual(expect.arrayContaining([...REQUIRED_TEMPLATES]));
    for (const t of discoverTemplates().filter((t) => t.key.includes('{lang}'))) {
      expect(t.samples.map((p) => p.slice(0, 4)).sort(), t.key).toEqual(['/en/', '/ja/']);
    }
  });
});

describe('internal links and anchors', () => {
  test(`every internal link resolves to a built file (${all.length} links on ${pages.length} pages)`, () => {
    const broken: string[] = [];
    for (const { page, tag, url } of all) {
      if (/^(mailto|tel|data):/i.test(url)) continue;
      const base = new URL(page, `${SITE_ORIGIN}/`);
      let target: URL;
      try {
        target = new URL(url, base);
      } catch {
        broken.push(`${page}: <${tag}> "${url}" is not a URL`);
        continue;
      }
      if (target.origin !== SITE_ORIGIN) continue;
      if (!fileForPath(target.pathname)) broken.push(`${page}: <${tag}> ${url} -> no file for ${target.pathname}`);
    }
    expect(broken).toEqual([]);
  });

  test('every #fragment points at an id on its target page', () => {
    const broken: string[] = [];
    for (const { page, url } of all) {
      if (!url.includes('#')) continue;
      const target = new URL(url, new URL(page, `${SITE_ORIGIN}/`));
      if (target.origin !== SITE_ORIGIN) continue;
      const fragment = decodeURIComponent(target.hash.slice(1));
      if (fragment === '' || fragment === 'top') continue; // '#' and '#top' scroll to the top by definition
      const key = pageKeyFor(target.pathname);
      if (!key) continue; // a missing page is reported by the test above
      if (!idsOf(key).has(fragment)) broken.push(`${page}: ${url} -> no id="${fragment}" on ${key}`);
    }
    expect(broken).toEqual([]);
  });

  test('links use the trailing-slash form the site serves', () => {
    const wrong = all
      .filter(({ tag, url }) => tag === 'a' && /^\/(ja|en)(\/[^#?]*)?$/.test(url.replace(/[#?].*$/, '')))
      .filter(({ url }) => {
        const path = url.replace(/[#?].*$/, '');
        return !path.endsWith('/') && !/\.\w+$/.test(path);
      })
      .map(({ page, url }) => `${page}: ${url}`);
    expect(wrong).toEqual([]);
  });
});

describe('external links', () => {
  const allowed = factsUrls();
  const repos = factsGithubRepos();
  /** A GitHub file or folder of a repository the facts cite as `owner/repo` (their sources name files that way). */
  const citedRepo = (url: URL): boolean => {
    const [owner, repo] = url.pathname.split('/').filter(Boolean);
    return url.hostname === 'github.com' && repos?.has(`${owner}/${repo}`.toLowerCase()) === true;
  };
  test.skipIf(allowed === undefined)('are only sources listed in the facts files', () => {
    const foreign = new Set<string>();
    for (const { page, url } of all) {
      if (!/^https?:\/\//i.test(url)) continue;
      const parsed = new URL(url);
      if (parsed.origin === SITE_ORIGIN) continue;
      if (!allowed?.has(normalizeUrl(url)) && !citedRepo(parsed)) foreign.add(`${page}: ${url}`);
    }
    expect([...foreign]).toEqual([]);
  });
  if (allowed === undefined) {
    test(`facts folder absent (${FACTS_DIR}): the external-link check is skipped`, () => {
      console.warn(`${FACTS_DIR} does not exist: external links were not compared with the facts files.`);
      expect(allowed).toBeUndefined();
    });
  }

  test('open no window that can reach back (no target=_blank without noopener)', () => {
    const bad = pages.flatMap((page) =>
      summarize(page)
        .blankTargets.filter(({ rel }) => !/\bnoopener\b|\bnoreferrer\b/.test(rel))
        .map(({ href }) => `${page}: ${href}`),
    );
    expect(bad).toEqual([]);
  });
});
