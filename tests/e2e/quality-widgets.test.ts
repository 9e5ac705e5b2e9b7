/**
 * The widgets' promises, on every page that has one (found in the built site: custom elements with a text
 * box, so the checker, the decoder and any later widget are covered wherever they are embedded):
 * - privacy: typing and pasting sends nothing. Every request is intercepted; after the page and the name
 *   tables a first use may load (same-origin static files, no query, no body), using the widgets again makes
 *   zero requests, and nothing ever goes to another origin or carries the input;
 * - security: classic XSS strings typed into every widget, or passed in its address (`?code=`, `?q=`), stay
 *   inert text: no dialog, no script run, no element with an event handler, no request they would cause.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page, Request } from 'playwright-core';
import { launchBrowser, openPage, url } from './helpers.ts';
import { XSS_PAYLOADS, findWidgets, fixturePastes, origin, samples } from './quality-helpers.ts';
import { readPage } from '../build/dist-site.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * Sample pages whose HTML holds a widget tag with a text box (checked again in the browser). English pages
 * only: the widgets run the same code in both languages, and the Japanese paste is among the inputs.
 */
const widgetPages = [...new Set(samples().map((s) => s.path))].filter((p) => !p.startsWith('/ja/')).filter((p) =>
  /<([a-z]+-[a-z-]+)\b[^>]*>[\s\S]*?<(textarea|input)\b/.test(readPage(p).replace(/<header[\s\S]*?<\/header>/, '')),
);

/** Inputs that exercise each name table and the paste parsers. */
const CODE_INPUTS = ['0x80070643', 'STATUS_PENDING', 'WU_E_NO_UPDATE', 'CBS_E_INSUFFICIENT_DISK_SPACE'];

interface Recorded {
  url: string;
  method: string;
  body: string | null;
}

async function intercept(page: Page): Promise<Recorded[]> {
  const seen: Recorded[] = [];
  await page.route('**/*', async (route) => {
    const r: Request = route.request();
    seen.push({ url: r.url(), method: r.method(), body: r.postData() });
    if (!r.url().startsWith(origin())) await route.abort('blockedbyclient');
    else await route.continue();
  });
  return seen;
}

/** Waits until the page has had no request in flight for a moment (a widget may load a table on a timer). */
async function settle(page: Page, ms: number): Promise<void> {
  let inFlight = 0;
  const up = (): void => void (inFlight += 1);
  const down = (): void => void (inFlight -= 1);
  page.on('request', up);
  page.on('requestfinished', down);
  page.on('requestfailed', down);
  await page.waitForTimeout(ms);
  for (let i = 0; i < 30 && inFlight > 0; i++) await page.waitForTimeout(100);
  page.off('request', up);
  page.off('requestfinished', down);
  page.off('requestfailed', down);
}

async function useWidgets(page: Page, inputs: readonly string[], settleMs = 60): Promise<void> {
  for (const w of await findWidgets(page)) {
    const control = page.locator(w.control).first();
    await control.waitFor({ state: 'visible' });
    await expect.poll(() => control.isEnabled(), { timeout: 5_000 }).toBe(true);
    for (const text of inputs) {
      await control.fill(text);
      await control.press('End');
      await settle(page, settleMs);
    }
    await control.press('Enter');
  }
  await page.waitForTimeout(400);
}

