/**
 * Finds error codes in what a reader typed or pasted: one code in any spelling, a few codes separated
 * by spaces, or a line of Windows text (Windows Update message, Event Viewer line, CBS.log line).
 * Pure and total: every input gives tokens or an issue code, never an exception.
 */
import type { CodeToken, DecodeIssue, ParsedInput } from './types.ts';

/**
 * Longest input accepted, in UTF-16 units; a pasted event message or CBS.log line is far shorter.
 * @example
 * parseErrorCodeInput('0'.repeat(MAX_CODE_INPUT_LENGTH + 1));
 * // => { kind: 'error', issue: 'too-long' }
 */
export const MAX_CODE_INPUT_LENGTH = 10_000;

/**
 * Most tokens taken from one input, so a pasted log cannot produce an unbounded list.
 * @example
 * MAX_CODES_PER_INPUT;
 * // => 64
 */
export const MAX_CODES_PER_INPUT = 64;

type Single = { ok: true; token: CodeToken } | { ok: false; issue: DecodeIssue };

/**
 * Normalises input before parsing: NFKC (full-width digits, letters and colons become ASCII), every
 * dash-like minus becomes `-`, BOM and zero-width characters go, and the ends are trimmed.
 * @example
 * normalizeCodeInput(' ０ｘ８００７０６４３ ');
 * // => '0x80070643'
 */
export function normalizeCodeInput(input: string): string {
  return input
    .normalize('NFKC')
    .replace(/[\uFEFF\u200B-\u200D\u2060\u00AD]/g, '')
    .replace(/[\u2010-\u2015\u2212\uFE63]/g, '-')
    .trim();
}

const HEX_PREFIXED = /^([+-]?)0x([0-9a-f]+)(?:u|l|ul|lu|ll|ull)?$/i;
const HEX_BARE_8 = /^[0-9a-f]{8}$/i;
// Shorter bare hex needs a decimal digit as well as a letter ("1a2b", "e8"): letters alone are words
// ("a", "bad", "face"), and "e" is what a reader types first of ERROR_…, which must not flash
// ERROR_OUTOFMEMORY (0xE) in the widget. Eight letters ("deadbeef") stay hex through HEX_BARE_8.
const HEX_BARE_SHORT = /^(?=[0-9a-f]*[0-9])[0-9a-f]*[a-f][0-9a-f]*$/i;
const DECIMAL = /^([+-]?)([0-9]+)$/;
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
// One hex value typed with spaces, as readers retype it from a screen: two groups of four
// ("0x8007 0643", or "8007 0643" when bit 31 is set, i.e. it starts with 8-F) or the prefix then one
// group ("0x 80070643"). Nothing else is joined: "1603 1460" and "0x643 1603" are lists of codes,
// not the invented 0x16031460 and 0x06431603.
const SPACED_HEX =
  /^(?:0x\s*([0-9a-f]{4})\s+([0-9a-f]{4})|([89a-f][0-9a-f]{3})\s+([0-9a-f]{4})|0x\s+([0-9a-f]{1,8}))$/i;

// Enum listings print HRESULTs and NTSTATUS values as negative hex (-0x7FF0F7D8 is 0x800F0828). Those
// values have bit 31 set and are errors or warnings below 0xF0000000, so the magnitude lies in
// [0x10000000, 0x80000000]. Outside it the negative reading is no error code (-0x643 would be
// 0xFFFFF9BD), and the dash is a separator a reader copied along ("エラー -0x8024200B").
const MIN_NEGATIVE_HEX = 0x10000000;
const MAX_NEGATIVE_HEX = 0x80000000;

function fromHexDigits(sign: string, digits: string): Single {
  const d = digits.replace(/^0+(?=.)/, '');
  if (d.length > 8) return { ok: false, issue: 'out-of-range' };
  const n = parseInt(d, 16);
  if (sign === '-' && n >= MIN_NEGATIVE_HEX && n <= MAX_NEGATIVE_HEX) {
    return { ok: true, token: { kind: 'value', value: -n >>> 0, text: '' } };
  }
  return { ok: true, token: { kind: 'value', value: n >>> 0, text: '' } };
}

function fromDecimalDigits(sign: string, digits: string): Single {
  const d = digits.replace(/^0+(?=.)/, '');
  if (d.length > 10) return { ok: false, issue: 'out-of-range' };
  const n = Number(d);
  if (sign === '-') {
    if (n > 0x80000000) return { ok: false, issue: 'out-of-range' };
    return { ok: true, token: { kind: 'value', value: -n >>> 0, text: '' } };
  }
  if (n > 0xffffffff) return { ok: false, issue: 'out-of-range' };
  return { ok: true, token: { kind: 'value', value: n, text: '' } };
}

