/**
 * Normalise pasted console output before any parser looks at it.
 *
 * Every rule here exists because a real paste arrived that way: Japanese consoles show `\` as `¥`,
 * pastes travel through chat tools (HTML, Markdown fences, `>` quotes), readers annotate rows
 * (`<- this one`) and copy the prompt with the command. All work is per line, with anchored regexes
 * or `indexOf`, so the cost stays linear in the input length.
 */

/** Longest paste we look at, in UTF-16 code units; the rest is dropped and `truncated` is set. */
export const MAX_PASTE_LENGTH = 262_144;

/**
 * Most lines we look at (runs of empty lines count up to MAX_BLANK_RUN); the rest is dropped and `truncated`
 * is set. A whole diskpart session or the collector's output is a few hundred lines; the bound keeps every
 * per-line step cheap on a paste of 100,000 one-character lines.
 */
export const MAX_LINES = 10_000;

/** Longest single line we keep; longer lines are cut (no console row comes close). */
export const MAX_LINE_LENGTH = 4_096;

/**
 * Longest run of empty lines kept. Parsers only tell zero, one, two and "more than two" blank lines apart
 * (a reagentc block ends after more than two), and halving double-spaced pastes keeps 3 of a run of 8.
 */
export const MAX_BLANK_RUN = 8;

/** One normalised line and the 1-based line of the original paste it came from. */
export interface PasteLine {
  /** The cleaned text, prompt removed, trailing spaces trimmed. */
  text: string;
  /** 1-based line number in the paste as the reader sent it. */
  line: number;
  /** True when a console prompt (`DISKPART>`, `C:\…>`, `PS C:\>`) was removed from this line. */
  prompt: boolean;
}

/** The normalised paste: lines with their origin, and whether the input was cut at `MAX_PASTE_LENGTH` or `MAX_LINES`. */
export interface NormalizedPaste {
  lines: PasteLine[];
  truncated: boolean;
}

const HTML_TAG =
  /<\/?(?:br|p|div|span|pre|code|td|tr|th|table|tbody|thead|b|i|u|em|strong|font|a|li|ul|ol|blockquote|h[1-6]|kbd|samp|tt|section|article)(?:\s[^<>]{0,400})?\s?\/?>/gi;
