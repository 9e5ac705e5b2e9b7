/**
 * `<code-decoder>`: decodes what the reader types or pastes, as they type. Thin: the engine
 * (src/lib/errcode) parses and decodes, render.ts draws the cards; this element wires input, lazy table
 * loading, the status line and the optional `?code=` parameter. Texts come from `data-strings`.
 */
import { decodeErrorCode, tableIdsForInput } from '../../lib/errcode/decode.ts';
import { loadTables } from '../../lib/errcode/load.ts';
import { codeSlug, formatHex } from '../../lib/errcode/structure.ts';
import type { DecodeResult, ErrorTables, TableId } from '../../lib/errcode/types.ts';
import { renderReadingCard } from './render.ts';
import type { DecoderStrings } from './strings-keys.ts';
import { type CardExplanation, fill } from './view.ts';

/** Tables fetched so far on this page, shared by every decoder on it. */
const loaded: ErrorTables = {};

/** Our explanation excerpts by language, fetched once, the first time a decoded code has one. */
const EXPLANATIONS = new Map<string, Promise<Record<string, CardExplanation>>>();

function fetchExplanations(lang: string): Promise<Record<string, CardExplanation>> {
  let p = EXPLANATIONS.get(lang);
  if (!p) {
    p = fetch(`/${lang}/codes/explanations.json`)
      .then((r) => (r.ok ? (r.json() as Promise<Record<string, CardExplanation>>) : {}))
      .catch(() => ({}));
    EXPLANATIONS.set(lang, p);
  }
  return p;
}

/** Wait after the last keystroke before fetching a table, so typing "0x8…" does not fetch for "0x8". */
const LOAD_DELAY_MS = 250;
/** Wait after the last change before the (screen-reader only) live region speaks, so it does not chatter. */
const ANNOUNCE_DELAY_MS = 400;
/** Longest input mirrored into the address bar as `?code=`. */
const MAX_PARAM_LENGTH = 200;

const missing = (ids: readonly TableId[]): TableId[] => ids.filter((id) => !loaded[id]);

class CodeDecoder extends HTMLElement {
  private input!: HTMLTextAreaElement;
  private message!: HTMLElement;
  private status!: HTMLElement;
  private results!: HTMLElement;
  private strings!: DecoderStrings;
  private explanations: Record<string, CardExplanation> | null = null;
  /** Slugs of the codes we explain (`data-explained`), so the excerpts are fetched only when needed. */
  private explained = new Set<string>();
  private siteLang = 'en';
  private level = 3;
  private seq = 0;
  private loadTimer: ReturnType<typeof setTimeout> | undefined;
  private announceTimer: ReturnType<typeof setTimeout> | undefined;

  connectedCallback(): void {
    const input = this.querySelector<HTMLTextAreaElement>('[data-decoder-input]');
    const message = this.querySelector<HTMLElement>('[data-decoder-message]');
    const status = this.querySelector<HTMLElement>('[data-decoder-status]');
    const results = this.querySelector<HTMLElement>('[data-decoder-results]');
    if (!input || !message || !status || !results) return;
    this.input = input;
    this.message = message;
    this.status = status;
    this.results = results;
    this.strings = JSON.parse(this.dataset.strings ?? '{}') as DecoderStrings;
    this.explained = new Set((this.dataset.explained ?? '').split(' ').filter(Boolean));
    this.siteLang = this.dataset.lang ?? 'en';
    this.level = Number(this.dataset.level ?? 3) || 3;

    if (this.dataset.readParam !== undefined) {
      const code = new URLSearchParams(location.search).get('code');
      if (code) input.value = code.slice(0, 10_001);
    }
    input.addEventListener('input', () => this.update(false));
    input.disabled = false;
    this.update(true);
  }

  private update(initial: boolean): void {
    const seq = ++this.seq;
    const text = this.input.value;
    if (!initial) this.mirrorParam(text);
    const need = missing(tableIdsForInput(text));
    clearTimeout(this.loadTimer);
    if (need.length === 0) {
      this.show(decodeErrorCode(text, loaded), initial);
      return;
    }
    this.results.setAttribute('aria-busy', 'true');
    this.loadTimer = setTimeout(
      async () => {
        Object.assign(loaded, await loadTables(need));
        if (seq !== this.seq) return;
        this.results.removeAttribute('aria-busy');
        this.show(decodeErrorCode(text, loaded), initial);
      },
      initial ? 0 : LOAD_DELAY_MS,
    );
  }

  private mirrorParam(text: string): void {
    if (this.dataset.readParam === undefined) return;
    const url = new URL(location.href);
    const value = text.trim();
    if (value && value.length <= MAX_PARAM_LENGTH) url.searchParams.set('code', value);
    else url.searchParams.delete('code');
    history.replaceState(history.state, '', url);
  }

  private show(result: DecodeResult, initial: boolean): void {
    const s = this.strings;
    this.results.removeAttribute('aria-busy');
    let message: string;
    switch (result.kind) {
      case 'error':
        message = s[`decoder.issue.${result.issue}`];
        this.results.replaceChildren();
        this.message.dataset.kind = result.issue === 'empty' ? 'hint' : 'issue';
        break;
      case 'decoded':
      case 'unknown': {
        const wanted = result.values.some((v) => this.explained.has(codeSlug(v)));
        if (wanted && !this.explanations) {
          const seq = this.seq;
          void fetchExplanations(this.siteLang).then((all) => {
            this.explanations = all;
            if (seq === this.seq) this.show(result, initial);
          });
        }
        const explanations = this.explanations ?? {};
        const nodes: HTMLElement[] = [];
        result.values.forEach((value, i) => {
          const readings = result.readings.filter((r) => r.unsigned === value >>> 0);
          if (readings.length === 0) return;
          const section = document.createElement('section');
          section.className = 'decoder-value';
          const h = document.createElement(`h${this.level}`);
          h.className = 'decoder-value-heading';
          h.textContent = fill(s['decoder.valueHeading'], { n: i + 1, hex: formatHex(value) });
          section.append(h);
          readings.forEach((r, j) => {
            section.append(
              renderReadingCard(r, s, {
                lang: this.siteLang,
                headingLevel: Math.min(this.level + 1, 6) as 4,
                // Our explanation belongs under the most likely reading of the value.
                explanation: j === 0 ? (explanations[codeSlug(value)] ?? null) : null,
              }),
            );
          });
          nodes.push(section);
        });
        this.results.replaceChildren(...nodes);
        message =
          result.kind === 'decoded'
            ? fill(s['decoder.status.found'], {
                readings: result.readings.length,
                codes: result.values.length,
              })
            : fill(s['decoder.status.unknown'], { hex: formatHex(result.value) });
        this.message.dataset.kind = result.kind;
        break;
      }
      default:
        result satisfies never;
        return;
    }
    this.message.textContent = message;
    clearTimeout(this.announceTimer);
    if (initial) this.status.textContent = message;
    else
      this.announceTimer = setTimeout(() => (this.status.textContent = message), ANNOUNCE_DELAY_MS);
  }
}

if (!customElements.get('code-decoder')) customElements.define('code-decoder', CodeDecoder);
