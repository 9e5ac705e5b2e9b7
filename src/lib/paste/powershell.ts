/**
 * PowerShell storage cmdlets: `Get-Partition` (table with or without its `DiskPath` / `Disk Number`
 * group header, and `Format-List`), `Get-Volume` (the common source of free space: `SizeRemaining`),
 * `Get-Disk` (partition style; the header may wrap) and `Get-BitLockerVolume | Format-List`.
 * Property names are English in every locale (windows-facts.md §6.5, japanese.md §3.1).
 */
import type { PasteLine } from '../text/normalize.ts';
import { partitionKindOf } from './diskpart.ts';
import { isExactBytes, parseBytesOrSize, parseSize } from './size.ts';
import type {
  BitlockerList,
  PsDiskList,
  PsDiskRow,
  PsPartitionList,
  PsPartitionRow,
  PsVolumeList,
  PsVolumeRow,
  RegistryVersion,
} from './types.ts';

const PART_HEADER = /^\s*PartitionNumber\s+DriveLetter\s+Offset\s+Size\s+Type\s*$/;
const VOL_HEADER = /^\s*DriveLetter\s+FriendlyName\s+FileSystemType\s+DriveType\s+HealthStatus\s+OperationalStatus\s+SizeRemaining\s+Size\s*$/;
const DISK_HEADER = /^\s*Number\s+Friendly Name\b.*\b(?:Partition|PartitionStyle|Partition Style)\s*$/;
const DASH_ROW = /^\s*-{2,}(?:\s+-{2,})*\s*$/;
const FL_LINE = /^\s{0,40}([A-Za-z][A-Za-z0-9]{1,40})\s*:\s?(.*)$/;
const REG_LINE = /^\s*WinREVersion\s+REG_SZ\s+(\d{1,3}\.\d{1,3}\.\d{1,6}\.\d{1,6})\s*$/i;
const FS = /^(?:NTFS|FAT32|FAT|exFAT|ReFS|CDFS|UDF|RAW|Unknown)$/i;

/** Group context printed above a Get-Partition table. */
export interface PsGroup {
  diskNumber: number | null;
  diskPath: string | null;
}

/**
 * True when the line is a header or `Format-List` line this module reads.
 *
 * @example
 * isPowerShellStart('PartitionNumber  DriveLetter Offset   Size Type') // => true
 */
export function isPowerShellStart(text: string): boolean {
  return (
    PART_HEADER.test(text) || VOL_HEADER.test(text) || DISK_HEADER.test(text) || REG_LINE.test(text) || FL_LINE.test(text)
  );
}

/**
 * Read a `DiskPath:` / `Disk Number:` group line; `null` when the line is something else.
 *
 * @example
 * readPsGroupLine('Disk Number: 0') // => { diskNumber: 0 }
 */
export function readPsGroupLine(text: string): Partial<PsGroup> | null {
  const p = /^\s*DiskPath\s?:\s?(\S{1,400})\s*$/.exec(text);
  if (p) return { diskPath: p[1] ?? null };
  const n = /^\s*Disk Number\s?:\s?(\d{1,4})\s*$/.exec(text);
  if (n) return { diskNumber: Number(n[1]) };
  return null;
}

/** Rows from `i` (after an optional dash line) while `row` reads them; the rows and the index after them. */
function readRows<T>(lines: readonly PasteLine[], i: number, row: (text: string, line: number) => T | null): [T[], number] {
  if (DASH_ROW.test(lines[i]?.text ?? '')) i++;
  const rows: T[] = [];
  for (;; i++) {
    const pl = lines[i];
    const r = pl ? row(pl.text, pl.line) : null;
    if (!r) break;
    rows.push(r);
  }
  return [rows, i];
}

/** `gpt`/`mbr`/`raw` from a printed partition style, `null` for anything else. */
function styleOf(text: string): PsDiskRow['style'] {
  const s = text.toLowerCase();
  return s === 'gpt' || s === 'mbr' || s === 'raw' ? s : null;
}

/** A drive letter (`c` → `C`), `null` when the value is not one letter. */
function letterOf(text: string | null): string | null {
  return text !== null && /^[A-Z]$/i.test(text) ? text.toUpperCase() : null;
}

