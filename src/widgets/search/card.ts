/**
 * What the search shows above the results: for a code, the decoded reading card (the decoder's own
 * renderer, compact, decoded in the browser without the index); for pasted console output, a pointer
 * to the checker. Text goes in with textContent only.
 */
import { decodeErrorCode, tableIdsForInput } from '../../lib/errcode/decode.ts';
import { loadTables } from '../../lib/errcode/load.ts';
import { renderReadingCard } from '../decoder/render.ts';
import type { DecoderStrings } from '../decoder/strings-keys.ts';
import type { SearchQuery } from './query.ts';

/** Search strings plus the decoder's card strings, as `/{lang}/search/strings.json` serves them. */
export type CardStrings = DecoderStrings &
  Record<
    'search.cardLabel' | 'search.pasteTitle' | 'search.pasteText' | 'search.pasteLink',
    string
  >;

/**
 * The decoded card of a code or name query, or `null` when nothing decodes (an unknown name).
 * Loads only the name tables that can name the value.
 * @example
 * const node = await renderCodeCard({ kind: 'code', term: '80070643', value: 0x80070643 }, 'en', strings, 3);
 * // => <section class="search-card">…<article class="code-card" data-symbol="ERROR_INSTALL_FAILURE">…
 */
export async function renderCodeCard(
  query: Extract<SearchQuery, { kind: 'code' | 'name' }>,
  lang: string,
  strings: CardStrings,
  headingLevel: 2 | 3,
): Promise<HTMLElement | null> {
  const input =
    query.kind === 'code' ? `0x${query.value.toString(16).padStart(8, '0')}` : query.name;
  const tables = await loadTables(tableIdsForInput(input));
  const r = decodeErrorCode(input, tables);
  if (r.kind === 'error') return null;
  const [reading] = r.readings;
  if (!reading) return null;
  const section = document.createElement('section');
  section.className = 'search-card';
  section.setAttribute('aria-label', strings['search.cardLabel']);
  section.append(renderReadingCard(reading, strings, { lang, compact: true, headingLevel }));
  return section;
}

/**
 * The pointer to the checker shown instead of results when the query is pasted console output.
 * @example
 * slot.replaceChildren(renderPasteCard('ja', strings, 3));
 */
export function renderPasteCard(
  lang: string,
  strings: CardStrings,
  headingLevel: 2 | 3,
): HTMLElement {
  const section = document.createElement('section');
  section.className = 'search-card search-paste card';
  const h = document.createElement(`h${headingLevel}`);
  h.className = 'search-paste-title';
  h.textContent = strings['search.pasteTitle'];
  const p = document.createElement('p');
  p.textContent = strings['search.pasteText'];
  const a = document.createElement('a');
  a.href = `/${lang}/tools/checker/`;
  a.textContent = strings['search.pasteLink'];
  const p2 = document.createElement('p');
  p2.append(a);
  section.append(h, p, p2);
  return section;
}
