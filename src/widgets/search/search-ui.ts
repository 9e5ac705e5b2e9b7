/**
 * The search UI, built on first use inside the header's dialog or on the search page: Pagefind's
 * input, summary and results, a decoded card for code queries, a checker suggestion for pasted
 * console output, and (on the page) the guide / error-code filter and a linkable `?q=`.
 */
import searchCss from './search.css?inline';
import cardCss from '../decoder/card.css?inline';
import { loadTables } from '../../lib/errcode/load.ts';
import { loadSearch, onQuery, type SearchInstance } from './pagefind.ts';
import { looksLikePastedOutput, type SearchQuery } from './query.ts';
import { type CardStrings, renderCodeCard, renderPasteCard } from './card.ts';

let styled = false;

/**
 * Adds the search's styles (and the decoder card's) as constructed stylesheets: they arrive with the
 * search code instead of weighing on every page, and the CSS object model needs no CSP exception.
 */
export function addSearchStyles(): void {
  if (styled) return;
  styled = true;
  const sheets = [cardCss, searchCss].map((css) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    return sheet;
  });
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, ...sheets];
}

/** Every string the search UI needs, served by `/{lang}/search/strings.json` (fetched on first use). */
export type SearchStrings = CardStrings &
  Record<
    | 'search.placeholder'
    | 'search.filterLabel'
    | 'search.filterAll'
    | 'search.filterGuide'
    | 'search.filterCode',
    string
  >;

export interface MountOptions {
  lang: string;
  /** The search page: filters, and the query kept in the address (`?q=`, `?type=`). */
  page: boolean;
  /** Shown when Pagefind or the strings cannot be loaded (the only text the markup must carry). */
  loadFailed: string;
}

async function fetchStrings(lang: string): Promise<SearchStrings> {
  const res = await fetch(`/${lang}/search/strings.json`);
  if (!res.ok) throw new Error(`strings: HTTP ${res.status}`);
  return (await res.json()) as SearchStrings;
}

const FILTERS = [
  ['', 'search.filterAll'],
  ['guide', 'search.filterGuide'],
  ['code', 'search.filterCode'],
] as const;

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className = '',
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (className) e.className = className;
  return e;
}

/**
 * Builds the search UI into `root` once (later calls only focus the input) and resolves when it is
 * ready; rejects, after showing the load-failure message in `root`, when Pagefind cannot be loaded.
 * @example
 * await mountSearch(mountPoint, { lang: 'en', page: false, loadFailed: 'Search could not be loaded.' });
 */
export async function mountSearch(root: HTMLElement, options: MountOptions): Promise<void> {
  addSearchStyles();
  if (root.dataset.mounted === 'true') {
    focusInput(root);
    return;
  }
  let instance: SearchInstance;
  let strings: SearchStrings;
  try {
    [instance, strings] = await Promise.all([loadSearch(), fetchStrings(options.lang)]);
  } catch (e) {
    const p = el('p', 'search-error');
    p.setAttribute('role', 'alert');
    p.textContent = options.loadFailed;
    // The message says where else to look: the guide and the code list, as the site's header names them.
    const links = ['guide', 'codes'].flatMap((path) => {
      const a = document.querySelector(`header nav a[href="/${options.lang}/${path}/"]`);
      const copy = a?.cloneNode(true) as HTMLAnchorElement | undefined;
      copy?.removeAttribute('aria-current');
      return copy ? [copy] : [];
    });
    if (links.length) p.append(el('br'), ...links.flatMap((a, i) => (i ? [' · ', a] : [a])));
    root.replaceChildren(p);
    throw e;
  }
  root.dataset.mounted = 'true';
  const { lang } = options;
  // The decoded card needs the Win32 and HRESULT names for the codes this site is about (0x8007xxxx):
  // fetch them with the search UI, while Pagefind loads, rather than on the first code typed.
  void loadTables(['win32', 'hresult']);
  const level = options.page ? 2 : 3;

  const input = el('pagefind-input' as 'div');
  input.setAttribute('placeholder', strings['search.placeholder']);
  input.setAttribute('debounce', '150');
  const card = el('div', 'search-card-slot');
  card.setAttribute('aria-live', 'polite');
  const summary = el('pagefind-summary' as 'div');
  const results = el('pagefind-results' as 'div');
  results.setAttribute('max-sub-results', '3');
  const parts: HTMLElement[] = [input];
  if (options.page) parts.push(filterGroup(instance, strings));
  parts.push(card, summary, results);
  root.replaceChildren(...parts);

  let latest = 0;
  const paste = { active: false };
  // An <input> drops the line breaks of a paste, so the clipboard text is checked on its own.
  root.addEventListener('paste', (e) => {
    const text = e.clipboardData?.getData('text') ?? '';
    paste.active = looksLikePastedOutput(text);
  });
  root.addEventListener('input', (e) => {
    if ((e as InputEvent).inputType !== 'insertFromPaste') paste.active = false;
  });

  onQuery((q: SearchQuery, raw: string) => {
    const id = ++latest;
    const query: SearchQuery = paste.active && raw.trim() !== '' ? { kind: 'paste', term: '' } : q;
    if (query.kind === 'paste') {
      card.replaceChildren(renderPasteCard(lang, strings, level));
    } else if (query.kind === 'code' || query.kind === 'name') {
      void renderCodeCard(query, lang, strings, level).then((node) => {
        if (id === latest) card.replaceChildren(...(node ? [node] : []));
      });
    } else {
      card.replaceChildren();
    }
    if (options.page) keepInAddress('q', raw.trim());
  });

  if (options.page) {
    const params = new URLSearchParams(location.search);
    const q = params.get('q') ?? '';
    const type = params.get('type') ?? '';
    if (type === 'guide' || type === 'code') {
      instance.searchFilters = { type: [type] };
      const radio = root.querySelector<HTMLInputElement>(
        `input[name="search-type"][value="${type}"]`,
      );
      if (radio) radio.checked = true;
    }
    if (q) {
      await customElements.whenDefined('pagefind-input');
      const field = root.querySelector<HTMLInputElement>('pagefind-input input');
      if (field) field.value = q;
      instance.triggerSearch(q);
    }
  }
  focusInput(root);
}

function focusInput(root: HTMLElement): void {
  root.querySelector<HTMLInputElement>('pagefind-input input')?.focus();
}

function keepInAddress(name: string, value: string): void {
  const url = new URL(location.href);
  if (value) url.searchParams.set(name, value);
  else url.searchParams.delete(name);
  history.replaceState(history.state, '', url);
}

function filterGroup(instance: SearchInstance, strings: SearchStrings): HTMLElement {
  const group = el('fieldset', 'search-filters');
  const legend = el('legend', 'search-filters-legend');
  legend.textContent = strings['search.filterLabel'];
  group.append(legend);
  for (const [value, key] of FILTERS) {
    const label = el('label', 'search-filter');
    const radio = el('input');
    radio.type = 'radio';
    radio.name = 'search-type';
    radio.value = value;
    radio.checked = value === '';
    radio.addEventListener('change', () => {
      if (!radio.checked) return;
      instance.triggerFilters(value ? { type: [value] } : {});
      keepInAddress('type', value);
    });
    const span = el('span');
    span.textContent = strings[key];
    label.append(radio, span);
    group.append(label);
  }
  return group;
}
