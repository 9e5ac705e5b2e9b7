/**
 * The UI string keys the decoder's browser code needs (the card, the status line and the issues). The page
 * passes exactly these, translated, as data; nothing here imports the i18n tables, so the client bundle
 * stays small.
 */

/**
 * Every key the card renderer and the widget read.
 * @example
 * DECODER_STRING_KEYS.includes('decoder.field.hex');
 * // => true
 */
export const DECODER_STRING_KEYS = [
  'decoder.status.found',
  'decoder.status.unknown',
  'decoder.status.loading',
  'decoder.issue.empty',
  'decoder.issue.too-long',
  'decoder.issue.not-a-number',
  'decoder.issue.out-of-range',
  'decoder.issue.unknown-name',
  'decoder.issue.no-code-found',
  'decoder.valueHeading',
  'decoder.field.hex',
  'decoder.field.unsigned',
  'decoder.field.signed',
  'decoder.field.family',
  'decoder.field.severity',
  'decoder.field.facility',
  'decoder.field.code',
  'decoder.field.name',
  'decoder.field.aliases',
  'decoder.field.win32',
  'decoder.field.ntstatus',
  'decoder.field.asHresult',
  'decoder.field.source',
  'decoder.family.hresult',
  'decoder.family.ntstatus',
  'decoder.family.win32',
  'decoder.severity.success',
  'decoder.severity.informational',
  'decoder.severity.warning',
  'decoder.severity.error',
  'decoder.facilityUnnamed',
  'decoder.noName',
  'decoder.viaWin32',
  'decoder.viaNtstatus',
  'decoder.bits.caption',
  'decoder.bits.field',
  'decoder.bits.bits',
  'decoder.bits.binary',
  'decoder.bits.meaning',
  'decoder.bits.s',
  'decoder.bits.r',
  'decoder.bits.c',
  'decoder.bits.n',
  'decoder.bits.x',
  'decoder.bits.sev',
  'decoder.bits.ntN',
  'decoder.bits.facility',
  'decoder.bits.code',
  'decoder.bits.failure',
  'decoder.bits.success',
  'decoder.bits.reserved',
  'decoder.bits.customer',
  'decoder.bits.microsoft',
  'decoder.bits.ntMapped',
  'decoder.bits.notNtMapped',
  'decoder.bits.win32',
  'decoder.source.win32',
  'decoder.source.hresult',
  'decoder.source.wu',
  'decoder.source.ntstatus',
  'decoder.source.servicing',
  'decoder.codePage',
  'decoder.explanation',
  'decoder.readMore',
  'decoder.guide',
] as const;

/** One decoder string key. */
export type DecoderStringKey = (typeof DECODER_STRING_KEYS)[number];

/**
 * The translated strings the decoder's browser code is given.
 * @example
 * const s: DecoderStrings = decoderStrings('en'); // from ./strings.ts, at build time
 * s['decoder.field.hex'];
 * // => 'Hex'
 */
export type DecoderStrings = Readonly<Record<DecoderStringKey, string>>;
