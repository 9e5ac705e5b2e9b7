/**
 * diskpart `list disk`, `list partition`, `list volume` and `detail partition` in the documented display
 * languages (windows-facts.md §6.1–§6.4, japanese.md §2). Rows are split on runs of spaces or read from
 * the right, never by fixed columns: diskpart pads by character count, so rows with full-width text drift.
 */
import { splitColumns, type PasteLine } from '../text/normalize.ts';
import { parseSize } from './size.ts';
import type {
  DiskRow,
  DiskpartDetailPartition,
  DiskpartListDisk,
  DiskpartListPartition,
  DiskpartListVolume,
  PartitionRow,
  VolumeRow,
} from './types.ts';
import { DISKPART_ROW_WORDS, TYPE_WORDS, type PartitionKind } from './words.ts';

type Table = 'disk' | 'partition' | 'volume';

const TYPE_KIND = new Map<string, PartitionKind>(TYPE_WORDS.map((w) => [w.word.toLowerCase(), w.kind]));
const ROW_WORD = new Map<string, Table>(
  (Object.keys(DISKPART_ROW_WORDS) as Table[]).flatMap((t) => DISKPART_ROW_WORDS[t].map((w) => [w.toLowerCase(), t] as const)),
);
const ROW = /^\s{0,40}(\*\s{0,3})?(\S{1,20}) (\d{1,4})(?=\s|$)(.*)$/;
const DASHES = /^\s{0,40}-{3,}(?:\s{1,8}-{2,}){1,9}\s*$/;
const FS = /^(?:NTFS|FAT32|FAT|exFAT|ReFS|CDFS|UDF|RAW)$/i;

/**
 * Map a printed type word (any documented language) to its meaning; `other` when unknown.
 *
 * @example
 * partitionKindOf('Récupération') // => 'recovery'
 */
export function partitionKindOf(typeText: string): PartitionKind {
  return TYPE_KIND.get(typeText.trim().toLowerCase()) ?? 'other';
}

/** Take a size from the end of a token list (`674 MB`, `931 G octets`, `674MB`); returns it and the tokens left. */
function popSize(tokens: string[]): { bytes: number; rest: string[] } | null {
  for (let n = Math.min(3, tokens.length); n >= 1; n--) {
    const bytes = parseSize(tokens.slice(tokens.length - n).join(' '));
    if (bytes !== null) return { bytes, rest: tokens.slice(0, tokens.length - n) };
  }
  return null;
}

function dashGroups(text: string): number {
  return DASHES.test(text) ? text.trim().split(/\s+/).length : 0;
}

const DISK_HEADER = new RegExp(DISKPART_ROW_WORDS.disk.join('|'), 'i');

