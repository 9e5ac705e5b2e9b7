import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import en from '../../src/i18n/en.ts';
import ja from '../../src/i18n/ja.ts';
import { COLLECTOR_SCRIPT } from '../../src/lib/paste/collector.ts';
import { axeViolations, launchBrowser, openPage, url } from './helpers.ts';

const STRINGS: Record<'en' | 'ja', Record<string, string>> = { en, ja };
const BOX = 'checker-widget textarea';
const RESULT = 'checker-widget [data-result]';
const GPT_ID = 'create partition primary id=de94bba4-06d1-4d40-a16a-bfd50179d6ac';
const camel = (s: string): string => s.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase());

/** Pastes from tests/fixtures, in several display languages, with the verdict and commands each must give. */
const CASES = [
  {
    desc: 'en reagentc + diskpart + Get-Volume',
    file: 'tests/fixtures/mixed/en/too-small-diskpart-getvolume.txt',
    verdict: 'too-small',
    commands: [
      'reagentc /disable',
      'sel disk 0',
      'sel part 3',
      'shrink desired=250 minimum=250',
      'sel part 4',
      'delete partition override',
      GPT_ID,
    ],
  },
  {
    desc: 'ja reagentc + diskpart + Get-Volume',
    file: 'tests/fixtures/mixed/ja/too-small-pokoten.txt',
    verdict: 'too-small',
    commands: [
      'sel disk 0',
      'shrink desired=250 minimum=250',
      GPT_ID,
      'gpt attributes =0x8000000000000001',
    ],
  },
  {
    desc: 'zh-CN reagentc + fr diskpart: the free space is asked for',
    file: 'tests/fixtures/mixed/multi/zh-reagentc-fr-diskpart.txt',
    verdict: 'need-more-info',
    commands: ['Get-Partition -DiskNumber 0 -PartitionNumber 4 | Get-Volume'],
  },
  {
    desc: 'zh-CN reagentc, disabled',
    file: 'tests/fixtures/reagentc/zh-CN/disabled.txt',
    verdict: 'winre-disabled',
    commands: [],
  },
  {
    desc: 'en collector, MBR disk',
    file: 'tests/fixtures/collector/en/mbr-too-small.txt',
    verdict: 'too-small',
    commands: ['create partition primary id=27'],
  },
] as const;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function ready(page: Page): Promise<void> {
  await page.waitForSelector(`${BOX}:not([disabled])`);
}

/** Replace the paste and wait for the new verdict. */
async function paste(page: Page, text: string): Promise<string | null> {
  await page.fill(BOX, '');
  await page.waitForSelector(`${RESULT}[data-verdict=""]`, { state: 'attached' });
  await page.fill(BOX, text);
  await page.waitForSelector(`${RESULT}:not([data-verdict=""])`, { state: 'attached' });
  return page.getAttribute(RESULT, 'data-verdict');
}

