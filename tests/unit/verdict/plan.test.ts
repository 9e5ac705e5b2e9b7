import { describe, expect, test } from 'vitest';
import type { PartitionFact } from '../../../src/lib/verdict/facts.ts';
import { planResize, type PlanInput } from '../../../src/lib/verdict/plan.ts';

const MIB = 1_048_576;
function part(partition: number, kind: PartitionFact['kind'], offsetMib: number, sizeMib: number, extra: Partial<PartitionFact> = {}): PartitionFact {
  return {
    partition,
    kind,
    typeText: null,
    typeId: null,
    attributes: null,
    sizeBytes: sizeMib * MIB,
    sizeExact: true,
    offsetBytes: offsetMib * MIB,
    offsetExact: true,
    freeBytes: null,
    freeLine: null,
    letter: null,
    encrypted: null,
    lines: [],
    ...extra,
  };
}
const GPT_LAYOUT = [part(1, 'system', 1, 100), part(2, 'reserved', 101, 16), part(3, 'primary', 117, 60000, { letter: 'C' }), part(4, 'recovery', 60117, 591)];
const base: PlanInput = { disk: 0, style: 'gpt', osPartition: 3, osBasis: 'drive-letter', winrePartition: 4, partitions: GPT_LAYOUT, diskSizeBytes: 60709 * MIB };

