/**
 * Combine parsed blocks into facts about the WinRE disk: WinRE state and location, the partitions of that
 * disk (size, offset, type, free space), the OS partition, the partition style. Unknown stays `null`;
 * nothing is guessed that a later step would act on without saying so.
 */
import type { PartitionKind } from '../paste/words.ts';
import type {
  CollectorBlock,
  DiskpartChange,
  PasteBlock,
  PartitionStyle,
  ReagentcError,
  ReagentcInfo,
  VolumeRow,
} from '../paste/types.ts';

/** GPT type of the Windows recovery partition (windows-facts.md §3.3). */
export const RECOVERY_GPT_TYPE = 'de94bba4-06d1-4d40-a16a-bfd50179d6ac';
/** GPT type of a basic data partition such as C: (windows-facts.md §6.1). */
export const BASIC_DATA_GPT_TYPE = 'ebd0a0a2-b9e5-4433-87c0-68b6b72699c7';
/** MBR type byte of the recovery partition (windows-facts.md §3.3). */
export const RECOVERY_MBR_TYPE = '27';

/** One partition of the WinRE disk, merged from every source that described it. */
export interface PartitionFact {
  partition: number;
  kind: PartitionKind;
  typeText: string | null;
  /** GPT type GUID (lower case) or MBR type byte (`27`), when a source printed it. */
  typeId: string | null;
  attributes: string | null;
  sizeBytes: number | null;
  /** False when the size was printed rounded (`674 MB`). */
  sizeExact: boolean;
  offsetBytes: number | null;
  offsetExact: boolean;
  freeBytes: number | null;
  freeLine: number | null;
  letter: string | null;
  /** BitLocker state of the partition's volume when the collector reported it. */
  encrypted: boolean | null;
  /** Paste lines that described this partition, first one first. */
  lines: number[];
}

/** How the OS partition (C:) was identified. */
export type OsBasis = 'collector' | 'drive-letter' | 'volume-size' | 'only-primary';

/** Where the WinRE partition sits relative to the OS partition (DESIGN §4.1). */
export type Position = 'after-os' | 'before-os' | 'not-adjacent' | 'same-as-os' | 'unknown';

/** Everything the verdict needs, read from one paste. */
export interface DiskFacts {
  recognized: boolean;
  /** The last reagentc block or error: the current state. */
  reagentc: ReagentcInfo | ReagentcError | null;
  version: { value: string; line: number } | null;
  /** The disk the partitions below belong to (the WinRE disk when known). */
  disk: number | null;
  partitions: PartitionFact[];
  style: PartitionStyle | null;
  styleLine: number | null;
  os: { partition: number; basis: OsBasis; line: number } | null;
  /** True when the paste shows C: on another disk than the one described (KB5028997 assumes one disk). */
  osElsewhere: boolean;
  /** BitLocker on C: when the collector or Get-BitLockerVolume said so. */
  osBitlocker: boolean | null;
  /** Unallocated space of the disk (diskpart `list disk` Free), rounded. */
  diskFreeBytes: number | null;
  diskSizeBytes: number | null;
  /** True when partitions listed without a disk number were taken for the described disk. */
  diskAssumed: boolean;
  /** Letterless NTFS volumes from Get-Volume that no partition claimed (size and free space). */
  looseVolumes: { sizeBytes: number | null; freeBytes: number; line: number }[];
  /**
   * The last line where diskpart said it changed a disk (shrunk, deleted, created, formatted). Partitions,
   * volumes and free space pasted before it are left out: they describe the disk as it was.
   */
  changeLine: number | null;
  /**
   * True when a listing of every partition of the disk was pasted and the latest one was not cut short: a
   * plan needs every partition, not only those single rows or volumes named.
   */
  layoutComplete: boolean;
}

type PartInput = Partial<Omit<PartitionFact, 'lines'>> & { partition: number; line: number; disk?: number | null };

