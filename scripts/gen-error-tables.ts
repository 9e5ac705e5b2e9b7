/**
 * Generates the error-code name tables in src/data/ from the public-domain mingw-w64 headers
 * (Debian package `mingw-w64-common`: winerror.h, wuerror.h, ntstatus.h) plus the servicing codes
 * (CBS_*, PSFX_*) listed in the shared facts file servicing-codes.tsv, which those headers lack.
 *
 * Usage: npm run gen:errcodes [-- --deb path/to/mingw-w64-common.deb] [--tsv path/to/servicing-codes.tsv]
 *
 * Without --deb the package is fetched with `apt-get download` into a temporary directory. The output
 * is deterministic: the "generated" date is the date of the package's top changelog entry, not the clock,
 * so running the script twice on the same package gives byte-identical files.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = join(ROOT, 'src', 'data');
const INCLUDE_DIR = 'usr/share/mingw-w64/include';
const PACKAGE = 'mingw-w64-common';
const LICENCE_PD =
  'public domain (header banner: "This file has no copyright assigned and is placed in the Public Domain.")';

type Family = 'win32' | 'hresult' | 'ntstatus';
interface Define {
  name: string;
  value: number;
  family: Family;
}

function arg(flag: string): string | undefined {
  const i = process.argv.indexOf(flag);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Parses a C integer literal (decimal or hex, optional L/U suffixes) into an unsigned 32-bit number. */
function parseLiteral(text: string): number | undefined {
  const m = /^(0[xX][0-9A-Fa-f]+|[0-9]+)[uUlL]*$/.exec(text.trim());
  if (!m || m[1] === undefined) return undefined;
  const n = Number(m[1]);
  if (!Number.isSafeInteger(n) || n > 0xffffffff) return undefined;
  return n >>> 0;
}

// Names that are not error codes: facility numbers, severity constants, and the helper macros
// winerror.h uses to build other values (WSABASEERR, DNS_ERROR_MASK, the DNS_ERROR_*_BASE offsets).
// The helpers are named exactly: real codes also end in _MASK or _BASE (FWP_E_INVALID_NET_MASK,
// STATUS_IMAGE_NOT_AT_BASE, WU_E_PT_SOAPCLIENT_BASE), so a suffix rule dropped them.
const NOT_A_CODE =
  /^(FACILITY_|SEVERITY_|STATUS_SEVERITY_|_)|^(WSABASEERR|DNS_ERROR_MASK|DNS_ERROR_[A-Z_]+_BASE)$/;

/**
 * Reads every `#define NAME value` of one header and resolves the value forms the mingw-w64 headers use:
 * `__MSABI_LONG(n)`, `_HRESULT_TYPEDEF_(0x…L)`, `((HRESULT)0x…)`, `((NTSTATUS)0x…L)`, `(BASE + n)`,
 * a bare literal, another name, and `HRESULT_FROM_WIN32(NAME)`.
 */
