/**
 * The plan for one disk (DESIGN §4.3): Microsoft's KB5028997 sequence with the reader's disk and
 * partition numbers filled in, the GPT or MBR variant, and the steps around it. Commands are exactly as
 * in windows-facts.md §3.2/§3.3 (straight quotes, `gpt attributes =0x…` as the KB writes it). A layout
 * the steps do not fit gets no commands, only the article for that layout.
 */
import type { PartitionStyle } from '../paste/types.ts';
import { BASIC_DATA_GPT_TYPE, positionOf, RECOVERY_MBR_TYPE, type OsBasis, type PartitionFact } from './facts.ts';

/** Amount the KB shrinks C: by, in MiB (diskpart's MB). */
export const SHRINK_MB = 250;
/** Free space the WinRE update needs in the recovery partition, in bytes (250 MB). */
export const REQUIRED_FREE_BYTES = 250 * 1_048_576;

/** Article slug for layouts where the KB5028997 steps do not apply. */
export const LAYOUT_ARTICLE = 'fix-recovery-before-os';

/** Step identifiers; permanent like the verdict codes. */
export type PlanStepId =
  | 'backup-data'
  | 'backup-bitlocker-key'
  | 'restart-first'
  | 'check-winre'
  | 'disable-winre'
  | 'select-disk'
  | 'confirm-layout'
  | 'shrink-os'
  | 'delete-winre'
  | 'create-winre'
  | 'format-winre'
  | 'check-volume'
  | 'exit-diskpart'
  | 'enable-winre'
  | 'verify'
  | 'retry-update'
  | 'rollback';

/** One step of the plan; `commands` are typed in order, `messageKey` explains the step. */
export interface PlanStep {
  id: PlanStepId;
  commands: string[];
  messageKey: string;
  params: Record<string, string | number>;
  /** True for a command that changes the disk. */
  destructive?: boolean;
  /** What the reader should see after the step (message key), to confirm before going on. */
  expectOutputKey?: string;
  /** True for the step to run only when something failed (roll back). */
  onFailure?: boolean;
}

/** Something the plan took for granted, stated so the reader can check it. */
export interface PlanAssumption {
  key: string;
  params: Record<string, string | number>;
}

/** Why no command list is shown. */
export type PlanBlocker =
  | 'before-os'
  | 'not-adjacent'
  | 'same-as-os'
  | 'two-recovery-partitions'
  | 'bitlocker-recovery'
  | 'mbr-four-primary'
  | 'winre-logical'
  | 'unallocated-elsewhere'
  | 'unallocated-unplaced'
  | 'winre-not-recovery'
  | 'os-other-disk';

/** What `planResize` needs to know about the disk. */
export interface PlanInput {
  disk: number;
  style: PartitionStyle | null;
  osPartition: number;
  osBasis: OsBasis;
  winrePartition: number;
  partitions: readonly PartitionFact[];
  /** diskpart `list disk` Free (rounded), when known. */
  diskFreeBytes?: number | null;
  diskSizeBytes?: number | null;
  /** BitLocker on C:, when known (changes the wording of the key-backup step). */
  osBitlocker?: boolean | null;
  /** True when the partition list carried no disk number and was taken for this disk. */
  diskAssumed?: boolean;
}

/** A plan, or the reason there is none. */
export type PlanResult =
  | { kind: 'plan'; style: PartitionStyle; steps: PlanStep[]; assumptions: PlanAssumption[] }
  | { kind: 'blocked'; reason: PlanBlocker; article: typeof LAYOUT_ARTICLE; messageKey: string }
  | { kind: 'incomplete'; missing: 'partition-layout'; messageKey: string };

const MSG = (id: string): string => `checker.plan.${id.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase())}`;

