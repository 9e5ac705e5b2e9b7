/**
 * First-load weight of each page template, measured in Chromium: every file the page fetches until the
 * network is idle, gzipped as a host would serve it (Pagefind's own files are counted apart: they must not
 * load before the reader searches). Also the JavaScript each widget adds to a page without widgets.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';

export const gz = (data: string | Buffer): number => gzipSync(data).length;

export interface PageWeight {
  path: string;
  htmlGz: number;
  cssGz: number;
  jsGz: number;
  otherGz: number;
  /** Parts of the HTML: inline <style> and inline <script> bodies, gzipped on their own. */
  inlineCssGz: number;
  inlineJsGz: number;
  totalGz: number;
  /** Pagefind files fetched at first load (should be none outside the search page). */
  pagefindFiles: string[];
  jsFiles: string[];
}

function fileFor(dist: string, pathname: string): string | undefined {
  const clean = decodeURIComponent(pathname);
  const candidates = clean.endsWith('/') ? [join(dist, clean, 'index.html')] : [join(dist, clean), join(dist, `${clean}.html`)];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

const inline = (html: string, tag: 'script' | 'style'): string[] =>
  [...html.matchAll(new RegExp(`<${tag}\\b([^>]*)>([\\s\\S]*?)</${tag}>`, 'gi'))]
    .filter((m) => !/\ssrc=/.test(m[1] ?? ''))
    .map((m) => m[2] ?? '');

/** Every URL a fresh context requests while loading `url` until the network is idle (and, with `use`, while
 * its widgets are used). */
async function requestedUrls(browser: Browser, url: string, use: boolean): Promise<string[]> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const urls: string[] = [];
  page.on('request', (r) => urls.push(r.url()));
  await page.goto(url);
  await page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => undefined);
  if (use) await useWidgets(page);
  await context.close();
  return urls;
}

/** Loads `path` in a fresh context and weighs what it fetched. */
export async function weighPage(browser: Browser, origin: string, dist: string, path: string): Promise<PageWeight> {
  const urls = await requestedUrls(browser, origin + path, false);
  const w: PageWeight = { path, htmlGz: 0, cssGz: 0, jsGz: 0, otherGz: 0, inlineCssGz: 0, inlineJsGz: 0, totalGz: 0, pagefindFiles: [], jsFiles: [] };
  for (const u of new Set(urls)) {
    const url = new URL(u);
    if (url.origin !== origin) continue;
    const file = fileFor(dist, url.pathname);
    if (!file) continue;
    const body = readFileSync(file);
    if (url.pathname.startsWith('/pagefind/')) {
      w.pagefindFiles.push(url.pathname);
      continue;
    }
    if (file.endsWith('.html')) {
      w.htmlGz += gz(body);
      const html = body.toString('utf8');
      w.inlineCssGz += inline(html, 'style').reduce((n, s) => n + gz(s), 0);
      w.inlineJsGz += inline(html, 'script').reduce((n, s) => n + gz(s), 0);
    } else if (file.endsWith('.css')) w.cssGz += gz(body);
    else if (/\.m?js$/.test(file)) {
      w.jsGz += gz(body);
      w.jsFiles.push(url.pathname);
    } else w.otherGz += gz(body);
  }
  w.totalGz = w.htmlGz + w.cssGz + w.jsGz;
  return w;
}

/** Types into every text box of the page's widgets and waits for what that loads. */
async function useWidgets(page: Page): Promise<void> {
  const boxes = page.locator('main textarea:not([disabled]), main input[type="text"]:not([disabled]), main input:not([type]):not([disabled])');
  for (let i = 0; i < (await boxes.count()); i++) {
    await boxes.nth(i).fill('0x80070643\nWindows RE status: Enabled\nWindows RE location: \\\\?\\GLOBALROOT\\device\\harddisk0\\partition4\\Recovery\\WindowsRE');
  }
  await page.waitForTimeout(1_500);
  await page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => undefined);
}

/**
 * The scripts a page runs, by content: external files and inline bodies, at first load and, with `use`, once
 * its widgets are used (a widget may load its code on first use). Name tables are data loaded on demand per
 * family and are left out.
 */
async function scriptSet(browser: Browser, origin: string, dist: string, path: string, use: boolean): Promise<Map<string, number>> {
  const urls = await requestedUrls(browser, origin + path, use);
  const jsFiles = [...new Set(urls)]
    .map((u) => new URL(u))
    .filter((u) => u.origin === origin && /\.m?js$/.test(u.pathname) && !u.pathname.startsWith('/pagefind/'))
    .map((u) => u.pathname)
    .filter((f) => !/\/errcodes-[\w-]+\.[\w-]+\.js$/.test(f));
  const weight = { jsFiles };
  const set = new Map<string, number>();
  for (const f of weight.jsFiles) {
    const body = readFileSync(fileFor(dist, f) as string);
    set.set(createHash('sha256').update(body).digest('hex'), gz(body));
  }
  const html = readFileSync(fileFor(dist, path) as string, 'utf8');
  for (const s of inline(html, 'script')) set.set(createHash('sha256').update(s).digest('hex'), gz(s));
  return set;
}

/**
 * Gzipped JavaScript a widget page runs, at first load and once used, beyond what `baseline` (a page without
 * widgets) runs; name tables excluded.
 */
export async function widgetJs(browser: Browser, origin: string, dist: string, path: string, baseline: string): Promise<number> {
  const own = await scriptSet(browser, origin, dist, path, true);
  const base = await scriptSet(browser, origin, dist, baseline, false);
  let total = 0;
  for (const [hash, size] of own) if (!base.has(hash)) total += size;
  return total;
}