const HTML_BREAK = /<(?:br\s?\/?|\/p|\/div|\/tr|\/li|\/h[1-6]|\/pre)>/gi;
const ENTITY = /&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z]{2,6}));/gi;
const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  yen: '¥',
};
/** Zero-width and bidi marks that survive copy-paste from web pages and chat tools. */
const INVISIBLE = /[\u0000\u200b-\u200f\u2060\ufeff\u00ad]/g;
const ODD_SPACES = /[\u00a0\u2000-\u200a\u202f\u205f]/g;
const FENCE = /^\s{0,3}(?:```|~~~)/;
const QUOTE_PREFIX = /^(?:\s{0,3}>(?: |(?=\S)|$))+/;
const CMD_PROMPT = /^\s{0,40}(?:PS )?[A-Za-z]:\\[^<>|"\r\n]{0,240}?> ?/;
const DISKPART_PROMPT = /^\s{0,40}DISKPART> ?/i;
const PS_BARE_PROMPT = /^\s{0,4}PS> ?/;
const LINE_NUMBER = /^\s{0,4}\d{1,5}(?:\s{0,2}[|│:]\s?|[.)] )/;
/** Annotation markers a reader appends to a row; only recognised after whitespace. */
const ANNOTATIONS = [' <-', ' <=', ' ←', ' ⇐', ' //', ' <<'];

function decodeEntities(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(ENTITY, (m, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (dec !== undefined || hex !== undefined) {
      const cp = dec !== undefined ? Number(dec) : parseInt(hex ?? '', 16);
      return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
    }
    return NAMED_ENTITIES[(name ?? '').toLowerCase()] ?? m;
  });
}

function stripAnnotation(s: string): string {
  let cut = s.length;
  for (const marker of ANNOTATIONS) {
    const at = s.indexOf(marker);
    if (at >= 0 && at < cut) cut = at;
  }
  return cut < s.length ? s.slice(0, cut) : s;
}

function cleanLine(raw: string): { text: string; prompt: boolean } {
  let s = raw.length > MAX_LINE_LENGTH ? raw.slice(0, MAX_LINE_LENGTH) : raw;
  s = s.replace(INVISIBLE, '');
  if (s.indexOf('<') >= 0) s = s.replace(HTML_TAG, '');
  s = decodeEntities(s);
  // NFKC folds full-width digits, letters, colons and U+3000 to ASCII; `￥` becomes `¥`. ASCII lines skip it.
  if (/[^\x00-\x7f]/.test(s)) s = s.normalize('NFKC').replace(ODD_SPACES, ' ').replace(/¥/g, '\\');
  if (s.indexOf('\t') >= 0) s = s.replace(/\t/g, '  ');
  if (FENCE.test(s)) return { text: '', prompt: false };
  s = s.replace(QUOTE_PREFIX, '');
  s = s.replace(LINE_NUMBER, '');
  let prompt = false;
  const before = s;
  s = s.replace(DISKPART_PROMPT, '').replace(CMD_PROMPT, '').replace(PS_BARE_PROMPT, '');
  if (s !== before) prompt = true;
  s = stripAnnotation(s);
  return { text: s.trimEnd(), prompt };
}

/**
 * Clean a raw paste into lines that parsers can read, keeping each line's original line number.
 *
 * @example
 * normalizePaste('DISKPART> list disk\r\n  Disk 0    Online  100 GB  0 B  <- this one').lines
 * // => [{ text: 'list disk', line: 1, prompt: true }, { text: '  Disk 0    Online  100 GB  0 B', line: 2, prompt: false }]
 */
export function normalizePaste(input: string): NormalizedPaste {
  const text = typeof input === 'string' ? input : '';
  let truncated = text.length > MAX_PASTE_LENGTH;
  const body = truncated ? text.slice(0, MAX_PASTE_LENGTH) : text;
  const lines: PasteLine[] = [];
  // Empty lines are most of a hostile paste (a megabyte of line breaks): clean one, reuse its result, and
  // keep at most MAX_BLANK_RUN of a run (every line keeps its own number, so nothing points elsewhere).
  // One scan over the characters: no array of a quarter of a million empty strings.
  const empty = cleanLine('');
  let blankRun = 0;
  let lineNo = 0;
  let from = 0;
  for (let i = 0; i <= body.length; i++) {
    const c = i < body.length ? body.charCodeAt(i) : -1;
    if (c !== -1 && c !== 10 && c !== 13 && c !== 0x2028 && c !== 0x2029) continue;
    if (lines.length >= MAX_LINES) {
      // Only what is dropped counts: trailing empty lines are not a cut.
      truncated ||= body.slice(from).trim() !== '';
      break;
    }
    lineNo++;
    if (i === from) {
      if (++blankRun <= MAX_BLANK_RUN) lines.push({ text: empty.text, line: lineNo, prompt: empty.prompt });
    } else {
      blankRun = 0;
      const raw = body.slice(from, i);
      // HTML pastes keep several console lines on one source line, separated by <br> or </p>.
      const parts = raw.indexOf('<') >= 0 ? raw.split(HTML_BREAK) : [raw];
      for (const part of parts) {
        if (lines.length >= MAX_LINES) {
          truncated = true;
          break;
        }
        const { text: t, prompt } = cleanLine(part);
        lines.push({ text: t, line: lineNo, prompt });
      }
    }
    if (c === 13 && body.charCodeAt(i + 1) === 10) i++;
    from = i + 1;
  }
  return { lines: undoDoubleSpacing(lines), truncated };
}

/**
 * Some chat tools and editors turn every line break into two, so a table's header, separator and rows
 * end up one blank line apart. When no two text lines touch, drop one blank line in every run of blanks.
 */
function undoDoubleSpacing(lines: PasteLine[]): PasteLine[] {
  let text = 0;
  for (let i = 0; i < lines.length; i++) {
    if ((lines[i]?.text ?? '').trim() === '') continue;
    text++;
    if (i > 0 && (lines[i - 1]?.text ?? '').trim() !== '') return lines;
  }
  if (text < 4) return lines;
  const out: PasteLine[] = [];
  let run: PasteLine[] = [];
  for (const l of lines) {
    if (l.text.trim() === '') {
      run.push(l);
      continue;
    }
    out.push(...run.slice(0, Math.floor((run.length - 1) / 2)), l);
    run = [];
  }
  return out;
}

/**
 * Split a table row into fields on runs of two or more spaces (never on fixed columns: diskpart pads
 * by character count, so rows with full-width text drift; see facts/japanese.md §2.1).
 *
 * @example
 * splitColumns('  Partition 4    回復                 778 MB    63 GB')
 * // => ['Partition 4', '回復', '778 MB', '63 GB']
 */
export function splitColumns(row: string): string[] {
  const trimmed = row.trim();
  return trimmed === '' ? [] : trimmed.split(/ {2,}/);
}
