import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  analyzePaste,
  CHECKER_MESSAGE_KEYS,
  VERDICT_CODES,
} from '../../../../src/lib/verdict/index.ts';
import { checkerStrings } from '../../../../src/widgets/checker/strings.ts';
import { CHECKER_SAMPLES } from '../../../../src/widgets/checker/samples.ts';
import {
  buildCheckerView,
  fill,
  formatBytes,
  plain,
  rich,
  type CheckerView,
} from '../../../../src/widgets/checker/view.ts';

const LANGS = ['en', 'ja'] as const;
const opts = (lang: string) => ({ lang, collectorHref: '#collector' });

function fixtures(dir = 'tests/fixtures'): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? fixtures(p) : p.endsWith('.txt') ? [p] : [];
  });
}

/** Every sentence of a view, to look for keys or placeholders that were not resolved. */
function texts(v: CheckerView): string[] {
  const steps = [...v.steps, ...(v.rollback ? [v.rollback] : [])];
  return [
    v.headline,
    plain(v.detail),
    v.link?.text ?? '',
    ...v.reasons.map(plain),
    ...v.facts.map((f) => f.text),
    ...v.missing,
    ...v.next.map((n) => n.text),
    ...v.assumptions.map(plain),
    ...steps.flatMap((s) => [plain(s.text), s.expect ? plain(s.expect) : '']),
    v.blocker ? plain(v.blocker.text) + v.blocker.linkText : '',
    ...(v.diagram?.bars.flatMap((b) => [b.title, b.alt]) ?? []),
  ];
}

describe('checker strings', () => {
  test.each(LANGS)('every message key the engine can return has a %s string', (lang) => {
    const s = checkerStrings(lang);
    expect(CHECKER_MESSAGE_KEYS.filter((k) => !(k in s))).toEqual([]);
  });
  test.each(LANGS)('every verdict has a %s headline and a detail line', (lang) => {
    const s = checkerStrings(lang);
    const camel = (c: string) => c.replace(/-([a-z])/g, (_m, x: string) => x.toUpperCase());
    const missing = VERDICT_CODES.flatMap((c) => [
      `checker.verdict.${camel(c)}`,
      `checker.detail.${camel(c)}`,
    ]).filter((k) => !(k in s));
    expect(missing).toEqual([]);
  });
});

describe('buildCheckerView() over every fixture', () => {
  const files = fixtures();
  test('there are fixtures to read', () => expect(files.length).toBeGreaterThan(20));
  test.each(
    LANGS.flatMap((lang) => files.map((file) => ({ desc: `${lang} ${file}`, lang, file }))),
  )('$desc', ({ lang, file }) => {
    const view = buildCheckerView(
      analyzePaste(readFileSync(file, 'utf8')),
      checkerStrings(lang),
      opts(lang),
    );
    for (const t of texts(view)) {
      expect(t).not.toMatch(/checker\.[a-zA-Z]/);
      expect(t).not.toMatch(/\{[a-zA-Z]+\}/);
    }
    expect(view.headline.length).toBeGreaterThan(5);
  });
});

