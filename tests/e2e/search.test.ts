import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { launchBrowser, openPage, url } from './helpers.ts';
import { classifySearchQuery } from '../../src/widgets/search/query.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

type Lang = 'en' | 'ja';

/** Guide articles of a language whose `codes` frontmatter lists the code (lower-case slug). */
function articlesDiscussing(lang: Lang, slug: string): string[] {
  const dir = `content/${lang}/guide`;
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .filter((f) => {
      const m = /^codes:\s*\[([^\]]*)\]/m.exec(readFileSync(`${dir}/${f}`, 'utf8'));
      return (m?.[1] ?? '').toLowerCase().includes(slug);
    })
    .map((f) => `/${lang}/guide/${f.replace(/\.mdx$/, '')}/`);
}

/** Records every result set the page's Pagefind instance produces, with the term it was for. */
async function watchResults(page: Page): Promise<void> {
  await page.waitForFunction(() => 'PagefindComponents' in window);
  await page.evaluate(() => {
    const w = window as unknown as {
      PagefindComponents: { getInstanceManager(): { getInstance(n: string): any } };
      searched: Array<{ term: string; results: any }>;
    };
    w.searched = [];
    const inst = w.PagefindComponents.getInstanceManager().getInstance('default');
    inst.on('results', (r: unknown) => w.searched.push({ term: inst.searchTerm, results: r }));
  });
}

/** Types `raw` into the open search field and returns the URLs of the results in display order. */
async function search(page: Page, field: string, raw: string, limit = 50): Promise<string[]> {
  const q = classifySearchQuery(raw);
  const term = q.kind === 'empty' || q.kind === 'paste' ? '' : q.term;
  await page.evaluate(() => {
    (window as unknown as { searched: unknown[] }).searched = [];
  });
  await page.fill(field, raw);
  await page.waitForFunction(
    (t) =>
      (window as unknown as { searched: Array<{ term: string }> }).searched.some(
        (s) => s.term === t,
      ),
    term,
  );
  return page.evaluate(
    async ({ t, limit }) => {
      const w = window as unknown as { searched: Array<{ term: string; results: any }> };
      const hit = w.searched.find((s) => s.term === t);
      const list = (hit?.results.results ?? []).slice(0, limit);
      return Promise.all(
        list.map(async (r: { data(): Promise<{ url: string }> }) => (await r.data()).url),
      );
    },
    { t: term, limit },
  );
}

const PAGE_FIELD = 'search-page pagefind-input input';
const DIALOG_FIELD = 'dialog[open] pagefind-input input';

async function openSearchPage(
  lang: Lang,
  query = '',
): Promise<{ page: Page; close: () => Promise<void>; errors: string[] }> {
  const { page, context, errors } = await openPage(browser);
  await page.goto(url(`/${lang}/search/${query}`));
  await page.waitForSelector(PAGE_FIELD);
  await watchResults(page);
  return { page, close: () => context.close(), errors };
}