function parseHeader(
  text: string,
  defaultFamily: Family | 'auto',
): {
  codes: Define[];
  facilities: Array<[number, string]>;
  skipped: string[];
} {
  const raw = new Map<string, string>();
  const order: string[] = [];
  for (const line of text.split('\n')) {
    const m = /^\s*#\s*define\s+([A-Za-z_][A-Za-z0-9_]*)(\(?)\s*(.*)$/.exec(line);
    if (!m || m[1] === undefined) continue;
    if (m[2] === '(') continue; // function-like macro
    const body = (m[3] ?? '')
      .replace(/\/\*.*?\*\//g, '')
      .replace(/\/\/.*$/, '')
      .trim();
    if (body === '') continue; // include guard
    if (raw.has(m[1])) continue; // first definition wins (later ones sit in #ifndef guards)
    raw.set(m[1], body);
    order.push(m[1]);
  }
  const resolved = new Map<string, { value: number; family: Family } | null>();
  const familyOfLiteral = (_body: string, value: number): Family => {
    if (defaultFamily !== 'auto') return defaultFamily;
    // winerror.h mixes Win32 error numbers (decimal, < 0x10000) and HRESULTs (hex, full 32 bits).
    return value > 0xffff ? 'hresult' : 'win32';
  };
  const resolve1 = (name: string, depth: number): { value: number; family: Family } | null => {
    if (resolved.has(name)) return resolved.get(name) ?? null;
    const body = raw.get(name);
    if (body === undefined || depth > 8) return null;
    let out: { value: number; family: Family } | null = null;
    let m: RegExpExecArray | null;
    if ((m = /^__MSABI_LONG\(\s*([^)]+?)\s*\)$/.exec(body)) && m[1] !== undefined) {
      const v = parseLiteral(m[1]);
      if (v !== undefined) out = { value: v, family: familyOfLiteral(m[1], v) };
    } else if ((m = /^_HRESULT_TYPEDEF_\(\s*([^)]+?)\s*\)$/.exec(body)) && m[1] !== undefined) {
      const v = parseLiteral(m[1]);
      if (v !== undefined) out = { value: v, family: 'hresult' };
    } else if ((m = /^\(\s*\(\s*HRESULT\s*\)\s*([^)]+?)\s*\)$/.exec(body)) && m[1] !== undefined) {
      const v = parseLiteral(m[1]);
      if (v !== undefined) out = { value: v, family: 'hresult' };
    } else if ((m = /^\(\s*\(\s*NTSTATUS\s*\)\s*([^)]+?)\s*\)$/.exec(body)) && m[1] !== undefined) {
      const v = parseLiteral(m[1]);
      if (v !== undefined) out = { value: v, family: 'ntstatus' };
    } else if (
      (m = /^\(\s*([A-Za-z_][A-Za-z0-9_]*)\s*\+\s*([0-9]+)\s*\)$/.exec(body)) &&
      m[1] &&
      m[2]
    ) {
      // Bases such as WSABASEERR are left out of the output but still resolve here.
      const base = resolve1(m[1], depth + 1);
      if (base) out = { value: (base.value + Number(m[2])) >>> 0, family: base.family };
    } else if ((m = /^HRESULT_FROM_WIN32\(\s*([A-Za-z_][A-Za-z0-9_]*)\s*\)$/.exec(body)) && m[1]) {
      const inner = resolve1(m[1], depth + 1);
      if (inner && inner.family === 'win32') {
        const v = inner.value === 0 ? 0 : ((inner.value & 0xffff) | 0x80070000) >>> 0;
        out = { value: v, family: 'hresult' };
      }
    } else if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(body)) {
      out = resolve1(body, depth + 1);
    } else {
      const v = parseLiteral(body);
      if (v !== undefined) out = { value: v, family: familyOfLiteral(body, v) };
    }
    resolved.set(name, out);
    return out;
  };

  const codes: Define[] = [];
  const facilities: Array<[number, string]> = [];
  const skipped: string[] = [];
  for (const name of order) {
    const body = raw.get(name) ?? '';
    if (name.startsWith('FACILITY_')) {
      const v = parseLiteral(body);
      if (v !== undefined && name !== 'FACILITY_NT_BIT') facilities.push([v, name]);
      continue;
    }
    if (NOT_A_CODE.test(name)) continue;
    const r = resolve1(name, 0);
    if (!r) {
      skipped.push(`${name} ${body}`);
      continue;
    }
    codes.push({ name, value: r.value, family: r.family });
  }
  return { codes, facilities, skipped };
}

function parseServicingTsv(text: string): Define[] {
  const out: Define[] = [];
  for (const line of text.split(/\r?\n/)) {
    const m = /^(0x[0-9A-Fa-f]{8})\t([A-Z0-9_]+)\s*$/.exec(line);
    if (!m || !m[1] || !m[2]) continue;
    out.push({ name: m[2], value: Number(m[1]) >>> 0, family: 'hresult' });
  }
  // The facts file notes that 0x800F0825 is CBS_E_CANNOT_UNINSTALL in one listing and
  // CBS_E_CANNOT_REMOVE in another, to be treated as aliases; the alias is only in that comment.
  if (
    /0x800F0825 appears as CBS_E_CANNOT_UNINSTALL in one listing and CBS_E_CANNOT_REMOVE/.test(text)
  ) {
    out.push({ name: 'CBS_E_CANNOT_REMOVE', value: 0x800f0825, family: 'hresult' });
  }
  return out;
}

/** Sorts by value, keeping definition order among equal values (the first defined name is preferred). */
function toEntries(codes: Define[]): Array<[number, string]> {
  const seen = new Set<string>();
  const rows: Array<[number, string, number]> = [];
  codes.forEach((c, i) => {
    const key = `${c.value}:${c.name}`;
    if (seen.has(key)) return;
    seen.add(key);
    rows.push([c.value, c.name, i]);
  });
  rows.sort((a, b) => a[0] - b[0] || a[2] - b[2]);
  return rows.map(([v, n]) => [v, n]);
}

function writeTable(
  file: string,
  provenance: Record<string, unknown>,
  entries: Array<[number, string]>,
): void {
  const lines = entries.map((e) => JSON.stringify(e));
  const text =
    `{"provenance":${JSON.stringify(provenance)},\n"entries":[\n` + lines.join(',\n') + '\n]}\n';
  writeFileSync(join(OUT_DIR, file), text);
  console.log(`${file}: ${entries.length} entries`);
}