function parsePartitionTableRow(text: string, line: number, group: PsGroup): PsPartitionRow | null {
  const tokens = text.trim().split(/\s+/);
  if (tokens.length < 4 || !/^\d{1,3}$/.test(tokens[0] ?? '')) return null;
  let idx = 1;
  let letter: string | null = null;
  if ((letter = letterOf(tokens[1] ?? null))) idx = 2;
  if (!/^\d{1,16}$/.test(tokens[idx] ?? '')) return null;
  const offset = Number(tokens[idx]);
  let size = parseSize(`${tokens[idx + 1] ?? ''} ${tokens[idx + 2] ?? ''}`);
  let typeAt = idx + 3;
  if (size === null) {
    size = parseBytesOrSize(tokens[idx + 1] ?? '');
    typeAt = idx + 2;
  }
  if (size === null) return null;
  const typeText = tokens.slice(typeAt).join(' ');
  return {
    disk: group.diskNumber,
    diskPath: group.diskPath,
    partition: Number(tokens[0]),
    letter,
    offsetBytes: offset,
    sizeBytes: size,
    sizeExact: false,
    typeText,
    kind: partitionKindOf(typeText),
    gptType: null,
    mbrType: null,
    line,
  };
}

function parseVolumeTableRow(text: string, line: number, headerIndent: number): PsVolumeRow | null {
  const tokens = text.trim().split(/\s+/);
  const take = (): number | null => {
    for (const n of [2, 1]) {
      if (tokens.length < n) continue;
      const b = parseSize(tokens.slice(tokens.length - n).join(' '));
      if (b !== null) {
        tokens.splice(tokens.length - n, n);
        return b;
      }
    }
    return null;
  };
  const size = take();
  const remaining = take();
  if (size === null || remaining === null || tokens.length < 3) return null;
  tokens.splice(tokens.length - 3, 3); // OperationalStatus, HealthStatus, DriveType
  const fs = tokens.length > 0 && FS.test(tokens[tokens.length - 1] ?? '') ? (tokens.pop() ?? null) : null;
  let letter: string | null = null;
  // The DriveLetter column starts the row, under the header's first column; a letterless row starts further right.
  const indent = text.length - text.trimStart().length;
  if (indent <= headerIndent + 1 && /^[A-Z]$/.test(tokens[0] ?? '')) letter = tokens.shift() ?? null;
  return { letter, label: tokens.length > 0 ? tokens.join(' ') : null, fs, sizeRemainingBytes: remaining, sizeBytes: size, line };
}

/**
 * Read a Get-Partition, Get-Volume or Get-Disk table, or a `reg query` WinREVersion line, starting at `start`.
 *
 * @example
 * readPowerShellTable(normalizePaste('PartitionNumber  DriveLetter Offset  Size Type\n4  255442550784  584 MB Recovery').lines, 0, { diskNumber: null, diskPath: null }, null).block?.kind
 * // => 'ps-partition'
 */
export function readPowerShellTable(
  lines: readonly PasteLine[],
  start: number,
  group: PsGroup,
  volumeHint: PsVolumeList['partitionHint'],
): { block: PsPartitionList | PsVolumeList | PsDiskList | RegistryVersion | null; next: number } {
  const head = lines[start]?.text ?? '';
  const reg = REG_LINE.exec(head);
  if (reg) return { block: { kind: 'winre-version', line: lines[start]?.line ?? 0, version: reg[1] ?? '' }, next: start + 1 };
  let i = start + 1;
  if (PART_HEADER.test(head)) {
    const [rows, next] = readRows(lines, i, (t, l) => parsePartitionTableRow(t, l, group));
    // A next line that starts with a partition number but does not read as a row was cut short.
    const cut = /^\s*\d{1,3}\s/.test(lines[next]?.text ?? '');
    return { block: rows.length ? { kind: 'ps-partition', line: lines[start]?.line ?? 0, rows, ...(cut ? { cut } : {}) } : null, next };
  }
  if (VOL_HEADER.test(head)) {
    const [rows, next] = readRows(lines, i, (t, l) => parseVolumeTableRow(t, l, head.length - head.trimStart().length));
    const block: PsVolumeList = { kind: 'ps-volume', line: lines[start]?.line ?? 0, rows, partitionHint: volumeHint };
    return { block: rows.length ? block : null, next };
  }
  if (DISK_HEADER.test(head)) {
    if (/^\s*Style\s*$/.test(lines[i]?.text ?? '')) i++;
    const [rows, next] = readRows(lines, i, (t, line): PsDiskRow | null => {
      const m = /^\s*(\d{1,4})\s.*\s(GPT|MBR|RAW)\s*$/i.exec(t);
      return m ? { disk: Number(m[1]), style: styleOf(m[2] ?? ''), line } : null;
    });
    return { block: rows.length ? { kind: 'ps-disk', line: lines[start]?.line ?? 0, rows } : null, next };
  }
  return { block: null, next: start + 1 };
}

