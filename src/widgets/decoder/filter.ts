/**
 * `<codes-filter>`: filters the error-code reference as the reader types, by part of a name, by hex prefix
 * or by decimal value. The name tables load on the first keystroke (the list page itself ships none).
 * Results are links to the code pages, drawn with textContent only.
 */
import { loadTables } from '../../lib/errcode/load.ts';
import { normalizeCodeInput } from '../../lib/errcode/parse.ts';
import { codeSlug, formatHex, hresultFromWin32 } from '../../lib/errcode/structure.ts';
import { TABLE_FAMILY, TABLE_IDS } from '../../lib/errcode/tables.ts';
import type { Family } from '../../lib/errcode/types.ts';
import { fill } from './view.ts';

interface Row {
  value: number;
  name: string;
  family: Family;
  upper: string;
  hex: string;
}

/** Most matches listed at once. */
const MAX_SHOWN = 100;

let rowsPromise: Promise<Row[]> | undefined;

function rows(): Promise<Row[]> {
  rowsPromise ??= loadTables(TABLE_IDS).then((tables) => {
    const out: Row[] = [];
    const add = (value: number, name: string, family: Family) =>
      out.push({ value, name, family, upper: name.toUpperCase(), hex: formatHex(value).slice(2) });
    for (const id of TABLE_IDS) {
      for (const [value, name] of tables[id]?.entries ?? []) {
        add(value, name, TABLE_FAMILY[id]);
        // Windows Update shows Win32 codes as HRESULTs (1603 as 0x80070643): both pages exist.
        if (id === 'win32' && value > 0) add(hresultFromWin32(value), name, 'hresult');
      }
    }
    return out.sort((a, b) => a.value - b.value || a.name.localeCompare(b.name));
  });
  return rowsPromise;
}

/** Matches a query against one row: name part, hex prefix (with or without 0x), or decimal value. */
function matcher(query: string): ((r: Row) => boolean) | null {
  const q = normalizeCodeInput(query).toUpperCase();
  if (q === '') return null;
  const hex = /^(?:0X)?([0-9A-F]{1,8})$/.exec(q)?.[1];
  const dec = /^-?[0-9]{1,10}$/.test(q) ? Number(q) >>> 0 : null;
  return (r) =>
    r.upper.includes(q) ||
    (hex !== undefined && (q.startsWith('0X') || hex.length === 8) && r.hex.startsWith(hex)) ||
    (dec !== null && r.value === dec);
}

class CodesFilter extends HTMLElement {
  connectedCallback(): void {
    const input = this.querySelector<HTMLInputElement>('[data-filter-input]');
    const status = this.querySelector<HTMLElement>('[data-filter-status]');
    const list = this.querySelector<HTMLUListElement>('[data-filter-results]');
    if (!input || !status || !list) return;
    const strings = JSON.parse(this.dataset.strings ?? '{}') as Record<string, string>;
    const lang = this.dataset.lang ?? 'en';
    let seq = 0;
    const update = async () => {
      const n = ++seq;
      const match = matcher(input.value);
      if (!match) {
        list.replaceChildren();
        list.hidden = true;
        status.textContent = '';
        return;
      }
      const all = await rows();
      if (n !== seq) return;
      const found = all.filter(match);
      const items = found.slice(0, MAX_SHOWN).map((r) => {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = `/${lang}/codes/${codeSlug(r.value)}/`;
        const code = document.createElement('code');
        code.textContent = formatHex(r.value);
        a.append(code);
        const name = document.createElement('code');
        name.textContent = r.name;
        li.append(a, ' ', name, ` (${strings[`decoder.family.${r.family}`] ?? r.family})`);
        return li;
      });
      list.replaceChildren(...items);
      list.hidden = items.length === 0;
      let text = found.length
        ? fill(strings['codes.filterCount'] ?? '', { count: found.length })
        : (strings['codes.filterNone'] ?? '');
      if (found.length > MAX_SHOWN)
        text += ' ' + fill(strings['codes.filterMore'] ?? '', { shown: MAX_SHOWN });
      status.textContent = text;
    };
    let timer: ReturnType<typeof setTimeout> | undefined;
    input.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(update, 120);
    });
    input.disabled = false;
    if (input.value) void update();
  }
}

if (!customElements.get('codes-filter')) customElements.define('codes-filter', CodesFilter);
