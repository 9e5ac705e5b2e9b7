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
const HEX_BARE_LETTERS = /^[0-9a-f]*[a-f][0-9a-f]*$/i;
const DECIMAL = /^([+-]?)([0-9]+)$/;
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

function fromHexDigits(sign: string, digits: string): Single {
  const d = digits.replace(/^0+(?=.)/, '');
  if (d.length > 8) return { ok: false, issue: 'out-of-range' };
  const n = parseInt(d, 16);
  if (sign === '-') {
    // Enum listings print HRESULTs as negative hex (-0x7FF0F7D8 is 0x800F0828).
    if (n > 0x80000000) return { ok: false, issue: 'out-of-range' };
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
  if (HEX_BARE_LETTERS.test(s)) return withText(fromHexDigits('', s), s);
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
// Small decimals only right after a word that introduces a code ("error 1603", "エラー コード: 112",
// "Operation failed: 70"); elsewhere small numbers are sizes, dates and partition numbers.
const TEXT_DECIMAL_KEYWORD =
  /(?<![a-z])(?:error|code|failed|failure|status|result|hr|エラー|コード)\s?(?:code\s?)?[:=]?\s?(-?)([0-9]{1,10})(?![0-9a-z_.,])/gi;
// Symbolic names as written by Windows (upper case with an underscore): kept only if a table knows them.
const TEXT_NAME = /(?<![A-Za-z0-9_])([A-Z][A-Z0-9]*_[A-Z0-9_]*[A-Z0-9])(?![A-Za-z0-9_])/g;

/** Extracts every code-like token from free text, in order of appearance. */
function extractFromText(s: string): CodeToken[] {
  const found: Array<{ index: number; token: CodeToken }> = [];
  const push = (index: number, r: Single, text: string) => {
    if (r.ok) found.push({ index, token: { ...r.token, text } });
  };
  for (const m of s.matchAll(TEXT_HEX_PREFIXED)) {
    push(m.index, fromHexDigits(m[1] ?? '', m[2] ?? ''), m[0]);
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
    const numberText = `${m[1] ?? ''}${m[2] ?? ''}`;
    push(
      m.index + m[0].length - numberText.length,
      fromDecimalDigits(m[1] ?? '', m[2] ?? ''),
      numberText,
    );
  }
  for (const m of s.matchAll(TEXT_NAME)) {
    const name = m[1] ?? '';
    found.push({ index: m.index, token: { kind: 'name', name, text: name } });
  }
  found.sort((a, b) => a.index - b.index);
  // One position can match two patterns (a keyword decimal that is also a big decimal): keep the first.
  const out: CodeToken[] = [];
  let lastIndex = -1;
  for (const f of found) {
    if (f.index === lastIndex) continue;
    lastIndex = f.index;
    out.push(f.token);
    if (out.length >= MAX_CODES_PER_INPUT) break;
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
    const r = parseSingleToken(s);
    if (r.ok) return { kind: 'tokens', single: true, tokens: [r.token] };
    // "(0x80070643)", "エラー0x8024200B" and the like: one word holding a code.
    const inText = extractFromText(s);
    const [first, ...rest] = inText;
    if (first) return { kind: 'tokens', single: rest.length === 0, tokens: [first, ...rest] };
    return { kind: 'error', issue: r.issue };
  }

  // "0x8007 0643", "8007 0643", "0x 80070643": one hex value typed with spaces.
  const spaced = /^([+-]?)(0x)?\s*([0-9a-f]{1,8}(?:\s+[0-9a-f]{1,8})*)$/i.exec(s);
  if (spaced) {
    const joined = (spaced[3] ?? '').replace(/\s+/g, '');
    if ((spaced[2] !== undefined || joined.length === 8) && joined.length <= 8) {
      const r = fromHexDigits(spaced[1] ?? '', joined);
      if (r.ok) return { kind: 'tokens', single: true, tokens: [{ ...r.token, text: s }] };
    }
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
