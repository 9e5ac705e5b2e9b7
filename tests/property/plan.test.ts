import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { PartitionFact } from '../../src/lib/verdict/facts.ts';
import { planResize, type PlanInput } from '../../src/lib/verdict/plan.ts';
import {
  applyCommands,
  BASIC_GPT,
  ESP_GPT,
  MIB,
  MSR_GPT,
  RECOVERY_GPT,
  type SimPartition,
  type SimState,
} from '../sim/diskpart-sim.ts';

type Role = 'esp' | 'msr' | 'os' | 'winre' | 'data' | 'oem' | 'old-recovery';

interface Layout {
  style: 'gpt' | 'mbr';
  roles: Role[];
  sizesMib: number[];
  gapsMib: number[];
  trailingMib: number;
  winreFreeMib: number;
  winreEncrypted: boolean;
}

const gap = fc.oneof({ weight: 8, arbitrary: fc.constant(0) }, { weight: 2, arbitrary: fc.integer({ min: 1, max: 600 }) });

/** Layouts seen in the wild and their awkward cousins: WinRE after C:, before it, after D:, two recovery partitions, MBR with four primaries. */
const layoutArb: fc.Arbitrary<Layout> = fc
  .record({
    style: fc.constantFrom<'gpt' | 'mbr'>('gpt', 'mbr'),
    winreAt: fc.constantFrom<'after-os' | 'before-os' | 'after-data'>('after-os', 'after-os', 'after-os', 'before-os', 'after-data'),
    oldRecovery: fc.boolean(),
    oemAfter: fc.boolean(),
    mbrExtraPrimary: fc.boolean(),
    osMib: fc.integer({ min: 20_000, max: 900_000 }),
    winreMib: fc.integer({ min: 300, max: 1600 }),
    winreFreeFrac: fc.double({ min: 0, max: 0.4, noNaN: true }),
    winreEncrypted: fc.integer({ min: 0, max: 9 }).map((n) => n < 2),
    gaps: fc.array(gap, { minLength: 8, maxLength: 8 }),
    trailingMib: gap,
  })
  .map((r) => {
    const roles: Role[] = [];
    const sizes: number[] = [];
    const push = (role: Role, mib: number): void => {
      roles.push(role);
      sizes.push(mib);
    };
    if (r.style === 'gpt') {
      push('esp', 100);
      push('msr', 16);
    } else push('esp', 500);
    if (r.oldRecovery && r.style === 'gpt') push('old-recovery', 450);
    if (r.winreAt === 'before-os') push('winre', r.winreMib);
    push('os', r.osMib);
    if (r.winreAt === 'after-data' || (r.style === 'mbr' && r.mbrExtraPrimary)) push('data', 50_000);
    if (r.winreAt !== 'before-os') push('winre', r.winreMib);
    if (r.oemAfter && r.style === 'gpt') push('oem', 1000);
    return {
      style: r.style,
      roles,
      sizesMib: sizes,
      gapsMib: r.gaps.slice(0, roles.length),
      trailingMib: r.trailingMib,
      winreFreeMib: Math.floor(r.winreMib * r.winreFreeFrac),
      winreEncrypted: r.winreEncrypted,
    };
  });

function typeFor(role: Role, style: 'gpt' | 'mbr'): string {
  if (style === 'mbr') return role === 'winre' || role === 'old-recovery' ? '27' : '07';
  return { esp: ESP_GPT, msr: MSR_GPT, os: BASIC_GPT, data: BASIC_GPT, winre: RECOVERY_GPT, 'old-recovery': RECOVERY_GPT, oem: 'bfbfafe7-a34f-448a-9a5b-6213eb736c22' }[role];
}

function build(l: Layout): SimState {
  let offset = MIB;
  const parts: SimPartition[] = l.roles.map((role, i) => {
    offset += (l.gapsMib[i] ?? 0) * MIB;
    const size = (l.sizesMib[i] ?? 0) * MIB;
    const p: SimPartition = {
      id: i + 1,
      number: i + 1,
      offset,
      size,
      typeId: typeFor(role, l.style),
      attributes: l.style === 'gpt' ? (role === 'winre' || role === 'old-recovery' ? '0x8000000000000001' : '0x0000000000000000') : null,
      fs: role === 'msr' ? null : role === 'esp' && l.style === 'gpt' ? 'fat32' : 'ntfs',
      label: null,
      letter: role === 'os' ? 'C' : role === 'data' ? 'D' : null,
      used: role === 'winre' ? size - l.winreFreeMib * MIB : role === 'os' ? Math.floor(size / 2) : 0,
      encrypted: role === 'winre' && l.winreEncrypted,
    };
    offset += size;
    return p;
  });
  const winre = parts.find((_p, i) => l.roles[i] === 'winre');
  return {
    disk: { number: 0, style: l.style, size: offset + l.trailingMib * MIB + MIB, partitions: parts },
    winre: { enabled: true, partitionId: winre?.id ?? null },
    wimBytes: winre ? winre.used : 0,
    inDiskpart: false,
    selectedDisk: null,
    selectedPartition: null,
    nextId: 100,
  };
}

