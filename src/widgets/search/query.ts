/**
 * Turns what a reader typed into the search box into what the search runs on: the term handed to
 * Pagefind (normalised so every spelling of a code meets the spellings the index holds), and whether
 * the input is a code (show the decoded card), a pasted console output (suggest the checker) or text.
 * Pure and total: no DOM, never throws.
 */
import { normalizeCodeInput, parseErrorCodeInput } from '../../lib/errcode/parse.ts';

/**
 * Longest query kept, in UTF-16 units; a longer input is cut before any work (a pasted log is
 * classified from its first part only).
 * @example
 * classifySearchQuery('x'.repeat(MAX_SEARCH_QUERY_LENGTH + 10)).kind;
 * // => 'text'
 */
export const MAX_SEARCH_QUERY_LENGTH = 4_000;

/** Longest term handed to Pagefind: longer text is not a search anyone types. */
const MAX_TERM_LENGTH = 200;

/**
 * What the search box holds, tagged by `kind`:
 * `empty` nothing to search; `code` one error code by value (`value` is the unsigned 32-bit value);
 * `name` one symbolic name (`ERROR_INSTALL_FAILURE`); `paste` a pasted console output (reagentc,
 * diskpart, PowerShell) that belongs in the checker; `text` anything else. `term` is what to search.
 * @example
 * // { kind: 'code', term: '80070643', value: 2147944003 }
 */
export type SearchQuery =
  | { kind: 'empty' }
  | { kind: 'code'; term: string; value: number }
  | { kind: 'name'; term: string; name: string }
  | { kind: 'paste'; term: string }
  | { kind: 'text'; term: string };

// Words that only console output of the tools the checker reads contains, in both display languages
// (prompts, column headers, labels). One of them on a multi-line paste is enough; a paste squeezed
// into one line by the input box needs two.
const CONSOLE_MARKERS: readonly RegExp[] = [
  /reagentc/i,
  /diskpart/i,
  /windows\s?re\b/i,
  /\b(?:disk|partition|volume)\s+###/i,
  /(?:ディスク|パーティション|ボリューム)\s*###/,
  /get-(?:partition|volume|disk)/i,
  /\bpartitionnumber\b/i,
  /\bdriveletter\b/i,
  /recovery\s?image\s?location/i,
  /\bboot\s?configuration\s?data\b/i,
  /\\\\\?\\GLOBALROOT/i,
  /回復イメージの場所/,
  /ブート構成データ/,
];

function countMarkers(text: string): number {
  let n = 0;
  for (const re of CONSOLE_MARKERS) if (re.test(text)) n += 1;
  return n;
}

/**
 * Whether a text looks like console output pasted from reagentc, diskpart or PowerShell rather than
 * a search: several lines with a tool's words in them, or a long single line with several.
 * @example
 * looksLikePastedOutput('Windows RE status:         Enabled\nWindows RE location: \\\\?\\GLOBALROOT\\device\\harddisk0\\partition4\\Recovery\\WindowsRE\nBoot Configuration Data (BCD) identifier: ...');
 * // => true
 */
export function looksLikePastedOutput(text: string): boolean {
  const s = text.slice(0, MAX_SEARCH_QUERY_LENGTH);
  const lines = s.split(/\r\n|\r|\n/).filter((l) => l.trim() !== '');
  const markers = countMarkers(s);
  if (lines.length >= 2) return markers >= 1;
  return s.length >= 80 && markers >= 2;
}

/**
 * Classifies a search-box input and gives the term to search for. Codes are lower-cased (Pagefind
 * splits `0x8024200B` at the case change, which made it match `0x8024200C`), full-width digits and
 * letters become ASCII (NFKC), a negative decimal becomes the unsigned one, and a hex value typed
 * with spaces is joined. Text is NFKC-normalised with its spaces collapsed.
 * @example
 * classifySearchQuery('８００７０６４３');
 * // => { kind: 'code', term: '80070643', value: 2147944003 }
 * classifySearchQuery('-2147023293');
 * // => { kind: 'code', term: '2147944003', value: 2147944003 }
 * classifySearchQuery('0x8024200B');
 * // => { kind: 'code', term: '0x8024200b', value: 2149851147 }
 */
