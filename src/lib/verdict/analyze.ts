/**
 * From a paste to exactly one verdict (DESIGN §4.1), with its reasons, the facts it read (each with its
 * paste line), what is missing, what to paste next, and the plan. Pure; never throws on user input.
 */
import { parsePaste } from '../paste/parse.ts';
import type { PartitionStyle, ReagentcInfo, WinreStatus } from '../paste/types.ts';
import { collectFacts, positionOf, type DiskFacts, type PartitionFact, type Position } from './facts.ts';
import { layoutBlocker, planResize, REQUIRED_FREE_BYTES, type PlanAssumption, type PlanStep } from './plan.ts';

export type { PlanAssumption, PlanBlocker, PlanStep, PlanStepId } from './plan.ts';
export type { PartitionFact, Position } from './facts.ts';

/** The verdict codes: a public contract (DESIGN §4.1). Never rename; deprecate. */
export type VerdictCode =
  | 'winre-disabled'
  | 'not-elevated'
  | 'winre-image-missing'
  | 'reagentc-failed'
  | 'offline-image'
  | 'winre-on-os-partition'
  | 'already-updated'
  | 'enough-space'
  | 'too-small'
  | 'layout-blocks-resize'
  | 'need-more-info'
  | 'not-recognized';

/** Every verdict code, in the order of DESIGN §4.1. */
export const VERDICT_CODES: readonly VerdictCode[] = [
  'winre-disabled',
  'not-elevated',
  'winre-image-missing',
  'reagentc-failed',
  'offline-image',
  'winre-on-os-partition',
  'already-updated',
  'enough-space',
  'too-small',
  'layout-blocks-resize',
  'need-more-info',
  'not-recognized',
];

/** What a `need-more-info` verdict lacks. */
export type MissingItem = 'winre-location' | 'free-space' | 'partition-layout';

/** A message key with its parameters (text lives in src/i18n). */
export interface Reason {
  key: string;
  params: Record<string, string | number>;
}

/** Something the checker read, and the paste line it came from. */
export interface Fact {
  id:
    | 'winre-status'
    | 'winre-location'
    | 'winre-version'
    | 'reagentc-error'
    | 'partition-style'
    | 'os-partition'
    | 'recovery-size'
    | 'recovery-free'
    | 'recovery-offset'
    | 'recovery-type';
  messageKey: string;
  value: string | number | boolean | null;
  line: number;
}

/** What to paste next to get a verdict. */
export interface NextPaste {
  id: 'reagentc-info' | 'get-volume' | 'diskpart-list-partition' | 'collector' | 'run-as-admin' | 'finish-fix' | 'one-pc';
  commands: string[];
  messageKey: string;
}

/** The WinRE Windows-release thresholds: at or above, the January 2024 WinRE update is not needed (windows-facts.md §1.2). */
export const WINRE_FIXED_VERSIONS: readonly { build: number; fixed: string; kb: string }[] = [
  { build: 19041, fixed: '10.0.19041.3920', kb: 'KB5034441' },
  { build: 22000, fixed: '10.0.22000.2710', kb: 'KB5034440' },
  { build: 20348, fixed: '10.0.20348.2201', kb: 'KB5034439' },
];

/** The WinRE partition as the CLI reports it. */
export interface RecoveryInfo {
  disk: number | null;
  partition: number | null;
  sizeBytes: number | null;
  freeBytes: number | null;
  position: Position;
}

/** The full analysis of one paste. */
export interface Analysis {
  verdict: VerdictCode;
  /** `checker.verdict.<camelCase code>`. */
  headlineKey: string;
  reasons: Reason[];
  winre: { status: WinreStatus; disk: number | null; partition: number | null; version: string | null };
  recovery: RecoveryInfo | null;
  partitionStyle: PartitionStyle | null;
  missing: MissingItem[];
  next: NextPaste[];
  facts: Fact[];
  /** The KB5028997 steps for this disk; empty when there is no safe plan. */
  plan: PlanStep[];
  assumptions: PlanAssumption[];
  /** Why there is no plan for a layout, and the article for it. */
  blocker: ReturnType<typeof layoutBlocker> | null;
  /** The partitions of the WinRE disk, in disk order, for a diagram. */
  layout: (PartitionFact & { role: 'os' | 'winre' | null })[];
  truncated: boolean;
}

/** The JSON printed by `npm run check` (DESIGN §4.1): a public contract. */
export interface CheckJson {
  verdict: VerdictCode;
  winre: Analysis['winre'];
  recovery: RecoveryInfo | null;
  partitionStyle: PartitionStyle | null;
  missing: MissingItem[];
  plan: { id: string; commands: string[] }[];
}

const camel = (s: string): string => s.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase());

