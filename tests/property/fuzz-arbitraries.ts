/**
 * Inputs for the fuzz tests: random text of every kind, and "paste-like" text made of real lines from the
 * fixtures, cut, repeated, shuffled and sprinkled with hostile characters, so the parsers' deep branches are
 * reached as often as their early exits.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';

/** Runs per property: at least 10,000 in CI, fewer on a laptop (FUZZ_RUNS overrides both). */
export const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? (process.env.CI === 'true' ? 10_000 : 1_000));

/** Every line of every fixture sample (all formats and languages). */
export const FIXTURE_LINES: string[] = (() => {
  const root = resolve(import.meta.dirname, '../fixtures');
  const lines = new Set<string>();
  for (const e of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!e.isFile() || !e.name.endsWith('.txt')) continue;
    for (const l of readFileSync(join(e.parentPath, e.name), 'utf8').split(/\r?\n/)) lines.add(l);
  }
  return [...lines];
})();

/** Characters that parsers and normalisers treat specially, and a few that break naive code. */
const HOSTILE = [
  '\u0000', '\t', '\r', '\n', '\r\n', '\u2028', '\u2029', '\uFEFF', '\u00A0', '\u3000', '\u200B', '\uFFFD',
  '\uD800', '\uDC00', '😀', '¥', '￥', '：', '０', '９', 'Ｍ', 'Ｂ', 'ｘ', '－', '\u2212', '<', '>', '&', '&amp;',
  '&#x30;', '<br>', '</p>', '<script>', '>', '> ', 'PS C:\\> ', 'DISKPART> ', '*', '"', "'", '\\', '/',
  ' '.repeat(40), '-'.repeat(60), '9'.repeat(30), '1e308', 'NaN', 'Infinity', '-0', '0x', '0xFFFFFFFF',
  '__proto__', 'constructor', 'toString',
];

/** Any string, in any unicode form, including lone surrogates. */
export const anyText = fc.oneof(
  fc.string({ maxLength: 400 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: fc.constantFrom(...HOSTILE), maxLength: 80 }).map((s) => s),
);

/** One fixture line, possibly cut or with hostile characters spliced in. */
const mutatedLine = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...FIXTURE_LINES) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.constantFrom(...FIXTURE_LINES), fc.nat(), fc.constantFrom(...HOSTILE))
      .map(([l, at, c]) => l.slice(0, at % (l.length + 1)) + c + l.slice(at % (l.length + 1))),
  },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.constantFrom(...FIXTURE_LINES), fc.nat()).map(([l, at]) => l.slice(0, at % (l.length + 1))),
  },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(...HOSTILE), maxLength: 12 }) },
);

/** Paste-like text: fixture lines in random order and number, joined by random line breaks. */
export const pasteLike = fc
  .tuple(fc.array(mutatedLine, { maxLength: 60 }), fc.constantFrom('\n', '\r\n', '\r', '<br>'))
  .map(([lines, eol]) => lines.join(eol));

/** Either kind of input. */
export const fuzzInput = fc.oneof(anyText, pasteLike);

/** Large hostile inputs (about 1 MB each) for the time bound: long lines, many lines, nesting-like runs. */
export function hostileInputs(size = 1_048_576): { desc: string; text: string }[] {
  const rep = (unit: string): string => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
  const lines = FIXTURE_LINES.filter((l) => l.trim() !== '');
  return [
    { desc: '1 MB of spaces', text: rep(' ') },
    { desc: '1 MB on one line of digits', text: rep('9') },
    { desc: '1 MB of line breaks', text: rep('\n') },
    { desc: '1 MB of "<" (HTML splitting)', text: rep('<') },
    { desc: '1 MB of "<br>"', text: rep('<br>') },
    { desc: '1 MB of "0x" prefixes', text: rep('0x') },
    { desc: '1 MB of alternating space and tab', text: rep(' \t') },
    { desc: '1 MB of "Disk 0" rows', text: rep('  Disk 0    Online      476 GB      0 B        *\n') },
    { desc: '1 MB of partition rows', text: rep('  Partition 4    Recovery           990 MB   475 GB\n') },
    { desc: '1 MB of reagentc headers', text: rep('Windows Recovery Environment (Windows RE) and system reset configuration\n') },
    { desc: '1 MB of full-width digits and colons', text: rep('０９：') },
    { desc: '1 MB of fixture lines, repeated', text: rep(`${lines.join('\n')}\n`) },
    { desc: '1 MB of "a " (backtracking bait)', text: rep('a ') + '!' },
  ];
}

/** Wall-clock milliseconds of one call. */
export function timeIt(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}
