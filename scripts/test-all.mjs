// Runs every test of the project in order and ends with one plain line: "N passed, N failed".
//   1. type check (astro sync + tsc for the site and for the pure core)
//   2. unit, property and build-source tests (Vitest)
//   3. the production build (astro build + pagefind)
//   4. checks over the built HTML: links, HTML validity, CSP, privacy (Vitest, vitest.dist.config.ts)
//   5. browser tests against the built site (Vitest + playwright-core + Chromium)
// A step that cannot run counts as one failure, so the total is never silently short.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const tmp = mkdtempSync(join(tmpdir(), 'winre-tests-'));
const node = process.execPath;
let passed = 0;
let failed = 0;
const summary = [];

function run(label, cmd, args) {
  console.log(`\n=== ${label}: ${[cmd, ...args].join(' ')}`);
  const started = Date.now();
  const res = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  return { ok: res.status === 0, seconds };
}

function step(label, cmd, args) {
  const { ok, seconds } = run(label, cmd, args);
  if (ok) passed += 1;
  else failed += 1;
  summary.push(`${ok ? 'ok  ' : 'FAIL'} ${label} (${seconds} s)`);
  return ok;
}

function vitest(label, args) {
  const out = join(tmp, `${label.replace(/\W+/g, '-')}.json`);
  const { ok, seconds } = run(label, node, ['node_modules/vitest/vitest.mjs', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`, ...args]);
  let p = 0;
  let f = 0;
  if (existsSync(out)) {
    const report = JSON.parse(readFileSync(out, 'utf8'));
    p = report.numPassedTests ?? 0;
    f = report.numFailedTests ?? 0;
    if (!ok && f === 0) f = 1; // a run that failed without a failing test (e.g. a file that does not load)
    if (p + f === 0) f = 1; // ran no test at all
  } else {
    f = 1;
  }
  passed += p;
  failed += f;
  summary.push(`${ok ? 'ok  ' : 'FAIL'} ${label}: ${p} passed, ${f} failed (${seconds} s)`);
  return ok;
}

step('type check', 'npm', ['run', '--silent', 'typecheck']);
vitest('unit, property and source tests', []);
const built = step('build', 'npm', ['run', '--silent', 'build']);
if (built) {
  vitest('built-site checks', ['--config', 'vitest.dist.config.ts']);
  vitest('browser tests', ['--config', 'vitest.e2e.config.ts']);
} else {
  failed += 2;
  summary.push('FAIL built-site checks: skipped because the build failed');
  summary.push('FAIL browser tests: skipped because the build failed');
}

console.log('\n=== summary');
for (const line of summary) console.log(line);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
