/**
 * The reading card as plain data: labels, values and the bit-layout table of one reading, with every text
 * taken from the given strings. The server card (CodeCard.astro) and the browser renderer (render.ts) both
 * draw this, so the two can never disagree. Pure: no DOM, no astro:*.
 */
import { codeSlug, formatHex, hresultFromWin32 } from '../../lib/errcode/structure.ts';
import type { Reading } from '../../lib/errcode/types.ts';
import type { DecoderStrings } from './strings-keys.ts';

/** One row of the card's fact list. `href` makes the value a link. */
export interface CardFact {
  key: string;
  label: string;
  value: string;
  /** Shown in a monospace font (codes, names, numbers). */
  mono: boolean;
  href?: string;
  /** A short note after the value, e.g. that the name is the inner Win32 code's. */
  note?: string;
}

/** One field of the bit-layout table. */
export interface BitRow {
  field: string;
  bits: string;
  binary: string;
  meaning: string;
}

/** Our own explanation of a code, as the widget shows it under the card. */
export interface CardExplanation {
  summary: string;
  /** The code page holding the full explanation. */
  href: string;
  guide: ReadonlyArray<{ href: string; title: string }>;
}

/** Everything a reading card shows. */
export interface CardView {
  /** `0x` + 8 lower-case hex digits. */
  slug: string;
  hex: string;
  /** The symbol, or the "no name" text. */
  title: string;
  named: boolean;
  family: Reading['family'];
  familyLabel: string;
  severity: Reading['severity'];
  severityLabel: string;
  facts: CardFact[];
  bits: { caption: string; rows: BitRow[] } | null;
  /** Text shown instead of a bit table (Win32 codes have no bit fields). */
  bitsNote: string | null;
  /** The code page of this value, when the site has one. */
  pageHref: string | null;
  pageLabel: string;
}

/**
 * Whether the site has a page for this reading's value: every value a table names directly, and every
 * HRESULT_FROM_WIN32 of a named Win32 code (the rule of `listKnownCodes`). HRESULT_FROM_NT values named
 * only through their inner NTSTATUS have no page of their own.
 * @example
 * hasCodePage({ symbol: 'ERROR_INSTALL_FAILURE', symbolVia: 'win32' } as Reading);
 * // => true
 */
export function hasCodePage(reading: Pick<Reading, 'symbol' | 'symbolVia'>): boolean {
  return reading.symbol !== null && reading.symbolVia !== 'ntstatus';
}

/**
 * The site path of a value's code page in a language.
 * @example
 * codePagePath('en', 0x80070643);
 * // => '/en/codes/0x80070643/'
 */
export function codePagePath(lang: string, value: number): string {
  return `/${lang}/codes/${codeSlug(value)}/`;
}

/**
 * A symbolic name cut after each underscore, so a narrow card wraps `ERROR_INSTALL_FAILURE` at
 * `ERROR_INSTALL_` rather than inside a word (the pieces are joined with <wbr>).
 * @example
 * nameParts('ERROR_INSTALL_FAILURE'); // => ['ERROR_', 'INSTALL_', 'FAILURE']
 */
export function nameParts(name: string): string[] {
  return name.match(/[^_]*_+|[^_]+/g) ?? [name];
}

/** Fills `{name}` placeholders. */
export function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** Binary digits in groups of four from the right (`000 0000 0111`), so long fields stay readable. */
const binary = (value: number, width: number): string =>
  (value >>> 0)
    .toString(2)
    .padStart(width, '0')
    .slice(-width)
    .replace(/\B(?=(?:[01]{4})+$)/g, ' ');

const shortHex = (n: number, width = 4): string =>
  '0x' + (n >>> 0).toString(16).toUpperCase().padStart(width, '0');

function facilityText(reading: Reading, s: DecoderStrings): string {
  const f = reading.facility;
  if (!f) return '';
  return f.name ? `${f.code} (${f.name})` : fill(s['decoder.facilityUnnamed'], { code: f.code });
}

function bitRows(reading: Reading, s: DecoderStrings): BitRow[] | null {
  const v = reading.unsigned >>> 0;
  const b = reading.bits;
  if (!b) return null;
  const codeRow: BitRow = {
    field: s['decoder.bits.code'],
    bits: '15–0',
    binary: binary(v & 0xffff, 16),
    meaning: `${v & 0xffff} (${shortHex(v & 0xffff)})`,
  };
  const facility = reading.facility;
  if (b.layout === 'hresult') {
    // winerror.h's 13-bit facility mask (FACILITY_AUDCLNT = 0x889) reaches into N and X.
    const wide = (facility?.code ?? 0) > 0x7ff;
    return [
      {
        field: s['decoder.bits.s'],
        bits: '31',
        binary: String(b.s),
        meaning: b.s ? s['decoder.bits.failure'] : s['decoder.bits.success'],
      },
      {
        field: s['decoder.bits.r'],
        bits: '30',
        binary: String(b.r),
        meaning: s['decoder.bits.reserved'],
      },
      {
        field: s['decoder.bits.c'],
        bits: '29',
        binary: String(b.c),
        meaning: b.c ? s['decoder.bits.customer'] : s['decoder.bits.microsoft'],
      },
      {
        field: s['decoder.bits.n'],
        bits: '28',
        binary: String(b.n),
        meaning: b.n ? s['decoder.bits.ntMapped'] : s['decoder.bits.notNtMapped'],
      },
      {
        field: s['decoder.bits.x'],
        bits: '27',
        binary: String(b.x),
        meaning: s['decoder.bits.reserved'],
      },
      {
        field: s['decoder.bits.facility'],
        bits: wide ? '28–16' : '26–16',
        binary: binary((v >>> 16) & (wide ? 0x1fff : 0x7ff), wide ? 13 : 11),
        meaning: facilityText(reading, s),
      },
      codeRow,
    ];
  }
  const sevKey = (['success', 'informational', 'warning', 'error'] as const)[b.sev];
  return [
    {
      field: s['decoder.bits.sev'],
      bits: '31–30',
      binary: binary(b.sev, 2),
      meaning: s[`decoder.severity.${sevKey}`],
    },
    {
      field: s['decoder.bits.c'],
      bits: '29',
      binary: String(b.c),
      meaning: b.c ? s['decoder.bits.customer'] : s['decoder.bits.microsoft'],
    },
    {
      field: s['decoder.bits.ntN'],
      bits: '28',
      binary: String(b.n),
      meaning: s['decoder.bits.reserved'],
    },
    {
      field: s['decoder.bits.facility'],
      bits: '27–16',
      binary: binary((v >>> 16) & 0xfff, 12),
      meaning: facilityText(reading, s),
    },
    codeRow,
  ];
}