function toFacts(s: SimState): PartitionFact[] {
  return s.disk.partitions.map((p) => ({
    partition: p.number,
    kind: p.typeId === RECOVERY_GPT || p.typeId === '27' ? 'recovery' : p.letter ? 'primary' : p.typeId === MSR_GPT ? 'reserved' : 'other',
    typeText: null,
    typeId: p.typeId,
    attributes: p.attributes,
    sizeBytes: p.size,
    sizeExact: true,
    offsetBytes: p.offset,
    offsetExact: true,
    freeBytes: p.fs ? p.size - p.used : null,
    freeLine: null,
    letter: p.letter,
    encrypted: p.encrypted,
    lines: [],
  }));
}

function inputFor(s: SimState): PlanInput {
  const os = s.disk.partitions.find((p) => p.letter === 'C');
  const winre = s.disk.partitions.find((p) => p.id === s.winre.partitionId);
  return {
    disk: s.disk.number,
    style: s.disk.style,
    osPartition: os?.number ?? 0,
    osBasis: 'collector',
    winrePartition: winre?.number ?? 0,
    partitions: toFacts(s),
    diskSizeBytes: s.disk.size,
  };
}

describe('planResize() applied to a modelled disk', () => {
  test('every plan keeps the invariants of DESIGN §4.3; unsafe layouts get no commands', () => {
    let planned = 0;
    let blocked = 0;
    fc.assert(
      fc.property(layoutArb, (layout) => {
        const state = build(layout);
        const before = structuredClone(state.disk.partitions);
        const res = planResize(inputFor(state));
        const winreIdx = layout.roles.indexOf('winre');
        const osIdx = layout.roles.indexOf('os');
        const adjacent = winreIdx === osIdx + 1;
        if (res.kind !== 'plan') {
          blocked++;
          expect(res.kind).toBe('blocked');
          if (res.kind === 'blocked') expect(res.article).toBe('fix-recovery-before-os');
          if (!adjacent) expect(res.kind === 'blocked' && ['before-os', 'not-adjacent'].includes(res.reason)).toBe(true);
          return;
        }
        planned++;
        // Only layouts the KB steps fit get a plan.
        expect(adjacent).toBe(true);
        expect(layout.roles.includes('old-recovery')).toBe(false);
        expect(layout.winreEncrypted).toBe(false);
        const steps = res.steps.filter((s) => !s.onFailure);
        const firstDestructive = steps.findIndex((s) => s.destructive);
        expect(steps.findIndex((s) => s.id === 'confirm-layout')).toBeLessThan(firstDestructive);
        applyCommands(state, steps.flatMap((s) => s.commands));

        const oldOs = before[osIdx] as SimPartition;
        const oldWinre = before[winreIdx] as SimPartition;
        const after = state.disk.partitions;
        expect(after).toHaveLength(before.length);
        // C: shrinks by exactly 250 MB and does not move.
        const os = after.find((p) => p.id === oldOs.id);
        expect(os?.offset).toBe(oldOs.offset);
        expect(os?.size).toBe(oldOs.size - 250 * MIB);
        // Only the WinRE partition is deleted and recreated; nothing else is touched.
        expect(after.some((p) => p.id === oldWinre.id)).toBe(false);
        for (const p of before) if (p.id !== oldOs.id && p.id !== oldWinre.id) expect(after.find((q) => q.id === p.id)).toEqual(p);
        const created = after.filter((p) => !before.some((b) => b.id === p.id));
        expect(created).toHaveLength(1);
        const rec = created[0] as SimPartition;
        // Right after C:, with the recovery type and attributes, and at least 250 MB free.
        expect(rec.offset).toBe(oldOs.offset + oldOs.size - 250 * MIB);
        expect(rec.size).toBeGreaterThanOrEqual(oldWinre.size + 250 * MIB);
        expect(rec.typeId).toBe(layout.style === 'gpt' ? RECOVERY_GPT : '27');
        if (layout.style === 'gpt') expect(rec.attributes).toBe('0x8000000000000001');
        expect(rec.fs).toBe('ntfs');
        expect(rec.label).toBe('Windows RE tools');
        expect(rec.size - rec.used).toBeGreaterThanOrEqual(250 * MIB);
        // WinRE is enabled again, on the new partition.
        expect(state.winre).toEqual({ enabled: true, partitionId: rec.id });
        expect(state.inDiskpart).toBe(false);
      }),
      { numRuns: 400 },
    );
    // The generator reaches both outcomes, so neither branch is vacuous.
    expect(planned).toBeGreaterThan(50);
    expect(blocked).toBeGreaterThan(20);
  });

  test('a plan never shows for MBR disks with four primary partitions', () => {
    fc.assert(
      fc.property(layoutArb.filter((l) => l.style === 'mbr' && l.roles.length >= 4), (layout) => {
        const res = planResize(inputFor(build(layout)));
        expect(res.kind).toBe('blocked');
      }),
      { numRuns: 100 },
    );
  });
});
