import { describe, expect, test } from 'vitest';
import { analyzePaste, toCheckJson, VERDICT_CODES, winreVersionStatus } from '../../../src/lib/verdict/analyze.ts';

const LOC = '    Windows RE location:       \\\\?\\GLOBALROOT\\device\\harddisk0\\partition4\\Recovery\\WindowsRE';
const ENABLED = `    Windows RE status:         Enabled\n${LOC}\nREAGENTC.EXE: Operation Successful.\n`;
const LIST_PART = [
  '  Partition ###  Type              Size     Offset',
  '  -------------  ----------------  -------  -------',
  '  Partition 1    System             100 MB  1024 KB',
  '  Partition 2    Reserved            16 MB   101 MB',
  '  Partition 3    Primary            109 GB   117 MB',
  '  Partition 4    Recovery           674 MB   109 GB',
].join('\n');
const VOLUME = (free: string): string =>
  [
    'PS C:\\> Get-Partition -DiskNumber 0 -PartitionNumber 4 | Get-Volume',
    '',
    'DriveLetter FriendlyName FileSystemType DriveType HealthStatus OperationalStatus SizeRemaining      Size',
    '----------- ------------ -------------- --------- ------------ ----------------- -------------      ----',
    `                         NTFS           Fixed     Healthy      OK                    ${free}    674 MB`,
  ].join('\n');

