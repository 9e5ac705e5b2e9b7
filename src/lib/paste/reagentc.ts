/**
 * `reagentc /info` in any display language. Labels are translated but values are not, so a block is
 * read through its values: the GLOBALROOT path, `Enabled`/`Disabled`, the BCD GUID and the
 * `d.d.d.d` version (windows-facts.md §5, §8; japanese.md §1, §8). Failures are separate blocks:
 * an error is never a state.
 */
import { normalizePaste, type PasteLine } from '../text/normalize.ts';
import type { ReagentcError, ReagentcInfo } from './types.ts';
import { LOCALIZED_STATUS_VALUES, REAGENTC_PARSE_LABELS } from './words.ts';

/** `harddiskN` values at or above this are disk signatures printed in place of a number. */
export const MAX_DISK_NUMBER = 1000;

const LOCATION =
  /[\\/]{1,2}\?[\\/]GLOBALROOT[\\/]device[\\/]harddisk([^\\/\s]{0,24})[\\/]partition([^\\/\s]{0,24})/i;
const GUID = /\{?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\}?$/i;
const VERSION = /(?:^|[\s:])(\d{1,3}\.\d{1,3}\.\d{1,6}\.\d{1,6})$/;
const LABEL_VALUE = /^\s*([^:]{1,80}?)\s?:\s*(.*)$/;
const TRAILER = /^\s*REAGENTC(?:\.EXE)?\s?:\s?(.*)$/i;
const HEADER = /\(Windows RE\)/;
const REDACTED =
  /^(?:<[^<>]{1,30}>|\[[^[\]]{1,30}\]|\(?(?:redacted|removed|hidden|masked)\)?|[xX*•#.\-…]{3,64}|[0-9a-fA-FxX]{8}-[0-9a-fA-FxX]{4}-[0-9a-fA-FxX]{4}-[0-9a-fA-FxX]{4}-[0-9a-fA-FxX]{12})$/i;
const NOT_ELEVATED = [/elevated command prompt/i, /管理者特権が必要/];
// A PowerShell error names its cmdlet first (`Get-BitLockerVolume : 要求された操作には管理者特権が必要です。`,
// japanese.md §3.1): that is not reagentc speaking, even when the words are the same.
const CMDLET_ERROR = /^\s*[A-Za-z]{2,20}-[A-Za-z]{2,40}\s?:\s/;
const IMAGE_NOT_FOUND = [/Windows RE image was not found/i, /未找到\s?Windows RE\s?映像/];
const BITLOCKER = [/cannot be enabled on a volume with BitLocker/i];
const INFO_ONLY = [/already disabled/i, /already enabled/i, /既に有効/];
const SUCCESS = new RegExp(
  REAGENTC_PARSE_LABELS.flatMap((l) => (l.success ? [l.success.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')] : [])).join('|') +
    '|successful|成功|réussie|успешно',
  'i',
);

function isRedacted(value: string): boolean {
  return REDACTED.test(value.trim()) && !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value.trim());
}

function labelLang(label: string, field: 'status' | 'location'): string | null {
  const l = label.trim().toLowerCase();
  for (const row of REAGENTC_PARSE_LABELS) {
    const want = row[field];
    if (want && want.toLowerCase() === l) return row.lang;
  }
  return null;
}

type Event =
  | { t: 'header' }
  | { t: 'status'; value: 'enabled' | 'disabled'; label: string }
  | { t: 'location'; disk: number | null; partition: number | null }
  | { t: 'location-empty'; redacted: boolean; label: string }
  | { t: 'bcd'; id: string | null; redacted: boolean }
  | { t: 'version'; value: string }
  | { t: 'trailer'; text: string }
  | { t: 'filler' };

function classify(text: string): Event | null {
  const tm = TRAILER.exec(text);
  if (tm) return { t: 'trailer', text: (tm[1] ?? '').trim() };
  if (NOT_ELEVATED.some((r) => r.test(text)) && !CMDLET_ERROR.test(text)) return { t: 'trailer', text: text.trim() };
  if (/Directory set to/i.test(text)) return { t: 'filler' };
  const loc = LOCATION.exec(text);
  if (loc) {
    const d = loc[1] ?? '';
    const p = loc[2] ?? '';
    const disk = /^\d{1,12}$/.test(d) && Number(d) < MAX_DISK_NUMBER ? Number(d) : null;
    const partition = /^\d{1,3}$/.test(p) ? Number(p) : null;
    return { t: 'location', disk, partition };
  }
  if (HEADER.test(text) && text.indexOf(':') < 0) return { t: 'header' };
  const lv = LABEL_VALUE.exec(text);
  if (!lv) return null;
  const label = lv[1] ?? '';
  const value = (lv[2] ?? '').trim();
  if (/^enabled$/i.test(value)) return { t: 'status', value: 'enabled', label };
  if (/^disabled$/i.test(value)) return { t: 'status', value: 'disabled', label };
  const localized = LOCALIZED_STATUS_VALUES[value];
  if (localized && labelLang(label, 'status')) return { t: 'status', value: localized, label };
  const g = GUID.exec(value);
  if (g && g[0].length === value.length) return { t: 'bcd', id: (g[1] ?? '').toLowerCase(), redacted: false };
  const v = VERSION.exec(value);
  if (v && v[1] === value) return { t: 'version', value };
  const redacted = value !== '' && isRedacted(value);
  if (labelLang(label, 'location')) return { t: 'location-empty', redacted, label };
  if (redacted && /BCD/.test(label)) return { t: 'bcd', id: null, redacted: true };
  if (labelLang(label, 'status') && (value === '' || redacted)) return { t: 'filler' };
  // Other label lines of the block: image location/index, `Information:` / `情報:`.
  if (value === '' || /^\d{1,3}$/.test(value) || redacted) return label.length <= 60 ? { t: 'filler' } : null;
  return null;
}

/**
 * True when the line can start a `reagentc /info` block or is a reagentc message.
 *
 * @example
 * isReagentcStart('    Windows RE status:         Enabled') // => true
 */
export function isReagentcStart(text: string): boolean {
  const e = classify(text);
  return e !== null && (e.t === 'header' || e.t === 'status' || e.t === 'location' || e.t === 'location-empty' || e.t === 'trailer');
}

function emptyInfo(line: number, offline: boolean): ReagentcInfo {
  return {
    kind: 'reagentc-info',
    line,
    status: 'unknown',
    statusLine: null,
    locationState: 'absent',
    disk: null,
    partition: null,
    locationLine: null,
    bcdId: null,
    bcdRedacted: false,
    version: null,
    versionLine: null,
    offline,
    lang: null,
  };
}

function errorFor(text: string, line: number): ReagentcError | null {
  if (SUCCESS.test(text) || INFO_ONLY.some((r) => r.test(text))) return null;
  const code = /failed\s?:\s?(\d{1,10})/i.exec(text);
  const n = code ? Number(code[1]) : null;
  let issue: ReagentcError['issue'] = 'failed';
  if (n === 5 || NOT_ELEVATED.some((r) => r.test(text))) issue = 'not-elevated';
  else if (IMAGE_NOT_FOUND.some((r) => r.test(text))) issue = 'image-not-found';
  else if (BITLOCKER.some((r) => r.test(text))) issue = 'bitlocker';
  return { kind: 'reagentc-error', line, issue, code: n, text };
}

/**
 * Read reagentc output starting at `start`; returns the blocks found and the index after the last line used.
 * Fields may come in any order; a second status or location line starts a new block.
 *
 * @example
 * readReagentc(normalizePaste('Windows RE status: Disabled').lines, 0, false).blocks[0]?.kind // => 'reagentc-info'
 */
export function readReagentc(
  lines: readonly PasteLine[],
  start: number,
  offline: boolean,
): { blocks: (ReagentcInfo | ReagentcError)[]; next: number } {
  const blocks: (ReagentcInfo | ReagentcError)[] = [];
  let info: ReagentcInfo | null = null;
  let hasContent = false;
  let blanks = 0;
  let i = start;
  const close = (): void => {
    if (info && hasContent) blocks.push(info);
    info = null;
    hasContent = false;
  };
  const open = (line: number): ReagentcInfo => {
    if (!info) info = emptyInfo(line, offline);
    return info;
  };
  for (; i < lines.length; i++) {
    const pl = lines[i];
    if (!pl) break;
    if (pl.prompt && i > start) break;
    const text = pl.text;
    if (text.trim() === '') {
      if (++blanks > 2) break;
      continue;
    }
    const e = classify(text);
    if (!e) break;
    blanks = 0;
    switch (e.t) {
      case 'header':
        close();
        open(pl.line);
        break;
      case 'status': {
        if (info && (info as ReagentcInfo).statusLine !== null) close();
        const b = open(pl.line);
        b.status = e.value;
        b.statusLine = pl.line;
        b.lang = labelLang(e.label, 'status') ?? b.lang;
        hasContent = true;
        break;
      }
      case 'location':
      case 'location-empty': {
        if (info && (info as ReagentcInfo).locationLine !== null) close();
        const b = open(pl.line);
        b.locationLine = pl.line;
        if (e.t === 'location') {
          // `harddiskX\partitionX`: a path whose partition number was blanked out names no partition.
          b.locationState = e.partition === null ? 'redacted' : 'path';
          b.disk = e.disk;
          b.partition = e.partition;
        } else {
          b.locationState = e.redacted ? 'redacted' : 'empty';
          b.lang = b.lang ?? labelLang(e.label, 'location');
        }
        hasContent = true;
        break;
      }
      case 'bcd': {
        const b = open(pl.line);
        b.bcdId = e.id;
        b.bcdRedacted = e.redacted;
        hasContent = true;
        break;
      }
      case 'version': {
        const b = open(pl.line);
        b.version = e.value;
        b.versionLine = pl.line;
        hasContent = true;
        break;
      }
      case 'trailer': {
        const err = errorFor(e.text, pl.line);
        // An unknown REAGENTC.EXE line right after a block is its success trailer in a language we lack.
        const unknownText =
          err !== null && err.issue === 'failed' && err.code === null && !/fail|error|cannot|not found|未找到|失败|エラー|失敗/i.test(e.text);
        const blockOpen = info !== null && hasContent;
        close();
        if (err && !(unknownText && blockOpen)) {
          const prev = blocks[blocks.length - 1];
          // "Operation failed: 5" is followed by "An error has occurred."; keep one error, the most specific.
          if (prev && prev.kind === 'reagentc-error' && pl.line - prev.line <= 3) {
            if (prev.code === null) prev.code = err.code;
            if (prev.issue === 'failed' && err.issue !== 'failed') blocks[blocks.length - 1] = err;
          } else blocks.push(err);
        }
        break;
      }
      case 'filler':
        if (!info && i === start) return { blocks, next: start + 1 };
        break;
      default:
        e satisfies never;
    }
  }
  close();
  return { blocks, next: Math.max(i, start + 1) };
}

/**
 * Parse one paste that holds `reagentc /info` output; returns every block in order (the last is the current state).
 *
 * @example
 * parseReagentcInfo('Windows RE status: Enabled\nWindows RE location: \\\\?\\GLOBALROOT\\device\\harddisk0\\partition4\\Recovery\\WindowsRE')[0]
 * // => { kind: 'reagentc-info', status: 'enabled', disk: 0, partition: 4, … }
 */
export function parseReagentcInfo(text: string): (ReagentcInfo | ReagentcError)[] {
  const { lines } = normalizePaste(text);
  const out: (ReagentcInfo | ReagentcError)[] = [];
  for (let i = 0; i < lines.length; ) {
    const t = lines[i]?.text ?? '';
    if (isReagentcStart(t)) {
      const r = readReagentc(lines, i, false);
      out.push(...r.blocks);
      i = r.next;
    } else i++;
  }
  return out;
}
