import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parsePaste } from '../../../src/lib/paste/parse.ts';
import { analyzePaste } from '../../../src/lib/verdict/analyze.ts';
import { FIXTURES } from './fixture-helpers.ts';

const rows = JSON.parse(readFileSync(join(FIXTURES, 'negative.json'), 'utf8')) as { desc: string; input: string }[];

describe('inputs that must not be recognised', () => {
  test.each(rows)('$desc', ({ input }) => {
    expect(parsePaste(input).blocks).toEqual([]);
    expect(analyzePaste(input).verdict).toBe('not-recognized');
  });
});
