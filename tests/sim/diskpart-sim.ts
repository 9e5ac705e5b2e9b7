/**
 * A small model of one disk and of the commands a KB5028997 plan types (reagentc and diskpart), used to
 * check generated plans. It models what the plan depends on and refuses what diskpart would refuse.
 * Model choices (stated, not Windows facts): `create partition primary` without `size=` fills the largest
 * unallocated extent; `reagentc /enable` puts WinRE on the one recovery-type partition of the OS disk that
 * can hold the image, else on the OS partition.
 */

export const MIB = 1_048_576;
export const RECOVERY_GPT = 'de94bba4-06d1-4d40-a16a-bfd50179d6ac';
export const BASIC_GPT = 'ebd0a0a2-b9e5-4433-87c0-68b6b72699c7';
export const ESP_GPT = 'c12a7328-f81f-11d2-ba4b-00a0c93ec93b';
export const MSR_GPT = 'e3c9e316-0b5c-4db8-817d-f92df00215ae';

export interface SimPartition {
  /** Identity, never reused (partition numbers can be). */
  id: number;
  number: number;
  offset: number;
  size: number;
  typeId: string;
  attributes: string | null;
  fs: string | null;
  label: string | null;
  letter: string | null;
  /** Bytes used on the volume (the WinRE image on the recovery partition). */
  used: number;
  encrypted: boolean;
}

export interface SimDisk {
  number: number;
  style: 'gpt' | 'mbr';
  size: number;
  partitions: SimPartition[];
}

export interface SimState {
  disk: SimDisk;
  winre: { enabled: boolean; partitionId: number | null };
  /** Size of winre.wim; it sits in C:\Windows\System32\Recovery while WinRE is disabled. */
  wimBytes: number;
  inDiskpart: boolean;
  selectedDisk: number | null;
  selectedPartition: number | null;
  nextId: number;
}

export class SimError extends Error {}

function extents(disk: SimDisk): { start: number; end: number }[] {
  const first = MIB;
  const last = disk.style === 'gpt' ? disk.size - MIB : disk.size;
  const parts = [...disk.partitions].sort((a, b) => a.offset - b.offset);
  const out: { start: number; end: number }[] = [];
  let cursor = first;
  for (const p of parts) {
    if (p.offset > cursor) out.push({ start: cursor, end: p.offset });
    cursor = Math.max(cursor, p.offset + p.size);
  }
  if (last > cursor) out.push({ start: cursor, end: last });
  return out;
}

function selected(s: SimState): SimPartition {
  const p = s.disk.partitions.find((x) => x.id === s.selectedPartition);
  if (!p) throw new SimError('There is no partition selected.');
  return p;
}

/** Apply one command line to the model; throws `SimError` where diskpart or reagentc would fail. */
export function applyCommand(s: SimState, raw: string): void {
  const cmd = raw.trim();
  if (!s.inDiskpart) {
    if (cmd === 'reagentc /info') return;
    if (cmd === 'reagentc /disable') {
      s.winre = { enabled: false, partitionId: null };
      return;
    }
    if (cmd === 'reagentc /enable') {
      if (s.winre.enabled) return;
      const recs = s.disk.partitions.filter(
        (p) => (p.typeId === RECOVERY_GPT || p.typeId === '27') && p.fs === 'ntfs' && p.size - p.used >= s.wimBytes,
      );
      const os = s.disk.partitions.find((p) => p.letter === 'C');
      const target = recs.length === 1 ? recs[0] : os;
      if (!target) throw new SimError('REAGENTC.EXE: The Windows RE image was not found.');
      target.used += s.wimBytes;
      s.winre = { enabled: true, partitionId: target.id };
      return;
    }
    if (cmd === 'diskpart') {
      s.inDiskpart = true;
      return;
    }
    throw new SimError(`not modelled outside diskpart: ${cmd}`);
  }
  let m: RegExpExecArray | null;
  if (cmd === 'exit') {
    s.inDiskpart = false;
    return;
  }
  if (/^list (?:disk|part|vol)$/.test(cmd)) return;
  if ((m = /^sel disk (\d+)$/.exec(cmd))) {
    if (Number(m[1]) !== s.disk.number) throw new SimError('The disk you specified is not valid.');
    s.selectedDisk = s.disk.number;
    s.selectedPartition = null;
    return;
  }
  if (s.selectedDisk === null) throw new SimError('There is no disk selected.');
  if ((m = /^sel part (\d+)$/.exec(cmd))) {
    const p = s.disk.partitions.find((x) => x.number === Number(m?.[1]));
    if (!p) throw new SimError('The partition you selected is not valid.');
    s.selectedPartition = p.id;
    return;
  }
  if ((m = /^shrink desired=(\d+) minimum=(\d+)$/.exec(cmd))) {
    const p = selected(s);
    const desired = Number(m[1]) * MIB;
    const minimum = Number(m[2]) * MIB;
    if (!p.fs) throw new SimError('The volume cannot be shrunk.');
    const amount = desired;
    if (p.size - p.used < minimum || amount < minimum) throw new SimError('The specified shrink size is too big.');
    p.size -= amount;
    return;
  }
  if (cmd === 'delete partition override') {
    const p = selected(s);
    s.disk.partitions = s.disk.partitions.filter((x) => x.id !== p.id);
    s.selectedPartition = null;
    return;
  }
  if ((m = /^create partition primary(?: id=([0-9a-f-]+))?$/.exec(cmd))) {
    const ids = m[1];
    if (s.disk.style === 'gpt' && ids && ids.length !== 36) throw new SimError('The specified type is not valid for GPT.');
    if (s.disk.style === 'mbr' && ids && ids.length !== 2) throw new SimError('The specified type is not valid for MBR.');
    if (s.disk.style === 'mbr' && s.disk.partitions.length >= 4) throw new SimError('No usable free extent could be found.');
    const ext = extents(s.disk).sort((a, b) => b.end - b.start - (a.end - a.start))[0];
    if (!ext || ext.end - ext.start < MIB) throw new SimError('No usable free extent could be found.');
    const used = new Set(s.disk.partitions.map((p) => p.number));
    let number = 1;
    while (used.has(number)) number++;
    const p: SimPartition = {
      id: s.nextId++,
      number,
      offset: ext.start,
      size: ext.end - ext.start,
      typeId: ids ?? (s.disk.style === 'gpt' ? BASIC_GPT : '07'),
      attributes: s.disk.style === 'gpt' ? '0x0000000000000000' : null,
      fs: null,
      label: null,
      letter: null,
      used: 0,
      encrypted: false,
    };
    s.disk.partitions.push(p);
    s.selectedPartition = p.id;
    return;
  }
  if ((m = /^gpt attributes ?=(0x[0-9a-f]{16})$/.exec(cmd))) {
    if (s.disk.style !== 'gpt') throw new SimError('The selected disk is not a GPT disk.');
    selected(s).attributes = m[1] ?? null;
    return;
  }
  if ((m = /^format quick fs=ntfs label="([^"]*)"$/.exec(cmd))) {
    const p = selected(s);
    p.fs = 'ntfs';
    p.label = m[1] ?? null;
    p.used = 0;
    p.encrypted = false;
    return;
  }
  throw new SimError(`not modelled: ${cmd}`);
}

/** Apply every command in order. */
export function applyCommands(s: SimState, commands: readonly string[]): void {
  for (const c of commands) applyCommand(s, c);
}
