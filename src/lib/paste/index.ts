/**
 * Public API of the paste recognisers.
 */
export { parsePaste, parseLines } from './parse.ts';
export { parseReagentcInfo, readReagentc, MAX_DISK_NUMBER } from './reagentc.ts';
export { partitionKindOf, readDiskpartTable, readDetailPartition } from './diskpart.ts';
export { readPowerShellTable, readFormatList } from './powershell.ts';
export { COLLECTOR_SCRIPT, COLLECTOR_VERSION } from './collector.ts';
export { parseSize, parseBytesOrSize } from './size.ts';
export { SIZE_UNITS, TYPE_WORDS, REAGENTC_LABELS, REAGENTC_PARSE_LABELS, DISKPART_ROW_WORDS, LOCALIZED_STATUS_VALUES } from './words.ts';
export type * from './types.ts';
export type { Confidence, PartitionKind, ReagentcLabels, ReagentcParseLabels, SizeUnit, TypeWord } from './words.ts';
