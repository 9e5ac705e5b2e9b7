/**
 * Printing: readers print the resize procedure to follow it beside the PC. On paper the page is light whatever
 * the theme, shows every variant (GPT and MBR) under its heading, and leaves out what does nothing on paper:
 * site chrome, paste boxes, copy buttons. A checker verdict, once shown, prints with its plan.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage, url } from './helpers.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('print', () => {
  test.each(['en', 'ja'])('/%s/guide/fix-manual-resize/ in the dark theme prints light, every variant, no chrome', async (lang) => {
    const { page, context, errors } = await openPage(browser, { colorScheme: 'dark' });
    await page.goto(url(`/${lang}/guide/fix-manual-resize/`));
    await page.waitForSelector('tab-group.is-enhanced');
    await page.emulateMedia({ media: 'print' });
    const r = await page.evaluate(() => {
      const shown = (el: Element | null): boolean => !!el && (el as HTMLElement).offsetParent !== null;
      return {
        bg: getComputedStyle(document.documentElement).getPropertyValue('--color-bg').trim(),
        header: shown(document.querySelector('body > header')),
        footer: shown(document.querySelector('body > footer')),
        pasteBox: shown(document.querySelector('checker-widget textarea')),
        copyButtons: [...document.querySelectorAll('.command-copy')].filter(shown).length,
        commands: [...document.querySelectorAll('command-block')].filter(shown).length,
        panels: [...document.querySelectorAll('.tab-panel')].map((p) => shown(p) && shown(p.querySelector('.tab-heading'))),
      };
    });
    expect(r.bg).toBe('#fff');
    expect(r).toMatchObject({ header: false, footer: false, pasteBox: false, copyButtons: 0 });
    expect(r.commands).toBeGreaterThan(20);
    expect(r.panels.length).toBeGreaterThanOrEqual(2);
    expect(r.panels.every(Boolean)).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('a checker verdict prints with its plan, without the paste box', async () => {
    const { page, context, errors } = await openPage(browser);
    await page.goto(url('/en/tools/checker/'));
    await page.waitForSelector('checker-widget textarea:not([disabled])');
    await page.click('[data-sample="tooSmall"]');
    await page.waitForSelector('checker-widget [data-result][data-verdict="too-small"] .ck-plan', { state: 'attached' });
    await page.emulateMedia({ media: 'print' });
    const r = await page.evaluate(() => {
      const shown = (el: Element | null): boolean => !!el && (el as HTMLElement).offsetParent !== null;
      return {
        box: shown(document.querySelector('checker-widget textarea')),
        plan: shown(document.querySelector('checker-widget .ck-plan')),
        copy: [...document.querySelectorAll('checker-widget .ck-copy')].filter(shown).length,
      };
    });
    expect(r).toEqual({ box: false, plan: true, copy: 0 });
    expect(errors).toEqual([]);
    await context.close();
  });
});