export function classifySearchQuery(raw: string): SearchQuery {
  if (typeof raw !== 'string') return { kind: 'empty' };
  const cut = raw.slice(0, MAX_SEARCH_QUERY_LENGTH);
  if (looksLikePastedOutput(cut)) return { kind: 'paste', term: textTerm(cut) };
  const s = normalizeCodeInput(cut).replace(/\s+/g, ' ');
  if (s === '') return { kind: 'empty' };

  const parsed = parseErrorCodeInput(s);
  if (parsed.kind === 'tokens' && parsed.single && parsed.tokens.length === 1) {
    const [token] = parsed.tokens;
    // The whole input must be the code ("error 1603" is a text search that happens to hold one).
    const whole =
      token.text === s || (token.kind === 'value' && /^[+-]?(?:0x)?[0-9a-f ]+$/i.test(s));
    if (whole && token.kind === 'value' && /[0-9]/.test(s)) {
      return { kind: 'code', term: codeTerm(s, token.value), value: token.value };
    }
    // A symbolic name has an underscore; a lone word ("reagentc", "KB5034441") is text.
    if (whole && token.kind === 'name' && token.name.includes('_')) {
      return { kind: 'name', term: token.name.toLowerCase(), name: token.name };
    }
  }
  return { kind: 'text', term: textTerm(s) };
}

/** The spelling searched for a code: the reader's own, lower-cased, unless the index lacks it. */
function codeTerm(s: string, value: number): string {
  const compact = s.replace(/\s+/g, '').replace(/^\+/, '').toLowerCase();
  // "0x8007 0643" and "-0x7FF8F9BD" are not how any page spells a code: use the canonical hex.
  if (/\s/.test(s) || compact.startsWith('-0x')) return `0x${value.toString(16).padStart(8, '0')}`;
  // "-2147023293": the leading minus is dropped by the index's word splitter, leaving a different
  // number; every page that lists the signed decimal also lists the unsigned one.
  if (compact.startsWith('-')) return String(value);
  // Hex with a C suffix (0x80070643L) and leading zeros beyond eight digits: canonical hex.
  if (compact.startsWith('0x') && !/^0x[0-9a-f]{1,8}$/.test(compact)) {
    return `0x${value.toString(16).padStart(8, '0')}`;
  }
  return compact;
}

function textTerm(s: string): string {
  return s.normalize('NFKC').replace(/\s+/g, ' ').trim().slice(0, MAX_TERM_LENGTH);
}

/**
 * The spelling a code query is ranked by: its own 8-digit hex, or for a value that fits in 16 bits the
 * HRESULT that wraps it as a Win32 error (0x8007xxxx), which is how Windows Update reports it. So 1603,
 * -2147023293 and 80070643 rank their pages like 0x80070643, whose articles carry it in their titles.
 * @example
 * rankingSpelling(1603);
 * // => '0x80070643'
 */
export function rankingSpelling(value: number): string {
  const v = value <= 0xffff ? (0x80070000 | value) >>> 0 : value >>> 0;
  return `0x${v.toString(16).padStart(8, '0')}`;
}

const CODE_WORD = /^(?:-?0x[0-9a-f]+|[0-9a-f]{8}|-?[0-9]+|[A-Z][A-Z0-9]*_[A-Z0-9_]+)$/i;

/**
 * Whether a result excerpt is mostly a list of code spellings (the hidden block that makes every
 * spelling findable, or a code page's list of spellings), which tells the reader nothing.
 * @example
 * looksLikeSpellingList('0x80070643 80070643 2147944003 -2147023293 <mark>1603</mark> 0x643');
 * // => true
 */
export function looksLikeSpellingList(excerpt: string): boolean {
  const words = excerpt
    .replace(/<[^>]*>/g, ' ')
    .split(/\s+/)
    .map((w) => w.replace(/[.,;:]+$/, ''))
    .filter((w) => w !== '');
  const codes = words.filter((w) => CODE_WORD.test(w)).length;
  return codes >= 4 && codes * 2 >= words.length;
}
