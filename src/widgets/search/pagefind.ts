/**
 * Loads Pagefind's Component UI on first use and adapts its search instance to error codes: every
 * query goes through `classifySearchQuery` (NFKC, lower-cased codes, unsigned decimals), and for a code
 * the guide articles that discuss it come before the code pages.
 */
import { loadTables } from '../../lib/errcode/load.ts';
import { tableIdsForName, valuesForName } from '../../lib/errcode/tables.ts';
import {
  classifySearchQuery,
  looksLikeSpellingList,
  rankingSpelling,
  type SearchQuery,
} from './query.ts';

/** Where `pagefind --site` writes its bundle. */
export const PAGEFIND_BUNDLE = '/pagefind/';

/** The part of a Pagefind search result this module reads. */
interface ResultData {
  excerpt: string;
  sub_results?: Array<{ excerpt: string }>;
}
interface RawResult {
  id: string;
  data(): Promise<ResultData>;
}
interface SearchResponse {
  results: RawResult[];
}
type Filters = Record<string, string | string[]>;
interface PagefindCore {
  search(
    term: string | null,
    options?: { filters?: Filters; sort?: unknown },
  ): Promise<SearchResponse | null>;
}

/**
 * The documented surface of a Component UI instance (`getInstanceManager().getInstance()`), plus the
 * loaded core it keeps once `triggerLoad()` has resolved.
 */
export interface SearchInstance {
  triggerSearch(term: string): void;
  triggerFilters(filters: Filters): void;
  triggerLoad(): Promise<void>;
  setTranslations(t: Record<string, string>): void;
  on(event: 'results' | 'search' | 'loading' | 'error', cb: (...args: unknown[]) => void): void;
  searchTerm: string;
  searchFilters: Filters;
  __pagefind__?: PagefindCore | null;
}

interface ComponentsApi {
  getInstanceManager(): { getInstance(name?: string): SearchInstance };
  configureInstance(name: string, options: Record<string, unknown>): SearchInstance;
}

declare global {
  interface Window {
    PagefindComponents?: ComponentsApi;
  }
}

/** Listener told about every query before it is searched (the decoded card, the URL). */
export type QueryListener = (query: SearchQuery, raw: string) => void;

let loading: Promise<SearchInstance> | null = null;
const listeners = new Set<QueryListener>();

function addStylesheet(href: string): void {
  if (document.querySelector(`link[href="${href}"]`)) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  // Before the site's own styles for the search, so those override Pagefind's defaults.
  document.head.prepend(link);
}

function addScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const s = document.createElement('script');
    s.src = src;
    s.onload = () => resolve();
    s.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(s);
  });
}

/**
 * Loads Pagefind's Component UI (script and stylesheet, once) and returns the configured, adapted
 * default instance. Rejects when the bundle cannot be fetched.
 * @example
 * const instance = await loadSearch();
 * instance.triggerSearch('0x80070643');
 */
export function loadSearch(): Promise<SearchInstance> {
  loading ??= (async () => {
    addStylesheet(`${PAGEFIND_BUNDLE}pagefind-component-ui.css`);
    await addScript(`${PAGEFIND_BUNDLE}pagefind-component-ui.js`);
    const api = window.PagefindComponents;
    if (!api) throw new Error('Pagefind Component UI did not register');
    const instance = api.configureInstance('default', {
      bundlePath: PAGEFIND_BUNDLE,
      excerptLength: 24,
    });
    adapt(instance);
    return instance;
  })();
  loading.catch(() => {
    loading = null;
  });
  return loading;
}

/**
 * Subscribes to every query the reader makes, classified; returns the unsubscribe function.
 * @example
 * const off = onQuery((q) => console.log(q.kind)); // 'code' for 0x80070643
 */
