import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyzePaste, type Analysis } from '../../../src/lib/verdict/analyze.ts';
import { CHECKER_MESSAGE_KEYS } from '../../../src/lib/verdict/messages.ts';

const ROOT = join(import.meta.dirname, '..', '..', 'fixtures');
const walk = (d: string): string[] =>
  readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : n.endsWith('.txt') ? [join(d, n)] : []));

function keysOf(a: Analysis): string[] {
  return [
    a.headlineKey,
    ...a.reasons.map((r) => r.key),
    ...a.facts.map((f) => f.messageKey),
    ...a.plan.flatMap((s) => [s.messageKey, ...(s.expectOutputKey ? [s.expectOutputKey] : [])]),
    ...a.assumptions.map((x) => x.key),
    ...a.next.map((n) => n.messageKey),
    ...(a.blocker ? [a.blocker.messageKey] : []),
  ];
}

describe('CHECKER_MESSAGE_KEYS', () => {
  test('lists every key the fixtures produce', () => {
    const seen = new Set(walk(ROOT).flatMap((f) => keysOf(analyzePaste(readFileSync(f, 'utf8')))));
    expect(seen.size).toBeGreaterThan(30);
    for (const k of seen) expect(CHECKER_MESSAGE_KEYS, k).toContain(k);
  });

  test('keys follow module.area.case and are unique', () => {
    expect(new Set(CHECKER_MESSAGE_KEYS).size).toBe(CHECKER_MESSAGE_KEYS.length);
    for (const k of CHECKER_MESSAGE_KEYS) expect(k).toMatch(/^checker\.[a-z]+\.[A-Za-z0-9.]+$/);
  });
});

describe('what-to-paste-next messages', () => {
  test('carry no backtick code marks: the widget shows them as plain text, with the commands in boxes below', async () => {
    const { default: en } = await import('../../../src/i18n/en.ts');
    const { default: ja } = await import('../../../src/i18n/ja.ts');
    const next = CHECKER_MESSAGE_KEYS.filter((k) => k.startsWith('checker.next.'));
    expect(next.length).toBeGreaterThan(3);
    for (const strings of [en, ja] as Record<string, string>[])
      for (const k of next) expect(strings[k], k).not.toContain('`');
  });
});
