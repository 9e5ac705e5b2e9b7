import type { PartitionKind } from './words.ts';

/** WinRE state as `reagentc /info` reports it; `unknown` when the block has no readable status. */
export type WinreStatus = 'enabled' | 'disabled' | 'unknown';

/** Disk partition style. */
export type PartitionStyle = 'gpt' | 'mbr';

/** One `reagentc /info` block; every `…Line` is the 1-based paste line the value came from. */
export interface ReagentcInfo {
  kind: 'reagentc-info';
  line: number;
  status: WinreStatus;
  statusLine: number | null;
  /** `path`: a GLOBALROOT path was read; `empty`: the label had no value; `redacted`; `absent`: no location line. */
  locationState: 'path' | 'empty' | 'redacted' | 'absent';
  /** Disk number from `harddiskN`; `null` when redacted or when N is a disk signature, not a number. */
  disk: number | null;
  partition: number | null;
  locationLine: number | null;
  bcdId: string | null;
  bcdRedacted: boolean;
  version: string | null;
  versionLine: number | null;
  /** True when the command line shows `/target`: the output describes an offline Windows. */
  offline: boolean;
  /** Display language of the labels when they matched `REAGENTC_LABELS`. */
  lang: string | null;
}

/** A reagentc failure line (never a state). */
export interface ReagentcError {
  kind: 'reagentc-error';
  line: number;
  issue: 'not-elevated' | 'image-not-found' | 'bitlocker' | 'failed';
  code: number | null;
  /** The failure line as pasted, to show back verbatim. */
  text: string;
}

/** A row of diskpart `list disk`. */
export interface DiskRow {
  disk: number;
  status: string;
  sizeBytes: number | null;
  freeBytes: number | null;
  gpt: boolean;
  dynamic: boolean;
  selected: boolean;
  line: number;
}

/** A row of diskpart `list partition`, or a partition from any other source after merging. */
export interface PartitionRow {
  partition: number;
  kind: PartitionKind;
  typeText: string;
  sizeBytes: number | null;
  offsetBytes: number | null;
  selected: boolean;
  line: number;
}

/** A row of diskpart `list volume` (also the volume table of `detail partition`). */
export interface VolumeRow {
  volume: number;
  letter: string | null;
  label: string | null;
  fs: string | null;
  type: string | null;
  sizeBytes: number | null;
  status: string | null;
  info: string | null;
  selected: boolean;
  line: number;
}

export interface DiskpartListDisk {
  kind: 'diskpart-list-disk';
  line: number;
  rows: DiskRow[];
}

export interface DiskpartListPartition {
  kind: 'diskpart-list-partition';
  line: number;
  /** The disk selected before the command (`sel disk N` or its message), when the paste shows it. */
  disk: number | null;
  rows: PartitionRow[];
  /** True when a row of it was cut short (the paste ended or was trimmed inside it): the list is not complete. */
  cut?: boolean;
}

export interface DiskpartListVolume {
  kind: 'diskpart-list-volume';
  line: number;
  rows: VolumeRow[];
}

/** diskpart `detail partition`, read through its language-neutral values only (japanese.md §2.6). */
export interface DiskpartDetailPartition {
  kind: 'diskpart-detail-partition';
  line: number;
  disk: number | null;
  partition: number | null;
  /** Lower-case GPT type GUID or two-digit MBR type byte (`27`). */
  typeId: string | null;
  /** `0x8000000000000001` style, lower-case `0x` prefix. */
  attributes: string | null;
  offsetBytes: number | null;
  volume: VolumeRow | null;
}

/** A partition from PowerShell `Get-Partition` (table or list) or the collector. */
export interface PsPartitionRow {
  disk: number | null;
  /** The `DiskPath` group the row was listed under, to tell disks apart without numbers. */
  diskPath: string | null;
  partition: number;
  letter: string | null;
  offsetBytes: number | null;
  sizeBytes: number | null;
  sizeExact: boolean;
  typeText: string;
  kind: PartitionKind;
  gptType: string | null;
  mbrType: string | null;
  line: number;
}