function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 4; i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * The fixed WinRE version for the release a version string belongs to, and whether it is reached;
 * `null` for releases without a threshold (Windows 11 22H2 and later are serviced by the monthly update).
 *
 * @example
 * winreVersionStatus('10.0.19041.3920') // => { fixed: '10.0.19041.3920', kb: 'KB5034441', updated: true }
 */
export function winreVersionStatus(version: string): { fixed: string; kb: string; updated: boolean } | null {
  const build = Number(version.split('.')[2]);
  const row = WINRE_FIXED_VERSIONS.find((r) => r.build === build);
  return row ? { fixed: row.fixed, kb: row.kb, updated: compareVersions(version, row.fixed) >= 0 } : null;
}

/** Everything a verdict needs, asked for again when nothing in the paste can be relied on. */
const EVERYTHING: readonly MissingItem[] = ['winre-location', 'free-space', 'partition-layout'];

// Commands carry numbers only when the paste gave them; otherwise the reader picks the disk in `list disk`.
const nextPaste = (id: NextPaste['id'], commands: string[] = []): NextPaste => ({ id, commands, messageKey: `checker.next.${camel(id)}` });
const NEXT: Record<NextPaste['id'], (disk: number | null, part: number | null) => NextPaste> = {
  'reagentc-info': () => nextPaste('reagentc-info', ['reagentc /info']),
  'get-volume': (d, p) =>
    nextPaste('get-volume', d !== null && p !== null ? [`Get-Partition -DiskNumber ${d} -PartitionNumber ${p} | Get-Volume`] : ['Get-Volume']),
  'diskpart-list-partition': (d) =>
    nextPaste('diskpart-list-partition', d !== null ? ['diskpart', 'list disk', `sel disk ${d}`, 'list part'] : ['diskpart', 'list disk']),
  collector: () => nextPaste('collector'),
  'run-as-admin': () => nextPaste('run-as-admin', ['reagentc /info']),
  'finish-fix': () => nextPaste('finish-fix', ['reagentc /enable', 'reagentc /info']),
  'one-pc': () => nextPaste('one-pc'),
};

function factsOf(f: DiskFacts, info: ReagentcInfo | null, rec: PartitionFact | null, osPart: number | null): Fact[] {
  const out: Fact[] = [];
  // `key` is the part after `checker.fact.`.
  const add = (id: Fact['id'], key: string, value: Fact['value'], line: number): void => {
    out.push({ id, messageKey: `checker.fact.${key}`, value, line });
  };
  const r = f.reagentc;
  if (r?.kind === 'reagentc-error') add('reagentc-error', `reagentcError.${camel(r.issue)}`, r.text, r.line);
  if (info) {
    if (info.statusLine !== null) add('winre-status', 'winreStatus', info.status, info.statusLine);
    if (info.locationLine !== null)
      add(
        'winre-location',
        `winreLocation.${info.locationState}`,
        // The path fragment as printed (`harddisk0\\partition4`), language-neutral.
        info.partition !== null ? `harddisk${info.disk ?? '?'}\\partition${info.partition}` : null,
        info.locationLine,
      );
  }
  if (f.version) add('winre-version', 'winreVersion', f.version.value, f.version.line);
  if (f.style && f.styleLine !== null) add('partition-style', 'partitionStyle', f.style, f.styleLine);
  if (f.os && osPart !== null) add('os-partition', `osPartition.${camel(f.os.basis)}`, f.os.partition, f.os.line);
  if (rec) {
    const line = rec.lines[0] ?? 0;
    add('recovery-type', 'recoveryType', rec.typeId ?? rec.typeText, line);
    if (rec.sizeBytes !== null) add('recovery-size', 'recoverySize', rec.sizeBytes, line);
    if (rec.offsetBytes !== null) add('recovery-offset', 'recoveryOffset', rec.offsetBytes, line);
    if (rec.freeBytes !== null) add('recovery-free', 'recoveryFree', rec.freeBytes, rec.freeLine ?? line);
  }
  return out;
}

/**
 * Analyse one paste: parse, combine the facts, decide the verdict, build the plan.
 *
 * @example
 * analyzePaste('Windows RE status:         Disabled').verdict // => 'winre-disabled'
 */