describe.each(['en', 'ja'] as const)(
  'every spelling finds its pages, article first (%s)',
  (lang) => {
    const withCode = articlesDiscussing(lang, '0x80070643');
    const spellings = [
      '0x80070643',
      '80070643',
      '８００７０６４３',
      '0X80070643',
      '-2147023293',
      '2147944003',
      '1603',
      'ERROR_INSTALL_FAILURE',
    ];

    test('the articles discuss 0x80070643 (precondition)', () => {
      expect(withCode).toContain(`/${lang}/guide/kb5034441-0x80070643/`);
    });

    test('code spellings: the top 3 are articles about the code, the main one among them; the code page is listed', async () => {
      const { page, close, errors } = await openSearchPage(lang);
      for (const raw of spellings) {
        const urls = await search(page, PAGE_FIELD, raw);
        expect(
          urls.slice(0, 3).every((u) => withCode.includes(u)),
          `${raw}: ${urls.join(' ')}`,
        ).toBe(true);
        expect(urls.slice(0, 3), raw).toContain(`/${lang}/guide/kb5034441-0x80070643/`);
        expect(urls, raw).toContain(`/${lang}/codes/0x80070643/`);
        // Articles first: no code page before the last article.
        const lastGuide = Math.max(...urls.map((u, i) => (u.includes('/guide/') ? i : -1)));
        const firstCode = urls.findIndex((u) => u.includes('/codes/'));
        expect(firstCode, raw).toBeGreaterThan(lastGuide);
      }
      expect(errors).toEqual([]);
      await close();
    });

    test('words: KB number, command name and (ja) a Japanese term', async () => {
      const { page, close } = await openSearchPage(lang);
      const rows: Array<[string, string]> = [
        ['KB5034441', `/${lang}/guide/kb5034441-0x80070643/`],
        ['reagentc', `/${lang}/guide/check-recovery-partition/`],
      ];
      if (lang === 'ja') rows.push(['回復パーティション', '/ja/guide/check-recovery-partition/']);
      for (const [raw, expected] of rows) {
        const urls = await search(page, PAGE_FIELD, raw);
        expect(urls.slice(0, 3), raw).toContain(expected);
        expect(
          urls.every((u) => u.startsWith(`/${lang}/`)),
          `${raw}: one index per language`,
        ).toBe(true);
      }
      await close();
    });

    test('no false friends: 0x8024200B and 0x8024200C find only their own pages', async () => {
      const { page, close } = await openSearchPage(lang);
      const b = await search(page, PAGE_FIELD, '0x8024200B');
      expect(b[0]).toBe(`/${lang}/guide/event-viewer/`);
      expect(b).toContain(`/${lang}/codes/0x8024200b/`);
      expect(b).not.toContain(`/${lang}/codes/0x8024200c/`);
      const c = await search(page, PAGE_FIELD, '0x8024200C');
      expect(c).toContain(`/${lang}/codes/0x8024200c/`);
      expect(c).not.toContain(`/${lang}/codes/0x8024200b/`);
      expect(c).not.toContain(`/${lang}/guide/event-viewer/`);
      await close();
    });
  },
);

describe('search page', () => {
  test('?q= runs the search, shows the decoded card and the filter narrows to error codes', async () => {
    const { page, close, errors } = await openSearchPage('en', '?q=0x8024200B');
    await page.waitForSelector('.search-card .code-card[data-symbol="WU_E_UH_INSTALLERFAILURE"]');
    expect(await page.inputValue(PAGE_FIELD)).toBe('0x8024200B');
    expect(await page.getAttribute('.search-card .code-card-links a', 'href')).toBe(
      '/en/codes/0x8024200b/',
    );
    await page.waitForSelector('pagefind-results a[href="/en/guide/event-viewer/"]');
    const codesOnly = page.evaluate(
      () =>
        new Promise<string[]>((ok) => {
          const w = window as unknown as { PagefindComponents: any };
          w.PagefindComponents.getInstanceManager()
            .getInstance('default')
            .on('results', async (r: any) =>
              ok(await Promise.all(r.results.map(async (x: any) => (await x.data()).url))),
            );
        }),
    );
    await page.check('input[name="search-type"][value="code"]');
    const urls = await codesOnly;
    expect(urls).toEqual(['/en/codes/0x8024200b/']);
    expect(new URL(page.url()).searchParams.get('type')).toBe('code');
    expect(errors).toEqual([]);
    await close();
  });

  test('a pasted console output suggests the checker instead of searching', async () => {
    const { page, close } = await openSearchPage('ja');
    const text =
      'Windows 回復環境 (Windows RE) およびシステム リセットの構成\n情報:\n\n    Windows RE の状態:         Enabled\n    Windows RE の場所:         \\\\?\\GLOBALROOT\\device\\harddisk0\\partition4\\Recovery\\WindowsRE\n';
    await page.focus(PAGE_FIELD);
    await page.evaluate((t) => {
      const input = document.querySelector<HTMLInputElement>('search-page pagefind-input input')!;
      const data = new DataTransfer();
      data.setData('text', t);
      input.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
      input.value = t.replace(/\n/g, '');
      input.dispatchEvent(new InputEvent('input', { inputType: 'insertFromPaste', bubbles: true }));
    }, text);
    await page.waitForSelector('.search-paste a[href="/ja/tools/checker/"]');
    await close();
  });

  test('without JavaScript it says search needs it and links the guide and the code list', async () => {
    const { page, context } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(url('/en/search/'));
    expect(
      await page
        .locator('[data-search-nojs] a')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href'))),
    ).toEqual(['/en/guide/', '/en/codes/']);
    await context.close();
  });
});