/** One plan step: its message key follows from its id, its expectation is a `checker.expect.*` key. */
function step(
  id: PlanStepId,
  commands: string[],
  params: PlanStep['params'] = {},
  expect: string | null = null,
  flag?: 'destructive' | 'onFailure',
): PlanStep {
  const s: PlanStep = { id, commands, messageKey: MSG(id), params };
  if (flag) s[flag] = true;
  if (expect) s.expectOutputKey = `checker.expect.${expect}`;
  return s;
}

/**
 * Why no command list is shown, with the article for that layout and its message key.
 *
 * @example
 * layoutBlocker('before-os').messageKey // => 'checker.plan.blockedBeforeOs'
 */
export function layoutBlocker(reason: PlanBlocker): { reason: PlanBlocker; article: typeof LAYOUT_ARTICLE; messageKey: string } {
  return { reason, article: LAYOUT_ARTICLE, messageKey: MSG(`blocked-${reason}`) };
}

function blocked(reason: PlanBlocker): PlanResult {
  return { kind: 'blocked', ...layoutBlocker(reason) };
}

/**
 * Unallocated extents of at least 250 MB that are not next to the WinRE partition, when the layout is exact;
 * `somewhere` when rounded figures show that much unallocated space but not where it is.
 */
function otherFreeSpace(input: PlanInput, osIdx: number, winreIdx: number): 'yes' | 'no' | 'unknown' | 'somewhere' {
  const parts = input.partitions;
  const exact = parts.every((p) => p.offsetExact && p.sizeExact && p.offsetBytes !== null && p.sizeBytes !== null);
  if (!exact) {
    if (input.diskFreeBytes != null && input.diskFreeBytes >= REQUIRED_FREE_BYTES) return 'somewhere';
    return input.diskFreeBytes != null ? 'no' : 'unknown';
  }
  for (let i = 0; i + 1 < parts.length; i++) {
    if (i === osIdx || i === winreIdx) continue; // the gaps after C: and after WinRE merge into the new partition
    const a = parts[i];
    const b = parts[i + 1];
    if (a && b && (b.offsetBytes ?? 0) - ((a.offsetBytes ?? 0) + (a.sizeBytes ?? 0)) >= REQUIRED_FREE_BYTES) return 'yes';
  }
  const first = parts[0];
  if (first && (first.offsetBytes ?? 0) >= REQUIRED_FREE_BYTES) return 'yes';
  const last = parts[parts.length - 1];
  if (input.diskSizeBytes != null && last && parts.length - 1 !== winreIdx) {
    if (input.diskSizeBytes - ((last.offsetBytes ?? 0) + (last.sizeBytes ?? 0)) >= REQUIRED_FREE_BYTES) return 'yes';
  }
  return input.diskSizeBytes != null ? 'no' : 'unknown';
}

/**
 * True when what reagentc calls the WinRE partition shows signs of holding data: a drive letter (the
 * recovery volume has none, windows-facts.md §6.5), a basic data type on GPT, or an MBR type byte other
 * than 27. Deleting it would delete files, so the plan is not shown.
 */
function looksLikeData(p: PartitionFact, style: PartitionStyle): boolean {
  if (p.letter !== null || p.typeId === BASIC_DATA_GPT_TYPE) return true;
  if (style === 'gpt') return p.kind === 'primary';
  return p.typeId !== null && p.typeId !== RECOVERY_MBR_TYPE;
}

/**
 * Build the KB5028997 plan for this disk, or say why the steps do not apply.
 *
 * @example
 * planResize({ disk: 0, style: 'gpt', osPartition: 3, osBasis: 'drive-letter', winrePartition: 4, partitions }).kind
 * // => 'plan'
 */
