/**
 * Shared pieces of the quality gates in the browser: the page templates found in the built site, CSP
 * violation capture, and finding the interactive widgets on a page.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { inject } from 'vitest';
import { templateSamples } from '../build/dist-site.ts';

export { discoverTemplates, listPages, pageLang, templateSamples } from '../build/dist-site.ts';

/** Templates the site-wide browser test (site.test.ts) already checks with axe in both themes. */
export const AXE_COVERED_BY_SITE_TEST = new Set(['/', '/{lang}/', '/{lang}/guide/']);

/** The preview server's origin. */
export function origin(): string {
  return new URL(inject('baseURL')).origin;
}

/** Records Content-Security-Policy violations in `window.__cspViolations` from the first byte on. */
export async function captureCspViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __cspViolations: string[] };
    w.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      w.__cspViolations.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
}

/** The CSP violations recorded so far. */
export function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
}

/**
 * CSS selectors of the widgets on the page: custom elements that hold a text box (textarea or a text-like
 * input). Header chrome (theme, search opener) has none. Returns one selector per widget, e.g.
 * `checker-widget:nth-of-type(1)`.
 */
export function findWidgets(page: Page): Promise<{ selector: string; tag: string; control: string }[]> {
  return page.evaluate(() => {
    const TEXT = 'textarea, input:not([type]), input[type="text"], input[type="search"]';
    const out: { selector: string; tag: string; control: string }[] = [];
    const seen = new Map<string, number>();
    for (const el of Array.from(document.querySelectorAll('main *'))) {
      const tag = el.tagName.toLowerCase();
      if (!tag.includes('-')) continue;
      const n = (seen.get(tag) ?? 0) + 1;
      seen.set(tag, n);
      const control = el.querySelector(TEXT);
      if (!control) continue;
      const all = Array.from(document.querySelectorAll(tag));
      const selector = `${tag} >> nth=${all.indexOf(el)}`;
      const controlSel = control.id ? `#${CSS.escape(control.id)}` : `${selector} >> ${control.tagName.toLowerCase()}`;
      out.push({ selector, tag, control: controlSel });
    }
    return out;
  });
}

/** Template samples (one page per language per template) discovered from the built site. */
export function samples(): { key: string; path: string }[] {
  return templateSamples();
}

/** Realistic pastes from the fixtures: a full collector output and a plain reagentc + diskpart session. */
export function fixturePastes(): string[] {
  const root = resolve(import.meta.dirname, '../fixtures');
  const files = readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.txt'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
  const pick = (part: string): string => readFileSync(files.find((f) => f.includes(part)) ?? (files[0] as string), 'utf8');
  return [pick('collector/en/too-small'), pick('collector/ja/too-small'), pick('reagentc')];
}

/** Classic XSS strings: tags, attribute breakouts, URL schemes, template syntax, and mixed with real input. */
export const XSS_PAYLOADS = [
  '<script>window.__xss=1;alert(1)</script>',
  '<img src=x onerror="window.__xss=1;alert(1)">',
  '"><svg onload="window.__xss=1;alert(1)">',
  "'><img src=x onerror=alert(1)>",
  '</textarea><script>alert(1)</script>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<a href="javascript:alert(1)">0x80070643</a>',
  '<body onload=alert(1)>',
  '<details open ontoggle=alert(1)>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '{{constructor.constructor("alert(1)")()}}',
  '${alert(1)}',
  'javascript:alert(1)',
  '0x80070643<img src=x onerror=alert(1)>',
  'ERROR_INSTALL_FAILURE"><script>alert(1)</script>',
  'Windows RE status: Enabled\nWindows RE location: \\\\?\\GLOBALROOT\\device\\harddisk0\\partition4<img src=x onerror=alert(1)>\\Recovery\\WindowsRE',
  '  Partition 4    Recovery<svg/onload=alert(1)>   674 MB   109 GB',
];
