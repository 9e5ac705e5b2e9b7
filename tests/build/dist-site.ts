/**
 * Reading the built site (DIST_DIR, default dist/) for the checks over its output and for the browser tests:
 * which pages exist, which page templates they fall into, and the external URLs the facts files allow.
 * Templates are discovered from the output, so a page kind added later is checked without editing a list.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

/** The built site's folder. */
export const DIST = resolve(process.env.DIST_DIR ?? 'dist');

/** The facts folder: `../shared/facts` beside the repository (CI clones the repository with shared/ beside it). */
export const FACTS_DIR = resolve(import.meta.dirname, '../../../shared/facts');

/** The origin in `astro.config.mjs` `site`: absolute links to it are internal. */
export const SITE_ORIGIN = 'https://winre-doctor.example';

/** Templates every build must have: the page kinds that exist from the start. */
export const REQUIRED_TEMPLATES = ['/', '/{lang}/', '/{lang}/guide/', '/{lang}/guide/*/'] as const;

/** A folder with more page children than this is one template with many pages (articles, code pages). */
const COLLECTION_THRESHOLD = 4;

/** Preferred sample pages for collection templates (well-known, content-rich pages). */
const PREFERRED_SAMPLES = ['/{lang}/guide/fix-manual-resize/', '/{lang}/codes/0x80070643/'];

/** Site path of a built HTML file: `en/guide/cause/index.html` -> `/en/guide/cause/`. */
export function sitePath(file: string): string {
  const rel = relative(DIST, file).split(sep).join('/');
  if (rel === 'index.html') return '/';
  if (rel.endsWith('/index.html')) return `/${rel.slice(0, -'index.html'.length)}`;
  return `/${rel}`;
}

/** The built HTML file that answers a site path, the way a static host (and the test server) resolves it. */
export function fileForPath(pathname: string): string | undefined {
  const clean = decodeURIComponent(pathname);
  const candidates = clean.endsWith('/')
    ? [join(DIST, clean, 'index.html')]
    : [join(DIST, clean), join(DIST, `${clean}.html`), join(DIST, clean, 'index.html')];
  return candidates.find((c) => existsSync(c) && !c.endsWith(sep));
}

let pagesCache: string[] | undefined;

/** Every HTML page of the site as a site path, sorted; Pagefind's own files are not pages. */
export function listPages(): string[] {
  pagesCache ??= readdirSync(DIST, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => sitePath(join(e.parentPath, e.name)))
    .filter((p) => !p.startsWith('/pagefind/'))
    .sort();
  return pagesCache;
}

const htmlCache = new Map<string, string>();

/** The HTML of a built page. */
export function readPage(pathname: string): string {
  let html = htmlCache.get(pathname);
  if (html === undefined) {
    const file = fileForPath(pathname);
    if (!file) throw new Error(`${pathname} is not in ${DIST}`);
    html = readFileSync(file, 'utf8');
    htmlCache.set(pathname, html);
  }
  return html;
}

/** `/en/guide/` -> `/{lang}/guide/`; paths outside a language folder stay as they are. */
export function langPattern(pathname: string): string {
  return pathname.replace(/^\/(ja|en)(?=\/)/, '/{lang}');
}

export interface Template {
  /** `/{lang}/guide/*\/`, `/{lang}/tools/checker/`, `/`, `/404.html`. */
  key: string;
  /** Every page of the template, both languages. */
  pages: string[];
  /** One page per language (or the single page outside the language folders) to load in a browser. */
  samples: string[];
}

/**
 * Groups the built pages into templates: a page is its own template unless its folder holds many sibling
 * pages (articles, code pages), which then form one template `/{lang}/folder/*\/`.
 */
export function discoverTemplates(pages: readonly string[] = listPages()): Template[] {
  const childCount = new Map<string, number>();
  for (const p of pages) {
    const parent = p.replace(/[^/]+\/?$/, '');
    childCount.set(parent, (childCount.get(parent) ?? 0) + 1);
  }
  const groups = new Map<string, string[]>();
  for (const p of pages) {
    const parent = p.replace(/[^/]+\/?$/, '');
    const inCollection = (childCount.get(parent) ?? 0) > COLLECTION_THRESHOLD && /^\/(ja|en)\/.+/.test(parent);
    const key = inCollection ? `${langPattern(parent)}*/` : langPattern(p);
    const list = groups.get(key) ?? [];
    list.push(p);
    groups.set(key, list);
  }
  return [...groups].map(([key, list]) => ({ key, pages: list, samples: pickSamples(key, list) }));
}

