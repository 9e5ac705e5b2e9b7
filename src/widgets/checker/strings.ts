/**
 * Build-time helper: the strings the checker's browser code needs, for the widget's `data-strings`
 * attribute. The client bundle never imports the i18n tables.
 */
import { type Lang, uiStrings } from '../../i18n/index.ts';
import type { CheckerStrings } from './view.ts';

/**
 * Every `checker.*` string of `lang` except the page's own texts, placeholders left for the renderer.
 * @example
 * checkerStrings('en')['checker.copy'] // => 'Copy'
 */
export function checkerStrings(lang: Lang): CheckerStrings {
  return Object.fromEntries(
    Object.entries(uiStrings(lang)).filter(
      ([k]) => k.startsWith('checker.') && !k.startsWith('checker.page.'),
    ),
  );
}