export function analyzePaste(text: string): Analysis {
  const parsed = parsePaste(text);
  const f = collectFacts(parsed.blocks, parsed.changes, parsed.enables);
  const r = f.reagentc;
  const info = r?.kind === 'reagentc-info' ? r : null;
  const reasons: Reason[] = [];
  const missing: MissingItem[] = [];
  const next: NextPaste[] = [];
  let plan: PlanStep[] = [];
  let assumptions: PlanAssumption[] = [];
  let blocker: Analysis['blocker'] = null;

  const winreDisk = info?.disk ?? null;
  const winrePart = info?.locationState === 'path' ? info.partition : null;
  // The WinRE partition: reagentc's, else the one recovery-type partition (never the largest of several).
  let rec: PartitionFact | null = null;
  let located = false;
  if (winrePart !== null && (winreDisk === null || winreDisk === f.disk)) {
    rec = f.partitions.find((p) => p.partition === winrePart) ?? null;
    located = true;
  } else if (!info || info.status !== 'enabled') {
    const cands = f.partitions.filter((p) => p.kind === 'recovery');
    if (cands.length === 1) rec = cands[0] ?? null;
    else if (cands.length > 1) reasons.push({ key: 'checker.reason.severalRecoveryPartitions', params: { count: cands.length } });
  }
  const osPart = f.os?.partition ?? null;
  const recPartition = winrePart ?? rec?.partition ?? null;
  const position: Position = osPart !== null && recPartition !== null ? positionOf(f.partitions, osPart, recPartition) : 'unknown';
  // Without any partition, the one letterless NTFS volume of Get-Volume can only be the recovery partition.
  const loose = recPartition === null && f.partitions.length === 0 && f.looseVolumes.length === 1 ? f.looseVolumes[0] : undefined;
  const recovery: RecoveryInfo | null =
    recPartition !== null
      ? {
          disk: winrePart !== null ? winreDisk : rec ? f.disk : null,
          partition: recPartition,
          sizeBytes: rec?.sizeBytes ?? null,
          freeBytes: rec?.freeBytes ?? null,
          position,
        }
      : loose
        ? { disk: null, partition: null, sizeBytes: loose.sizeBytes, freeBytes: loose.freeBytes, position: 'unknown' }
        : null;

  // diskpart's banners name two computers: the figures of one PC must not fill in the plan of another,
  // nor be reported as the disk's.
  const pcs = [...new Set(parsed.computers.map((c) => c.name.toUpperCase()))];
  const mixed = pcs.length > 1;

  const decide = (): VerdictCode => {
    if (!f.recognized) return 'not-recognized';
    // Cut at the length cap: the end of the paste, where the current state would be, was not read.
    if (parsed.truncated) {
      reasons.push({ key: 'checker.reason.truncated', params: {} });
      missing.push(...EVERYTHING);
      next.push(NEXT.collector(null, null));
      return 'need-more-info';
    }
    if (mixed) {
      const names = pcs.length > 4 ? `${pcs.slice(0, 4).join(', ')}, …` : pcs.join(', ');
      reasons.push({ key: 'checker.reason.severalComputers', params: { names } });
      // Everything has to come again, from one PC.
      missing.push(...EVERYTHING);
      next.push(NEXT['one-pc'](null, null));
      return 'need-more-info';
    }
    // diskpart changed the disk after the last reagentc output: the fix is under way (KB5028997 disables
    // WinRE first), so that output is no longer the state, and no step may be given again.
    if (f.changeLine !== null && (r === null || r.line < f.changeLine)) {
      reasons.push({ key: 'checker.reason.fixInProgress', params: { line: f.changeLine } });
      missing.push('winre-location');
      next.push(NEXT['finish-fix'](null, null));
      return 'need-more-info';
    }
    if (r?.kind === 'reagentc-error') {
      reasons.push({ key: `checker.reason.reagentc.${camel(r.issue)}`, params: { code: r.code ?? '' } });
      if (r.issue === 'not-elevated') {
        next.push(NEXT['run-as-admin'](null, null));
        return 'not-elevated';
      }
      return r.issue === 'image-not-found' ? 'winre-image-missing' : 'reagentc-failed';
    }
    if (info?.offline) return 'offline-image';
    if (info?.status === 'disabled') return 'winre-disabled';
    if (f.version) {
      const v = winreVersionStatus(f.version.value);
      if (v?.updated) {
        reasons.push({ key: 'checker.reason.versionAtOrAbove', params: { version: f.version.value, fixed: v.fixed, kb: v.kb } });
        return 'already-updated';
      }
      if (v) reasons.push({ key: 'checker.reason.versionBelow', params: { version: f.version.value, fixed: v.fixed, kb: v.kb } });
    }
    if (position === 'same-as-os' || (rec && rec.letter === 'C')) return 'winre-on-os-partition';
    if (info && info.status === 'enabled' && info.locationState !== 'path') {
      missing.push('winre-location');
      next.push(NEXT['reagentc-info'](null, null));
      return 'need-more-info';
    }
    const free = rec?.freeBytes ?? null;
    if (free !== null && free >= REQUIRED_FREE_BYTES) {
      reasons.push({ key: 'checker.reason.freeAtLeast250', params: { freeBytes: free } });
      return 'enough-space';
    }
    if (free !== null) {
      reasons.push({ key: 'checker.reason.freeBelow250', params: { freeBytes: free } });
      if (!located) {
        missing.push('winre-location');
        next.push(NEXT['reagentc-info'](null, null));
        return 'need-more-info';
      }
      if (position === 'before-os' || position === 'not-adjacent') {
        reasons.push({ key: `checker.reason.position.${camel(position)}`, params: {} });
        blocker = layoutBlocker(position);
        return 'layout-blocks-resize';
      }
      return 'too-small';
    }
    // No free-space figure: never enough-space or too-small.
    if (rec?.sizeBytes != null) reasons.push({ key: 'checker.reason.sizeWithoutFree', params: { sizeBytes: rec.sizeBytes } });
    if (position === 'before-os' || position === 'not-adjacent')
      reasons.push({ key: `checker.reason.position.${camel(position)}`, params: {} });
    if (!located && (!info || info.status !== 'enabled')) {
      missing.push('winre-location');
      next.push(NEXT['reagentc-info'](null, null));
    }
    // A free-space figure for a partition not known to hold WinRE: the location is what is missing. When
    // reagentc named the partition, only its own figure counts, whatever other volumes were pasted.
    if (rec || located || (!loose && !f.partitions.some((p) => p.freeBytes !== null))) {
      missing.push('free-space');
      next.push(NEXT['get-volume'](recovery?.disk ?? f.disk, recPartition));
    }
    if (osPart === null || !rec) {
      missing.push('partition-layout');
      next.push(NEXT['diskpart-list-partition'](recovery?.disk ?? f.disk, null));
    }
    next.push(NEXT.collector(null, null));
    return 'need-more-info';
  };
  const verdict = decide();

  if (verdict === 'too-small') {
    const disk = recovery?.disk ?? f.disk;
    if (f.changeLine !== null) {
      // diskpart already changed this disk in the pasted session (a shrink, say): the steps from the
      // start would repeat it, and the checker cannot tell which steps are left.
      reasons.push({ key: 'checker.reason.changedInPaste', params: { line: f.changeLine } });
      next.push(NEXT['finish-fix'](null, null));
    } else if (f.osElsewhere && osPart === null) {
      // KB5028997 shrinks C: to make room for the new WinRE partition right after it, on "the same disk
      // index as WinRE" (windows-facts.md §3.2).
      blocker = layoutBlocker('os-other-disk');
      reasons.push({ key: 'checker.reason.blocked.osOtherDisk', params: {} });
    } else if (disk === null || osPart === null || recPartition === null || !f.os || !f.layoutComplete) {
      missing.push('partition-layout');
      next.push(NEXT['diskpart-list-partition'](disk, null), NEXT.collector(null, null));
    } else {
      const res = planResize({
        disk,
        style: f.style,
        osPartition: osPart,
        osBasis: f.os.basis,
        winrePartition: recPartition,
        partitions: f.partitions,
        diskFreeBytes: f.diskFreeBytes,
        diskSizeBytes: f.diskSizeBytes,
        osBitlocker: f.osBitlocker,
        diskAssumed: f.diskAssumed,
      });
      if (res.kind === 'plan') {
        plan = res.steps;
        assumptions = res.assumptions;
      } else if (res.kind === 'blocked') {
        blocker = { reason: res.reason, article: res.article, messageKey: res.messageKey };
        reasons.push({ key: `checker.reason.blocked.${camel(res.reason)}`, params: {} });
        // The collector prints exact offsets, which show where that space is.
        if (res.reason === 'unallocated-unplaced') next.push(NEXT.collector(null, null));
      } else {
        missing.push('partition-layout');
        next.push(NEXT['diskpart-list-partition'](disk, null), NEXT.collector(null, null));
      }
    }
  }

  return {
    verdict,
    headlineKey: `checker.verdict.${camel(verdict)}`,
    reasons,
    winre: {
      status: info?.status ?? 'unknown',
      disk: info?.locationState === 'path' ? winreDisk : null,
      partition: winrePart,
      version: f.version?.value ?? null,
    },
    recovery: mixed ? null : recovery,
    partitionStyle: mixed ? null : f.style,
    missing: [...new Set(missing)],
    next,
    facts: mixed ? [] : factsOf(f, info, rec, osPart),
    plan,
    assumptions,
    blocker,
    layout: mixed
      ? []
      : f.partitions.map((p) => ({ ...p, role: p.partition === osPart ? 'os' : p.partition === recPartition ? 'winre' : null })),
    truncated: parsed.truncated,
  };
}

/**
 * The CLI's JSON (DESIGN §4.1) for an analysis.
 *
 * @example
 * toCheckJson(analyzePaste('')).verdict // => 'not-recognized'
 */
export function toCheckJson(a: Analysis): CheckJson {
  return {
    verdict: a.verdict,
    winre: a.winre,
    recovery: a.recovery,
    partitionStyle: a.partitionStyle,
    missing: a.missing,
    plan: a.plan.map((s) => ({ id: s.id, commands: s.commands })),
  };
}