function kindFromType(typeId: string | null): PartitionKind | null {
  if (typeId === RECOVERY_GPT_TYPE || typeId === RECOVERY_MBR_TYPE) return 'recovery';
  if (typeId === BASIC_DATA_GPT_TYPE) return 'primary';
  return null;
}

function near(a: number, b: number): boolean {
  // diskpart rounds to about four digits; volumes are a few sectors smaller than their partition.
  return Math.abs(a - b) <= Math.max(a, b) * 0.015 + 1_048_576;
}

function isEncrypted(status: string | null, protection: string | null): boolean | null {
  if (status === null && protection === null) return null;
  if (status !== null) return !/^FullyDecrypted$/i.test(status);
  return /^On$/i.test(protection ?? '');
}

/**
 * Read the facts of a paste from its parsed blocks.
 *
 * @example
 * collectFacts(parsePaste('Windows RE status: Disabled').blocks).reagentc?.kind // => 'reagentc-info'
 */
export function collectFacts(all: readonly PasteBlock[], changes: readonly DiskpartChange[] = [], enables: readonly number[] = []): DiskFacts {
  // After diskpart changed a disk, only what was pasted later describes its partitions and volumes. The
  // WinRE state, its version, the partition style and BitLocker stay: the caller compares the reagentc
  // line with `changeLine` to tell whether the WinRE state is still current.
  const changeLine = changes.reduce<number | null>((m, c) => (m === null || c.line > m ? c.line : m), null);
  const describesLayout = (b: PasteBlock): boolean =>
    b.kind.startsWith('diskpart-list') || b.kind === 'diskpart-detail-partition' || b.kind === 'ps-partition' || b.kind === 'ps-volume';
  // `reagentc /enable` moves WinRE's image into its partition: free space read before it is out of date. A
  // reagentc saying Enabled after one saying Disabled shows such an enable even when its command was not pasted.
  let enableLine = Math.max(-1, ...enables);
  let sawDisabled = false;
  for (const b of all)
    if (b.kind === 'reagentc-info') {
      if (b.status === 'disabled') sawDisabled = true;
      else if (b.status === 'enabled' && sawDisabled) enableLine = Math.max(enableLine, b.line);
    }
  const blocks = all.filter(
    (b) => !(changeLine !== null && b.line < changeLine && (describesLayout(b) || b.kind === 'collector')) && !(b.kind === 'ps-volume' && b.line < enableLine),
  );
  let reagentc: ReagentcInfo | ReagentcError | null = null;
  let version: DiskFacts['version'] = null;
  let regVersion: DiskFacts['version'] = null;
  let collector: CollectorBlock | null = null;
  // `full`: the source lists every partition of its disk (diskpart `list part`, a Get-Partition table, the
  // collector). `block`: its place in the paste, so the later state can win.
  // `cut`: a listing whose last row was cut short, so it may not show every partition.
  const sources: { disk: number | null; group: string | null; rank: number; full: boolean; cut?: boolean; block: number; parts: PartInput[] }[] =
    [];
  const styles: { disk: number | null; style: PartitionStyle; line: number; rank: number }[] = [];
  const volumes: {
    letter: string | null;
    fs: string | null;
    sizeBytes: number | null;
    free: number | null;
    line: number;
    hint: { disk: number | null; partition: number | null } | null;
  }[] = [];
  const dpVolumes: VolumeRow[] = [];
  const bitlocker: { mount: string; encrypted: boolean | null }[] = [];
  const listDisks: { disk: number; free: number | null; size: number | null; gpt: boolean; line: number }[] = [];

  let block = -1;
  for (const b of blocks) {
    block++;
    switch (b.kind) {
      case 'reagentc-info':
      case 'reagentc-error':
        reagentc = b;
        if (b.kind === 'reagentc-info' && b.version && b.version !== '0.0.0.0' && b.versionLine !== null)
          version = { value: b.version, line: b.versionLine };
        break;
      case 'winre-version':
        regVersion = { value: b.version, line: b.line };
        break;
      case 'collector':
        // A later run describes the later state in full: what an earlier run said no longer counts, even
        // where the later one printed nothing (a field left empty is not "unchanged").
        if (collector) {
          const superseded = collector;
          for (let k = sources.length - 1; k >= 0; k--) if (sources[k]?.group === 'collector') sources.splice(k, 1);
          for (let k = styles.length - 1; k >= 0; k--) if (superseded.disks.some((d) => d.line === styles[k]?.line)) styles.splice(k, 1);
          bitlocker.length = 0;
        }
        collector = b;
        if (b.winreVersion && b.winreVersionLine !== null) regVersion = { value: b.winreVersion, line: b.winreVersionLine };
        for (const d of b.disks) if (d.style === 'gpt' || d.style === 'mbr') styles.push({ disk: d.disk, style: d.style, line: d.line, rank: 4 });
        sources.push({
          disk: null,
          group: 'collector',
          rank: 4,
          full: true,
          block,
          parts: b.partitions.map((p) => {
            const typeId = p.gptType ?? (p.mbrType ? Number(p.mbrType).toString(16).padStart(2, '0') : null);
            return {
              partition: p.partition,
              line: p.line,
              disk: p.disk,
              kind: kindFromType(typeId) ?? p.kind,
              typeText: p.typeText || null,
              typeId,
              sizeBytes: p.sizeBytes,
              sizeExact: true,
              offsetBytes: p.offsetBytes,
              offsetExact: true,
              freeBytes: b.line < enableLine ? null : p.freeBytes,
              freeLine: p.freeBytes !== null && b.line >= enableLine ? p.line : null,
              letter: p.letter,
            };
          }),
        });
        for (const bl of b.bitlocker) bitlocker.push({ mount: bl.mount, encrypted: isEncrypted(bl.status, bl.protection) });
        break;
      case 'diskpart-list-disk':
        for (const r of b.rows) listDisks.push({ disk: r.disk, free: r.freeBytes, size: r.sizeBytes, gpt: r.gpt, line: r.line });
        break;
      case 'diskpart-list-partition':
        sources.push({
          disk: b.disk,
          group: null,
          rank: 1,
          full: !b.cut,
          cut: b.cut === true,
          block,
          parts: b.rows.map((r) => ({
            partition: r.partition,
            line: r.line,
            kind: r.kind,
            typeText: r.typeText,
            sizeBytes: r.sizeBytes,
            sizeExact: false,
            offsetBytes: r.offsetBytes,
            offsetExact: false,
          })),
        });
        // `System` and `Reserved` are GPT type words; MBR shows Primary, Extended, Logical (windows-facts.md §6.1).
        if (b.rows.some((r) => r.kind === 'reserved' || r.kind === 'system')) styles.push({ disk: b.disk, style: 'gpt', line: b.line, rank: 1 });
        if (b.rows.some((r) => r.kind === 'extended' || r.kind === 'logical'))
          styles.push({ disk: b.disk, style: 'mbr', line: b.line, rank: 1 });
        break;
      case 'diskpart-list-volume':
        dpVolumes.push(...b.rows);
        break;
      case 'diskpart-detail-partition': {
        if (b.partition === null) break;
        const typeId = b.typeId;
        sources.push({
          disk: b.disk,
          group: null,
          rank: 2,
          full: false,
          block,
          parts: [
            {
              partition: b.partition,
              line: b.line,
              typeId,
              attributes: b.attributes,
              offsetBytes: b.offsetBytes,
              offsetExact: b.offsetBytes !== null,
              ...(kindFromType(typeId) ? { kind: kindFromType(typeId) ?? 'other' } : {}),
            },
          ],
        });
        if (typeId) styles.push({ disk: b.disk, style: typeId.length > 2 ? 'gpt' : 'mbr', line: b.line, rank: 3 });
        break;
      }
      case 'ps-partition':
        for (const r of b.rows) {
          sources.push({
            disk: r.disk,
            group: r.diskPath,
            rank: r.sizeExact ? 3 : 2,
            full: b.rows.length > 1 && !b.cut,
            cut: b.cut === true,
            block,
            parts: [
              {
                partition: r.partition,
                line: r.line,
                kind: kindFromType(r.gptType) ?? r.kind,
                typeText: r.typeText,
                typeId: r.gptType,
                sizeBytes: r.sizeBytes,
                sizeExact: r.sizeExact,
                offsetBytes: r.offsetBytes,
                offsetExact: r.offsetBytes !== null,
                letter: r.letter,
              },
            ],
          });
          const gptish = r.gptType !== null || /^(?:Basic|System|Reserved)$/i.test(r.typeText);
          const mbrish = /^(?:IFS|Huge|FAT32|FAT32 XINT13|Extended|Logical)$/i.test(r.typeText);
          if (gptish || mbrish) styles.push({ disk: r.disk, style: gptish ? 'gpt' : 'mbr', line: r.line, rank: 1 });
        }
        break;
      case 'ps-volume':
        for (const r of b.rows)
          volumes.push({
            letter: r.letter,
            fs: r.fs,
            sizeBytes: r.sizeBytes,
            free: r.sizeRemainingBytes,
            line: r.line,
            // The disk holds for every row; the partition only when one volume came back.
            hint: b.partitionHint && { disk: b.partitionHint.disk, partition: b.rows.length === 1 ? b.partitionHint.partition : null },
          });
        break;
      case 'ps-disk':
        for (const r of b.rows) if (r.style === 'gpt' || r.style === 'mbr') styles.push({ disk: r.disk, style: r.style, line: r.line, rank: 4 });
        break;
      case 'bitlocker':
        for (const r of b.rows) bitlocker.push({ mount: r.mount, encrypted: isEncrypted(r.status, r.protection) });
        break;
      default:
        b satisfies never;
    }
  }
  if (!version && regVersion) version = regVersion;

  const info = reagentc !== null && (reagentc as ReagentcInfo | ReagentcError).kind === 'reagentc-info' ? (reagentc as ReagentcInfo) : null;
  const col = collector as CollectorBlock | null;

  // Flatten collector rows into per-disk sources.
  const flat: { disk: number | null; group: string | null; rank: number; full: boolean; cut: boolean; block: number; part: PartInput }[] = [];
  for (const s of sources)
    for (const p of s.parts) {
      const d = p.disk;
      flat.push({ disk: d !== undefined && d !== null ? d : s.disk, group: s.group, rank: s.rank, full: s.full, cut: s.cut === true, block: s.block, part: p });
    }

  // Which disk do we describe? The WinRE disk, else the OS disk, else the only one the paste shows.
  const knownDisks = new Set(flat.map((f) => f.disk).filter((d): d is number => d !== null));
  let disk: number | null = info?.disk ?? col?.os?.disk ?? null;
  if (disk === null && knownDisks.size === 1) disk = [...knownDisks][0] ?? null;
  if (disk === null && knownDisks.size === 0 && listDisks.length === 1) disk = listDisks[0]?.disk ?? null;

  // Rows without a disk number belong to the described disk when only one group of them exists.
  const groups = new Set(flat.filter((f) => f.disk === null).map((f) => f.group ?? ''));
  let useGroup: string | null = null;
  if (groups.size === 1) useGroup = [...groups][0] ?? '';
  else if (groups.size > 1 && info?.partition != null) {
    const want = info.partition;
    const hits = [...groups].filter((g) =>
      flat.some((f) => f.disk === null && (f.group ?? '') === g && f.part.partition === want && f.part.kind === 'recovery'),
    );
    if (hits.length === 1) useGroup = hits[0] ?? null;
  }
  const mine = flat.filter((f) => (f.disk !== null ? f.disk === disk || disk === null : (f.group ?? '') === useGroup));
  if (disk === null) {
    const ds = new Set(mine.map((f) => f.disk).filter((d): d is number => d !== null));
    if (ds.size > 1) mine.length = 0;
  }
  // The last complete listing of the disk is its current state: a partition it no longer shows was deleted
  // (a fix stopped halfway), whatever an earlier listing said.
  const lastFull = mine.reduce((b, f) => (f.full ? Math.max(b, f.block) : b), -1);
  const lastFullLine = mine.find((f) => f.block === lastFull)?.part.line ?? -1;
  if (lastFull >= 0) {
    const present = new Set(mine.filter((f) => f.block === lastFull).map((f) => f.part.partition));
    for (let k = mine.length - 1; k >= 0; k--) if (!present.has(mine[k]?.part.partition ?? -1)) mine.splice(k, 1);
  }
  const diskAssumed = disk !== null && mine.some((f) => f.disk === null);
  // The latest listing of the disk was cut short: partitions after the cut are unknown.
  const lastListing = mine.reduce((b, f) => (f.full || f.cut ? Math.max(b, f.block) : b), -1);
  const layoutComplete = lastFull >= 0 && !mine.some((f) => f.cut && f.block === lastListing);

  const byNumber = new Map<number, PartitionFact & { ranks: Record<string, number> }>();
  for (const { rank, part } of mine) {
    let pf = byNumber.get(part.partition);
    if (!pf) {
      pf = {
        partition: part.partition,
        kind: 'other',
        typeText: null,
        typeId: null,
        attributes: null,
        sizeBytes: null,
        sizeExact: false,
        offsetBytes: null,
        offsetExact: false,
        freeBytes: null,
        freeLine: null,
        letter: null,
        encrypted: null,
        lines: [],
        ranks: {},
      };
      byNumber.set(part.partition, pf);
    }
    // A few source lines are enough to point at; bounded so a pasted wall of rows stays linear.
    if (pf.lines.length < 8 && !pf.lines.includes(part.line)) pf.lines.push(part.line);
    const set = <K extends keyof PartitionFact>(key: K, value: PartitionFact[K] | undefined, extra?: () => void): void => {
      if (value === undefined || value === null) return;
      if (key === 'kind' && value === 'other' && pf.kind !== 'other') return;
      // Sources come in paste order: a size or offset that differs beyond rounding is a later state (the
      // partition was resized or recreated), which wins over a more exact figure from before.
      const old = pf[key];
      const changed = (key === 'sizeBytes' || key === 'offsetBytes') && typeof old === 'number' && typeof value === 'number' && !near(old, value);
      if ((pf.ranks[key] ?? -1) > rank && !changed) return;
      pf.ranks[key] = rank;
      pf[key] = value as (typeof pf)[K];
      extra?.();
    };
    set('kind', part.kind);
    set('typeText', part.typeText);
    set('typeId', part.typeId);
    set('attributes', part.attributes);
    set('sizeBytes', part.sizeBytes, () => (pf.sizeExact = part.sizeExact ?? false));
    set('offsetBytes', part.offsetBytes, () => (pf.offsetExact = part.offsetExact ?? false));
    set('freeBytes', part.freeBytes, () => (pf.freeLine = part.freeLine ?? part.line));
    set('letter', part.letter);
  }
  const partitions: PartitionFact[] = [...byNumber.values()]
    .map(({ ranks: _r, ...p }) => p)
    .sort((a, b) => (a.offsetBytes ?? a.partition) - (b.offsetBytes ?? b.partition) || a.partition - b.partition);

  const looseVolumes: DiskFacts['looseVolumes'] = [];
  // Free space from Get-Volume: an explicit `Get-Partition … | Get-Volume`, else one letterless volume
  // whose size matches exactly one letterless partition.
  for (const v of volumes) {
    if (v.free === null) continue;
    let target: PartitionFact | undefined;
    // A volume asked for by disk and partition number belongs to that partition and no other: on another
    // disk it says nothing about this one, not even by matching sizes (a cloned disk has the same ones).
    if (v.hint && v.hint.disk !== null && disk !== null && v.hint.disk !== disk) continue;
    if (v.hint && v.hint.partition !== null) {
      const hinted = v.hint.partition;
      target = partitions.find((p) => p.partition === hinted);
      // A partition a later complete listing does not show is gone: its volume is no figure for anything.
      if (!target && lastFullLine > v.line) continue;
      if (!target) {
        // `Get-Partition -DiskNumber N -PartitionNumber M | Get-Volume` alone still names its partition.
        if (disk === null) disk = v.hint.disk;
        target = {
          partition: hinted,
          kind: 'other',
          typeText: null,
          typeId: null,
          attributes: null,
          sizeBytes: v.sizeBytes,
          sizeExact: false,
          offsetBytes: null,
          offsetExact: false,
          freeBytes: null,
          freeLine: null,
          letter: v.letter,
          encrypted: null,
          lines: [v.line],
        };
        partitions.push(target);
      }
      // The drive letter comes with the volume: `… -PartitionNumber 3 | Get-Volume` printing C is C:.
      if (v.letter && target.letter === null) target.letter = v.letter;
    } else if (v.letter) target = partitions.find((p) => p.letter === v.letter);
    else if (v.sizeBytes !== null && volumes.length <= 64) {
      const size = v.sizeBytes;
      const sameSizeVols = volumes.filter((o) => !o.letter && o.sizeBytes !== null && near(o.sizeBytes, size));
      const cands = partitions.filter((p) => !p.letter && p.sizeBytes !== null && near(p.sizeBytes, size));
      if (sameSizeVols.length === 1 && cands.length === 1) target = cands[0];
    }
    if (!target && !v.letter && v.fs !== null && /^NTFS$/i.test(v.fs)) looseVolumes.push({ sizeBytes: v.sizeBytes, freeBytes: v.free, line: v.line });
    // Later output is the later state: a Get-Volume pasted after the fix replaces the one before it, but one
    // pasted before a later figure (the collector's) does not, and one whose volume is not the partition's
    // current size describes it before a resize.
    const stale =
      target !== undefined &&
      ((target.freeLine !== null && target.freeLine > v.line) ||
        (v.sizeBytes !== null && target.sizeBytes !== null && !near(v.sizeBytes, target.sizeBytes)));
    if (target && stale) target = undefined;
    else if (target) {
      target.freeBytes = v.free;
      target.freeLine = v.line;
      if (target.lines.length < 8 && !target.lines.includes(v.line)) target.lines.push(v.line);
    }
  }

  // BitLocker state per partition (collector volume paths) and for C:.
  let osBitlocker: boolean | null = null;
  for (const bl of bitlocker) {
    if (/^[A-Z]:\\?$/i.test(bl.mount) && bl.mount[0]?.toUpperCase() === 'C') osBitlocker = bl.encrypted;
    const cp = col?.partitions.find((p) => p.volumePath !== null && p.volumePath.toLowerCase() === bl.mount.toLowerCase());
    const pf = cp ? partitions.find((p) => p.partition === cp.partition && (cp.disk === null || cp.disk === disk)) : undefined;
    if (pf) pf.encrypted = bl.encrypted;
  }

  // Partition style of that disk.
  let style: PartitionStyle | null = null;
  let styleLine: number | null = null;
  let best = -1;
  for (const s of styles)
    if ((s.disk === null || disk === null || s.disk === disk) && s.rank >= best) {
      best = s.rank;
      style = s.style;
      styleLine = s.line;
    }
  const ld = listDisks.filter((d) => d.disk === disk);
  const lastListDisk = ld[ld.length - 1] ?? (listDisks.length === 1 ? listDisks[0] : undefined);
  if (best < 2 && lastListDisk) {
    const starred: PartitionStyle = lastListDisk.gpt ? 'gpt' : 'mbr';
    // The Gpt star is read from column gaps, which tabs or a wrapped line blur; partition type words that
    // say otherwise make the style unknown, and a plan needs a sure one (the create command differs).
    if (best === 1 && style !== starred) {
      style = null;
      styleLine = null;
    } else {
      style = starred;
      styleLine = lastListDisk.line;
    }
  }

  // The OS partition (C:). A partition with another drive letter is never taken for it.
  let os: DiskFacts['os'] = null;
  let osElsewhere = false;
  if (col?.os && (disk === null || col.os.disk === disk)) os = { partition: col.os.partition, basis: 'collector', line: col.os.line };
  else if (col?.os) osElsewhere = true;
  if (!os && !osElsewhere) {
    const c = partitions.find((p) => p.letter === 'C');
    if (c) os = { partition: c.partition, basis: 'drive-letter', line: c.lines[0] ?? 0 };
  }
  const primaries = partitions.filter((p) => p.kind === 'primary' && (p.letter === null || p.letter === 'C'));
  const boot = dpVolumes.find((v) => v.letter === 'C' && v.sizeBytes !== null);
  const bootSize = boot?.sizeBytes ?? null;
  // Another lettered volume as large as C: (a twin or cloned disk) means the size proves nothing; a USB
  // stick (Type `リムーバブル`, japanese.md §2.4, or its English form `Removable`) is on no internal disk.
  const twin =
    bootSize !== null &&
    dpVolumes.some(
      (v) => v.letter !== null && v.letter !== 'C' && v.sizeBytes !== null && near(v.sizeBytes, bootSize) && !/^(?:Removable|リムーバブル)$/i.test(v.type ?? ''),
    );
  if (!os && !osElsewhere && boot && bootSize !== null && !twin) {
    const hits = primaries.filter((p) => p.sizeBytes !== null && near(p.sizeBytes, bootSize));
    if (hits.length === 1 && hits[0]) os = { partition: hits[0].partition, basis: 'volume-size', line: boot.line };
    // Every partition of this disk is listed with its size and none is as large as C:, so C: is on
    // another disk (WinRE left on an old or second drive).
    else if (hits.length === 0 && mine.some((f) => f.full) && partitions.every((p) => p.sizeBytes !== null)) osElsewhere = true;
  }
  // The one primary partition is C: only when nothing says C: has another size.
  if (!os && !osElsewhere && bootSize === null && primaries.length === 1 && primaries[0])
    os = { partition: primaries[0].partition, basis: 'only-primary', line: primaries[0].lines[0] ?? 0 };

  return {
    changeLine,
    layoutComplete,
    recognized: all.length > 0,
    reagentc,
    version,
    disk,
    partitions,
    style,
    styleLine,
    os,
    osElsewhere,
    osBitlocker,
    diskFreeBytes: lastListDisk?.free ?? null,
    diskSizeBytes: col?.disks.find((d) => d.disk === disk)?.sizeBytes ?? lastListDisk?.size ?? null,
    diskAssumed,
    looseVolumes,
  };
}

/**
 * Where the WinRE partition sits relative to the OS partition: by byte offsets when both are known,
 * else by partition numbers (Microsoft's extend script also requires WinRE = OS number + 1).
 *
 * @example
 * positionOf(partitions, 3, 4) // => 'after-os'
 */
export function positionOf(partitions: readonly PartitionFact[], os: number, winre: number): Position {
  if (os === winre) return 'same-as-os';
  const o = partitions.find((p) => p.partition === os);
  const w = partitions.find((p) => p.partition === winre);
  if (o && w && o.offsetBytes !== null && w.offsetBytes !== null) {
    if (w.offsetBytes < o.offsetBytes) return 'before-os';
    const ordered = partitions.filter((p) => p.offsetBytes !== null);
    const oi = ordered.indexOf(o);
    const wi = ordered.indexOf(w);
    return wi === oi + 1 && winre === os + 1 ? 'after-os' : 'not-adjacent';
  }
  if (winre < os) return 'before-os';
  return winre === os + 1 ? 'after-os' : 'not-adjacent';
}
