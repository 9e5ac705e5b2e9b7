/**
 * The checker's strings and example pastes, fetched together with the widget's code when a checker comes
 * near the screen, so the pages that embed it do not carry them in their HTML.
 */
import type { APIRoute } from 'astro';
import { LANGS, type Lang } from '../../../../i18n/index.ts';
import { checkerStrings } from '../../../../widgets/checker/strings.ts';
import { CHECKER_SAMPLES } from '../../../../widgets/checker/samples.ts';

export function getStaticPaths() {
  return LANGS.map((lang) => ({ params: { lang } }));
}

export const GET: APIRoute = ({ params }) => {
  const lang = params.lang as Lang;
  return new Response(
    JSON.stringify({ strings: checkerStrings(lang), samples: CHECKER_SAMPLES[lang] }),
    {
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
    },
  );
};
