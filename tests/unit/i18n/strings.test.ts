import { describe, expect, test } from 'vitest';
import en from '../../../src/i18n/en.ts';
import ja from '../../../src/i18n/ja.ts';
import { t, translatePath, langFromPath, otherLang, asLang } from '../../../src/i18n/index.ts';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('UI strings', () => {
  test('ja and en have exactly the same keys', () => {
    expect(Object.keys(ja).sort()).toEqual(Object.keys(en).sort());
  });

  test.each(Object.keys(en))('%s: same placeholders in both languages, no empty text', (key) => {
    const k = key as keyof typeof en;
    expect(en[k].trim()).not.toBe('');
    expect(ja[k].trim()).not.toBe('');
    expect(placeholders(ja[k])).toEqual(placeholders(en[k]));
  });

  test('Japanese strings are actually Japanese where they are prose', () => {
    const sameOnPurpose = new Set(['site.name']); // the brand
    const untranslated = Object.keys(en).filter((k) => {
      if (sameOnPurpose.has(k)) return false;
      const key = k as keyof typeof en;
      return en[key] === ja[key] && /[a-z]{4,}\s+[a-z]{4,}/i.test(en[key]);
    });
    expect(untranslated).toEqual([]);
  });
});

describe('t()', () => {
  test.each([
    { desc: 'fills a placeholder', lang: 'en', key: 'steps.markDone', params: { n: 3 }, expected: 'Mark step 3 as done' },
    { desc: 'fills two placeholders in ja order', lang: 'ja', key: 'steps.progress', params: { done: 1, total: 9 }, expected: '9 手順中 1 完了' },
    { desc: 'leaves a missing placeholder visible', lang: 'en', key: 'steps.markDone', params: {}, expected: 'Mark step {n} as done' },
  ] as const)('$desc', ({ lang, key, params, expected }) => {
    expect(t(lang, key, params as Record<string, number>)).toBe(expected);
  });
});

describe('paths', () => {
  test.each([
    { desc: 'article ja -> en', path: '/ja/guide/cause/', to: 'en', expected: '/en/guide/cause/' },
    { desc: 'article en -> ja', path: '/en/guide/cause/', to: 'ja', expected: '/ja/guide/cause/' },
    { desc: 'home', path: '/en/', to: 'ja', expected: '/ja/' },
    { desc: 'bare prefix without slash', path: '/ja', to: 'en', expected: '/en/' },
    { desc: 'code page', path: '/ja/codes/0x80070643/', to: 'en', expected: '/en/codes/0x80070643/' },
    { desc: 'a segment that only starts like a language is kept', path: '/english/x/', to: 'ja', expected: '/ja/english/x/' },
  ] as const)('translatePath: $desc', ({ path, to, expected }) => {
    expect(translatePath(path, to)).toBe(expected);
  });

  test.each([
    ['/ja/guide/', 'ja'],
    ['/en/', 'en'],
    ['/', 'en'],
    ['/jap/', 'en'],
  ] as const)('langFromPath(%s) is %s', (path, lang) => {
    expect(langFromPath(path)).toBe(lang);
  });

  test('otherLang and asLang', () => {
    expect(otherLang('ja')).toBe('en');
    expect(otherLang('en')).toBe('ja');
    expect(asLang('fr')).toBeUndefined();
    expect(asLang(undefined)).toBeUndefined();
  });
});