export function planResize(input: PlanInput): PlanResult {
  const { disk, osPartition: os, winrePartition: winre, partitions } = input;
  const osPart = partitions.find((p) => p.partition === os);
  const winrePart = partitions.find((p) => p.partition === winre);
  if (!input.style || !osPart || !winrePart) {
    return { kind: 'incomplete', missing: 'partition-layout', messageKey: MSG('incomplete') };
  }
  if (looksLikeData(winrePart, input.style)) return blocked('winre-not-recovery');
  const position = positionOf(partitions, os, winre);
  if (position !== 'after-os') return blocked(position === 'unknown' ? 'not-adjacent' : position);
  if (partitions.filter((p) => p.kind === 'recovery').length > 1) return blocked('two-recovery-partitions');
  if (winrePart.encrypted === true) return blocked('bitlocker-recovery');
  if (input.style === 'mbr') {
    if (winrePart.kind === 'logical') return blocked('winre-logical');
    if (partitions.filter((p) => p.kind !== 'logical').length >= 4) return blocked('mbr-four-primary');
  }
  const osIdx = partitions.indexOf(osPart);
  const winreIdx = partitions.indexOf(winrePart);
  const other = otherFreeSpace(input, osIdx, winreIdx);
  if (other === 'yes') return blocked('unallocated-elsewhere');
  // Often the 250 MB an interrupted attempt left right after C:, which would be harmless; exact offsets tell.
  if (other === 'somewhere') return blocked('unallocated-unplaced');

  const assumptions: PlanAssumption[] = [
    { key: 'checker.assume.osPartition', params: { disk, partition: os, basis: input.osBasis } },
    { key: 'checker.assume.winrePartition', params: { disk, partition: winre } },
    { key: 'checker.assume.freeSpaceOnC', params: { mb: SHRINK_MB } },
  ];
  if (input.diskAssumed) assumptions.push({ key: 'checker.assume.listIsWinreDisk', params: { disk } });
  if (other === 'unknown') assumptions.push({ key: 'checker.assume.noOtherUnallocated', params: { disk } });
  if (!partitions.every((p) => p.sizeExact && p.offsetExact)) assumptions.push({ key: 'checker.assume.roundedSizes', params: {} });

  const create =
    input.style === 'gpt'
      ? ['create partition primary id=de94bba4-06d1-4d40-a16a-bfd50179d6ac', 'gpt attributes =0x8000000000000001']
      : ['create partition primary id=27'];
  const D = 'destructive';
  const steps: PlanStep[] = [
    step('backup-data', []),
    step('backup-bitlocker-key', [], { bitlocker: input.osBitlocker === true ? 'on' : input.osBitlocker === false ? 'off' : 'unknown' }),
    step('restart-first', []),
    step('check-winre', ['reagentc /info'], { disk, partition: winre }, 'winreLocation'),
    step('disable-winre', ['reagentc /disable'], {}, 'reagentcSuccess'),
    step('select-disk', ['diskpart', 'list disk', `sel disk ${disk}`], { disk, style: input.style }, input.style === 'gpt' ? 'gptStar' : 'noGptStar'),
    step(
      'confirm-layout',
      ['list part'],
      { disk, os, winre, osSizeBytes: osPart.sizeBytes ?? 0, winreSizeBytes: winrePart.sizeBytes ?? 0 },
      'layout',
    ),
    step('shrink-os', [`sel part ${os}`, `shrink desired=${SHRINK_MB} minimum=${SHRINK_MB}`], { partition: os, mb: SHRINK_MB }, 'shrunk', D),
    step('delete-winre', [`sel part ${winre}`, 'delete partition override'], { partition: winre }, 'deleted', D),
    step('create-winre', create, { style: input.style }, null, D),
    step('format-winre', ['format quick fs=ntfs label="Windows RE tools"'], {}, 'formatted', D),
    step('check-volume', ['list vol'], {}, 'newVolume'),
    step('exit-diskpart', ['exit']),
    step('enable-winre', ['reagentc /enable'], {}, 'reagentcSuccess'),
    step('verify', ['reagentc /info'], { disk }, 'winreEnabled'),
    step('retry-update', []),
    step('rollback', ['reagentc /enable'], {}, null, 'onFailure'),
  ];
  return { kind: 'plan', style: input.style, steps, assumptions };
}