/** Parses one whitespace-free token in a strict grammar. */
function parseSingleToken(s: string): Single {
  let m = HEX_PREFIXED.exec(s);
  if (m) return withText(fromHexDigits(m[1] ?? '', m[2] ?? ''), s);
  // Eight hex digits without a prefix are hex even when all are decimal digits: readers drop the
  // 0x from 80070643, and eight-digit decimal numbers are not error codes anyone searches for.
  if (HEX_BARE_8.test(s)) return withText(fromHexDigits('', s), s);
  m = DECIMAL.exec(s);
  if (m) return withText(fromDecimalDigits(m[1] ?? '', m[2] ?? ''), s);
  if (HEX_BARE_SHORT.test(s)) return withText(fromHexDigits('', s), s);
  if (NAME.test(s)) return { ok: true, token: { kind: 'name', name: s.toUpperCase(), text: s } };
  return { ok: false, issue: 'not-a-number' };
}

function withText(r: Single, text: string): Single {
  return r.ok ? { ok: true, token: { ...r.token, text } } : r;
}

// Text patterns. Each is linear: fixed-width look-arounds, no nested quantifiers.
// 0x-prefixed hex anywhere (leading zeros allowed, at most 8 significant digits).
const TEXT_HEX_PREFIXED = /(?<![0-9a-z_])(-?)0x0*([0-9a-f]{1,8})(?![0-9a-z_])/gi;
// Bare 8-digit hex only from 0x8… upward (error severity): dates like 20240110 start lower. Not next
// to `-`, `.` or braces, which would make it part of a GUID, a version or a file name.
const TEXT_HEX_BARE = /(?<![0-9a-z_.{-])([89a-f][0-9a-f]{7})(?![0-9a-z_.}-])/gi;
// Ten-digit decimals of 2^31 or more, or nine- and ten-digit negatives: signed/unsigned HRESULTs.
const TEXT_DECIMAL_BIG = /(?<![0-9a-z_.,-])(-?)([0-9]{9,10})(?![0-9a-z_.,])/gi;
// reagentc prints its failure code in hex without 0x: public captures show "Operation failed: b7",
// "c142011c", "3bc3" and "57" (from /getrecoverysettings). Up to eight digits, as a bare hex token.
const TEXT_REAGENTC_FAILED = /operation failed:\s?([0-9a-f]{1,8})(?![0-9a-z_.,])/gi;
// Small decimals only right after a word that introduces a code ("error 1603", "エラー コード: 112",
// "Error 1603." at the end of a sentence); elsewhere small numbers are sizes, dates and partition numbers.
// Not after "failed" (a count: "failed 3 times", "Updates failed = 1"; reagentc's own code has its pattern
// above), and not when a date or time goes on ("Error⇥1/10/2024 10:23" in an Event Viewer row).
const TEXT_DECIMAL_KEYWORD =
  /(?<![a-z])(?:error|code|status|result|hr|エラー|コード)(\s?(?:code\s?)?[:=]?\s?)(-?)([0-9]{1,10})(?![0-9a-z_]|[.,:/]\d)/gi;
// CBS.log writes a Win32 code wrapped in the macro: "with HRESULT HRESULT_FROM_WIN32(1603)".
const TEXT_FROM_WIN32 = /HRESULT_FROM_WIN32\(\s?(?:0x([0-9a-f]{1,4})|([0-9]{1,5}))\s?\)/gi;
// Symbolic names (a word with an underscore, in any case: readers retype them in lower case): kept only
// if a table knows them, so identifiers of a pasted log that are no error name fall away.
const TEXT_NAME = /(?<![A-Za-z0-9_])([A-Za-z][A-Za-z0-9]*_[A-Za-z0-9_]*[A-Za-z0-9])(?![A-Za-z0-9_])/g;

