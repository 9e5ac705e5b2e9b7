/**
 * The strings the search UI fetches on first use (search texts and the decoder's card texts), so pages
 * that are never searched do not carry them.
 */
import type { APIRoute } from 'astro';
import { LANGS, type Lang, type UiKey, t } from '../../../i18n/index.ts';
import { decoderStrings } from '../../../widgets/decoder/strings.ts';

const SEARCH_KEYS: UiKey[] = [
  'search.placeholder',
  'search.filterLabel',
  'search.filterAll',
  'search.filterGuide',
  'search.filterCode',
  'search.cardLabel',
  'search.pasteTitle',
  'search.pasteText',
  'search.pasteLink',
];

export function getStaticPaths() {
  return LANGS.map((lang) => ({ params: { lang } }));
}

export const GET: APIRoute = ({ params }) => {
  const lang = params.lang as Lang;
  const strings = {
    ...decoderStrings(lang),
    ...Object.fromEntries(SEARCH_KEYS.map((k) => [k, t(lang, k)])),
  };
  return new Response(JSON.stringify(strings), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
