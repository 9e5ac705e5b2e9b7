/**
 * Build-time helper: the decoder strings of one language, for the `data-strings` attribute of the widget
 * (and of any other widget that draws reading cards with render.ts).
 */
import { type Lang, t } from '../../i18n/index.ts';
import { DECODER_STRING_KEYS, type DecoderStrings } from './strings-keys.ts';

/**
 * The decoder strings in `lang`, placeholders left for the renderer to fill.
 * @example
 * decoderStrings('ja')['decoder.field.hex'];
 * // => '16 進数'
 */
export function decoderStrings(lang: Lang): DecoderStrings {
  // Called for every card of ~16,000 code pages: build each language's object once.
  let strings = CACHE.get(lang);
  if (!strings) {
    strings = Object.fromEntries(DECODER_STRING_KEYS.map((k) => [k, t(lang, k)])) as DecoderStrings;
    CACHE.set(lang, strings);
  }
  return strings;
}

const CACHE = new Map<Lang, DecoderStrings>();
