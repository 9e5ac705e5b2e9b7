import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, chooseTheme, launchBrowser, openPage, url } from './helpers.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Replaces the input's text the way a reader does (select all, type), and waits for the message to settle. */
async function typeCode(page: Page, text: string): Promise<void> {
  const input = page.locator('[data-decoder-input]').first();
  await input.fill('');
  await input.pressSequentially(text);
  await page.waitForFunction(
    () => !document.querySelector('[data-decoder-results]')?.hasAttribute('aria-busy'),
  );
}

async function cardSymbols(page: Page): Promise<string[]> {
  return page
    .locator('[data-decoder-results] .code-card')
    .evaluateAll((cards) => cards.map((c) => (c as HTMLElement).dataset.symbol ?? ''));
}

const message = (page: Page) => page.locator('[data-decoder-message]').first();

describe('decoder widget: typing', () => {
  const rows = [
    { desc: 'hex with 0x', input: '0x80070643', symbols: ['ERROR_INSTALL_FAILURE'] },
    { desc: 'hex without 0x', input: '80070643', symbols: ['ERROR_INSTALL_FAILURE'] },
    { desc: 'signed decimal', input: '-2147023293', symbols: ['ERROR_INSTALL_FAILURE'] },
    {
      desc: '259 has a Win32 and an NTSTATUS reading',
      input: '259',
      symbols: ['ERROR_NO_MORE_ITEMS', 'STATUS_PENDING'],
    },
    {
      desc: 'a Windows Update history line (ja)',
      input: '2024/07/20 にインストールに失敗しました - 0x80070643',
      symbols: ['ERROR_INSTALL_FAILURE'],
    },
  ];

  test.each(['en', 'ja'] as const)(
    'every form gives the right cards and a count, 0xZZ an issue (%s)',
    async (lang) => {
      const { page, context, errors } = await openPage(browser);
      await page.goto(url(`/${lang}/tools/decoder/`));
      await expect.poll(() => page.locator('[data-decoder-input]').isEnabled()).toBe(true);
      for (const row of rows) {
        await typeCode(page, row.input);
        await expect.poll(() => cardSymbols(page), { message: row.desc }).toEqual(row.symbols);
      }
      // The last value (0x80070643) has our explanation and its bit layout under the card.
      const card = page.locator('.code-card').first();
      expect(await card.locator('[data-fact="win32"] dd').textContent()).toContain('1603');
      expect(await card.locator('.code-card-bits tbody tr').count()).toBe(7);
      await expect
        .poll(() => card.locator('.code-card-explanation a').first().getAttribute('href'))
        .toBe(`/${lang}/codes/0x80070643/`);
      // The polite live region speaks the count once typing stops.
      await expect
        .poll(() => page.locator('[role="status"][data-decoder-status]').textContent())
        .toMatch(lang === 'ja' ? /見つかったコード: 1 個。考えられる意味: 1 件/ : /1 code\(s\) found, 1 possible meaning\(s\)\./);
      // Malformed input: the translated issue, no card.
      await typeCode(page, '0xZZ');
      await expect
        .poll(() => message(page).textContent())
        .toMatch(lang === 'ja' ? /エラーコードではありません/ : /not an error code/);
      expect(await message(page).getAttribute('data-kind')).toBe('issue');
      expect(await page.locator('.code-card').count()).toBe(0);
      expect(errors).toEqual([]);
      await context.close();
    },
  );

  test('a pasted English Event 20 line gives one card per code, and ?code= prefills', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(url('/en/tools/decoder/?code=0x8024200B'));
    await expect.poll(() => cardSymbols(page)).toEqual(['WU_E_UH_INSTALLERFAILURE']);
    await page
      .locator('[data-decoder-input]')
      .fill(
        'Installation Failure: Windows failed to install the following update with error 0x80070643: x. (CBS_E_INSUFFICIENT_DISK_SPACE)',
      );
    await expect
      .poll(() => cardSymbols(page))
      .toEqual(['ERROR_INSTALL_FAILURE', 'CBS_E_INSUFFICIENT_DISK_SPACE']);
    expect(new URL(page.url()).searchParams.get('code')).toContain('0x80070643');
    await context.close();
  });

  test('decoding fetches only same-origin JS/JSON chunks, and only the tables it needs', async () => {
    const { page, context, requests } = await openPage(browser);
    await page.goto(url('/en/tools/decoder/'));
    await expect.poll(() => page.locator('[data-decoder-input]').isEnabled()).toBe(true);
    const before = requests.length;
    // Pasted at once: a slow typist's prefixes ("0x8024") may fetch other tables on the way, by design.
    await page.locator('[data-decoder-input]').fill('0x8024200B');
    await expect.poll(() => cardSymbols(page)).toEqual(['WU_E_UH_INSTALLERFAILURE']);
    // The browser fetches the favicon on its own after load; everything else must be a code chunk.
    const during = requests.slice(before).filter((r) => !r.endsWith('/favicon.svg'));
    const origin = new URL(url('/')).origin;
    // Code chunks and name tables under /_astro/, and the excerpts of our explanations (0x8024200B has one).
    const allowed = (r: string) =>
      (r.startsWith(`${origin}/_astro/`) && /\.js$/.test(new URL(r).pathname)) ||
      r === `${origin}/en/codes/explanations.json`;
    expect(during.filter((r) => !allowed(r))).toEqual([]);
    expect(during).toContain(`${origin}/en/codes/explanations.json`);
    const tables = during
      .map((r) => /errcodes-([a-z0-9]+)\./.exec(r)?.[1])
      .filter(Boolean)
      .sort();
    expect(tables).toEqual(['hresult', 'wu']);
    await context.close();
  });
});

