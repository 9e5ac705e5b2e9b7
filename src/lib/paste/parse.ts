/**
 * Find and parse every recognised block in one paste, wherever it sits and in any order: reagentc,
 * diskpart, PowerShell and collector output. One pass over the lines; every reader consumes what it
 * reads, so the cost stays linear.
 */
import { normalizePaste, type PasteLine } from '../text/normalize.ts';
import { addCollectorLine, dropCollectorLine, emptyCollectorBlock, isCollectorLine } from './collector.ts';
import { isDetailPartitionStart, isDiskpartTableStart, readDetailPartition, readDiskpartTable } from './diskpart.ts';
import { isPowerShellStart, readFormatList, readPowerShellTable, readPsGroupLine, type PsGroup } from './powershell.ts';
import { isReagentcStart, readReagentc } from './reagentc.ts';
import type { CollectorBlock, DiskpartChange, ParsedPaste, PasteBlock, PsVolumeList } from './types.ts';

const SEL_DISK = [
  /^\s*sel(?:ect)?\s+dis(?:k)?\s+(\d{1,3})\s*$/i,
  /^\s*Disk (\d{1,3}) is now the selected disk\./,
  /^\s*ディスク (\d{1,3}) が選択されました/,
  /^\s*Datenträger (\d{1,3}) ist jetzt der gewählte Datenträger/,
];
const SEL_PART = [
  /^\s*sel(?:ect)?\s+par(?:t(?:ition)?)?\s+(\d{1,3})\s*$/i,
  /^\s*Partition (\d{1,3}) is now the selected partition\./,
  /^\s*パーティション (\d{1,3}) が選択されました/,
  /^\s*Partition (\d{1,3}) ist jetzt die gewählte Partition/,
];
// What diskpart prints once it has changed the disk: English and Japanese shrink, delete, create, format
// and extend, German create (windows-facts.md §6.1, §6.3; japanese.md §2.5). The commands alone prove
// nothing: they may have failed.
const DISKPART_CHANGE =
  /^\s*(?:DiskPart successfully (?:shrunk|deleted|formatted) |DiskPart succeeded in creating |ボリュームは、次の方法で正常に縮小されました|DiskPart は選択されたパーティションを正常に削除しました|DiskPart は指定したパーティションの作成に成功しました|DiskPart は、ボリュームのフォーマットを完了しました|DiskPart はボリュームを正常に拡張しました|Die angegebene Partition wurde erfolgreich erstellt)/;
// diskpart's start-up banner names the computer: `コンピューター: <NAME>` (japanese.md §2.1), `Auf Computer:
// <NAME>` (windows-facts.md §6.3); the English banner's `On computer: <NAME>` is read the same way.
const BANNER_COMPUTER = /^\s*(?:On computer|Auf Computer|コンピューター)\s?:\s?(\S{1,63})\s*$/;
// The command line only (`reagentc /enable`, with its path or `&`, options after it), not a sentence.
const REAGENTC_ENABLE_CMD = /^\s*(?:&\s*)?(?:[^\s\\]{0,80}\\){0,8}reagentc(?:\.exe)?\s+\/enable(?:\s+[\w/{}-]{1,60}){0,4}\s*$/i;
const REAGENTC_CMD = /^\s*reagentc(?:\.exe)?\s+\/info\b(.*)$/i;
const GET_VOLUME_CMD = /Get-Partition\b.*\|\s*Get-Volume/i;
const GET_PARTITION_CMD = /\bGet-Partition\b/i;
// The ways a command line names disks for Get-Partition: `-DiskNumber 0` (or `0,1`), `Get-Partition 1`,
// `(Get-Disk 1) | Get-Partition`, `-Disk (Get-Disk -Number 1)`, `Where-Object DiskNumber -eq 1` (or
// `Number -eq 1` before the pipe into Get-Partition); `-DiskNumber:1` too.
const COMMAND_DISKS = [
  /-DiskNumber[\s:]+(\d{1,3}(?:\s?,\s?\d{1,3}){0,7})\b/i,
  /\bGet-Partition\s+(\d{1,3})\b/i,
  /\bGet-Disk\s+(?:-Number[\s:]+)?(\d{1,3})\b/i,
  /Number\s+-eq\s+(\d{1,3})\b/i,
];

/** The disk numbers a command line names, in order; empty when it names none. */
function commandDisks(text: string): number[] {
  for (const re of COMMAND_DISKS) {
    const m = re.exec(text);
    if (m) return (m[1] ?? '').split(',').map(Number);
  }
  return [];
}

/** What a paste shows besides its blocks: diskpart's changes, `reagentc /enable` lines, diskpart's banners. */
type PasteEvents = Pick<ParsedPaste, 'changes' | 'enables' | 'computers'>;
const noEvents = (): PasteEvents => ({ changes: [], enables: [], computers: [] });

function firstMatch(res: readonly RegExp[], text: string): number | null {
  for (const r of res) {
    const m = r.exec(text);
    if (m) return Number(m[1]);
  }
  return null;
}

/**
 * Recognise and parse everything in a paste; blocks come back in paste order.
 *
 * @example
 * parsePaste('Windows RE status: Disabled').blocks[0]?.kind // => 'reagentc-info'
 */
