/**
 * Core timings in Node: paste to verdict (analyzePaste) for a realistic 4 KB paste and for 1 MB adversarial
 * pastes, and error-code decoding; medians of many runs after a warm-up.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyzePaste } from '../../src/lib/verdict/index.ts';
import { decodeErrorCode } from '../../src/lib/errcode/decode.ts';
import { allTables } from '../../src/lib/errcode/all-tables.ts';

/** Median wall-clock milliseconds of `fn` over `runs` runs, after `warmup` untimed runs. */
export function medianMs(fn: () => unknown, runs: number, warmup = Math.min(20, runs)): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

function fixtureText(root: string, pattern: RegExp): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && pattern.test(join(e.parentPath, e.name)))
    .map((e) => readFileSync(join(e.parentPath, e.name), 'utf8'))
    .sort();
}

/** A realistic paste of `size` characters: reagentc, diskpart and PowerShell output from the fixtures, in turn. */
export function realisticPaste(size: number): string {
  const parts = fixtureText('tests/fixtures', /\/(collector|mixed)\/en\/.*\.txt$/);
  let text = '';
  for (let i = 0; text.length < size; i++) text += `${parts[i % parts.length]}\n`;
  return text.slice(0, size);
}

/** Adversarial 1 MB pastes: the shapes that make line-based parsers slow. */
export function adversarialPastes(size = 1_048_576): { desc: string; text: string }[] {
  const rep = (unit: string): string => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
  return [
    { desc: 'line breaks', text: rep('\n') },
    { desc: 'one long line', text: rep('9') },
    { desc: 'one-character lines', text: rep('a\n') },
    { desc: '"<br>" (HTML line breaks)', text: rep('<br>') },
    { desc: 'spaces and tabs', text: rep(' \t') },
    { desc: '"<" (HTML splitting)', text: rep('<') },
    { desc: 'diskpart rows', text: rep('  Partition 4    Recovery           990 MB   475 GB\n') },
    { desc: 'reagentc headers', text: rep('Windows RE status:         Enabled\n') },
    { desc: 'real output, repeated', text: realisticPaste(size) },
  ];
}

export interface Timings {
  paste4kMs: number;
  paste1mMs: { desc: string; ms: number }[];
  paste1mWorstMs: number;
  /** Worst 1 MB time over the same input's 512 KB time: about 2 or less is linear growth. */
  growth: number;
  decodeCodeMs: number;
  decodeLineMs: number;
}

/** Measures the core. */
export function measureTimings(): Timings {
  const paste4k = realisticPaste(4096);
  const paste4kMs = medianMs(() => analyzePaste(paste4k), 2000);
  const paste1mMs = adversarialPastes().map(({ desc, text }) => ({ desc, ms: medianMs(() => analyzePaste(text), 15, 3) }));
  const worst = paste1mMs.reduce((a, b) => (b.ms > a.ms ? b : a));
  const worstHalf = adversarialPastes(524_288).find((p) => p.desc === worst.desc) as { text: string };
  const halfMs = medianMs(() => analyzePaste(worstHalf.text), 15, 3);
  const line = `Installation Failure: Windows failed to install the following update with error 0x80070643: ${'x'.repeat(200)}`;
  return {
    paste4kMs,
    paste1mMs,
    paste1mWorstMs: worst.ms,
    growth: worst.ms / Math.max(halfMs, 1e-6),
    decodeCodeMs: medianMs(() => decodeErrorCode('0x80070643', allTables), 5000),
    decodeLineMs: medianMs(() => decodeErrorCode(line, allTables), 5000),
  };
}
