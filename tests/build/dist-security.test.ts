/**
 * Security and privacy of the built output, page by page: the Content-Security-Policy allows no un-hashed
 * inline script and no other origin, the page runs no inline event handler or `javascript:` URL, loads nothing
 * from another origin, and carries no analytics; dist/_headers sends a policy that covers every page.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  DIST,
  SITE_ORIGIN,
  inlineScripts,
  inlineStyles,
  listPages,
  pagePolicy,
  parsePolicy,
  readPage,
  startTags,
} from './dist-site.ts';

const pages = listPages();
const sha256 = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Sources a script-src may hold: our own origin, hashes, and WebAssembly compilation for Pagefind. */
const SCRIPT_SOURCE = /^('self'|'sha(256|384|512)-[A-Za-z0-9+/=]+'|'wasm-unsafe-eval'|'strict-dynamic')$/;
/** Sources any other fetch directive may hold. */
const OWN_SOURCE = /^('self'|'none'|data:|'sha(256|384|512)-[A-Za-z0-9+/=]+')$/;

/** Signatures of analytics, tracking and beacons, in HTML and in the shipped JavaScript. */
const TRACKERS = [
  /google-analytics\.com/i,
  /googletagmanager\.com/i,
  /\bgtag\(/,
  /\bga\(\s*['"]create/,
  /plausible\.io/i,
  /matomo|piwik/i,
  /static\.cloudflareinsights\.com|beacon\.min\.js/i,
  /umami\.(is|js)/i,
  /clarity\.ms/i,
  /hotjar/i,
  /segment\.(io|com)\/analytics/i,
  /sendBeacon\s*\(/,
  /fbq\(|connect\.facebook\.net/i,
];

function policyProblems(policy: Map<string, string[]>): string[] {
  const problems: string[] = [];
  const script = policy.get('script-src');
  if (!script) problems.push('no script-src');
  for (const s of script ?? []) if (!SCRIPT_SOURCE.test(s)) problems.push(`script-src allows ${s}`);
  if (policy.get('default-src')?.join(' ') !== "'self'") problems.push("default-src is not 'self'");
  if (policy.get('object-src')?.join(' ') !== "'none'") problems.push("object-src is not 'none'");
  if (!policy.get('base-uri')) problems.push('no base-uri');
  for (const [name, sources] of policy) {
    if (name === 'script-src' || name.endsWith('-attr')) continue;
    if (!name.endsWith('-src')) continue;
    for (const s of sources) if (!OWN_SOURCE.test(s)) problems.push(`${name} allows ${s}`);
  }
  for (const name of ['script-src-attr', 'script-src-elem']) {
    for (const s of policy.get(name) ?? []) if (!SCRIPT_SOURCE.test(s) && s !== "'none'") problems.push(`${name} allows ${s}`);
  }
  return problems;
}

describe('Content-Security-Policy <meta>', () => {
  test(`every page (${pages.length}) has a strict policy: own origin only, no unsafe-inline or eval for scripts`, () => {
    const problems: string[] = [];
    for (const page of pages) {
      const policy = pagePolicy(readPage(page));
      if (!policy) problems.push(`${page}: no CSP <meta>`);
      else problems.push(...policyProblems(policy).map((p) => `${page}: ${p}`));
    }
    expect(problems).toEqual([]);
  });

  test('every inline script and style is allowed by its hash, nothing else inline is', () => {
    const problems: string[] = [];
    for (const page of pages) {
      const html = readPage(page);
      const policy = pagePolicy(html);
      if (!policy) continue;
      const scriptSrc = new Set(policy.get('script-src') ?? []);
      const styleSrc = new Set(policy.get('style-src') ?? []);
      for (const body of inlineScripts(html)) {
        if (!scriptSrc.has(sha256(body))) problems.push(`${page}: inline script not hashed: ${body.slice(0, 60)}…`);
      }
      for (const body of inlineStyles(html)) {
        if (!styleSrc.has(sha256(body))) problems.push(`${page}: inline style not hashed: ${body.slice(0, 60)}…`);
      }
    }
    expect(problems).toEqual([]);
  });

  test('no inline event handler, javascript: URL or srcdoc anywhere', () => {
    const problems: string[] = [];
    for (const page of pages) {
      for (const { tag, attrs } of startTags(readPage(page))) {
        for (const [name, value] of attrs) {
          if (/^on[a-z]+$/.test(name)) problems.push(`${page}: <${tag} ${name}>`);
          if (name === 'srcdoc') problems.push(`${page}: <${tag} srcdoc>`);
          if (/^\s*javascript:/i.test(value)) problems.push(`${page}: <${tag} ${name}="${value}">`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('dist/_headers', () => {
  const file = join(DIST, '_headers');
  test('sends a Content-Security-Policy that covers every page and forbids framing', () => {
    expect(existsSync(file)).toBe(true);
    const text = readFileSync(file, 'utf8');
    expect(text).not.toContain('@generated');
    const line = /^\s*Content-Security-Policy:\s*(.+)$/m.exec(text)?.[1];
    expect(line).toBeDefined();
    const header = parsePolicy(line ?? '');
    expect(policyProblems(header)).toEqual([]);
    expect(header.get('frame-ancestors')).toEqual(["'none'"]);
    // The header and the page's <meta> are both enforced: the header must allow what each page allows.
    const missing: string[] = [];
    for (const page of pages) {
      for (const [name, sources] of pagePolicy(readPage(page)) ?? []) {
        const allowed = new Set(header.get(name) ?? []);
        for (const s of sources) if (!allowed.has(s)) missing.push(`${page}: ${name} ${s}`);
      }
    }
    expect(missing).toEqual([]);
    expect(text).toMatch(/^\s*X-Content-Type-Options:\s*nosniff$/m);
    expect(text).toMatch(/^\s*Referrer-Policy:\s*no-referrer$/m);
  });
});

describe('privacy of the output', () => {
  test('no page loads a script, style, image, font or frame from another origin', () => {
    const foreign: string[] = [];
    for (const page of pages) {
      for (const { tag, attrs } of startTags(readPage(page))) {
        const loads =
          (tag === 'script' && attrs.get('src')) ||
          (['img', 'iframe', 'source', 'video', 'audio', 'embed', 'track'].includes(tag) && attrs.get('src')) ||
          (tag === 'object' && attrs.get('data')) ||
          (tag === 'link' && /\b(stylesheet|preload|modulepreload|prefetch|icon|manifest|preconnect|dns-prefetch)\b/.test(attrs.get('rel') ?? '') && attrs.get('href'));
        if (!loads) continue;
        const target = new URL(loads, new URL(page, `${SITE_ORIGIN}/`));
        if (target.origin !== SITE_ORIGIN) foreign.push(`${page}: <${tag}> ${loads}`);
      }
    }
    expect(foreign).toEqual([]);
  });

  test('no analytics or beacon in any page or shipped script', () => {
    const files = readdirSync(DIST, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && /\.(html|js|mjs)$/.test(e.name))
      .map((e) => join(e.parentPath, e.name));
    const hits: string[] = [];
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      for (const re of TRACKERS) if (re.test(text)) hits.push(`${f.slice(DIST.length)}: ${re}`);
    }
    expect(hits).toEqual([]);
  });

  test('pages ask browsers not to send a Referer to the sources they link', () => {
    const missing = pages.filter((p) => !/<meta name="referrer" content="no-referrer"/.test(readPage(p)));
    // The language chooser and the 404 page link nowhere outside the site.
    expect(missing.filter((p) => p !== '/' && p !== '/404.html')).toEqual([]);
  });
});
