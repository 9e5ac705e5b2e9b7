/**
 * The collector (DESIGN §4.2): a read-only PowerShell snippet the site shows with a copy button, and the
 * reader for its output. It prints `reagentc /info` as is (read by the reagentc parser) and one
 * `wrd:<record>|key=value|…` line per fact, so its output parses the same in every display language.
 * It only reads: reagentc /info, Get-Partition, Get-Volume, Get-Disk, Get-BitLockerVolume, the registry.
 */
import type { PasteLine } from '../text/normalize.ts';
import { partitionKindOf } from './diskpart.ts';
import type { CollectorBlock, CollectorPartition } from './types.ts';

/** Version of the collector output format (`wrd:begin|v=1`). */
export const COLLECTOR_VERSION = 1;

/**
 * The collector snippet, to paste into an elevated PowerShell window. It changes nothing.
 *
 * @example
 * COLLECTOR_SCRIPT.includes('reagentc.exe /info') // => true
 */
export const COLLECTOR_SCRIPT = `# WinRE Doctor collector: read-only, changes nothing. Run in PowerShell as administrator.
& {
  'wrd:begin|v=1'
  $re = reagentc.exe /info
  $re
  $os = Get-Partition -DriveLetter $env:SystemDrive.Substring(0, 1)
  "wrd:os|disk=$($os.DiskNumber)|partition=$($os.PartitionNumber)"
  $disks = @($os.DiskNumber)
  $m = [regex]::Match(($re -join ' '), 'harddisk(\\d{1,3})\\\\partition(\\d+)')
  if ($m.Success) { $disks += [int]$m.Groups[1].Value }
  foreach ($n in ($disks | Sort-Object -Unique)) {
    $d = Get-Disk -Number $n
    "wrd:disk|number=$n|style=$($d.PartitionStyle)|size=$($d.Size)"
    foreach ($p in (Get-Partition -DiskNumber $n)) {
      $v = $p | Get-Volume -ErrorAction SilentlyContinue
      $l = if ("$($p.DriveLetter)" -match '^[A-Z]$') { $p.DriveLetter } else { '' }
      $a = @($p.AccessPaths | Where-Object { $_ -like '\\\\?\\Volume*' })[0]
      "wrd:partition|disk=$n|number=$($p.PartitionNumber)|offset=$($p.Offset)|size=$($p.Size)|type=$($p.Type)|gpttype=$($p.GptType)|mbrtype=$($p.MbrType)|letter=$l|free=$($v.SizeRemaining)|fs=$($v.FileSystemType)|volume=$a"
    }
  }
  try {
    foreach ($b in @(Get-BitLockerVolume -ErrorAction SilentlyContinue)) {
      "wrd:bitlocker|mount=$($b.MountPoint)|protection=$($b.ProtectionStatus)|status=$($b.VolumeStatus)"
    }
  } catch { }
  $k = Get-ItemProperty 'HKLM:\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion' -ErrorAction SilentlyContinue
  "wrd:winreversion|value=$($k.WinREVersion)"
  'wrd:end'
}
`;

const LINE = /^\s{0,40}wrd:([a-z]{2,16})((?:\|[^|]{0,400}){0,16})\s*$/;

function fields(rest: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of rest.split('|')) {
    const eq = part.indexOf('=');
    if (eq > 0) out.set(part.slice(0, eq).trim().toLowerCase(), part.slice(eq + 1).trim());
  }
  return out;
}

// Every key the collector prints for a record. A line without all of them was cut: a paste that ends
// mid-line or a console that wrapped it (`…|free=3` / `35544320|fs=NTFS|…`), and its numbers are not whole.
const RECORD_KEYS: Record<string, readonly string[]> = {
  begin: ['v'],
  end: [],
  os: ['disk', 'partition'],
  disk: ['number', 'style', 'size'],
  partition: ['disk', 'number', 'offset', 'size', 'type', 'gpttype', 'mbrtype', 'letter', 'free', 'fs', 'volume'],
  bitlocker: ['mount', 'protection', 'status'],
  winreversion: ['value'],
};

function int(v: string | undefined): number | null {
  return v !== undefined && /^\d{1,16}$/.test(v) ? Number(v) : null;
}

/**
 * True when the line is a collector record.
 *
 * @example
 * isCollectorLine('wrd:os|disk=0|partition=3') // => true
 */
export function isCollectorLine(text: string): boolean {
  return LINE.test(text);
}

