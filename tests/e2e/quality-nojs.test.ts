/**
 * Without JavaScript: every article is fully readable (all of its text is in the HTML and visible, nothing
 * waits for a script to appear), and every widget says in the reader's language that it needs JavaScript,
 * with its controls disabled rather than dead. With JavaScript, that message is gone.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { t } from '../../src/i18n/index.ts';
import { launchBrowser, openPage, url } from './helpers.ts';
import { discoverTemplates, findWidgets, pageLang, samples } from './quality-helpers.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const articles = discoverTemplates().find((t) => t.key === '/{lang}/guide/*/')?.pages ?? [];
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

describe('articles without JavaScript', () => {
  test('there are articles in both languages', () => {
    expect(articles.filter((p) => p.startsWith('/en/')).length).toBeGreaterThan(0);
    expect(articles.filter((p) => p.startsWith('/ja/')).length).toBeGreaterThan(0);
  });

  test('every article shows all its text without scripts, as it does with them', async () => {
    const off = await browser.newContext({ javaScriptEnabled: false });
    const on = await browser.newContext();
    const problems: string[] = [];
    const [pageOff, pageOn] = [await off.newPage(), await on.newPage()];
    for (const path of articles) {
      await pageOff.goto(url(path));
      await pageOn.goto(url(path));
      // Every block of text visible with scripts is visible without them (a layout may hide, say, the table
      // of contents at this width either way; only what needs a script to appear counts).
      const hiddenBlocks = (root: Element): string[] =>
        Array.from(root.querySelectorAll('p, li, h1, h2, h3, h4, td, th, pre, dt, dd, figcaption, summary'))
          .filter((el) => (el.textContent ?? '').trim() !== '' && !(el as HTMLElement).checkVisibility())
          .map((el) => `${el.tagName.toLowerCase()}: ${(el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60)}`);
      const hiddenOn = new Set(await pageOn.locator('main').evaluate(hiddenBlocks));
      const hiddenOff = await pageOff.locator('main').evaluate(hiddenBlocks);
      problems.push(...hiddenOff.filter((h) => !hiddenOn.has(h)).map((h) => `${path}: hidden without JS: ${h}`));
      // A panel hidden with scripts can be opened with them; without scripts every panel must show.
      const closedPanels = await pageOff.locator('main').evaluate((root) =>
        Array.from(root.querySelectorAll('[role="tabpanel"], .tab-panel, tab-group > * > *'))
          .filter((el) => (el.textContent ?? '').trim() !== '' && !(el as HTMLElement).checkVisibility())
          .map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60)),
      );
      problems.push(...closedPanels.map((h) => `${path}: panel hidden without JS: ${h}`));
      // The text a reader sees with scripts is all there without them (widget chrome aside).
      const textOff = (await pageOff.locator('main').innerText()).replace(/\s+/g, ' ');
      const linesOn = (await pageOn.locator('main').evaluate((m) => {
        const clone = m.cloneNode(true) as HTMLElement;
        for (const w of Array.from(clone.querySelectorAll('*'))) if (w.tagName.includes('-') && w.querySelector('textarea, input, button')) w.remove();
        return Array.from(clone.querySelectorAll('p, li, h1, h2, h3, td, pre')).map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim());
      })).filter((l) => l.length > 20);
      const missing = linesOn.filter((l) => !textOff.includes(l.slice(0, 40)));
      problems.push(...missing.slice(0, 3).map((l) => `${path}: only with JS: ${l.slice(0, 80)}`));
      if (textOff.length < 800) problems.push(`${path}: only ${textOff.length} characters without JS`);
      const lang = pageLang(path);
      if (lang === 'ja' && !JAPANESE.test(textOff)) problems.push(`${path}: no Japanese text`);
    }
    await off.close();
    await on.close();
    expect(problems).toEqual([]);
  });
});

/** Sample pages in both languages (the message is the language check); `/` only redirects, 404 has no widget. */
const widgetSamples = samples().filter((s) => s.path !== '/' && !s.path.startsWith('/404'));

/**
 * Whether a visible element inside the widget, or beside it, holds the text. Evaluated in the page:
 * Playwright's text locators skip <noscript>, which is exactly where a needs-JavaScript message lives.
 */
function visibleTextNear(selector: string, text: string): string {
  return `(() => {
    const w = document.querySelectorAll(${JSON.stringify(selector.split(' >> ')[0])})[${Number(selector.split('nth=')[1] ?? 0)}];
    if (!w) return false;
    const scopes = [w, w.parentElement].filter(Boolean);
    return scopes.some((s) => Array.from(s.querySelectorAll('*')).some((el) =>
      (el.textContent || '').includes(${JSON.stringify(text)}) && el.children.length === 0 &&
      el.checkVisibility() && el.getBoundingClientRect().height > 0));
  })()`;
}

describe("widgets without JavaScript say they need it, in the reader's language", () => {
  test.each(widgetSamples)('$path', async ({ path }) => {
    const lang = pageLang(path);
    const message = t(lang, 'widget.needsJs');
    const { page: pageOn, context: on } = await openPage(browser);
    await pageOn.goto(url(path));
    const widgets = await findWidgets(pageOn);
    const { page, context } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(url(path));
    for (const w of widgets) {
      // The search page's UI (Pagefind's elements inside <search-page>) exists only once its script ran;
      // the page's own message is checked below.
      if (/\/search\/$/.test(path) && (w.tag === 'search-page' || w.tag.startsWith('pagefind-'))) continue;
      expect(await page.evaluate(visibleTextNear(w.selector, message)), `${w.tag} on ${path} shows widget.needsJs`).toBe(true);
      // Controls are disabled until the script runs, not silently dead.
      expect(await page.locator(w.control).first().isDisabled(), `${w.tag} control disabled`).toBe(true);
      // With scripts the message is gone.
      expect(await pageOn.evaluate(visibleTextNear(w.selector, message)), `${w.tag} with JavaScript on`).toBe(false);
    }
    // A search page has no text box before its script runs; it must still say why, in the page's language.
    if (/\/search\/$/.test(path)) {
      const note = page.locator('main').getByText('JavaScript', { exact: false }).first();
      expect(await note.isVisible()).toBe(true);
      expect(JAPANESE.test(await note.innerText())).toBe(lang === 'ja');
    }
    await context.close();
    await on.close();
  });
});