test('the article embed loads nothing until the reader focuses it, then decodes fully', async () => {
  const { page, context, requests } = await openPage(browser);
  await page.goto(url('/en/guide/event-viewer/'), { waitUntil: 'networkidle' });
  expect(requests.filter((r) => /errcodes-|\/element\.|explanations\.json/.test(r))).toEqual([]);
  await page.locator('code-decoder textarea').focus();
  await expect.poll(() => page.locator('code-decoder .code-card-bits').count()).toBe(1);
  expect(await page.locator('code-decoder .code-card').first().getAttribute('data-symbol')).toBe(
    'ERROR_INSTALL_FAILURE',
  );
  await context.close();
});

describe('pages without JavaScript', () => {
  test.each(['en', 'ja'])(
    'a code page shows the structure, names and spellings (%s)',
    async (lang) => {
      const { page, context } = await openPage(browser, { javaScriptEnabled: false });
      await page.goto(url(`/${lang}/codes/0x80070643/`));
      const card = page.locator('.code-card').first();
      expect(await card.getAttribute('data-symbol')).toBe('ERROR_INSTALL_FAILURE');
      expect(await card.locator('[data-fact="signed"] dd').textContent()).toBe('-2147023293');
      expect(await card.locator('.code-card-bits tbody th').count()).toBe(7);
      const spellings = await page.locator('[data-pagefind-weight="10"]').textContent();
      expect(spellings?.split(' ')).toEqual(
        expect.arrayContaining(['80070643', '-2147023293', '1603', 'ERROR_INSTALL_FAILURE']),
      );
      await context.close();
    },
  );

  test('the article embed shows its prefilled code, and the codes index links every group', async () => {
    const { page, context } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(url('/ja/guide/event-viewer/'));
    expect(await page.inputValue('code-decoder textarea')).toBe('0x80070643');
    const card = page.locator('code-decoder .code-card').first();
    expect(await card.getAttribute('data-symbol')).toBe('ERROR_INSTALL_FAILURE');
    expect(await card.locator('.code-card-links a').getAttribute('href')).toBe(
      '/ja/codes/0x80070643/',
    );
    await page.goto(url('/en/codes/'));
    expect(await page.locator('a[href^="/en/codes/group/"]').count()).toBeGreaterThan(20);
    await context.close();
  });
});

test('the codes filter lists matching codes as you type', async () => {
  const { page, context } = await openPage(browser);
  await page.goto(url('/ja/codes/'));
  await page.locator('[data-filter-input]').fill('insufficient_disk');
  await expect
    .poll(() =>
      page
        .locator('[data-filter-results] a')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href'))),
    )
    .toContain('/ja/codes/0x800f0828/');
  expect(await page.locator('[data-filter-status]').textContent()).toMatch(/該当するコード/);
  await context.close();
});

describe('accessibility (axe, WCAG 2.2 A/AA)', () => {
  const pages = [
    '/en/tools/decoder/?code=259',
    '/ja/tools/decoder/?code=0x80070643',
    '/en/codes/',
    '/ja/codes/',
    '/en/codes/0x80070643/',
    '/ja/codes/0x00000103/',
  ];
  // One load per page: light first, then dark through the header's theme select.
  test.each(pages)('%s has no violations in light and dark', async (path) => {
    const { page, context, errors } = await openPage(browser, { colorScheme: 'light' });
    await page.goto(url(path));
    if (path.includes('/tools/decoder/')) {
      await expect.poll(() => page.locator('.code-card').count()).toBeGreaterThan(0);
    }
    expect(await axeViolations(page), 'light').toEqual([]);
    await chooseTheme(page, 'dark');
    expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(
      true,
    );
    expect(await axeViolations(page), 'dark').toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