export function onQuery(listener: QueryListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The query being searched, so the core wrapper knows whether to put articles first. */
let current: SearchQuery = { kind: 'empty' };

function adapt(instance: SearchInstance): void {
  const trigger = instance.triggerSearch.bind(instance);
  const triggerFilters = instance.triggerFilters.bind(instance);
  // The core must be wrapped before the first search runs, so every search waits for it.
  let ready: Promise<void> | null = null;
  const whenReady = (): Promise<void> =>
    (ready ??= instance.triggerLoad().then(() => wrapCore(instance)));

  instance.triggerSearch = (raw: string) => {
    const q = classifySearchQuery(raw);
    current = q;
    for (const l of listeners) l(q, raw);
    const term = q.kind === 'empty' || q.kind === 'paste' ? '' : q.term;
    void whenReady().then(
      () => trigger(term),
      () => trigger(term),
    );
  };
  instance.triggerFilters = (filters: Filters) => {
    void whenReady().then(
      () => triggerFilters(filters),
      () => triggerFilters(filters),
    );
  };
}

function wrapCore(instance: SearchInstance): void {
  const core = instance.__pagefind__;
  if (!core || (core as { wrapped?: boolean }).wrapped) return;
  const search = core.search.bind(core);
  (core as { wrapped?: boolean }).wrapped = true;
  core.search = async (term, options = {}) => withCleanExcerpts(await codeSearch(term, options));
  const codeSearch: PagefindCore['search'] = async (term, options = {}) => {
    const q = current;
    if (!term || (q.kind !== 'code' && q.kind !== 'name')) return search(term, options);
    // A code query. Pagefind's ranked search also returns near misses (0x8024200c matched pages with
    // "0x8024200…" and "C:"), and its quoted search matches the exact word but does not rank. So: the
    // ranked results that the exact search also found, the articles that discuss the code first, then
    // the code pages, each group in Pagefind's order. All three searches read the same index chunks.
    const exactTerm = `"${term}"`;
    // Every spelling of a value ranks like its hex (so 1603, -2147023293 and 80070643 give the order of
    // 0x80070643, whose articles carry it in their titles); a small value ranks like the Win32 error
    // inside 0x8007xxxx, which is how Windows Update reports it. Ranking only orders the exact matches.
    let rankTerm = term;
    if (q.kind === 'code') rankTerm = rankingSpelling(q.value);
    else {
      // A name ranks like its value (the decoded card loads the same tables).
      const found = valuesForName(q.name, await loadTables(tableIdsForName(q.name)))[0];
      if (found) rankTerm = rankingSpelling(found.value);
    }
    const type = options.filters?.type;
    const filtered = type !== undefined && (Array.isArray(type) ? type.length > 0 : type !== '');
    const [ranked, exact, guides] = await Promise.all([
      search(rankTerm, options),
      search(exactTerm, options),
      filtered
        ? null
        : search(exactTerm, { ...options, filters: { ...options.filters, type: ['guide'] } }),
    ]);
    if (!ranked || !exact) return ranked;
    const exactIds = new Set(exact.results.map((r) => r.id));
    const guideIds = new Set((guides?.results ?? []).map((r) => r.id));
    const kept = ranked.results.filter((r) => exactIds.has(r.id));
    const keptIds = new Set(kept.map((r) => r.id));
    const all = [...kept, ...exact.results.filter((r) => !keptIds.has(r.id))];
    return {
      ...exact,
      results: [
        ...all.filter((r) => guideIds.has(r.id)),
        ...all.filter((r) => !guideIds.has(r.id)),
      ],
    };
  };
}

/** Shows a section's excerpt instead of a list of spellings, and drops sections that are only that. */
function withCleanExcerpts(response: SearchResponse | null): SearchResponse | null {
  for (const r of response?.results ?? []) {
    if ((r as { cleaned?: boolean }).cleaned) continue;
    (r as { cleaned?: boolean }).cleaned = true;
    const data = r.data.bind(r);
    r.data = async () => {
      const d = await data();
      const subs = d.sub_results?.filter((sub) => !looksLikeSpellingList(sub.excerpt));
      if (looksLikeSpellingList(d.excerpt)) d.excerpt = subs?.[0]?.excerpt ?? '';
      if (subs && subs.length > 0) d.sub_results = subs;
      return d;
    };
  }
  return response;
}
