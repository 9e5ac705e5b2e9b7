/**
 * Draws a reading card in the browser: one `<article class="code-card">` built with DOM calls and
 * textContent only (input text never reaches innerHTML). The same markup as CodeCard.astro, styled by
 * card.css. The decoder widget uses it, and so can any other widget that shows codes (search).
 */
import type { Reading } from '../../lib/errcode/types.ts';
import type { DecoderStrings } from './strings-keys.ts';
import { type CardExplanation, type CardView, nameParts, readingCardView } from './view.ts';

/** How a card is drawn. */
export interface RenderCardOptions {
  /** Site language of the links (`/{lang}/codes/…`). */
  lang: string;
  /** Heading level of the card title (default 3). */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /** Our explanation of the value, when the site has one. */
  explanation?: CardExplanation | null;
  /** Leave out the bit-layout table (a compact card, e.g. in a search result). */
  compact?: boolean;
}

let cardCount = 0;

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** An element holding a name with a line-break chance after each underscore (see nameParts). */
function named<K extends keyof HTMLElementTagNameMap>(tag: K, className: string | undefined, name: string): HTMLElementTagNameMap[K] {
  const node = el(tag, className);
  nameParts(name).forEach((part, i) => (i ? node.append(el('wbr'), part) : node.append(part)));
  return node;
}

function link(href: string, text: string, className?: string): HTMLAnchorElement {
  const a = el('a', className, text);
  a.href = href;
  return a;
}

/**
 * Draws a prepared card view (see view.ts) as a DOM node.
 * @example
 * container.append(renderCardView(readingCardView(reading, strings, 'en'), strings, { lang: 'en' }));
 */
export function renderCardView(
  view: CardView,
  s: DecoderStrings,
  options: RenderCardOptions,
): HTMLElement {
  const id = `code-card-${++cardCount}`;
  const card = el('article', 'code-card');
  card.dataset.family = view.family;
  card.dataset.slug = view.slug;
  card.dataset.severity = view.severity;
  if (view.named) card.dataset.symbol = view.title;
  card.setAttribute('aria-labelledby', id);

  const heading = el(`h${options.headingLevel ?? 3}` as 'h3', 'code-card-title');
  heading.id = id;
  heading.append(view.named ? named('code', 'code-card-symbol', view.title) : el('code', 'code-card-unnamed', view.title));
  heading.append(' ', el('span', 'code-card-family', view.familyLabel));
  card.append(heading);

  const body = el('div', 'code-card-body');
  const facts = el('dl', 'code-card-facts');
  for (const f of view.facts) {
    const row = el('div');
    row.dataset.fact = f.key;
    row.append(el('dt', undefined, f.label));
    const dd = el('dd');
    const value = f.mono ? named('code', undefined, f.value) : document.createTextNode(f.value);
    if (f.href) {
      const a = link(f.href, '');
      a.append(value);
      dd.append(a);
    } else dd.append(value);
    if (f.note) dd.append(' ', el('span', 'code-card-note', `(${f.note})`));
    row.append(dd);
    facts.append(row);
  }
  body.append(facts);

  if (!options.compact) {
    if (view.bits) {
      const table = el('table', 'code-card-bits');
      table.append(el('caption', undefined, view.bits.caption));
      const head = el('tr');
      for (const key of ['field', 'bits', 'binary', 'meaning'] as const) {
        const th = el('th', undefined, s[`decoder.bits.${key}`]);
        th.scope = 'col';
        head.append(th);
      }
      const thead = el('thead');
      thead.append(head);
      const tbody = el('tbody');
      for (const r of view.bits.rows) {
        const tr = el('tr');
        const th = el('th', undefined, r.field);
        th.scope = 'row';
        const bin = el('td');
        bin.append(el('code', undefined, r.binary));
        tr.append(th, el('td', undefined, r.bits), bin, el('td', undefined, r.meaning));
        tbody.append(tr);
      }
      table.append(thead, tbody);
      body.append(table);
    } else if (view.bitsNote) {
      body.append(el('p', 'code-card-bitsnote', view.bitsNote));
    }
  }
  card.append(body);

  const ex = options.explanation;
  if (ex) {
    const box = el('div', 'code-card-explanation');
    box.append(el('p', 'code-card-explanation-title', s['decoder.explanation']));
    box.append(el('p', undefined, ex.summary));
    const more = el('p');
    more.append(link(ex.href, s['decoder.readMore']));
    box.append(more);
    if (ex.guide.length) {
      box.append(el('p', 'code-card-explanation-title', s['decoder.guide']));
      const ul = el('ul');
      for (const g of ex.guide) {
        const li = el('li');
        li.append(link(g.href, g.title));
        ul.append(li);
      }
      box.append(ul);
    }
    card.append(box);
  }
  if (view.pageHref && !ex) {
    const p = el('p', 'code-card-links');
    p.append(link(view.pageHref, view.pageLabel));
    card.append(p);
  }
  return card;
}

/**
 * Draws the card of one reading: hex, both decimals, family, severity, facility, code, names, the inner
 * Win32/NTSTATUS code, the bit layout, our explanation and the link to the code page.
 * @example
 * const r = decodeErrorCode('0x80070643', tables);
 * if (r.kind === 'decoded') list.append(renderReadingCard(r.readings[0], strings, { lang: 'en' }));
 * // => <article class="code-card" data-symbol="ERROR_INSTALL_FAILURE">…</article>
 */
export function renderReadingCard(
  reading: Reading,
  strings: DecoderStrings,
  options: RenderCardOptions,
): HTMLElement {
  return renderCardView(readingCardView(reading, strings, options.lang), strings, options);
}
