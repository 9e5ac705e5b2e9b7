// @ts-check
/**
 * Astro integration: after the build, fills the Content-Security-Policy line of dist/_headers (copied from
 * public/_headers) with the union of the policies Astro wrote into every page's <meta>, plus the directives a
 * <meta> cannot carry (frame-ancestors). The union is what every page needs: the hashes of all inline scripts
 * and styles the site emits. A browser enforces both the header and the page's own <meta>, so each page still
 * runs under its own, stricter policy.
 */
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inlineScriptHash } from '../src/utils/csp.ts';

/** The placeholder in public/_headers that the build replaces. */
export const CSP_PLACEHOLDER = 'Content-Security-Policy: @generated';

/** Directives that only work in a header. */
const HEADER_ONLY = ["frame-ancestors 'none'"];

/**
 * Every .html file below `dir`.
 * @param {string} dir
 * @returns {string[]}
 */
function htmlFiles(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name));
}

/**
 * The policy of a page's `<meta http-equiv="content-security-policy">`, or undefined without one.
 * @param {string} html
 * @returns {string | undefined}
 */
export function metaPolicy(html) {
  const m = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html);
  return m?.[1];
}

/**
 * Merges policies directive by directive, keeping each source once and in first-seen order.
 * @example mergePolicies(["script-src 'self' 'sha256-a'", "script-src 'self' 'sha256-b'"])
 * // => "script-src 'self' 'sha256-a' 'sha256-b'"
 * @param {string[]} policies
 * @returns {string}
 */
export function mergePolicies(policies) {
  /** @type {Map<string, Set<string>>} */
  const merged = new Map();
  for (const policy of policies) {
    for (const directive of policy.split(';')) {
      const [name, ...sources] = directive.trim().split(/\s+/).filter(Boolean);
      if (!name) continue;
      const set = merged.get(name.toLowerCase()) ?? new Set();
      for (const s of sources) set.add(s);
      merged.set(name.toLowerCase(), set);
    }
  }
  return [...merged].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/**
 * `'sha256-…'` of the body of every `<tag>` element with a body in the page.
 * @param {string} html
 * @param {'script' | 'style'} tag
 * @returns {string[]}
 */
function inlineHashes(html, tag) {
  const re = tag === 'script' ? /<script\b[^>]*>([\s\S]*?)<\/script>/gi : /<style\b[^>]*>([\s\S]*?)<\/style>/gi;
  return [...html.matchAll(re)]
    .map((m) => m[1] ?? '')
    .filter((body) => body !== '')
    .map((body) => `'${inlineScriptHash(body)}'`);
}

/**
 * Fits the page's CSP `<meta>` to the page. Astro 7 lists the hashes of every script and style the page's
 * route could emit (27 on an article that inlines 5), which costs about 1 KB of incompressible base64 per
 * page and allows more than the page runs; it also misses the styles of components rendered inside MDX
 * content (the diagrams), which a browser would then refuse. Each hash list becomes exactly the page's own
 * inline bodies: script hashes are only ever kept, never added (every inline script must be hashed on
 * purpose, by Astro for bundled scripts or `Astro.csp.insertScriptHash` for `is:inline` ones, and a test
 * checks that); style hashes are kept or added.
 * @param {string} html
 * @returns {string}
 */
export function fitPolicyToPage(html) {
  const policy = metaPolicy(html);
  if (policy === undefined) return html;
  const scripts = new Set(inlineHashes(html, 'script'));
  const styles = [...new Set(inlineHashes(html, 'style'))];
  const fitted = policy
    .split(';')
    .map((directive) => {
      const [name = '', ...sources] = directive.trim().split(/\s+/).filter(Boolean);
      if (name === 'script-src') return [name, ...sources.filter((s) => !s.startsWith("'sha") || scripts.has(s))].join(' ');
      if (name === 'style-src') return [name, ...sources.filter((s) => !s.startsWith("'sha")), ...styles].join(' ');
      return directive.trim();
    })
    .filter(Boolean)
    .join('; ');
  return fitted === policy ? html : html.replace(`content="${policy}"`, `content="${fitted}"`);
}

/**
 * The integration.
 * @returns {import('astro').AstroIntegration}
 */
export default function cspHeaders() {
  return {
    name: 'winre-csp-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const headersFile = join(root, '_headers');
        if (!existsSync(headersFile)) throw new Error(`${headersFile} is missing: public/_headers must exist.`);
        /** @type {string[]} */
        const policies = [];
        for (const file of htmlFiles(root)) {
          const html = readFileSync(file, 'utf8');
          const fixed = fitPolicyToPage(html);
          if (fixed !== html) writeFileSync(file, fixed);
          const policy = metaPolicy(fixed);
          if (policy !== undefined) policies.push(policy);
        }
        if (policies.length === 0) throw new Error('No page carries a CSP <meta>: is security.csp on in astro.config.mjs?');
        const policy = mergePolicies([...policies, ...HEADER_ONLY]);
        const text = readFileSync(headersFile, 'utf8');
        if (!text.includes(CSP_PLACEHOLDER)) {
          throw new Error(`public/_headers has no "${CSP_PLACEHOLDER}" line for the build to fill.`);
        }
        writeFileSync(headersFile, text.replace(CSP_PLACEHOLDER, `Content-Security-Policy: ${policy}`));
        logger.info(`_headers: CSP merged from ${policies.length} pages`);
      },
    },
  };
}
