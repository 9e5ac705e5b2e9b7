/**
 * Every page template of the built site, in both languages: it loads with no console error, no failed
 * request, no Content-Security-Policy violation and nothing from another origin; and axe (WCAG 2.2 A/AA)
 * finds no violation in the light and the dark theme, also once the widgets show a result. Templates are
 * discovered from the built output (tests/build/dist-site.ts), so new page kinds are covered as they appear;
 * the ones site.test.ts already runs axe on are only load-checked here. Dark-theme axe runs on the English
 * pages: what differs in the dark theme is colour, not language.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, launchBrowser, openPage, url } from './helpers.ts';
import { discoverTemplates } from '../build/dist-site.ts';
import { AXE_COVERED_BY_SITE_TEST, captureCspViolations, cspViolations, origin, samples } from './quality-helpers.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const rows = samples().map((s) => ({ ...s, desc: `${s.path} (${s.key})` }));

/** Keeps the language chooser at / from leaving before it is checked (its script redirects at once). */
async function stayOnChooser(page: Page): Promise<void> {
  await page.addInitScript(() => {
    Object.defineProperty(window, '__stay', { value: true });
  });
  await page.route(url('/'), async (route) => {
    const res = await route.fetch();
    const body = (await res.text()).replace(/<script>[^<]*location\.replace[^<]*<\/script>/, '');
    await route.fulfill({ response: res, body });
  });
}

/** Interactions that put a widget into its result state, so axe sees the verdict and the readings too. */
const STATES: { desc: string; applies: (path: string) => boolean; act: (page: Page) => Promise<void> }[] = [
  {
    desc: 'checker verdict shown',
    applies: (p) => p.includes('/tools/checker/'),
    act: async (page) => {
      await page.locator('checker-widget [data-sample]:not([disabled])').first().click();
      await page.waitForTimeout(300);
    },
  },
  {
    desc: 'decoder readings shown',
    applies: (p) => p.includes('/tools/decoder/'),
    act: async (page) => {
      await page.locator('code-decoder textarea, code-decoder input').first().fill('0x80070643');
      await page.waitForTimeout(500);
    },
  },
  {
    desc: 'search results shown',
    applies: (p) => /\/search\/$/.test(p),
    act: async (page) => {
      await page.goto(`${page.url()}?q=0x80070643`);
      await page.locator('main a[href*="/codes/0x80070643/"]').first().waitFor({ timeout: 5_000 });
    },
  },
];

async function load(page: Page, path: string): Promise<void> {
  if (path === '/') await stayOnChooser(page);
  await page.goto(url(path));
  await page.waitForLoadState('networkidle', { timeout: 3_000 }).catch(() => undefined);
}

describe('every template, light theme: loads cleanly and passes axe', () => {
  test.each(rows)('$desc', async ({ key, path }) => {
    const { page, context, requests, errors } = await openPage(browser, { colorScheme: 'light' });
    await captureCspViolations(page);
    await load(page, path);
    expect(errors, 'console errors and failed requests').toEqual([]);
    expect(await cspViolations(page), 'CSP violations').toEqual([]);
    expect(requests.filter((r) => !r.startsWith(origin()) && !r.startsWith('data:')), 'other origins').toEqual([]);
    if (!AXE_COVERED_BY_SITE_TEST.has(key)) {
      expect(await axeViolations(page)).toEqual([]);
      for (const state of STATES.filter((s) => s.applies(path))) {
        await state.act(page);
        expect(await axeViolations(page), state.desc).toEqual([]);
      }
    }
    expect(errors, 'console errors after interaction').toEqual([]);
    expect(await cspViolations(page), 'CSP violations after interaction').toEqual([]);
    await context.close();
  });
});

describe('every template, dark theme: passes axe', () => {
  // Dark-theme problems are colours, which do not depend on the language: English pages only.
  const dark = rows.filter((r) => !AXE_COVERED_BY_SITE_TEST.has(r.key) && !r.path.startsWith('/ja/'));
  test.each(dark)('$desc', async ({ path }) => {
    const { page, context, errors } = await openPage(browser, { colorScheme: 'dark' });
    await load(page, path);
    expect(await axeViolations(page)).toEqual([]);
    for (const state of STATES.filter((s) => s.applies(path))) {
      await state.act(page);
      expect(await axeViolations(page), state.desc).toEqual([]);
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('every template and every article at 320 CSS px wide (WCAG 1.4.10 reflow): nothing scrolls sideways', () => {
  // Articles carry the tables, paths and error names that are wider than a phone: all of them, not one sample.
  const articles = (discoverTemplates().find((t) => t.key === '/{lang}/guide/*/')?.pages ?? [])
    .filter((path) => !rows.some((r) => r.path === path))
    .map((path) => ({ key: '/{lang}/guide/*/', path, desc: `${path} (article)` }));
  test.each([...rows, ...articles])('$desc', async ({ path }) => {
    const { page, context, errors } = await openPage(browser, { viewport: { width: 320, height: 640 } });
    await load(page, path);
    const overflow = (): Promise<number> =>
      page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(await overflow(), 'page wider than the screen').toBeLessThanOrEqual(0);
    for (const state of STATES.filter((s) => s.applies(path))) {
      await state.act(page);
      expect(await overflow(), state.desc).toBeLessThanOrEqual(0);
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('tables on a wide screen keep their words whole', () => {
  // Letting every word break anywhere also lets a table shrink a column below its longest word
  // ("KB5 034 441"); text only breaks inside a word where a line has no room.
  test.each(['en', 'ja'])('/%s/guide/related-updates/: each KB number on one line', async (lang) => {
    const { page, context, errors } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
    await load(page, `/${lang}/guide/related-updates/`);
    const broken = await page.$$eval('.table-scroll tbody td:first-child', (cells) =>
      cells
        .filter((c) => /^KB\d+$/.test(c.textContent?.trim() ?? ''))
        .filter((c) => {
          const r = document.createRange();
          r.selectNodeContents(c);
          return new Set([...r.getClientRects()].map((x) => Math.round(x.top))).size > 1;
        })
        .map((c) => c.textContent),
    );
    expect(broken).toEqual([]);
    expect(await page.$$eval('.table-scroll tbody td:first-child', (c) => c.length)).toBeGreaterThan(3);
    expect(errors).toEqual([]);
    await context.close();
  });
});
