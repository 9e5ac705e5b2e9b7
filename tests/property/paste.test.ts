import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parsePaste } from '../../src/lib/paste/parse.ts';
import { analyzePaste, toCheckJson, VERDICT_CODES } from '../../src/lib/verdict/analyze.ts';

const ROOT = join(import.meta.dirname, '..', 'fixtures');
function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : p.endsWith('.txt') ? [p] : [];
  });
}
const samples = walk(ROOT).map((p) => ({ name: relative(ROOT, p), text: readFileSync(p, 'utf8') }));
const sampleArb = fc.constantFrom(...samples);

describe('paste checker properties', () => {
  test('the corpus is there', () => expect(samples.length).toBeGreaterThan(40));

  test('never throws on any string, and always gives a known verdict', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (s) => {
        expect(VERDICT_CODES).toContain(analyzePaste(s).verdict);
      }),
      { numRuns: 300 },
    );
  });

  test('never throws on damaged samples (lines dropped, junk spliced in)', () => {
    fc.assert(
      fc.property(sampleArb, fc.array(fc.nat(), { maxLength: 6 }), fc.string({ maxLength: 40 }), (s, drops, junk) => {
        const lines = s.text.split('\n');
        for (const d of drops) lines.splice(d % Math.max(lines.length, 1), 1, junk);
        expect(VERDICT_CODES).toContain(analyzePaste(lines.join('\n')).verdict);
      }),
      { numRuns: 300 },
    );
  });

  test('LF and CRLF give equal results', () => {
    fc.assert(
      fc.property(sampleArb, (s) => {
        const lf = s.text.replace(/\r\n/g, '\n');
        expect(toCheckJson(analyzePaste(lf.replace(/\n/g, '\r\n')))).toEqual(toCheckJson(analyzePaste(lf)));
      }),
      { numRuns: 100 },
    );
  });

  test('extra spaces (wider gaps, trailing spaces) give equal results', () => {
    fc.assert(
      fc.property(sampleArb, fc.integer({ min: 1, max: 6 }), fc.integer({ min: 0, max: 4 }), (s, widen, trail) => {
        const eol = s.text.includes('\r\n') ? '\r\n' : '\n';
        const padded = s.text
          .split(/\r?\n/)
          .map((l) => l.replace(/ {2,}/g, (m) => m + ' '.repeat(widen)) + ' '.repeat(trail))
          .join(eol);
        expect(toCheckJson(analyzePaste(padded)), s.name).toEqual(toCheckJson(analyzePaste(s.text)));
      }),
      { numRuns: 200 },
    );
  });

  test('blocks come back in paste order', () => {
    fc.assert(
      fc.property(sampleArb, (s) => {
        const lines = parsePaste(s.text).blocks.map((b) => b.line);
        expect(lines).toEqual([...lines].sort((a, b) => a - b));
      }),
      { numRuns: 100 },
    );
  });
});

describe('time bound (generous; the benchmark measures the real figures)', () => {
  const MB = 1_048_576;
  const junk: { desc: string; make: () => string }[] = [
    { desc: 'spaces', make: () => ' '.repeat(MB) },
    { desc: 'one long line of table-ish tokens', make: () => 'Partition 1  '.repeat(MB / 13) },
    { desc: 'many rows', make: () => '  Partition 4    Recovery           674 MB   109 GB\n'.repeat(MB / 52) },
    { desc: 'unclosed tags and entities', make: () => '<span &#'.repeat(MB / 8) },
    { desc: 'reagentc labels', make: () => 'Windows RE status: Enabled\n'.repeat(MB / 27) },
    { desc: 'GLOBALROOT fragments', make: () => '\\\\?\\GLOBALROOT\\device\\harddisk'.repeat(MB / 32) },
    { desc: 'collector lines', make: () => 'wrd:partition|disk=0|number=4|'.repeat(MB / 30) },
    { desc: 'prompts', make: () => 'C:\\'.repeat(MB / 3) },
    { desc: 'key : value lines', make: () => 'Size : 591 MB\n'.repeat(MB / 14) },
    {
      desc: 'Get-Volume rows',
      make: () =>
        'DriveLetter FriendlyName FileSystemType DriveType HealthStatus OperationalStatus SizeRemaining      Size\n' +
        '                         NTFS           Fixed     Healthy      OK                      84.3 MB    591 MB\n'.repeat(MB / 100),
    },
    {
      desc: 'Get-Partition rows',
      make: () => 'PartitionNumber  DriveLetter Offset  Size Type\n' + '5                           999583383552   591 MB Recovery\n'.repeat(MB / 60),
    },
    { desc: 'collector partition records', make: () => 'wrd:partition|disk=0|number=4|offset=1|size=2|type=Recovery|free=3\n'.repeat(MB / 68) },
    { desc: 'random bytes', make: () => Array.from({ length: MB }, (_v, i) => String.fromCharCode((i * 7919) % 0x3000)).join('') },
  ];
  test.each(junk)('1 MB of $desc ends in < 100 ms', ({ make }) => {
    const input = make();
    analyzePaste(input.slice(0, 32_768)); // warm up the JIT on the same kind of input
    // Best of three, so a busy test machine does not fail a bound meant to catch super-linear regexes.
    let best = Infinity;
    for (let i = 0; i < 3 && best >= 100; i++) {
      const t = performance.now();
      analyzePaste(input);
      best = Math.min(best, performance.now() - t);
    }
    expect(best).toBeLessThan(100);
  });
});
