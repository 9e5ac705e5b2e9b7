import en from './en.ts';
import ja from './ja.ts';

/** The site's languages, in the order the language chooser lists them. */
export const LANGS = ['ja', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export type UiKey = keyof typeof en;

const STRINGS: Record<Lang, Record<UiKey, string>> = { en, ja };

/**
 * Returns the UI string for `key` in `lang`, with `{name}` placeholders filled from `params`.
 * @example t('en', 'steps.markDone', { n: 3 }) // => 'Mark step 3 as done'
 */
export function t(lang: Lang, key: UiKey, params: Record<string, string | number> = {}): string {
  return STRINGS[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/**
 * Narrows any string to a site language; anything else is `undefined`.
 * @example asLang('ja') // => 'ja'
 */
export function asLang(value: string | undefined): Lang | undefined {
  return (LANGS as readonly string[]).includes(value ?? '') ? (value as Lang) : undefined;
}

/**
 * The language of a site path, from its first segment (`/ja/guide/` is Japanese); English otherwise.
 * @example langFromPath('/ja/guide/cause/') // => 'ja'
 */
export function langFromPath(pathname: string): Lang {
  return asLang(pathname.split('/')[1]) ?? 'en';
}

/**
 * The other site language.
 * @example otherLang('ja') // => 'en'
 */
export function otherLang(lang: Lang): Lang {
  return lang === 'ja' ? 'en' : 'ja';
}

/**
 * The same page in another language: every page exists under both prefixes with the same slug.
 * @example translatePath('/ja/guide/cause/', 'en') // => '/en/guide/cause/'
 */
export function translatePath(pathname: string, to: Lang): string {
  const rest = pathname.replace(/^\/(ja|en)(?=\/|$)/, '');
  return `/${to}${rest.startsWith('/') ? rest : `/${rest}`}`;
}

/** All strings of one language, for widgets that need their texts as data. */
export function uiStrings(lang: Lang): Record<UiKey, string> {
  return STRINGS[lang];
}