describe.each(['en', 'ja'] as const)('checker page (%s)', (lang) => {
  test('samples in several languages give the right verdict and plan, and nothing goes on the network', async () => {
    const { page, context, errors } = await openPage(browser);
    await page.goto(url(`/${lang}/tools/checker/`));
    await ready(page);
    // The engine and the strings load on the first use of the box: focus it and wait until it has run.
    await page.focus(BOX);
    await page.waitForSelector(`${RESULT}[data-verdict=""]`, { state: 'attached' });
    await page.waitForLoadState('networkidle');
    // From here on, any request at all is a failure: record it and cut it off.
    const late: string[] = [];
    await context.route('**/*', (route) => {
      late.push(route.request().url());
      return route.abort();
    });
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });

    for (const c of CASES) {
      expect(await paste(page, readFileSync(c.file, 'utf8')), c.desc).toBe(c.verdict);
      expect(await page.textContent(`${RESULT} .ck-headline`)).toContain(
        STRINGS[lang][`checker.verdict.${camel(c.verdict)}`],
      );
      const commands = await page.locator(`${RESULT} .ck-cmd code`).allTextContents();
      expect(commands, c.desc).toEqual(expect.arrayContaining([...c.commands]));
      if (c.verdict === 'too-small') {
        // Destructive steps carry a warning before them and a mark on each.
        expect(await page.locator(`${RESULT} .ck-warning`).count()).toBe(1);
        expect(
          await page.locator(`${RESULT} .ck-destructive .ck-badge`).count(),
        ).toBeGreaterThanOrEqual(3);
        expect(await page.locator(`${RESULT} .ck-bar[role="img"]`).count()).toBe(2);
        // The drawing's text alternative lists the partitions, WinRE among them.
        const alt = (await page.getAttribute(`${RESULT} .ck-bar >> nth=0`, 'aria-label')) ?? '';
        const segments = await page
          .locator(`${RESULT} .ck-bar >> nth=0`)
          .locator('.ck-seg')
          .count();
        expect(alt.split('; ')).toHaveLength(segments);
        expect(alt).toMatch(/C:.*WinRE/);
      }
    }

    // Not elevated is an error, never Disabled.
    expect(
      await paste(page, readFileSync('tests/fixtures/reagentc/en/not-elevated.txt', 'utf8')),
    ).toBe('not-elevated');
    const shown = (await page.textContent(RESULT)) ?? '';
    expect(shown).not.toContain('Disabled');
    expect(shown).not.toContain(STRINGS[lang]['checker.verdict.winreDisabled']);
    expect(shown).not.toContain('無効');

    // Markup in a paste stays text: no dialog, no new element, the characters shown as they were pasted.
    const before = await page.evaluate(
      () => document.querySelectorAll('img, script, iframe').length,
    );
    const payloads = [
      {
        shown: '<img src=x onerror=alert(1)>',
        paste: 'REAGENTC.EXE: <img src=x onerror=alert(1)>\n',
      },
      {
        shown: '<script>alert(1)</script>',
        paste: [
          '    Windows RE status:         Enabled',
          '    Windows RE location:       \\\\?\\GLOBALROOT\\device\\harddisk0\\partition4\\Recovery\\WindowsRE',
          '  Partition 4    <script>alert(1)</script>  674 MB   109 GB',
        ].join('\n'),
      },
    ];
    for (const p of payloads) {
      await paste(page, p.paste);
      await page.waitForTimeout(200);
      expect(
        await page.evaluate(() => document.querySelectorAll('img, script, iframe').length),
      ).toBe(before);
      expect(await page.locator(`${RESULT} img, ${RESULT} script`).count()).toBe(0);
      expect(await page.textContent(RESULT)).toContain(p.shown);
    }
    expect(dialogs).toBe(0);

    expect(late).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  test("a fact's line button selects that line; commands and the collector copy exactly", async () => {
    const { page, context } = await openPage(browser);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(url(`/${lang}/tools/checker/`));
    await ready(page);
    await page.click('[data-sample] >> nth=0');
    await page.waitForSelector(`${RESULT}[data-verdict="too-small"]`, { state: 'attached' });
    await page.click(`${RESULT} .ck-line >> nth=0`);
    const selected = await page.$eval(BOX, (b) =>
      (b as HTMLTextAreaElement).value.slice(
        (b as HTMLTextAreaElement).selectionStart,
        (b as HTMLTextAreaElement).selectionEnd,
      ),
    );
    expect(selected).toMatch(/Enabled/);

    const clipboard = (): Promise<string> => page.evaluate(() => navigator.clipboard.readText());
    await page.click(`${RESULT} .ck-cmd:has(code:text-is("sel disk 0")) button`);
    expect(await clipboard()).toBe('sel disk 0');
    // The collector on the page is the engine's own script, read-only note included, with a working copy button.
    const collector = page.locator('#collector ~ * command-block');
    expect(await collector.locator('[data-command]').textContent()).toBe(
      COLLECTOR_SCRIPT.trimEnd(),
    );
    await collector.locator('button').click();
    expect(await clipboard()).toBe(COLLECTOR_SCRIPT.trimEnd());
    expect(await page.textContent('.collector')).toContain(
      STRINGS[lang]['checker.page.collectorSafe'],
    );
    await context.close();
  });
});

describe('accessibility with a verdict showing (axe, WCAG 2.2 A/AA)', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test.each(['en', 'ja'])(`/%s/tools/checker/ (${scheme})`, async (lang) => {
      const { page, context, errors } = await openPage(browser, { colorScheme: scheme });
      await page.goto(url(`/${lang}/tools/checker/`));
      await ready(page);
      await page.click('[data-sample] >> nth=0');
      await page.waitForSelector(`${RESULT}[data-verdict="too-small"]`, { state: 'attached' });
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});

describe('disk drawing on a phone', () => {
  test.each(['en', 'ja'])('/%s/: no word of a box is split over two lines', async (lang) => {
    const { page, context, errors } = await openPage(browser, { viewport: { width: 390, height: 844 } });
    await page.goto(url(`/${lang}/tools/checker/`));
    await ready(page);
    await page.click('[data-sample] >> nth=0');
    await page.waitForSelector(`${RESULT}[data-verdict="too-small"] .ck-seg`, { state: 'attached' });
    const split = await page.$$eval(`${RESULT} .ck-seg > span`, (spans) =>
      spans
        .filter((s) => {
          // A one-word label that takes two line boxes was broken inside the word.
          if (/\s/.test(s.textContent?.trim() ?? '')) return false;
          const r = document.createRange();
          r.selectNodeContents(s);
          return new Set([...r.getClientRects()].map((x) => Math.round(x.top))).size > 1;
        })
        .map((s) => s.textContent),
    );
    expect(split).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('embedded in an article', () => {
  test('the widget loads on first use and gives a verdict', async () => {
    const { page, context, errors } = await openPage(browser);
    await page.goto(url('/en/guide/check-recovery-partition/'));
    await page.locator('checker-widget').scrollIntoViewIfNeeded();
    await ready(page);
    expect(await paste(page, readFileSync('tests/fixtures/reagentc/en/disabled.txt', 'utf8'))).toBe(
      'winre-disabled',
    );
    expect(await page.getAttribute(`${RESULT} .ck-next a, ${RESULT} .ck-more a`, 'href')).toBe(
      '/en/guide/do-i-need-to-fix/',
    );
    expect(errors).toEqual([]);
    await context.close();
  });

  test('without JavaScript the box is disabled and says the tool needs JavaScript', async () => {
    const { page, context } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(url('/ja/tools/checker/'));
    expect(await page.isDisabled(BOX)).toBe(true);
    expect(await page.isVisible('[data-needs-js]')).toBe(true);
    expect(await page.textContent('[data-needs-js]')).toBe(ja['widget.needsJs']);
    await context.close();
  });
});
