/**
 * `/{lang}/codes/explanations.json`: the excerpts of our own explanations (summary, page, guide links) by
 * code slug. The decoder fetches it only when a decoded code has one, so pages with the widget stay light.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { LANGS, type Lang } from '../../../i18n/index.ts';
import { explanationCards } from '../../../widgets/decoder/codes-data.ts';

export const getStaticPaths: GetStaticPaths = () => LANGS.map((lang) => ({ params: { lang } }));

export const GET: APIRoute = async ({ params }) =>
  new Response(JSON.stringify(await explanationCards(params.lang as Lang)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
