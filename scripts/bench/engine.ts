/**
 * The checker's paste engine (src/lib/text, paste, verdict) bundled and minified on its own, the way the site's
 * build bundles it, so the bench can say how much of the checker widget's JavaScript is the engine and how much
 * is the widget around it.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Rolldown } from 'vite';

/** Gzipped bytes of `analyzePaste` and everything it imports, minified, as one ES module. */
export async function engineGz(): Promise<number> {
  const analyze = fileURLToPath(new URL('../../src/lib/verdict/analyze.ts', import.meta.url));
  const dir = mkdtempSync(join(tmpdir(), 'winre-engine-'));
  try {
    // The widget imports analyzePaste only; an entry exporting just that lets the rest tree-shake as it does there.
    const entry = join(dir, 'entry.ts');
    writeFileSync(entry, `export { analyzePaste } from ${JSON.stringify(analyze)};\n`);
    const out = await build({
      configFile: false,
      logLevel: 'silent',
      root: dir,
      build: { write: false, minify: true, modulePreload: false, rolldownOptions: { input: entry, preserveEntrySignatures: 'strict' } },
    });
    const outputs = (Array.isArray(out) ? out : [out]) as Rolldown.RolldownOutput[];
    const code = outputs
      .flatMap((o) => o.output)
      .flatMap((c) => (c.type === 'chunk' ? [c.code] : []))
      .join('');
    return gzipSync(code, { level: 9 }).length;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