function headerTable(text: string): Table | null {
  if (!/###|N°/.test(text)) return null;
  if (/Partition|partition/.test(text)) return 'partition';
  if (/Volume|volume/.test(text)) return 'volume';
  if (DISK_HEADER.test(text)) return 'disk';
  // A header in an undocumented language (`分区 ###`): not taken for a disk list; the separator's
  // column count decides, as it does for a paste without its header.
  return null;
}

interface RowMatch {
  table: Table | null;
  selected: boolean;
  number: number;
  rest: string;
}

function matchRow(text: string): RowMatch | null {
  const m = ROW.exec(text);
  if (!m) return null;
  return {
    table: ROW_WORD.get((m[2] ?? '').toLowerCase()) ?? null,
    selected: m[1] !== undefined,
    number: Number(m[3]),
    rest: m[4] ?? '',
  };
}

function parseDiskRow(r: RowMatch, line: number): DiskRow | null {
  let rest = r.rest.trimEnd();
  const gaps: number[] = [];
  while (rest.endsWith('*') && gaps.length < 2) {
    const body = rest.slice(0, -1);
    const trimmed = body.trimEnd();
    gaps.unshift(body.length - trimmed.length);
    rest = trimmed;
  }
  const tokens = rest.trim().split(/\s+/).filter(Boolean);
  const free = popSize(tokens);
  if (!free) return null;
  const size = popSize(free.rest);
  if (!size || size.rest.length === 0) return null;
  // One star: the Gpt column sits about eight spaces after Free, the Dyn column about three.
  const gpt = gaps.length === 2 || (gaps.length === 1 && ((gaps[0] ?? 0) >= 6 || gaps[0] === 1));
  const dynamic = gaps.length === 2 || (gaps.length === 1 && !gpt);
  return {
    disk: r.number,
    status: size.rest.join(' '),
    sizeBytes: size.bytes,
    freeBytes: free.bytes,
    gpt,
    dynamic,
    selected: r.selected,
    line,
  };
}

function parsePartitionRow(r: RowMatch, line: number): PartitionRow | null {
  // A note typed after the row, two or more spaces after the offset (`   C:`, `(the WinRE one?)`), is no
  // column: the row is read without it, at the last two gaps at most.
  const rest = r.rest.trim();
  const gaps = [...rest.matchAll(/\s{2,}/g)].map((m) => m.index);
  for (const end of [rest.length, gaps[gaps.length - 1], gaps[gaps.length - 2]]) {
    if (end === undefined) break;
    const row = partitionRowOf(rest.slice(0, end), r, line);
    if (row) return row;
  }
  return null;
}

function partitionRowOf(text: string, r: RowMatch, line: number): PartitionRow | null {
  const tokens = text.split(/\s+/).filter(Boolean);
  const offset = popSize(tokens);
  if (!offset) return null;
  const size = popSize(offset.rest);
  if (!size || size.rest.length === 0 || size.rest.length > 4) return null;
  const typeText = size.rest.join(' ');
  return {
    partition: r.number,
    kind: partitionKindOf(typeText),
    typeText,
    sizeBytes: size.bytes,
    offsetBytes: offset.bytes,
    selected: r.selected,
    line,
  };
}

function parseVolumeRow(r: RowMatch, line: number): VolumeRow | null {
  const f = splitColumns(r.rest);
  const sizeIdx = f.findIndex((x) => parseSize(x) !== null);
  if (sizeIdx < 1) return null;
  const before = f.slice(0, sizeIdx);
  const type = before.pop() ?? null;
  const fs = before.length > 0 && FS.test(before[before.length - 1] ?? '') ? (before.pop() ?? null) : null;
  let letter: string | null = null;
  if (before.length > 0 && /^[A-Z]$/.test(before[0] ?? '')) letter = before.shift() ?? null;
  return {
    volume: r.number,
    letter,
    label: before.length > 0 ? before.join(' ') : null,
    fs,
    type,
    sizeBytes: parseSize(f[sizeIdx] ?? ''),
    status: f[sizeIdx + 1] ?? null,
    info: f[sizeIdx + 2] ?? null,
    selected: r.selected,
    line,
  };
}

/**
 * True when the line is a diskpart table header, separator or row.
 *
 * @example
 * isDiskpartTableStart('  ディスク 0    オンライン            58 GB  1024 KB        *') // => true
 */
export function isDiskpartTableStart(text: string): boolean {
  if (dashGroups(text) >= 3 || headerTable(text) !== null) return true;
  const r = matchRow(text);
  return r !== null && r.table !== null && r.rest.trim() !== '' && !/\.$|。$/.test(r.rest.trim());
}

/**
 * Read a diskpart table starting at `start` (header, separator and rows); unknown row words are accepted
 * when the header or separator said which table this is.
 *
 * @example
 * readDiskpartTable(normalizePaste('  Partition 4    Recovery   674 MB   109 GB').lines, 0, null).block?.kind
 * // => 'diskpart-list-partition'
 */
export function readDiskpartTable(
  lines: readonly PasteLine[],
  start: number,
  disk: number | null,
): { block: DiskpartListDisk | DiskpartListPartition | DiskpartListVolume | null; next: number } {
  let table: Table | null = null;
  let i = start;
  // Header lines (two in Japanese list disk) and the separator.
  for (; i < lines.length && i < start + 4; i++) {
    const t = lines[i]?.text ?? '';
    const h = headerTable(t);
    if (h) {
      table = h;
      continue;
    }
    const g = dashGroups(t);
    if (g >= 3) {
      table = table ?? (g === 4 ? 'partition' : g === 8 ? 'volume' : g === 6 ? 'disk' : null);
      continue;
    }
    if (i > start && /^\s{2,}###/.test(t)) continue;
    break;
  }
  const disks: DiskRow[] = [];
  const parts: PartitionRow[] = [];
  const vols: VolumeRow[] = [];
  let first = 0;
  // A row that starts like this table's rows but does not read in full was cut short; rows without their
  // header are a piece of a listing.
  let cut = table === null;
  for (; i < lines.length; i++) {
    const pl = lines[i];
    if (!pl) break;
    const r = matchRow(pl.text);
    if (!r) {
      // A row cut inside its first word (`  Partiti`).
      const t = pl.text.trim().replace(/^\*\s*/, '');
      if (table && t.length >= 3 && DISKPART_ROW_WORDS[table].some((w) => w.startsWith(t))) cut = true;
      break;
    }
    const kind = r.table ?? table;
    if (!kind || (table && r.table && r.table !== table)) break;
    table = kind;
    if (first === 0) first = pl.line;
    if (kind === 'disk') {
      const row = parseDiskRow(r, pl.line);
      if (!row) break;
      disks.push(row);
    } else if (kind === 'partition') {
      const row = parsePartitionRow(r, pl.line);
      if (!row) {
        cut = true;
        break;
      }
      parts.push(row);
    } else {
      const row = parseVolumeRow(r, pl.line);
      if (!row) break;
      vols.push(row);
    }
  }
  const next = Math.max(i, start + 1);
  const line = first || (lines[start]?.line ?? 0);
  if (disks.length > 0) return { block: { kind: 'diskpart-list-disk', line, rows: disks }, next };
  if (parts.length > 0) return { block: { kind: 'diskpart-list-partition', line, disk, rows: parts, ...(cut ? { cut } : {}) }, next };
  if (vols.length > 0) return { block: { kind: 'diskpart-list-volume', line, rows: vols }, next };
  return { block: null, next };
}

const DETAIL_HEAD = /^\s{0,40}(\S{1,20}) (\d{1,3})\s*$/;
const KV = /^\s{0,40}[^:]{1,30}?\s*:\s*(\S.*?)\s*$/;
const TYPE_VALUE = /^(?:\{?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\}?|([0-9a-f]{2}))$/i;

/**
 * True when `start` opens a `detail partition` block: `Partition N` then a type line with a GUID or a type byte.
 *
 * @example
 * isDetailPartitionStart(normalizePaste('Partition 3\nType  : 27').lines, 0) // => true
 */
export function isDetailPartitionStart(lines: readonly PasteLine[], start: number): boolean {
  if (!DETAIL_HEAD.test(lines[start]?.text ?? '')) return false;
  const nextLine = lines[start + 1]?.text ?? '';
  const kv = KV.exec(nextLine);
  return kv !== null && TYPE_VALUE.test(kv[1] ?? '');
}

/**
 * Read a `detail partition` block through its language-neutral values (type GUID or byte, attributes,
 * offset in bytes) and its volume row.
 *
 * @example
 * readDetailPartition(normalizePaste('Partition 4\nType    : de94bba4-06d1-4d40-a16a-bfd50179d6ac').lines, 0, 0).block.typeId
 * // => 'de94bba4-06d1-4d40-a16a-bfd50179d6ac'
 */
export function readDetailPartition(
  lines: readonly PasteLine[],
  start: number,
  disk: number | null,
): { block: DiskpartDetailPartition; next: number } {
  const head = DETAIL_HEAD.exec(lines[start]?.text ?? '');
  const block: DiskpartDetailPartition = {
    kind: 'diskpart-detail-partition',
    line: lines[start]?.line ?? 0,
    disk,
    partition: head ? Number(head[2]) : null,
    typeId: null,
    attributes: null,
    offsetBytes: null,
    volume: null,
  };
  let i = start + 1;
  for (; i < lines.length && i < start + 10; i++) {
    const kv = KV.exec(lines[i]?.text ?? '');
    if (!kv) break;
    const v = kv[1] ?? '';
    const t = TYPE_VALUE.exec(v);
    if (t && block.typeId === null) block.typeId = (t[1] ?? t[2] ?? '').toLowerCase();
    else if (/^0x[0-9a-f]{16}$/i.test(v)) block.attributes = `0x${v.slice(2).toLowerCase()}`;
    else if (/^\d{1,16}$/.test(v)) block.offsetBytes = Number(v);
  }
  // Optional volume table: blank line, header, separator, one row.
  let j = i;
  while (j < lines.length && j < i + 2 && (lines[j]?.text ?? '').trim() === '') j++;
  if (headerTable(lines[j]?.text ?? '') === 'volume') {
    j++;
    if (dashGroups(lines[j]?.text ?? '') >= 3) j++;
    const r = matchRow(lines[j]?.text ?? '');
    if (r && (r.table === 'volume' || r.table === null)) {
      block.volume = parseVolumeRow(r, lines[j]?.line ?? 0);
      if (block.volume) i = j + 1;
    }
  }
  return { block, next: Math.max(i, start + 1) };
}