describe('privacy: using the widgets sends nothing', () => {
  test('there are widget pages to check', () => {
    expect(widgetPages.length).toBeGreaterThan(0);
  });

  test.each(widgetPages)('%s', async (path) => {
    const { page, context, errors } = await openPage(browser);
    const seen = await intercept(page);
    await page.goto(url(path));
    await page.waitForLoadState('networkidle', { timeout: 3_000 }).catch(() => undefined);
    const pastes = fixturePastes().slice(0, 2);
    const inputs = [...CODE_INPUTS, ...pastes];
    // First use: name tables and explanations may load lazily (the decoder waits 250 ms after typing), as
    // static files of our own; each input is given time to settle.
    await useWidgets(page, inputs, 350);
    const afterFirstUse = seen.length;
    // Any later use: zero requests. The icon is left out: Chromium fetches it again whenever a widget mirrors
    // its input into the address bar (history.replaceState), and it carries nothing.
    await useWidgets(page, [...inputs].reverse());
    const again = seen.slice(afterFirstUse).filter((r) => new URL(r.url).pathname !== '/favicon.svg');
    expect(again.map((r) => r.url), 'requests while using the widgets again').toEqual([]);

    const own = origin();
    const markers = ['0x80070643', 'STATUS_PENDING', 'harddisk', 'reagentc', 'Recovery'];
    for (const r of seen) {
      expect(r.url.startsWith(own), `other origin: ${r.url}`).toBe(true);
      expect(r.method, r.url).toBe('GET');
      expect(r.body, r.url).toBeNull();
      const u = new URL(r.url);
      if (u.pathname !== new URL(url(path)).pathname) expect(u.search, `query on ${r.url}`).toBe('');
      for (const m of markers) expect(decodeURIComponent(u.pathname + u.search).includes(m) && !u.pathname.includes('/codes/'), `${m} in ${r.url}`).toBe(false);
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});

async function inertCheck(page: Page): Promise<{ flagged: unknown; handlers: string[] }> {
  return page.evaluate(() => {
    const handlers: string[] = [];
    for (const el of Array.from(document.querySelectorAll('*'))) {
      for (const a of Array.from(el.attributes)) {
        if (/^on/i.test(a.name)) handlers.push(`<${el.tagName.toLowerCase()} ${a.name}>`);
        if (/^\s*javascript:/i.test(a.value)) handlers.push(`<${el.tagName.toLowerCase()} ${a.name}="${a.value}">`);
      }
    }
    return { flagged: (window as unknown as { __xss?: unknown }).__xss, handlers };
  });
}

describe('security: XSS strings stay inert text', () => {
  test.each(widgetPages)('typed into every widget on %s', async (path) => {
    const { page, context, requests } = await openPage(browser);
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(url(path));
    await useWidgets(page, XSS_PAYLOADS);
    // Also leave each payload in place long enough to render.
    for (const w of await findWidgets(page)) {
      for (const p of XSS_PAYLOADS.slice(0, 4)) {
        await page.locator(w.control).first().fill(p);
        await page.waitForTimeout(100);
        // The widget may echo the input; if it does, the echo is text, never markup.
        const injected = await page.locator(`${w.selector} img[src="x"], ${w.selector} svg[onload], ${w.selector} iframe`).count();
        expect(injected, p).toBe(0);
      }
    }
    const { flagged, handlers } = await inertCheck(page);
    expect(dialogs).toEqual([]);
    expect(flagged).toBeUndefined();
    expect(handlers).toEqual([]);
    expect(requests.filter((r) => /\/x$|javascript:/.test(r))).toEqual([]);
    await context.close();
  });

  const addressed = samples()
    .map((s) => s.path)
    .filter((p) => p.startsWith('/en/') && /\/(tools\/decoder|search)\/$/.test(p));
  test.each(addressed)('passed in the address of %s', async (path) => {
    const param = path.includes('/search/') ? 'q' : 'code';
    const { page, context, requests } = await openPage(browser);
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    for (const p of XSS_PAYLOADS.slice(0, 8)) {
      await page.goto(`${url(path)}?${param}=${encodeURIComponent(p)}`);
      await page.waitForTimeout(300);
      const { flagged, handlers } = await inertCheck(page);
      expect(flagged, p).toBeUndefined();
      expect(handlers, p).toEqual([]);
    }
    expect(dialogs).toEqual([]);
    expect(requests.filter((r) => /\/x$|javascript:/.test(r))).toEqual([]);
    await context.close();
  });
});
