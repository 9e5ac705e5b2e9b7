import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const run = (args: string[], input?: string): string =>
  execFileSync('npm', ['run', '--silent', 'check', '--', ...args], { cwd: ROOT, input, encoding: 'utf8', stdio: ['pipe', 'pipe', 'ignore'] });

describe('npm run check', () => {
  test('prints the DESIGN 4.1 JSON for a file', () => {
    const out = JSON.parse(run([join(ROOT, 'tests/fixtures/collector/en/too-small.txt')]));
    expect(out).toMatchObject({
      verdict: 'too-small',
      winre: { status: 'enabled', disk: 0, partition: 4 },
      recovery: { disk: 0, partition: 4, sizeBytes: 619708416, freeBytes: 88394957, position: 'after-os' },
      partitionStyle: 'gpt',
      missing: [],
    });
    expect(out.plan[0]).toEqual({ id: 'backup-data', commands: [] });
  });

  test('reads stdin without a file and exits 0 for an unknown paste', () => {
    expect(JSON.parse(run([], 'nothing to see')).verdict).toBe('not-recognized');
  });
});