/**
 * Read consecutive collector records (other lines in between, such as the reagentc block, are skipped by
 * the caller); `block` collects every `wrd:` line of one run from `wrd:begin` to `wrd:end`.
 *
 * @example
 * const b = { kind: 'collector', line: 1, version: null, os: null, disks: [], partitions: [], bitlocker: [], winreVersion: null, winreVersionLine: null, complete: false };
 * addCollectorLine(b, { text: 'wrd:os|disk=0|partition=3', line: 2, prompt: false }); b.os
 * // => { disk: 0, partition: 3, line: 2 }
 */
export function addCollectorLine(block: CollectorBlock, pl: PasteLine): boolean {
  const m = LINE.exec(pl.text);
  if (!m) return false;
  const rec = m[1] ?? '';
  const f = fields(m[2] ?? '');
  const keys = RECORD_KEYS[rec];
  if (!keys) return false;
  if (!keys.every((k) => f.has(k))) return true;
  switch (rec) {
    case 'begin':
      block.version = int(f.get('v'));
      break;
    case 'end':
      block.complete = true;
      break;
    case 'os': {
      const disk = int(f.get('disk'));
      const partition = int(f.get('partition'));
      if (disk !== null && partition !== null) block.os = { disk, partition, line: pl.line };
      break;
    }
    case 'disk': {
      const disk = int(f.get('number'));
      const s = (f.get('style') ?? '').toLowerCase();
      if (disk !== null)
        block.disks.push({
          disk,
          style: s === 'gpt' ? 'gpt' : s === 'mbr' ? 'mbr' : s === 'raw' ? 'raw' : null,
          sizeBytes: int(f.get('size')),
          line: pl.line,
        });
      break;
    }
    case 'partition': {
      const partition = int(f.get('number'));
      if (partition === null) break;
      const typeText = f.get('type') ?? '';
      const gpt = (f.get('gpttype') ?? '').replace(/[{}]/g, '').toLowerCase();
      const row: CollectorPartition = {
        disk: int(f.get('disk')),
        diskPath: null,
        partition,
        letter: /^[A-Z]$/i.test(f.get('letter') ?? '') ? (f.get('letter') ?? '').toUpperCase() : null,
        offsetBytes: int(f.get('offset')),
        sizeBytes: int(f.get('size')),
        sizeExact: true,
        typeText,
        kind: partitionKindOf(typeText),
        gptType: gpt === '' ? null : gpt,
        mbrType: f.get('mbrtype') || null,
        line: pl.line,
        freeBytes: int(f.get('free')),
        fs: f.get('fs') || null,
        volumePath: f.get('volume') || null,
      };
      block.partitions.push(row);
      break;
    }
    case 'bitlocker': {
      const mount = f.get('mount') ?? '';
      if (mount !== '')
        block.bitlocker.push({ mount, protection: f.get('protection') || null, status: f.get('status') || null, line: pl.line });
      break;
    }
    case 'winreversion': {
      const v = f.get('value') ?? '';
      if (/^\d{1,3}\.\d{1,3}\.\d{1,6}\.\d{1,6}$/.test(v)) {
        block.winreVersion = v;
        block.winreVersionLine = pl.line;
      }
      break;
    }
    default:
      return false;
  }
  return true;
}

/**
 * Forget what one line of an unfinished run said. Without `wrd:end` the paste stopped inside the run, and
 * its last record may have been cut after a digit (`partition=1` of `partition=12`), which no key check sees.
 *
 * @example
 * const b = emptyCollectorBlock(1);
 * addCollectorLine(b, { text: 'wrd:os|disk=0|partition=1', line: 2, prompt: false });
 * dropCollectorLine(b, 2); b.os // => null
 */
export function dropCollectorLine(block: CollectorBlock, line: number): void {
  if (block.os?.line === line) block.os = null;
  block.disks = block.disks.filter((d) => d.line !== line);
  block.partitions = block.partitions.filter((p) => p.line !== line);
  block.bitlocker = block.bitlocker.filter((b) => b.line !== line);
  if (block.winreVersionLine === line) {
    block.winreVersion = null;
    block.winreVersionLine = null;
  }
}

/**
 * A collector block with nothing read yet.
 *
 * @example
 * emptyCollectorBlock(1).complete // => false
 */
export function emptyCollectorBlock(line: number): CollectorBlock {
  return {
    kind: 'collector',
    line,
    version: null,
    os: null,
    disks: [],
    partitions: [],
    bitlocker: [],
    winreVersion: null,
    winreVersionLine: null,
    complete: false,
  };
}