/** Extracts every code-like token from free text, in order of appearance. */
function extractFromText(text: string): CodeToken[] {
  // One match gives one token, or two for a reagentc code that reads both as hex and as decimal.
  const found: Array<{ index: number; tokens: CodeToken[] }> = [];
  const push = (index: number, r: Single, text: string) => {
    if (r.ok) found.push({ index, tokens: [{ ...r.token, text }] });
  };
  // HRESULT_FROM_WIN32(n) is 0x8007xxxx (n = 0 stays 0). The macro is then blanked out, so neither its
  // name nor the number inside it counts again; positions stay the same.
  for (const m of text.matchAll(TEXT_FROM_WIN32)) {
    const n = m[1] !== undefined ? parseInt(m[1], 16) : Number(m[2]);
    if (n <= 0xffff) found.push({ index: m.index, tokens: [{ kind: 'value', value: n === 0 ? 0 : (0x80070000 | n) >>> 0, text: m[0] }] });
  }
  const s = text.replace(TEXT_FROM_WIN32, (m) => ' '.repeat(m.length));
  // First, so that at the same position it wins over the decimal keyword rule ("failed: 70").
  for (const m of s.matchAll(TEXT_REAGENTC_FAILED)) {
    const digits = m[1] ?? '';
    const index = m.index + m[0].length - digits.length;
    const value = parseInt(digits, 16);
    const tokens: CodeToken[] = [{ kind: 'value', value, text: digits }];
    // The facts file quotes "Operation failed: 70" without saying it is hex, so an all-digit code
    // also gets its decimal reading, second. Eight digits are hex only, as for a bare token.
    const decimal = Number(digits);
    if (/^[0-9]{1,7}$/.test(digits) && decimal !== value) {
      tokens.push({ kind: 'value', value: decimal, text: digits });
    }
    found.push({ index, tokens });
  }
  for (const m of s.matchAll(TEXT_HEX_PREFIXED)) {
    // "状態:ダウンロードエラー-0x80070643": a dash glued to the word before it separates, it is no
    // minus sign. Only a dash at the start, after a space or after `(`, `[`, `=` or `:` may be one, as in
    // "= -0x7FF0F7D8" or "(-0x7FF0F7D8)" (then fromHexDigits decides by its magnitude).
    const dash = m[1] ?? '';
    const glued = m.index > 0 && !/[\s([=:]/.test(s.charAt(m.index - 1));
    const sign = glued ? '' : dash;
    const skip = dash.length - sign.length;
    push(m.index + skip, fromHexDigits(sign, m[2] ?? ''), m[0].slice(skip));
  }
  for (const m of s.matchAll(TEXT_HEX_BARE)) push(m.index, fromHexDigits('', m[1] ?? ''), m[0]);
  for (const m of s.matchAll(TEXT_DECIMAL_BIG)) {
    const sign = m[1] ?? '';
    const digits = m[2] ?? '';
    const n = Number(digits);
    if (sign === '' && (digits.length < 10 || n < 0x80000000)) continue;
    push(m.index, fromDecimalDigits(sign, digits), m[0]);
  }
  for (const m of s.matchAll(TEXT_DECIMAL_KEYWORD)) {
    // A dash glued to the keyword ("エラー-1603") separates; after a space, ':' or '=' it is a minus sign.
    const sign = m[1] === '' ? '' : (m[2] ?? '');
    const digits = m[3] ?? '';
    const numberText = `${sign}${digits}`;
    push(m.index + m[0].length - numberText.length, fromDecimalDigits(sign, digits), numberText);
  }
  for (const m of s.matchAll(TEXT_NAME)) {
    const text = m[1] ?? '';
    found.push({ index: m.index, tokens: [{ kind: 'name', name: text.toUpperCase(), text }] });
  }
  // Stable sort: at one position the match pushed first stays first.
  found.sort((a, b) => a.index - b.index);
  // One position can match two patterns (a keyword decimal that is also a big decimal): keep the first.
  const out: CodeToken[] = [];
  let lastIndex = -1;
  for (const f of found) {
    if (f.index === lastIndex) continue;
    lastIndex = f.index;
    for (const token of f.tokens) {
      if (out.length >= MAX_CODES_PER_INPUT) return out;
      out.push(token);
    }
  }
  return out;
}

/**
 * Parses an input into code tokens (values and symbolic names) without looking anything up.
 * @example
 * parseErrorCodeInput('-2147023293');
 * // => { kind: 'tokens', single: true, tokens: [{ kind: 'value', value: 2147944003, text: '-2147023293' }] }
 */
export function parseErrorCodeInput(input: string): ParsedInput {
  if (typeof input !== 'string') return { kind: 'error', issue: 'not-a-number' };
  if (input.length > MAX_CODE_INPUT_LENGTH) return { kind: 'error', issue: 'too-long' };
  const s = normalizeCodeInput(input);
  if (s === '') return { kind: 'error', issue: 'empty' };

  if (!/\s/.test(s)) {
    // "(1603)", "「0x80070643」", "1603." : one code in brackets, quotes or before a full stop.
    const bare = /^[(（[【「『"']*([^()（）[\]【】「」『』"']+?)[)）\]】」』"'.,;:。、]*$/.exec(s)?.[1] ?? s;
    const r = parseSingleToken(bare);
    if (r.ok) return { kind: 'tokens', single: true, tokens: [{ ...r.token, text: s }] };
    // "(0x80070643)", "エラー0x8024200B" and the like: one word holding a code.
    const inText = extractFromText(s);
    const [first, ...rest] = inText;
    if (first) return { kind: 'tokens', single: rest.length === 0, tokens: [first, ...rest] };
    return { kind: 'error', issue: r.issue };
  }

  // "0x8007 0643", "8007 0643", "0x 80070643": one hex value typed with spaces (see SPACED_HEX).
  const spaced = SPACED_HEX.exec(s);
  if (spaced) {
    const r = fromHexDigits('', spaced.slice(1).join(''));
    if (r.ok) return { kind: 'tokens', single: true, tokens: [{ ...r.token, text: s }] };
  }

  // "1603 259 0x80070643": a list of codes, each in a strict form (names only with an underscore).
  const words = s.split(/[\s,;]+/).filter((w) => w !== '');
  if (words.length <= MAX_CODES_PER_INPUT) {
    const tokens: CodeToken[] = [];
    for (const w of words) {
      const r = parseSingleToken(w);
      if (!r.ok || (r.token.kind === 'name' && !w.includes('_'))) break;
      tokens.push(r.token);
    }
    const [first, ...rest] = tokens;
    if (first && tokens.length === words.length) {
      return { kind: 'tokens', single: rest.length === 0, tokens: [first, ...rest] };
    }
  }

  const [first, ...rest] = extractFromText(s);
  if (first) return { kind: 'tokens', single: false, tokens: [first, ...rest] };
  return { kind: 'error', issue: 'no-code-found' };
}