function pickSamples(key: string, pages: readonly string[]): string[] {
  if (!key.includes('{lang}')) return [pages[0] as string];
  const samples: string[] = [];
  for (const lang of ['en', 'ja']) {
    const own = pages.filter((p) => p.startsWith(`/${lang}/`));
    const preferred = PREFERRED_SAMPLES.map((s) => s.replace('{lang}', lang)).find((s) => own.includes(s));
    const pick = preferred ?? own[0];
    if (pick) samples.push(pick);
  }
  return samples;
}

/** The templates as `[key, sample]` rows for `test.each`, every sample of every template. */
export function templateSamples(): { key: string; path: string }[] {
  return discoverTemplates().flatMap((t) => t.samples.map((path) => ({ key: t.key, path })));
}

/** The language of a sample page (`/` and `/404.html` count as English for their strings). */
export function pageLang(pathname: string): 'ja' | 'en' {
  return pathname.startsWith('/ja/') ? 'ja' : 'en';
}

/**
 * Normalises a URL for comparison: WHATWG form (non-ASCII percent-encoded), no trailing slash or `#` left over.
 * @example normalizeUrl('https://example.com/a/') // => 'https://example.com/a'
 */
export function normalizeUrl(raw: string): string {
  try {
    return new URL(raw).href.replace(/\/$/, '').replace(/#$/, '');
  } catch {
    return raw;
  }
}

/**
 * Every http(s) URL in the facts files (`*.md`), normalised; undefined when the facts folder is absent.
 */
export function factsUrls(): Set<string> | undefined {
  if (!existsSync(FACTS_DIR)) return undefined;
  const urls = new Set<string>();
  for (const name of readdirSync(FACTS_DIR).filter((n) => n.endsWith('.md'))) {
    const text = readFileSync(join(FACTS_DIR, name), 'utf8');
    for (const m of text.matchAll(/https?:\/\/[^\s<>()"'`|\]]+/g)) {
      const url = m[0].replace(/[.,;:!?*]+$/, '');
      urls.add(normalizeUrl(url));
      // A fragment-less form too: an article may cite the page a facts row cites with an anchor.
      urls.add(normalizeUrl(url.replace(/#.*$/, '')));
    }
  }
  return urls;
}

/**
 * GitHub repositories the facts files cite as `owner/repo` (their source lists name files as
 * `owner/repo: path`, not as URLs), lower-cased; undefined when the facts folder is absent.
 */
export function factsGithubRepos(): Set<string> | undefined {
  if (!existsSync(FACTS_DIR)) return undefined;
  const repos = new Set<string>();
  for (const name of readdirSync(FACTS_DIR).filter((n) => n.endsWith('.md'))) {
    const text = readFileSync(join(FACTS_DIR, name), 'utf8');
    for (const m of text.matchAll(/(?<![\w./-])([A-Za-z0-9][\w.-]*\/[A-Za-z0-9][\w.-]*)(?=[:*\s,;)]|$)/gm)) {
      repos.add((m[1] as string).replace(/\.$/, '').toLowerCase());
    }
  }
  return repos;
}

/** Decodes the few entities that appear in attribute values Astro writes. */
export function decodeEntities(value: string): string {
  return value
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Start tags of the page with their attributes, in document order (inside `<script>`/`<style>` skipped). */
export function startTags(html: string): { tag: string; attrs: Map<string, string> }[] {
  const stripped = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/(<script\b[^>]*>)[\s\S]*?(<\/script>)/gi, '$1$2')
    .replace(/(<style\b[^>]*>)[\s\S]*?(<\/style>)/gi, '$1$2');
  const tags: { tag: string; attrs: Map<string, string> }[] = [];
  for (const m of stripped.matchAll(/<([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g)) {
    const attrs = new Map<string, string>();
    for (const a of (m[2] ?? '').matchAll(/([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
      attrs.set((a[1] as string).toLowerCase(), decodeEntities(a[2] ?? a[3] ?? a[4] ?? ''));
    }
    tags.push({ tag: (m[1] as string).toLowerCase(), attrs });
  }
  return tags;
}

/** Inline `<script>` bodies that a browser executes (no `src`, a JavaScript type). */
export function inlineScripts(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attrs = m[1] ?? '';
    if (/\ssrc\s*=/i.test(attrs)) continue;
    const type = /\stype\s*=\s*"([^"]*)"/i.exec(attrs)?.[1]?.toLowerCase() ?? '';
    if (type && type !== 'module' && type !== 'text/javascript' && type !== 'application/javascript') continue;
    out.push(m[2] ?? '');
  }
  return out;
}

/** Inline `<style>` bodies. */
export function inlineStyles(html: string): string[] {
  return [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1] ?? '');
}

/** The page's CSP `<meta>` policy as directive -> sources, or undefined without one. */
export function pagePolicy(html: string): Map<string, string[]> | undefined {
  const meta = startTags(html).find(
    (t) => t.tag === 'meta' && t.attrs.get('http-equiv')?.toLowerCase() === 'content-security-policy',
  );
  if (!meta) return undefined;
  return parsePolicy(meta.attrs.get('content') ?? '');
}

/** Parses a CSP string into directive -> sources. */
export function parsePolicy(policy: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const d of policy.split(';')) {
    const [name, ...sources] = d.trim().split(/\s+/).filter(Boolean);
    if (name) map.set(name.toLowerCase(), sources);
  }
  return map;
}

/** Attributes that hold a URL the reader or the browser follows. */
const URL_ATTRS: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src'],
  source: ['src'],
  iframe: ['src'],
  form: ['action'],
  use: ['href', 'xlink:href'],
  image: ['href'],
};

/** Elements that make the browser load something, and the attribute that says what. */
function loadedUrl(tag: string, attrs: Map<string, string>): string | undefined {
  if (tag === 'script') return attrs.get('src');
  if (['img', 'iframe', 'source', 'video', 'audio', 'embed', 'track'].includes(tag)) return attrs.get('src');
  if (tag === 'object') return attrs.get('data');
  const rel = attrs.get('rel') ?? '';
  if (tag === 'link' && /\b(stylesheet|preload|modulepreload|prefetch|icon|manifest|preconnect|dns-prefetch)\b/.test(rel)) {
    return attrs.get('href');
  }
  return undefined;
}

/** What the checks need from one page, gathered in a single pass over its tags. */
export interface PageSummary {
  links: { tag: string; url: string }[];
  ids: Set<string>;
  policy: Map<string, string[]> | undefined;
  /** `'sha256-…'` of each executable inline script and each inline style. */
  scriptHashes: string[];
  styleHashes: string[];
  /** Inline event handlers, `srcdoc` and `javascript:` URLs, described. */
  inlineCode: string[];
  /** URLs the page loads by itself (scripts, styles, images, frames, icons). */
  loads: { tag: string; url: string }[];
  /** Links that open a new window, with their rel. */
  blankTargets: { href: string; rel: string }[];
  noReferrer: boolean;
}

const sha = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const summaryCache = new Map<string, PageSummary>();

/** One pass over a page for every check over the built HTML (cached: thousands of pages are read once). */
export function summarize(page: string): PageSummary {
  const cached = summaryCache.get(page);
  if (cached) return cached;
  const html = readPage(page);
  const summary: PageSummary = {
    links: [],
    ids: new Set(),
    policy: undefined,
    scriptHashes: inlineScripts(html).map(sha),
    styleHashes: inlineStyles(html).map(sha),
    inlineCode: [],
    loads: [],
    blankTargets: [],
    noReferrer: false,
  };
  for (const { tag, attrs } of startTags(html)) {
    for (const attr of URL_ATTRS[tag] ?? []) {
      const url = attrs.get(attr);
      if (url !== undefined) summary.links.push({ tag, url });
    }
    const srcset = attrs.get('srcset');
    if (srcset) for (const part of srcset.split(',')) summary.links.push({ tag, url: part.trim().split(/\s+/)[0] ?? '' });
    const id = attrs.get('id');
    if (id) summary.ids.add(id);
    if (tag === 'a' && attrs.get('name')) summary.ids.add(attrs.get('name') as string);
    for (const [name, value] of attrs) {
      if (/^on[a-z]+$/.test(name)) summary.inlineCode.push(`<${tag} ${name}>`);
      if (name === 'srcdoc') summary.inlineCode.push(`<${tag} srcdoc>`);
      if (/^\s*javascript:/i.test(value)) summary.inlineCode.push(`<${tag} ${name}="${value}">`);
    }
    const loaded = loadedUrl(tag, attrs);
    if (loaded) summary.loads.push({ tag, url: loaded });
    if (tag === 'a' && attrs.get('target') === '_blank') {
      summary.blankTargets.push({ href: attrs.get('href') ?? '', rel: attrs.get('rel') ?? '' });
    }
    if (tag === 'meta') {
      const equiv = attrs.get('http-equiv')?.toLowerCase();
      if (equiv === 'content-security-policy') summary.policy = parsePolicy(attrs.get('content') ?? '');
      if (attrs.get('name') === 'referrer' && attrs.get('content') === 'no-referrer') summary.noReferrer = true;
    }
  }
  summaryCache.set(page, summary);
  return summary;
}