describe('planResize()', () => {
  test('GPT: the KB5028997 commands, exactly, with this disk’s numbers', () => {
    const r = planResize({ ...base, disk: 1, partitions: GPT_LAYOUT });
    expect(r.kind).toBe('plan');
    if (r.kind !== 'plan') return;
    expect(r.steps.filter((s) => !s.onFailure).flatMap((s) => s.commands)).toEqual([
      'reagentc /info',
      'reagentc /disable',
      'diskpart',
      'list disk',
      'sel disk 1',
      'list part',
      'sel part 3',
      'shrink desired=250 minimum=250',
      'sel part 4',
      'delete partition override',
      'create partition primary id=de94bba4-06d1-4d40-a16a-bfd50179d6ac',
      'gpt attributes =0x8000000000000001',
      'format quick fs=ntfs label="Windows RE tools"',
      'list vol',
      'exit',
      'reagentc /enable',
      'reagentc /info',
    ]);
    expect(r.steps.map((s) => s.id).slice(0, 3)).toEqual(['backup-data', 'backup-bitlocker-key', 'restart-first']);
    expect(r.steps.at(-1)).toMatchObject({ id: 'rollback', commands: ['reagentc /enable'], onFailure: true });
    expect(r.steps.filter((s) => s.destructive).map((s) => s.id)).toEqual(['shrink-os', 'delete-winre', 'create-winre', 'format-winre']);
    expect(r.assumptions).toContainEqual({ key: 'checker.assume.osPartition', params: { disk: 1, partition: 3, basis: 'drive-letter' } });
    expect(r.steps.every((s) => s.messageKey.startsWith('checker.plan.'))).toBe(true);
  });

  test('MBR: create partition primary id=27, no gpt attributes', () => {
    const mbr = [part(1, 'primary', 1, 500), part(2, 'primary', 501, 60000, { letter: 'C' }), part(3, 'recovery', 60501, 612)];
    const r = planResize({ ...base, style: 'mbr', osPartition: 2, winrePartition: 3, partitions: mbr, diskSizeBytes: 61114 * MIB });
    expect(r.kind).toBe('plan');
    const cmds = r.kind === 'plan' ? r.steps.flatMap((s) => s.commands) : [];
    expect(cmds).toContain('create partition primary id=27');
    expect(cmds.some((c) => c.startsWith('gpt attributes'))).toBe(false);
    expect(cmds).toContain('sel part 2');
  });

  const blockedRows: { desc: string; input: PlanInput; reason: string }[] = [
    { desc: 'recovery before C:', input: { ...base, osPartition: 4, winrePartition: 1, partitions: [part(1, 'recovery', 1, 450), part(2, 'system', 451, 100), part(3, 'reserved', 551, 16), part(4, 'primary', 567, 60000, { letter: 'C' })] }, reason: 'before-os' },
    { desc: 'a data partition between C: and WinRE', input: { ...base, winrePartition: 5, partitions: [...GPT_LAYOUT.slice(0, 3), part(4, 'primary', 60117, 1000, { letter: 'D' }), part(5, 'recovery', 61117, 591)], diskSizeBytes: 61709 * MIB }, reason: 'not-adjacent' },
    { desc: 'two recovery partitions', input: { ...base, partitions: [...GPT_LAYOUT, part(5, 'recovery', 60708, 450)], diskSizeBytes: 61159 * MIB }, reason: 'two-recovery-partitions' },
    { desc: 'BitLocker-encrypted recovery partition', input: { ...base, partitions: [...GPT_LAYOUT.slice(0, 3), part(4, 'recovery', 60117, 591, { encrypted: true })] }, reason: 'bitlocker-recovery' },
    { desc: 'MBR with four primary partitions', input: { ...base, style: 'mbr', partitions: [part(1, 'primary', 1, 500), part(2, 'primary', 501, 1000), part(3, 'primary', 1501, 60000, { letter: 'C' }), part(4, 'recovery', 61501, 612)], osPartition: 3, diskSizeBytes: 62114 * MIB }, reason: 'mbr-four-primary' },
    { desc: 'WinRE in a logical partition', input: { ...base, style: 'mbr', partitions: [part(1, 'primary', 1, 500), part(2, 'primary', 501, 60000, { letter: 'C' }), part(3, 'logical', 60501, 612)], osPartition: 2, winrePartition: 3, diskSizeBytes: 61114 * MIB }, reason: 'winre-logical' },
    { desc: 'rounded layout, 250 MB unallocated somewhere (list disk Free)', input: { ...base, partitions: GPT_LAYOUT.map((p) => ({ ...p, sizeExact: false, offsetExact: false })), diskSizeBytes: null, diskFreeBytes: 251 * MIB }, reason: 'unallocated-unplaced' },
    { desc: 'WinRE partition with a drive letter', input: { ...base, partitions: [...GPT_LAYOUT.slice(0, 3), part(4, 'recovery', 60117, 591, { letter: 'D' })] }, reason: 'winre-not-recovery' },
    { desc: 'WinRE partition of a basic data type on GPT', input: { ...base, partitions: [...GPT_LAYOUT.slice(0, 3), part(4, 'primary', 60117, 1536)], diskSizeBytes: 61654 * MIB }, reason: 'winre-not-recovery' },
    { desc: 'MBR WinRE partition whose type byte is not 27', input: { ...base, style: 'mbr', partitions: [part(1, 'primary', 1, 500), part(2, 'primary', 501, 60000, { letter: 'C' }), part(3, 'primary', 60501, 612, { typeId: '07' })], osPartition: 2, winrePartition: 3, diskSizeBytes: 61114 * MIB }, reason: 'winre-not-recovery' },
    { desc: 'unallocated space elsewhere could take the new partition', input: { ...base, partitions: [...GPT_LAYOUT.slice(0, 2), part(3, 'primary', 417, 60000, { letter: 'C' }), part(4, 'recovery', 60417, 591)], diskSizeBytes: 61009 * MIB }, reason: 'unallocated-elsewhere' },
  ];
  test.each(blockedRows)('no commands: $desc', ({ input, reason }) => {
    expect(planResize(input)).toEqual({ kind: 'blocked', reason, article: 'fix-recovery-before-os', messageKey: expect.stringMatching(/^checker\.plan\.blocked/) });
  });

  test('unknown partition style or missing partitions: incomplete, not a guess', () => {
    expect(planResize({ ...base, style: null }).kind).toBe('incomplete');
    expect(planResize({ ...base, winrePartition: 9 }).kind).toBe('incomplete');
  });

  test('rounded diskpart sizes are stated as an assumption', () => {
    const rounded = GPT_LAYOUT.map((p) => ({ ...p, sizeExact: false, offsetExact: false }));
    const r = planResize({ ...base, partitions: rounded, diskSizeBytes: null, diskFreeBytes: 1024 * 1024 });
    expect(r.kind === 'plan' && r.assumptions.map((a) => a.key)).toContain('checker.assume.roundedSizes');
  });
});
