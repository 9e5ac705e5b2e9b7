/** Builds the site into a folder (Astro, then Pagefind) and times it. */
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface BuildResult {
  ok: boolean;
  seconds: number;
  astroSeconds: number;
  pagefindSeconds: number;
  pages: number;
  log: string;
}

function run(args: string[]): { ok: boolean; seconds: number; log: string } {
  const start = performance.now();
  // process.execPath is the project's Node 24 when run through `npm run bench`.
  const res = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return { ok: res.status === 0, seconds: (performance.now() - start) / 1000, log: `${res.stdout}\n${res.stderr}` };
}

/** Every .html file below `dir`. */
export function countPages(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter(
    (e) => e.isFile() && e.name.endsWith('.html') && !join(e.parentPath, e.name).includes(`${dir}/pagefind/`),
  ).length;
}

/** Total bytes of the files below `dir`. */
export function folderBytes(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    bytes += statSync(join(e.parentPath, e.name)).size;
    files += 1;
  }
  return { bytes, files };
}

/** `astro build --outDir <dir>` then `pagefind --site <dir>`. */
export function buildSite(outDir: string): BuildResult {
  const astro = run(['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir]);
  if (!astro.ok) return { ok: false, seconds: astro.seconds, astroSeconds: astro.seconds, pagefindSeconds: 0, pages: 0, log: astro.log };
  const pagefind = run(['node_modules/pagefind/lib/runner/bin.cjs', '--site', outDir]);
  return {
    ok: pagefind.ok,
    seconds: astro.seconds + pagefind.seconds,
    astroSeconds: astro.seconds,
    pagefindSeconds: pagefind.seconds,
    pages: countPages(outDir),
    log: `${astro.log}\n${pagefind.log}`,
  };
}