describe('search dialog', () => {
  test('when the index cannot load, the message links the two places to look instead', async () => {
    const { page, context } = await openPage(browser);
    await page.route('**/pagefind/**', (r) => r.abort());
    await page.goto(url('/ja/guide/cause/'));
    await page.focus('[data-search-opener]');
    await page.keyboard.press('Enter');
    const alert = page.locator('dialog[open] .search-error[role="alert"]');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('検索を読み込めませんでした');
    expect(await alert.locator('a').evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.textContent]))).toEqual([
      ['/ja/guide/', 'ガイド'],
      ['/ja/codes/', 'エラーコード'],
    ]);
    await context.close();
  });

  test('a page that is never searched loads nothing of the search', async () => {
    const { page, context, requests } = await openPage(browser);
    await page.goto(url('/en/guide/cause/'), { waitUntil: 'networkidle' });
    await page.keyboard.press('Tab');
    await page.mouse.wheel(0, 2000);
    await page.goto(url('/ja/'), { waitUntil: 'networkidle' });
    await page.waitForTimeout(300);
    expect(
      requests.filter((r) => /\/pagefind\/|search-ui|\/search\/strings\.json/.test(r)),
    ).toEqual([]);
    expect(requests.some((r) => r.includes('/ja/'))).toBe(true);
    await context.close();
  });

  test('keyboard only: / opens it, type, arrow to a result, Enter follows it', async () => {
    const { page, context, errors } = await openPage(browser);
    await page.goto(url('/en/guide/cause/'));
    await page.keyboard.press('/');
    await page.waitForSelector(DIALOG_FIELD);
    await page.waitForFunction(() => document.activeElement?.closest('pagefind-input') !== null);
    await page.keyboard.type('reagentc');
    await page.waitForSelector('dialog[open] pagefind-results a.pf-result-link');
    await page.keyboard.press('ArrowDown');
    const focused = await page.evaluate(() => {
      const a = document.activeElement as HTMLAnchorElement | null;
      return a?.closest('dialog pagefind-results') ? a.getAttribute('href') : null;
    });
    expect(focused).toMatch(/^\/en\/guide\/[a-z0-9-]+\/(#.*)?$/);
    await page.keyboard.press('Enter');
    await page.waitForURL(
      (u) => u.pathname + u.hash === focused || u.pathname === focused?.replace(/#.*/, ''),
    );
    expect(errors).toEqual([]);
    await context.close();
  });

  test('Ctrl+K and the header link open it; focus stays inside; Escape closes it and restores focus', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(url('/ja/guide/cause/'));
    await page.focus('[data-search-opener]');
    await page.keyboard.press('Enter');
    await page.waitForSelector(DIALOG_FIELD);
    await page.keyboard.type('reagentc');
    await page.waitForSelector('dialog[open] pagefind-results a.pf-result-link');
    // Let the lazily loaded results settle so the last link stays the last one.
    await page.waitForTimeout(500);
    const where = () =>
      page.evaluate(() => {
        const a = document.activeElement;
        return a?.closest('dialog[open]')
          ? `${a.tagName}${a.hasAttribute('data-search-close') ? ':close' : ''}`
          : `outside:${a?.tagName}`;
      });
    // Round the ends both ways: field -> Close (first) -> a result at the end -> ... -> Close -> field.
    expect(await where()).toBe('INPUT');
    await page.keyboard.press('Shift+Tab');
    expect(await where()).toBe('BUTTON:close');
    await page.keyboard.press('Shift+Tab');
    expect(await where()).toBe('A');
    expect(
      await page.evaluate(() => document.activeElement?.closest('pagefind-results') !== null),
    ).toBe(true);
    // Focusing the last result scrolls it into view, which can load more links after it: Tab on
    // through them, never leaving the dialog, until it wraps to the first control.
    let wrapped = false;
    for (let i = 0; i < 40 && !wrapped; i++) {
      await page.keyboard.press('Tab');
      const at = await where();
      expect(at.startsWith('outside'), `Tab ${i}: ${at}`).toBe(false);
      wrapped = at === 'BUTTON:close';
    }
    expect(wrapped).toBe(true);
    await page.keyboard.press('Tab');
    expect(await where()).toBe('INPUT');
    await page.keyboard.press('Escape');
    await page.waitForSelector('dialog[open]', { state: 'detached' }).catch(() => {});
    expect(await page.evaluate(() => document.querySelector('dialog')?.open)).toBe(false);
    expect(
      await page.evaluate(() => document.activeElement?.hasAttribute('data-search-opener')),
    ).toBe(true);

    await page.focus('main h1').catch(() => {});
    await page.keyboard.press('Control+k');
    await page.waitForSelector(DIALOG_FIELD);
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.querySelector('dialog')?.open)).toBe(false);
    await context.close();
  });

  test.each(['light', 'dark'] as const)(
    'axe finds nothing in the open dialog with a card and results (%s)',
    async (scheme) => {
      const { page, context } = await openPage(browser, { colorScheme: scheme });
      await page.goto(url('/en/guide/cause/'));
      await page.keyboard.press('Control+k');
      await page.waitForSelector(DIALOG_FIELD);
      await page.fill(DIALOG_FIELD, '0x80070643');
      await page.waitForSelector('dialog[open] .code-card');
      await page.waitForSelector('dialog[open] pagefind-results a.pf-result-link');
      expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(
        scheme === 'dark',
      );
      const results = await new AxeBuilder({ page })
        .include('dialog[open]')
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(
        results.violations.map(
          (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`,
        ),
      ).toEqual([]);
      await context.close();
    },
  );
});

describe('bytes fetched for a code query', () => {
  test('after the search UI is loaded, a first code query stays within the 60 KB budget (gzip)', async () => {
    const { page, context } = await openPage(browser);
    const sizes: Array<{ url: string; bytes: number }> = [];
    let counting = false;
    page.on('response', async (r) => {
      if (!counting) return;
      const body = await r.body().catch(() => Buffer.alloc(0));
      // As a static host would send it: text compressed, Pagefind's own chunks already are.
      const text = /\.(js|css|json|html)(\?|$)/.test(r.url());
      sizes.push({ url: r.url(), bytes: text ? gzipSync(body).length : body.length });
    });
    let inflight = 0;
    page.on('request', () => inflight++);
    page.on('requestfinished', () => inflight--);
    page.on('requestfailed', () => inflight--);
    const settled = async () => {
      for (let quiet = 0; quiet < 5;) {
        await page.waitForTimeout(100);
        quiet = inflight === 0 ? quiet + 1 : 0;
      }
    };
    await page.goto(url('/en/guide/cause/'));
    await settled();
    counting = true;
    await page.keyboard.press('/');
    await page.waitForSelector(DIALOG_FIELD);
    await page.waitForFunction(() => {
      const w = window as unknown as { PagefindComponents?: any };
      return Boolean(
        w.PagefindComponents?.getInstanceManager().getInstance('default').__pagefind__,
      );
    });
    await settled();
    counting = false;
    const opening = sizes.reduce((n, s) => n + s.bytes, 0);
    if (process.env.SEARCH_BYTES_DETAIL)
      console.log(sizes.map((s) => `${s.bytes}\t${s.url}`).join('\n'));
    const measure = async (code: string, symbol: string): Promise<number> => {
      sizes.length = 0;
      counting = true;
      await page.fill(DIALOG_FIELD, code);
      await page.waitForSelector(`dialog[open] .code-card[data-symbol="${symbol}"]`);
      await page.waitForSelector('dialog[open] pagefind-results a.pf-result-link');
      await settled();
      counting = false;
      if (process.env.SEARCH_BYTES_DETAIL)
        console.log(sizes.map((s) => `${s.bytes}\t${s.url}`).join('\n'));
      return sizes.reduce((n, s) => n + s.bytes, 0);
    };
    const cold = await measure('0x80070643', 'ERROR_INSTALL_FAILURE');
    const warm = await measure('0x800F0828', 'CBS_E_INSUFFICIENT_DISK_SPACE');
    console.log(
      `search bytes: opening the search ${opening} B, cold code query ${cold} B, warm code query ${warm} B`,
    );
    expect(cold).toBeLessThan(60 * 1024);
    expect(warm).toBeLessThan(cold);
    await context.close();
  });
});
