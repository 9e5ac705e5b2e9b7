import { describe, expect, test } from 'vitest';
import { parsePaste } from '../../../src/lib/paste/parse.ts';
import { analyzePaste, toCheckJson } from '../../../src/lib/verdict/analyze.ts';
import { isSubsequence, loadCases, matchesPartial, readSample } from './fixture-helpers.ts';

describe.each(['reagentc', 'diskpart', 'powershell', 'collector', 'mixed'])('fixtures: %s', (format) => {
  const cases = loadCases(format);

  test('every case names at least one expectation', () => {
    for (const c of cases) expect(c.expected ?? c.blocks ?? c.planCommands, c.desc).toBeDefined();
  });

  test.each(cases)('$desc', (c) => {
    const text = readSample(format, c.file);
    if (c.expected) expect(toCheckJson(analyzePaste(text))).toMatchObject(c.expected);
    if (c.blocks) {
      const blocks = parsePaste(text).blocks;
      for (const want of c.blocks) {
        expect(blocks.some((b) => matchesPartial(b, want)), `${c.file}: no block matches ${JSON.stringify(want)}\n${JSON.stringify(blocks)}`).toBe(true);
      }
    }
    if (c.planCommands) {
      const commands = analyzePaste(text).plan.flatMap((s) => s.commands);
      expect(isSubsequence(commands, c.planCommands), commands.join('\n')).toBe(true);
    }
  });
});
