/**
 * Security and privacy of the built output, page by page: the Content-Security-Policy allows no un-hashed
 * inline script and no other origin, the page runs no inline event handler or `javascript:` URL, loads nothing
 * from another origin, and carries no analytics; dist/_headers sends a policy that covers every page.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DIST, SITE_ORIGIN, listPages, parsePolicy, summarize } from './dist-site.ts';

const pages = listPages();

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

/** All signatures in one pattern: one scan per file, the precise list only for a file that matches. */
const ANY_TRACKER = new RegExp(TRACKERS.map((r) => `(?:${r.source})`).join('|'), 'i');

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
      const { policy } = summarize(page);
      if (!policy) problems.push(`${page}: no CSP <meta>`);
      else problems.push(...policyProblems(policy).map((p) => `${page}: ${p}`));
    }
    expect(problems).toEqual([]);
  });

  test('every inline script and style is allowed by its hash, nothing else inline is', () => {
    const problems: string[] = [];
    for (const page of pages) {
      const { policy, scriptHashes, styleHashes } = summarize(page);
      if (!policy) continue;
      const scriptSrc = new Set(policy.get('script-src') ?? []);
      const styleSrc = new Set(policy.get('style-src') ?? []);
      for (const h of scriptHashes) if (!scriptSrc.has(h)) problems.push(`${page}: inline script ${h} not in script-src`);
      for (const h of styleHashes) if (!styleSrc.has(h)) problems.push(`${page}: inline style ${h} not in style-src`);
    }
    expect(problems).toEqual([]);
  });

  test("each page's policy allows only the inline code that page carries (no hash of another page's)", () => {
    const problems: string[] = [];
    for (const page of pages) {
      const { policy, scriptHashes, styleHashes } = summarize(page);
      if (!policy) continue;
      const own = new Set([...scriptHashes, ...styleHashes]);
      for (const name of ['script-src', 'style-src'])
        for (const s of policy.get(name) ?? []) if (s.startsWith("'sha") && !own.has(s)) problems.push(`${page}: ${name} lists ${s}`);
    }
    expect(problems).toEqual([]);
  });

  test('no inline event handler, javascript: URL or srcdoc anywhere', () => {
    const problems = pages.flatMap((page) => summarize(page).inlineCode.map((c) => `${page}: ${c}`));
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
      for (const [name, sources] of summarize(page).policy ?? []) {
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
      for (const { tag, url } of summarize(page).loads) {
        const target = new URL(url, new URL(page, `${SITE_ORIGIN}/`));
        if (target.origin !== SITE_ORIGIN) foreign.push(`${page}: <${tag}> ${url}`);
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
      if (!ANY_TRACKER.test(text)) continue;
      for (const re of TRACKERS) if (re.test(text)) hits.push(`${f.slice(DIST.length)}: ${re}`);
    }
    expect(hits).toEqual([]);
  });

  test('pages ask browsers not to send a Referer to the sources they link', () => {
    const missing = pages.filter((p) => !summarize(p).noReferrer);
    // The language chooser and the 404 page link nowhere outside the site.
    expect(missing.filter((p) => p !== '/' && p !== '/404.html')).toEqual([]);
  });
});