function main(): void {
  let tmp: string | undefined;
  let deb = arg('--deb');
  const tsvPath = arg('--tsv') ?? resolve(ROOT, '..', 'shared', 'facts', 'servicing-codes.tsv');
  try {
    tmp = mkdtempSync(join(tmpdir(), 'errcodes-'));
    if (!deb) {
      execFileSync('apt-get', ['download', PACKAGE], { cwd: tmp, stdio: 'inherit' });
      const found = readdirSync(tmp).find((f) => f.startsWith(`${PACKAGE}_`) && f.endsWith('.deb'));
      if (!found) throw new Error(`apt-get download ${PACKAGE} produced no .deb in ${tmp}`);
      deb = join(tmp, found);
    }
    const version = execFileSync('dpkg-deb', ['-f', deb, 'Version'], { encoding: 'utf8' }).trim();
    const extract = join(tmp, 'x');
    execFileSync('dpkg-deb', ['-x', deb, extract]);
    const changelog = gunzipSync(
      readFileSync(join(extract, 'usr/share/doc', PACKAGE, 'changelog.Debian.gz')),
    ).toString('utf8');
    const dateLine = /^ -- .*?  (.+)$/m.exec(changelog)?.[1];
    const generated = dateLine ? new Date(dateLine).toISOString().slice(0, 10) : 'unknown';

    const read = (f: string) => readFileSync(join(extract, INCLUDE_DIR, f), 'utf8');
    const provenanceOf = (file: string, text: string, extra: Record<string, unknown> = {}) => ({
      source: `Debian package ${PACKAGE} ${version}`,
      package: PACKAGE,
      version,
      file: `${INCLUDE_DIR}/${file}`,
      sha256: sha256(text),
      licence: LICENCE_PD,
      generator: 'scripts/gen-error-tables.ts',
      generated,
      ...extra,
    });

    const winerror = read('winerror.h');
    const wuerror = read('wuerror.h');
    const ntstatus = read('ntstatus.h');
    const w = parseHeader(winerror, 'auto');
    const wu = parseHeader(wuerror, 'hresult');
    const nt = parseHeader(ntstatus, 'ntstatus');
    for (const [f, r] of [
      ['winerror.h', w],
      ['wuerror.h', wu],
      ['ntstatus.h', nt],
    ] as const) {
      if (r.skipped.length)
        console.log(`${f}: skipped ${r.skipped.length}: ${r.skipped.join(' | ')}`);
    }
    const tsvText = readFileSync(tsvPath, 'utf8');

    writeTable(
      'errcodes-win32.json',
      provenanceOf('winerror.h', winerror, { family: 'win32' }),
      toEntries(w.codes.filter((c) => c.family === 'win32')),
    );
    writeTable(
      'errcodes-hresult.json',
      provenanceOf('winerror.h', winerror, { family: 'hresult' }),
      toEntries(w.codes.filter((c) => c.family === 'hresult')),
    );
    writeTable(
      'errcodes-wu.json',
      provenanceOf('wuerror.h', wuerror, { family: 'hresult' }),
      toEntries(wu.codes),
    );
    writeTable(
      'errcodes-ntstatus.json',
      provenanceOf('ntstatus.h', ntstatus, { family: 'ntstatus' }),
      toEntries(nt.codes),
    );
    writeTable(
      'errcodes-servicing.json',
      {
        source: 'WinRE Doctor facts file facts/servicing-codes.tsv',
        file: 'facts/servicing-codes.tsv',
        sha256: sha256(tsvText),
        licence:
          'facts: numeric values and symbolic names from public decompiled servicing-stack listings (see the file header)',
        generator: 'scripts/gen-error-tables.ts',
        generated,
        family: 'hresult',
      },
      toEntries(parseServicingTsv(tsvText)),
    );
    const facilities = {
      provenance: {
        source: `Debian package ${PACKAGE} ${version}`,
        package: PACKAGE,
        version,
        file: [`${INCLUDE_DIR}/winerror.h`, `${INCLUDE_DIR}/ntstatus.h`],
        licence: LICENCE_PD,
        generator: 'scripts/gen-error-tables.ts',
        generated,
      },
      hresult: w.facilities,
      ntstatus: nt.facilities,
    };
    writeFileSync(join(OUT_DIR, 'errcodes-facilities.json'), JSON.stringify(facilities) + '\n');
    console.log(`errcodes-facilities.json: ${w.facilities.length} + ${nt.facilities.length}`);
  } finally {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  }
}

main();