type Record_ = Map<string, { value: string; line: number }>;

/**
 * Read one `Format-List` record (`Key : Value` lines up to a blank line) and turn it into a partition,
 * volume, disk, BitLocker or registry block when its keys say which.
 *
 * @example
 * readFormatList(normalizePaste('PartitionNumber : 4\nOffset : 255442550784\nSize : 584 MB\nType : Recovery').lines, 0, { diskNumber: null, diskPath: null }).block?.kind
 * // => 'ps-partition'
 */
export function readFormatList(
  lines: readonly PasteLine[],
  start: number,
  group: PsGroup,
  volumeHint: PsVolumeList['partitionHint'] = null,
): { block: PsPartitionList | PsVolumeList | PsDiskList | RegistryVersion | BitlockerList | null; next: number } {
  const rec: Record_ = new Map();
  let i = start;
  for (; i < lines.length && i < start + 80; i++) {
    const pl = lines[i];
    const m = pl ? FL_LINE.exec(pl.text) : null;
    if (!pl || !m) break;
    const key = (m[1] ?? '').toLowerCase();
    if (!rec.has(key)) rec.set(key, { value: (m[2] ?? '').trim(), line: pl.line });
  }
  const next = Math.max(i, start + 1);
  const line = lines[start]?.line ?? 0;
  const get = (k: string): string | null => {
    const v = rec.get(k)?.value;
    return v === undefined || v === '' ? null : v;
  };
  const pn = get('partitionnumber');
  if (pn !== null && /^\d{1,3}$/.test(pn)) {
    const sizeText = get('size') ?? '';
    const typeText = get('type') ?? '';
    const disk = get('disknumber');
    const row: PsPartitionRow = {
      disk: disk !== null && /^\d{1,4}$/.test(disk) ? Number(disk) : group.diskNumber,
      diskPath: get('diskpath') ?? group.diskPath,
      partition: Number(pn),
      letter: letterOf(get('driveletter')),
      offsetBytes: parseBytesOrSize(get('offset') ?? ''),
      sizeBytes: parseBytesOrSize(sizeText),
      sizeExact: isExactBytes(sizeText),
      typeText,
      kind: partitionKindOf(typeText),
      gptType: get('gpttype')?.replace(/[{}]/g, '').toLowerCase() ?? null,
      mbrType: get('mbrtype'),
      line: rec.get('partitionnumber')?.line ?? line,
    };
    return { block: { kind: 'ps-partition', line, rows: [row] }, next };
  }
  const rem = get('sizeremaining');
  if (rem !== null) {
    const row: PsVolumeRow = {
      letter: letterOf(get('driveletter')),
      label: get('friendlyname') ?? get('filesystemlabel'),
      fs: get('filesystemtype') ?? get('filesystem'),
      sizeRemainingBytes: parseBytesOrSize(rem),
      sizeBytes: parseBytesOrSize(get('size') ?? ''),
      line: rec.get('sizeremaining')?.line ?? line,
    };
    return { block: { kind: 'ps-volume', line, rows: [row], partitionHint: volumeHint }, next };
  }
  const style = get('partitionstyle');
  const num = get('number');
  if (style !== null && num !== null && /^\d{1,4}$/.test(num)) {
    const row: PsDiskRow = { disk: Number(num), style: styleOf(style), line };
    return { block: { kind: 'ps-disk', line, rows: [row] }, next };
  }
  const mount = get('mountpoint');
  if (mount !== null && (get('protectionstatus') !== null || get('volumestatus') !== null)) {
    const b: BitlockerList = {
      kind: 'bitlocker',
      line,
      rows: [{ mount, protection: get('protectionstatus'), status: get('volumestatus'), line }],
    };
    return { block: b, next };
  }
  const ver = get('winreversion');
  if (ver !== null && /^\d{1,3}\.\d{1,3}\.\d{1,6}\.\d{1,6}$/.test(ver)) {
    return { block: { kind: 'winre-version', line: rec.get('winreversion')?.line ?? line, version: ver }, next };
  }
  return { block: null, next };
}