export function parsePaste(input: string): ParsedPaste {
  const { lines, truncated } = normalizePaste(input);
  const extra = noEvents();
  return { blocks: parseLines(lines, extra), truncated, lineCount: lines.length, ...extra };
}

/**
 * Parse already normalised lines (see `normalizePaste`).
 *
 * @example
 * parseLines(normalizePaste('wrd:os|disk=0|partition=3').lines)[0]?.kind // => 'collector'
 */
export function parseLines(
  lines: readonly PasteLine[],
  extra: PasteEvents = noEvents(),
): PasteBlock[] {
  const blocks: PasteBlock[] = [];
  let disk: number | null = null;
  let offline = false;
  let group: PsGroup = { diskNumber: null, diskPath: null };
  // The partition a `Get-Partition … | Get-Volume` command names, for the output right below it only.
  let volumeHint: PsVolumeList['partitionHint'] = null;
  // The disks a Get-Partition command names, for the output right below it only (its `DiskPath:` headers
  // carry no number): each header takes the next one, in order.
  let cmdDisks: number[] | null = null;
  let collector: CollectorBlock | null = null;
  let collectorLast = 0;
  // A run that never reached `wrd:end` may have been cut inside its last record.
  const closeCollector = (): void => {
    if (collector && !collector.complete) dropCollectorLine(collector, collectorLast);
  };

  for (let i = 0; i < lines.length; ) {
    const pl = lines[i];
    if (!pl) break;
    const text = pl.text;
    if (text.trim() === '') {
      i++;
      continue;
    }
    // A hint belongs to the output that follows its command directly: an error message, an empty result
    // followed by another command, or any other block in between means that output never came.
    if (volumeHint && !isPowerShellStart(text)) volumeHint = null;
    if (cmdDisks !== null && !isPowerShellStart(text) && !readPsGroupLine(text)) {
      if (group.diskPath === null) group = { diskNumber: null, diskPath: null };
      cmdDisks = null;
    }
    if (isCollectorLine(text)) {
      if (!collector || /wrd:begin/.test(text)) {
        closeCollector();
        collector = emptyCollectorBlock(pl.line);
        blocks.push(collector);
      }
      addCollectorLine(collector, pl);
      collectorLast = pl.line;
      i++;
      continue;
    }
    const sd = firstMatch(SEL_DISK, text);
    if (sd !== null) {
      disk = sd;
      i++;
      continue;
    }
    if (firstMatch(SEL_PART, text) !== null) {
      i++;
      continue;
    }
    if (DISKPART_CHANGE.test(text)) {
      extra.changes.push({ line: pl.line });
      i++;
      continue;
    }
    const pc = BANNER_COMPUTER.exec(text);
    if (pc) {
      extra.computers.push({ name: pc[1] ?? '', line: pl.line });
      i++;
      continue;
    }
    if (REAGENTC_ENABLE_CMD.test(text)) {
      extra.enables.push(pl.line);
      i++;
      continue;
    }
    const rc = REAGENTC_CMD.exec(text);
    if (rc) {
      offline = /\/target\b/i.test(rc[1] ?? '');
      i++;
      continue;
    }
    if (GET_VOLUME_CMD.test(text)) {
      const ds = commandDisks(text);
      const d = ds.length === 1 ? (ds[0] ?? null) : null;
      const p = /-PartitionNumber[\s:]+(\d{1,3})/i.exec(text);
      volumeHint = p || d !== null ? { disk: d, partition: p ? Number(p[1]) : null } : null;
      i++;
      continue;
    }
    if (GET_PARTITION_CMD.test(text)) {
      // A command that names no disk (`-DriveLetter C`) still ends what an earlier header said.
      cmdDisks = commandDisks(text);
      group = { diskNumber: cmdDisks.length === 1 ? (cmdDisks[0] ?? null) : null, diskPath: null };
      i++;
      continue;
    }
    const g = readPsGroupLine(text);
    if (g) {
      group = { diskNumber: g.diskNumber ?? cmdDisks?.shift() ?? null, diskPath: g.diskPath ?? null };
      i++;
      continue;
    }
    if (isReagentcStart(text)) {
      const r = readReagentc(lines, i, offline);
      blocks.push(...r.blocks);
      i = r.next;
      continue;
    }
    if (isDetailPartitionStart(lines, i)) {
      const r = readDetailPartition(lines, i, disk);
      blocks.push(r.block);
      i = r.next;
      continue;
    }
    if (isDiskpartTableStart(text)) {
      const r = readDiskpartTable(lines, i, disk);
      if (r.block) {
        blocks.push(r.block);
        if (r.block.kind === 'diskpart-list-disk') {
          const sel = r.block.rows.find((row) => row.selected);
          if (sel) disk = sel.disk;
        }
      }
      i = r.next;
      continue;
    }
    if (isPowerShellStart(text)) {
      const r = /^\s*[A-Za-z][A-Za-z0-9]{1,40}\s*:/.test(text)
        ? readFormatList(lines, i, group, volumeHint)
        : readPowerShellTable(lines, i, group, volumeHint);
      if (r.block) blocks.push(r.block);
      volumeHint = null;
      i = r.next;
      continue;
    }
    i++;
  }
  closeCollector();
  return blocks;
}