describe('analyzePaste()', () => {
  const rows: { desc: string; input: string; verdict: string; missing?: string[] }[] = [
    { desc: 'nothing recognised', input: 'hello', verdict: 'not-recognized' },
    { desc: 'size without free space is never too-small', input: `${ENABLED}\n${LIST_PART}`, verdict: 'need-more-info', missing: ['free-space'] },
    { desc: 'free below 250 MB is too small', input: `${ENABLED}\n${LIST_PART}\n${VOLUME('249.9 MB')}`, verdict: 'too-small' },
    { desc: 'exactly 250 MB free is enough', input: `${ENABLED}\n${LIST_PART}\n${VOLUME('250 MB')}`, verdict: 'enough-space' },
    { desc: 'free space without the WinRE location', input: `${LIST_PART}\n${VOLUME('84.3 MB')}`, verdict: 'need-more-info', missing: ['winre-location'] },
    { desc: 'reagentc only', input: ENABLED, verdict: 'need-more-info', missing: ['free-space', 'partition-layout'] },
    { desc: 'Disabled wins over space figures', input: `    Windows RE status:         Disabled\n${LIST_PART}\n${VOLUME('84.3 MB')}`, verdict: 'winre-disabled' },
    { desc: 'an error is not Disabled', input: 'REAGENTC.EXE: Operation failed: 5', verdict: 'not-elevated' },
    { desc: 'version below the fix does not decide', input: `${ENABLED}    Windows RE Version:        10.0.19041.3636\n`, verdict: 'need-more-info' },
    { desc: 'Windows 11 21H2 fixed build', input: 'WinREVersion    REG_SZ    10.0.22000.2710', verdict: 'already-updated' },
    { desc: 'Server 2022 below the fixed build', input: `${ENABLED}\nWinREVersion    REG_SZ    10.0.20348.2200`, verdict: 'need-more-info' },
  ];
  test.each(rows)('$desc', ({ input, verdict, missing }) => {
    const a = analyzePaste(input);
    expect(a.verdict).toBe(verdict);
    expect(VERDICT_CODES).toContain(a.verdict);
    if (missing) expect(a.missing).toEqual(missing);
  });

  test('too-small gives the plan with this disk’s numbers and facts with their lines', () => {
    const a = analyzePaste(`${ENABLED}\n${LIST_PART}\n${VOLUME('84.3 MB')}`);
    expect(a.headlineKey).toBe('checker.verdict.tooSmall');
    expect(a.plan.flatMap((s) => s.commands)).toEqual(expect.arrayContaining(['sel part 3', 'sel part 4']));
    expect(a.facts).toContainEqual(expect.objectContaining({ id: 'winre-status', value: 'enabled', line: 1 }));
    expect(a.facts).toContainEqual(expect.objectContaining({ id: 'recovery-free', value: Math.round(84.3 * 1_048_576), line: 15 }));
    expect(a.layout.map((p) => p.role)).toEqual([null, null, 'os', 'winre']);
    expect(a.assumptions.map((x) => x.params.basis)).toContain('only-primary');
  });

  test('a partition list without a disk number is stated as an assumption of the plan', () => {
    const a = analyzePaste(`${ENABLED}\n${LIST_PART}\n${VOLUME('84.3 MB')}`);
    expect(a.assumptions.map((x) => x.key)).toContain('checker.assume.listIsWinreDisk');
    const b = analyzePaste(`${ENABLED}\nDISKPART> sel disk 0\n${LIST_PART}\n${VOLUME('84.3 MB')}`);
    expect(b.verdict).toBe('too-small');
    expect(b.assumptions.map((x) => x.key)).not.toContain('checker.assume.listIsWinreDisk');
  });

  test('what to paste next carries numbers only when the paste gave them', () => {
    const a = analyzePaste(`${ENABLED}\n${LIST_PART}`);
    expect(a.next.find((n) => n.id === 'get-volume')?.commands).toEqual(['Get-Partition -DiskNumber 0 -PartitionNumber 4 | Get-Volume']);
    const b = analyzePaste('  Disk 0    Online          110 GB  1024 KB        *\n  Disk 1    Online          476 GB  1024 KB        *');
    expect(b.next.find((n) => n.id === 'diskpart-list-partition')?.commands).toEqual(['diskpart', 'list disk']);
    expect(b.next.some((n) => n.commands.some((c) => /sel disk|-DiskNumber/.test(c)))).toBe(false);
  });

  test('250 MB unallocated in rounded figures: no plan, and the collector (exact offsets) is asked for', () => {
    const listDisk = ['  Disk ###  Status         Size     Free     Dyn  Gpt', '  --------  -------------  -------  -------  ---  ---', '  Disk 0    Online          110 GB   251 MB        *'].join('\n');
    const a = analyzePaste(`${ENABLED}\n${listDisk}\n${LIST_PART}\n${VOLUME('84.3 MB')}`);
    expect(a.verdict).toBe('too-small');
    expect(a.plan).toEqual([]);
    expect(a.blocker?.reason).toBe('unallocated-unplaced');
    expect(a.next.map((n) => n.id)).toContain('collector');
  });

  test('a Get-Volume pasted later replaces the earlier free-space figure', () => {
    const a = analyzePaste(`${ENABLED}\n${LIST_PART}\n${VOLUME('84.3 MB')}\n\n${VOLUME('334.3 MB')}`);
    expect(a.verdict).toBe('enough-space');
  });

  test('diskpart changed the disk after the last reagentc output: the fix is under way, nothing is repeated', () => {
    const done = `${ENABLED}\n${LIST_PART}\n${VOLUME('84.3 MB')}\nDISKPART> shrink desired=250 minimum=250\n\nDiskPart successfully shrunk the volume by:  250 MB\n`;
    const a = analyzePaste(done);
    expect(a.verdict).toBe('need-more-info');
    expect(a.plan).toEqual([]);
    expect(a.reasons).toContainEqual({ key: 'checker.reason.fixInProgress', params: { line: 18 } });
    expect(a.next.map((n) => [n.id, n.commands])).toEqual([['finish-fix', ['reagentc /enable', 'reagentc /info']]]);
    // The same output with reagentc pasted after the change: the WinRE state is current, the older figures are not.
    const b = analyzePaste(`${done}\n${ENABLED}`);
    expect(b.reasons.map((r) => r.key)).not.toContain('checker.reason.fixInProgress');
    expect(b.recovery?.freeBytes).toBeNull();
    expect(b.missing).toEqual(['free-space', 'partition-layout']);
  });

  test('diskpart banners naming two computers: no verdict from mixed figures; one computer named twice is fine', () => {
    const session = (pc: string): string =>
      `Microsoft DiskPart バージョン 10.0.19041.3636\n\nCopyright (C) Microsoft Corporation.\nコンピューター: ${pc}\n\nDISKPART> sel disk 0\n${LIST_PART}\n`;
    const two = analyzePaste(`${ENABLED}\n${session('PC-A')}\n${VOLUME('84.3 MB')}\n${session('PC-B')}`);
    expect(two.verdict).toBe('need-more-info');
    expect(two.plan).toEqual([]);
    expect(two.reasons).toContainEqual({ key: 'checker.reason.severalComputers', params: { names: 'PC-A, PC-B' } });
    expect(two.next.map((n) => n.id)).toEqual(['one-pc']);
    // Nothing of either PC is reported as the disk's.
    expect([two.recovery, two.partitionStyle, two.facts, two.layout]).toEqual([null, null, [], []]);
    const one = analyzePaste(`${ENABLED}\n${session('PC-A')}\n${VOLUME('84.3 MB')}\n${session('pc-a')}`);
    expect(one.verdict).toBe('too-small');
  });

  test('a paste cut at the length cap gives no verdict and no plan: its end, the latest state, was not read', () => {
    const a = analyzePaste(`${ENABLED}\n${LIST_PART}\n${VOLUME('84.3 MB')}\n${'scrollback line\n'.repeat(30_000)}`);
    expect(a.truncated).toBe(true);
    expect(a.verdict).toBe('need-more-info');
    expect(a.plan).toEqual([]);
    expect(a.reasons.map((r) => r.key)).toContain('checker.reason.truncated');
  });

  test('toCheckJson() keeps exactly the contract fields', () => {
    expect(Object.keys(toCheckJson(analyzePaste(ENABLED)))).toEqual(['verdict', 'winre', 'recovery', 'partitionStyle', 'missing', 'plan']);
  });

  test('winreVersionStatus()', () => {
    expect(winreVersionStatus('10.0.19041.3920')).toEqual({ fixed: '10.0.19041.3920', kb: 'KB5034441', updated: true });
    expect(winreVersionStatus('10.0.19041.3919')?.updated).toBe(false);
    expect(winreVersionStatus('10.0.26100.8235')).toBeNull();
  });
});