describe('buildCheckerView() for the too-small examples', () => {
  test.each(LANGS)(
    "%s: numbered steps with this disk's numbers, destructive ones marked",
    (lang) => {
      const a = analyzePaste(CHECKER_SAMPLES[lang].tooSmall);
      const v = buildCheckerView(a, checkerStrings(lang), opts(lang));
      expect(v.verdict).toBe('too-small');
      const cmds = v.steps.flatMap((s) => s.commands);
      expect(cmds).toEqual(
        expect.arrayContaining([
          'reagentc /disable',
          'sel disk 0',
          'sel part 3',
          'shrink desired=250 minimum=250',
          'sel part 4',
          'delete partition override',
          'create partition primary id=de94bba4-06d1-4d40-a16a-bfd50179d6ac',
          'gpt attributes =0x8000000000000001',
          'reagentc /enable',
        ]),
      );
      expect(v.steps.filter((s) => s.destructive).map((s) => s.id)).toEqual([
        'shrink-os',
        'delete-winre',
        'create-winre',
        'format-winre',
      ]);
      expect(v.rollback?.commands).toEqual(['reagentc /enable']);
      expect(v.assumptions.length).toBeGreaterThan(0);
      expect(v.link?.href).toBe(`/${lang}/guide/fix-manual-resize/`);
    },
  );

  test('the diagram shows the disk before and after: C: 250 MB smaller, WinRE 250 MB larger', () => {
    const v = buildCheckerView(
      analyzePaste(CHECKER_SAMPLES.en.tooSmall),
      checkerStrings('en'),
      opts('en'),
    );
    const [now, after] = v.diagram?.bars ?? [];
    const os = (b: typeof now) => b?.parts.find((p) => p.role === 'os');
    const winre = (b: typeof now) => b?.parts.find((p) => p.role === 'winre');
    expect(v.diagram?.bars).toHaveLength(2);
    expect((os(now)?.weight ?? 0) - (os(after)?.weight ?? 0)).toBe(250 * 1_048_576);
    expect((winre(after)?.weight ?? 0) - (winre(now)?.weight ?? 0)).toBe(250 * 1_048_576);
    expect(winre(after)?.fresh).toBe(true);
    expect(now?.alt).toContain('4 Recovery, WinRE, 674 MB, 84 MB free');
  });

  test.each([
    { desc: 'two recovery partitions', file: 'tests/fixtures/mixed/en/two-recovery-too-small.txt' },
    {
      desc: 'BitLocker on the recovery partition',
      file: 'tests/fixtures/collector/en/bitlocker-recovery.txt',
    },
  ])(
    'too small without a safe plan ($desc): no promise of steps, the article instead',
    ({ file }) => {
      const s = checkerStrings('en');
      const v = buildCheckerView(analyzePaste(readFileSync(file, 'utf8')), s, opts('en'));
      expect(v.verdict).toBe('too-small');
      expect(v.steps).toEqual([]);
      expect(plain(v.detail)).toBe(s['checker.detail.layoutBlocksResize']);
      expect(v.blocker?.href).toBe('/en/guide/fix-recovery-before-os/');
    },
  );

  test('a layout the steps do not fit gets the article, never commands', () => {
    const v = buildCheckerView(
      analyzePaste(readFileSync('tests/fixtures/collector/en/before-os.txt', 'utf8')),
      checkerStrings('en'),
      opts('en'),
    );
    expect(v.steps).toEqual([]);
    expect(v.blocker?.href).toBe('/en/guide/fix-recovery-before-os/');
  });
});

describe('buildCheckerView() for other verdicts', () => {
  test('not elevated is never shown as Disabled', () => {
    const v = buildCheckerView(
      analyzePaste(readFileSync('tests/fixtures/reagentc/en/not-elevated.txt', 'utf8')),
      checkerStrings('en'),
      opts('en'),
    );
    expect(v.verdict).toBe('not-elevated');
    expect(texts(v).join(' ')).not.toMatch(/WinRE status: Disabled|WinRE is disabled/);
    expect(v.next[0]?.commands).toEqual(['reagentc /info']);
  });
  test('need more info names the command to run and links to the collector', () => {
    const v = buildCheckerView(
      analyzePaste(readFileSync('tests/fixtures/reagentc/en/enabled.txt', 'utf8')),
      checkerStrings('en'),
      opts('en'),
    );
    expect(v.verdict).toBe('need-more-info');
    expect(v.next.flatMap((n) => n.commands)).toContain(
      'Get-Partition -DiskNumber 0 -PartitionNumber 4 | Get-Volume',
    );
    expect(v.next.some((n) => n.href === '#collector')).toBe(true);
    expect(v.facts.find((f) => f.text.startsWith('WinRE location'))?.text).toBe(
      'WinRE location: disk 0, partition 4',
    );
  });
});

describe('formatBytes()', () => {
  test.each([
    { desc: 'MiB, whole', n: 89_128_960, expected: '85 MB' },
    { desc: 'GiB, one decimal', n: 117_037_858_816, expected: '109 GB' },
    { desc: 'small MiB keep a decimal', n: 1_572_864, expected: '1.5 MB' },
    { desc: 'KiB', n: 1_048_575, expected: '1024 KB' },
    { desc: 'zero', n: 0, expected: '0 KB' },
  ])('$desc', ({ n, expected }) => expect(formatBytes(n)).toBe(expected));
});

describe('rich() and fill()', () => {
  test.each([
    {
      desc: 'code runs from backticks',
      t: 'Run `reagentc /info` now',
      p: {},
      expected: [
        { code: false, text: 'Run ' },
        { code: true, text: 'reagentc /info' },
        { code: false, text: ' now' },
      ],
    },
    {
      desc: 'a value with backticks stays plain text',
      t: 'Read {value}',
      p: { value: '`<img src=x>`' },
      expected: [{ code: false, text: 'Read `<img src=x>`' }],
    },
    {
      desc: 'unknown placeholders stay',
      t: 'disk {disk} {nope}',
      p: { disk: 0 },
      expected: [{ code: false, text: 'disk 0 {nope}' }],
    },
  ])('$desc', ({ t, p, expected }) =>
    expect(rich(t, p as Record<string, string | number>)).toEqual(expected),
  );
  test('fill() replaces every occurrence', () => expect(fill('{a}-{a}', { a: 1 })).toBe('1-1'));
});
