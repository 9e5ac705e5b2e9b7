/**
 * Search cost in Chromium: bytes fetched for a code query on the search page, cold (the first query after
 * the page and its search UI loaded) and warm (a second code query). Bytes are what a host sends: gzip for
 * text files, Pagefind's own compressed files as they are.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { gz } from './weight.ts';

export interface SearchCost {
  coldBytes: number;
  warmBytes: number;
  coldFiles: string[];
  warmFiles: string[];
  found: boolean;
}

function sentBytes(dist: string, pathname: string): number {
  const file = join(dist, decodeURIComponent(pathname));
  if (!existsSync(file) || !statSync(file).isFile()) return 0;
  const body = readFileSync(file);
  return /\.(m?js|css|json|html|svg)$/.test(file) ? gz(body) : body.length;
}

/** Waits until no request has started for `quietMs` (result fragments keep arriving after the first hit). */
async function quiet(page: Page, urls: readonly string[], quietMs = 1_500, maxMs = 15_000): Promise<void> {
  const start = Date.now();
  let count = urls.length;
  let since = Date.now();
  while (Date.now() - since < quietMs && Date.now() - start < maxMs) {
    await page.waitForTimeout(100);
    if (urls.length !== count) {
      count = urls.length;
      since = Date.now();
    }
  }
}

async function query(page: Page, urls: readonly string[], text: string, expectHref: string): Promise<boolean> {
  const input = page.locator('main input[type="search"], main input').first();
  await input.fill(text);
  try {
    await page.locator(`main a[href*="${expectHref}"]`).first().waitFor({ timeout: 10_000 });
    return true;
  } catch {
    return false;
  } finally {
    await quiet(page, urls);
  }
}

/** Measures a cold and a warm code query on `/{lang}/search/`. */
export async function measureSearch(browser: Browser, origin: string, dist: string, lang = 'en'): Promise<SearchCost> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const urls: string[] = [];
  page.on('request', (r) => urls.push(r.url()));
  await page.goto(`${origin}/${lang}/search/`);
  await page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => undefined);
  await page.locator('main input').first().waitFor({ timeout: 10_000 });
  await quiet(page, urls);
  const uiLoaded = urls.length;
  const coldFound = await query(page, urls, '0x80070643', '/codes/0x80070643/');
  const afterCold = urls.length;
  const warmFound = await query(page, urls, '0x8024200B', '/codes/0x8024200b/');
  await context.close();
  const files = (list: string[]): string[] => [...new Set(list.map((u) => new URL(u).pathname))];
  const coldFiles = files(urls.slice(uiLoaded, afterCold));
  const warmFiles = files(urls.slice(afterCold)).filter((f) => !coldFiles.includes(f));
  return {
    coldBytes: coldFiles.reduce((n, f) => n + sentBytes(dist, f), 0),
    warmBytes: warmFiles.reduce((n, f) => n + sentBytes(dist, f), 0),
    coldFiles,
    warmFiles,
    found: coldFound && warmFound,
  };
}