export interface PsPartitionList {
  kind: 'ps-partition';
  line: number;
  rows: PsPartitionRow[];
  /** True when the table ended in a row cut short: the list is not complete. */
  cut?: boolean;
}

/** A volume from PowerShell `Get-Volume`; `SizeRemaining` is the free space. */
export interface PsVolumeRow {
  letter: string | null;
  label: string | null;
  fs: string | null;
  sizeRemainingBytes: number | null;
  sizeBytes: number | null;
  line: number;
}

export interface PsVolumeList {
  kind: 'ps-volume';
  line: number;
  rows: PsVolumeRow[];
  /**
   * Set when the command line piped partitions into Get-Volume: one partition (`Get-Partition -DiskNumber 0
   * -PartitionNumber 4 | Get-Volume`) or every partition of one disk (`Get-Partition -DiskNumber 1 | Get-Volume`).
   */
  partitionHint: { disk: number | null; partition: number | null } | null;
}

export interface PsDiskRow {
  disk: number;
  style: PartitionStyle | 'raw' | null;
  line: number;
}

export interface PsDiskList {
  kind: 'ps-disk';
  line: number;
  rows: PsDiskRow[];
}

/** A partition line of the collector output, with its volume's free space. */
export interface CollectorPartition extends PsPartitionRow {
  freeBytes: number | null;
  fs: string | null;
  volumePath: string | null;
}

export interface BitlockerRow {
  mount: string;
  protection: string | null;
  status: string | null;
  line: number;
}

/** Everything the collector printed besides the embedded `reagentc /info` block. */
export interface CollectorBlock {
  kind: 'collector';
  line: number;
  version: number | null;
  os: { disk: number; partition: number; line: number } | null;
  disks: { disk: number; style: PartitionStyle | 'raw' | null; sizeBytes: number | null; line: number }[];
  partitions: CollectorPartition[];
  bitlocker: BitlockerRow[];
  winreVersion: string | null;
  winreVersionLine: number | null;
  complete: boolean;
}

/** `WinREVersion` read from the registry (`reg query` or `Get-ItemProperty`). */
export interface RegistryVersion {
  kind: 'winre-version';
  line: number;
  version: string;
}

/** `Get-BitLockerVolume | Format-List` records. */
export interface BitlockerList {
  kind: 'bitlocker';
  line: number;
  rows: BitlockerRow[];
}

/**
 * A diskpart message saying it changed the disk (windows-facts.md §6.1, japanese.md §2.5): a partition
 * shrunk, deleted or created, or a volume formatted. Output pasted before it no longer describes the disk.
 * Not a block: these messages alone are no output to read (tests/fixtures/negative.json).
 */
export interface DiskpartChange {
  line: number;
}

/** Anything the recogniser found in a paste, in paste order. */
export type PasteBlock =
  | ReagentcInfo
  | ReagentcError
  | DiskpartListDisk
  | DiskpartListPartition
  | DiskpartListVolume
  | DiskpartDetailPartition
  | PsPartitionList
  | PsVolumeList
  | PsDiskList
  | CollectorBlock
  | RegistryVersion
  | BitlockerList;

/** What `parsePaste` returns: the blocks in paste order, and whether the paste was cut at the length cap. */
export interface ParsedPaste {
  blocks: PasteBlock[];
  /** diskpart's messages that it changed a disk, in paste order. */
  changes: DiskpartChange[];
  /** Lines of `reagentc /enable` commands: WinRE's image moves into its partition, changing its free space. */
  enables: number[];
  /** Computer names from diskpart's start-up banner, in paste order (one paste may hold several PCs). */
  computers: { name: string; line: number }[];
  truncated: boolean;
  lineCount: number;
}