/**
 * Builds the card of one reading in the language of `strings`; links point into `/{lang}/`.
 * @example
 * readingCardView(decodeErrorCode('0x80070643', allTables).readings[0], strings, 'en').title;
 * // => 'ERROR_INSTALL_FAILURE'
 */
export function readingCardView(reading: Reading, s: DecoderStrings, lang: string): CardView {
  const v = reading.unsigned >>> 0;
  const familyLabel = s[`decoder.family.${reading.family}`];
  const facts: CardFact[] = [
    { key: 'hex', label: s['decoder.field.hex'], value: reading.hex, mono: true },
    { key: 'unsigned', label: s['decoder.field.unsigned'], value: String(v), mono: true },
    { key: 'signed', label: s['decoder.field.signed'], value: String(v | 0), mono: true },
    { key: 'family', label: s['decoder.field.family'], value: familyLabel, mono: false },
    {
      key: 'severity',
      label: s['decoder.field.severity'],
      value: s[`decoder.severity.${reading.severity}`],
      mono: false,
    },
  ];
  if (reading.facility) {
    facts.push({
      key: 'facility',
      label: s['decoder.field.facility'],
      value: facilityText(reading, s),
      mono: true,
    });
    facts.push({
      key: 'code',
      label: s['decoder.field.code'],
      value: `${reading.code} (${shortHex(reading.code)})`,
      mono: true,
    });
  }
  if (reading.symbol) {
    const name: CardFact = {
      key: 'name',
      label: s['decoder.field.name'],
      value: reading.symbol,
      mono: true,
    };
    if (reading.symbolVia === 'win32') name.note = s['decoder.viaWin32'];
    if (reading.symbolVia === 'ntstatus') name.note = s['decoder.viaNtstatus'];
    facts.push(name);
  } else {
    facts.push({
      key: 'name',
      label: s['decoder.field.name'],
      value: s['decoder.noName'],
      mono: false,
    });
  }
  if (reading.aliases.length) {
    facts.push({
      key: 'aliases',
      label: s['decoder.field.aliases'],
      value: reading.aliases.join(', '),
      mono: true,
    });
  }
  if (reading.family === 'hresult' && reading.win32 !== null) {
    const inner: CardFact = {
      key: 'win32',
      label: s['decoder.field.win32'],
      value: `${reading.win32} (${shortHex(reading.win32, 1)})`,
      mono: true,
      note: 'HRESULT_FROM_WIN32',
    };
    if (reading.symbolVia === 'win32') inner.href = codePagePath(lang, reading.win32);
    facts.push(inner);
  }
  if (reading.family === 'hresult' && reading.ntstatus !== null) {
    facts.push({
      key: 'ntstatus',
      label: s['decoder.field.ntstatus'],
      value: formatHex(reading.ntstatus),
      mono: true,
      note: 'HRESULT_FROM_NT',
    });
  }
  if (reading.family === 'win32' && reading.hresult !== null) {
    const h: CardFact = {
      key: 'hresult',
      label: s['decoder.field.asHresult'],
      value: formatHex(reading.hresult),
      mono: true,
      note: 'HRESULT_FROM_WIN32',
    };
    // Every named Win32 code has a page for its HRESULT form too (listKnownCodes).
    if (reading.symbol && hresultFromWin32(v) === reading.hresult) {
      h.href = codePagePath(lang, reading.hresult);
    }
    facts.push(h);
  }
  if (reading.family === 'ntstatus' && reading.hresult !== null) {
    facts.push({
      key: 'hresult',
      label: s['decoder.field.asHresult'],
      value: formatHex(reading.hresult),
      mono: true,
      note: 'HRESULT_FROM_NT',
    });
  }
  if (reading.source) {
    facts.push({
      key: 'source',
      label: s['decoder.field.source'],
      value: s[`decoder.source.${reading.source}`],
      mono: false,
    });
  }
  const rows = bitRows(reading, s);
  return {
    slug: codeSlug(v),
    hex: reading.hex,
    title: reading.symbol ?? s['decoder.noName'],
    named: reading.symbol !== null,
    family: reading.family,
    familyLabel,
    severity: reading.severity,
    severityLabel: s[`decoder.severity.${reading.severity}`],
    facts,
    bits: rows
      ? {
          caption: fill(s['decoder.bits.caption'], { hex: reading.hex, family: familyLabel }),
          rows,
        }
      : null,
    bitsNote: rows ? null : s['decoder.bits.win32'],
    pageHref: hasCodePage(reading) ? codePagePath(lang, v) : null,
    pageLabel: fill(s['decoder.codePage'], { hex: reading.hex }),
  };
}
