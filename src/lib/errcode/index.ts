/**
 * Public surface of the error-code engine (no tables included: import `allTables` from
 * `./all-tables.ts` or load them with `loadTables` from `./load.ts`).
 */
export {
  decodeErrorCode,
  familyOrder,
  readingsForValue,
  structuralReadings,
  tableIdsForInput,
} from './decode.ts';
export {
  MAX_CODE_INPUT_LENGTH,
  MAX_CODES_PER_INPUT,
  normalizeCodeInput,
  parseErrorCodeInput,
} from './parse.ts';
export { FEATURED_CODES, featuredCode, type FeaturedCode } from './featured.ts';
export { codeSpellings, listKnownCodes, type KnownCode } from './spellings.ts';
export {
  FACILITY_NAMES,
  FACILITY_NT_BIT,
  codeSlug,
  formatHex,
  hresultFacility,
  hresultFromNt,
  hresultFromWin32,
  ntstatusFacility,
  ntstatusFromHresult,
  structuralReading,
  win32FromHresult,
} from './structure.ts';
export {
  TABLE_FAMILY,
  TABLE_IDS,
  namesFor,
  tableIdsForName,
  tableIdsForValue,
  valuesForName,
  type NamedEntry,
} from './tables.ts';
export type * from './types.ts';
