import { getCollection, type CollectionEntry } from 'astro:content';
import type { Lang } from '../i18n/index.ts';

export type Article = CollectionEntry<'guide'>;

/**
 * The article's slug within its language: `en/guide/cause` -> `cause`.
 * @example articleSlug({ id: 'ja/guide/faq' }) // => 'faq'
 */
export function articleSlug(entry: Pick<Article, 'id'>): string {
  return entry.id.replace(/^(ja|en)\/guide\//, '');
}

/** The language folder an article lives in. */
export function articleLang(entry: Pick<Article, 'id'>): Lang {
  return entry.id.startsWith('ja/') ? 'ja' : 'en';
}

/** Published articles of one language in guide order. */
export async function getArticles(lang: Lang): Promise<Article[]> {
  const all = await getCollection('guide', (e) => articleLang(e) === lang && !e.data.draft);
  return all.sort((a, b) => a.data.order - b.data.order || articleSlug(a).localeCompare(articleSlug(b)));
}

/** Formats an article date for its language (fixed time zone, so the build does not depend on the machine). */
export function formatDate(date: Date, lang: Lang): string {
  return new Intl.DateTimeFormat(lang === 'ja' ? 'ja-JP' : 'en-GB', {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}
