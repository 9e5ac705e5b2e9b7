/**
 * The checker's result as plain data: every text already translated and filled in, ready for the DOM
 * renderer (render.ts) or a test. The engine (src/lib/verdict) gives codes, message keys and numbers; this
 * adapter turns them into sentences with the strings the page passed as data. Pure: no DOM, no astro:*.
 */
import type { Analysis, Fact, PlanStep, VerdictCode } from '../../lib/verdict/analyze.ts';
import { SHRINK_MB } from '../../lib/verdict/plan.ts';

/**
 * The translated `checker.*` strings, placeholders left in (`{disk}`).
 * @example
 * const s: CheckerStrings = { 'checker.copy': 'Copy' };
 */
export type CheckerStrings = Readonly<Record<string, string>>;

/**
 * A sentence cut into plain runs and `code` runs (backticks in the string table mark code).
 * @example
 * const r: Rich = [{ code: false, text: 'Run ' }, { code: true, text: 'reagentc /info' }];
 */
export type Rich = { code: boolean; text: string }[];

/**
 * How a verdict feels to the reader; decides the icon and colour of the headline, never its words.
 * @example
 * const tone: Tone = 'action'; // too-small
 */
export type Tone = 'ok' | 'info' | 'warn' | 'action';

/**
 * One box of the disk drawing.
 * @example
 * // { partition: 4, type: 'Recovery', note: 'WinRE', size: '674 MB', free: '84 MB free', weight: 706740224, role: 'winre', kind: 'recovery', fresh: false }
 */
export interface DiagramPart {
  partition: number | null;
  /** The partition's type word, drawn under its number. */
  type: string;
  /** `C:`, `WinRE` or empty. */
  note: string;
  size: string;
  free: string;
  /** Relative width before the minimum width is applied (bytes, or 0 when unknown). */
  weight: number;
  role: 'os' | 'winre' | null;
  kind: string;
  /** True for the partition the plan creates. */
  fresh: boolean;
}

/**
 * One bar of the drawing: the disk now, or after the plan.
 * @example
 * // { title: 'Disk 0: Now', alt: 'Disk 0: Now, from the start of the disk: 1 System, 100 MB; …', parts: [...] }
 */
export interface DiagramBar {
  title: string;
  /** The text alternative: every partition in disk order. */
  alt: string;
  parts: DiagramPart[];
}

/**
 * One step of the plan, ready to show.
 * @example
 * // { id: 'shrink-os', text: [...], commands: ['sel part 3', 'shrink desired=250 minimum=250'], destructive: true, expect: [...] }
 */
export interface StepView {
  id: string;
  text: Rich;
  commands: string[];
  destructive: boolean;
  expect: Rich | null;
}

/**
 * Everything the widget shows for one analysis.
 * @example
 * buildCheckerView(analyzePaste(text), strings, { lang: 'en', collectorHref: '#collector' }).headline
 * // => 'The recovery partition is too small: less than 250 MB free.'
 */
export interface CheckerView {
  verdict: VerdictCode;
  tone: Tone;
  headline: string;
  detail: Rich;
  link: { href: string; text: string } | null;
  reasons: Rich[];
  facts: { text: string; line: number }[];
  missing: string[];
  next: { text: string; commands: string[]; href: string | null }[];
  assumptions: Rich[];
  steps: StepView[];
  rollback: StepView | null;
  blocker: { text: Rich; href: string; linkText: string } | null;
  diagram: { heading: string; scale: string; bars: DiagramBar[] } | null;
  truncated: boolean;
}

/**
 * Options that depend on the page the widget sits on.
 * @example
 * const opts: ViewOptions = { lang: 'ja', collectorHref: '/ja/tools/checker/#collector' };
 */
export interface ViewOptions {
  lang: string;
  /** Where the collector snippet is (`#collector` on the checker page). */
  collectorHref: string;
}

const MIB = 1_048_576;
const GIB = 1_073_741_824;

/** How each verdict feels (icon and colour of the headline) and the guide article that goes with it (DESIGN §2). */
const VERDICT_UI: Record<VerdictCode, [Tone, string]> = {
  'winre-disabled': ['info', 'do-i-need-to-fix'],
  'not-elevated': ['warn', 'check-recovery-partition'],
  'winre-image-missing': ['warn', 'do-i-need-to-fix'],
  'reagentc-failed': ['warn', 'check-recovery-partition'],
  'offline-image': ['warn', 'check-recovery-partition'],
  'winre-on-os-partition': ['info', 'fix-recovery-before-os'],
  'already-updated': ['ok', 'do-i-need-to-fix'],
  'enough-space': ['ok', 'do-i-need-to-fix'],
  'too-small': ['action', 'fix-manual-resize'],
  'layout-blocks-resize': ['action', 'fix-recovery-before-os'],
  'need-more-info': ['info', 'check-recovery-partition'],
  'not-recognized': ['info', 'check-recovery-partition'],
};

const camel = (s: string): string => s.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase());

/**
 * A byte count as diskpart and Windows write it (binary units, `MB`/`GB`).
 *
 * @example
 * formatBytes(89128960) // => '85 MB'
 */
export function formatBytes(n: number): string {
  if (n >= GIB) return `${(n / GIB).toFixed(1).replace(/\.0$/, '')} GB`;
  if (n >= 10 * MIB) return `${Math.round(n / MIB)} MB`;
  if (n >= MIB) return `${(n / MIB).toFixed(1).replace(/\.0$/, '')} MB`;
  return `${Math.round(n / 1024)} KB`;
}

/**
 * Fill `{name}` placeholders and cut the result at backticks into plain and code runs. The template is cut
 * first, so a value (which may come from the paste) can never open or close a code run.
 *
 * @example
 * rich('Run `reagentc /info` on disk {disk}', { disk: 0 })
 * // => [{ code: false, text: 'Run ' }, { code: true, text: 'reagentc /info' }, { code: false, text: ' on disk 0' }]
 */
export function rich(template: string, params: Record<string, string | number> = {}): Rich {
  return template
    .split('`')
    .map((text, i) => ({ code: i % 2 === 1, text: fill(text, params) }))
    .filter((r) => r.text !== '');
}

/**
 * Fill `{name}` placeholders; unknown names stay as they are.
 *
 * @example
 * fill('disk {disk}', { disk: 1 }) // => 'disk 1'
 */
export function fill(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/**
 * Plain text of a rich run list.
 * @example
 * plain(rich('Run `x`')) // => 'Run x'
 */
export const plain = (r: Rich): string => r.map((x) => x.text).join('');

/**
 * Build the view of one analysis with the given strings.
 *
 * @example
 * buildCheckerView(analyzePaste(''), strings, { lang: 'en', collectorHref: '#collector' }).verdict
 * // => 'not-recognized'
 */
export function buildCheckerView(a: Analysis, s: CheckerStrings, opts: ViewOptions): CheckerView {
  const str = (key: string): string => s[key] ?? key;
  const article = (slug: string): { href: string; text: string } => ({
    href: `/${opts.lang}/guide/${slug}/`,
    text: fill(str('checker.readMore'), { title: str(`checker.article.${camel(slug)}`) }),
  });

  /** Turn engine parameters into words: byte counts, partition styles, how C: was found, BitLocker. */
  const params = (p: Record<string, string | number>): Record<string, string | number> => {
    const out: Record<string, string | number> = {};
    for (const [k, v] of Object.entries(p)) {
      if (k.endsWith('Bytes') && typeof v === 'number') out[k] = formatBytes(v);
      else if (k === 'basis') out[k] = str(`checker.basis.${camel(String(v))}`);
      else if (k === 'bitlocker') out[k] = str(`checker.bitlocker.${String(v)}`);
      else if (k === 'style') out[k] = str(`checker.style.${String(v)}`);
      else out[k] = v;
    }
    return out;
  };

  const factValue = (f: Fact): string | number => {
    const v = f.value;
    switch (f.id) {
      case 'winre-status':
        return v === 'enabled' ? 'Enabled' : v === 'disabled' ? 'Disabled' : String(v);
      case 'winre-location':
        return fill(str('checker.value.diskPartition'), {
          disk: a.winre.disk ?? '?',
          partition: a.winre.partition ?? '?',
        });
      case 'partition-style':
        return str(`checker.style.${String(v)}`);
      case 'recovery-size':
      case 'recovery-free':
      case 'recovery-offset':
        return typeof v === 'number' ? formatBytes(v) : String(v);
      default:
        return v === null ? '' : String(v);
    }
  };

  const step = (st: PlanStep): StepView => {
    const p = params(st.params);
    return {
      id: st.id,
      text: rich(str(st.messageKey), p),
      commands: st.commands,
      destructive: st.destructive === true,
      expect: st.expectOutputKey ? rich(str(st.expectOutputKey), p) : null,
    };
  };

  const blocker = a.blocker
    ? {
        text: rich(str(a.blocker.messageKey)),
        href: `/${opts.lang}/guide/${a.blocker.article}/`,
        linkText: str(`checker.article.${camel(a.blocker.article)}`),
      }
    : null;

  return {
    verdict: a.verdict,
    tone: VERDICT_UI[a.verdict][0],
    headline: str(a.headlineKey),
    // A too-small verdict without a plan gets the words of the case it falls into instead.
    detail: rich(
      str(
        a.next.some((n) => n.id === 'one-pc')
          ? 'checker.detail.severalComputers'
          : `checker.detail.${camel(a.verdict === 'too-small' && a.plan.length === 0 ? (blocker ? 'layout-blocks-resize' : 'need-more-info') : a.verdict)}`,
      ),
    ),
    link: blocker ? null : article(VERDICT_UI[a.verdict][1]),
    reasons: a.reasons.map((r) => rich(str(r.key), params(r.params))),
    facts: a.facts.map((f) => ({
      text: fill(str(f.messageKey), { value: factValue(f) }),
      line: f.line,
    })),
    missing: a.missing.map((m) => str(`checker.missing.${camel(m)}`)),
    next: a.next.map((n) => ({
      text: str(n.messageKey),
      commands: n.commands,
      href: n.id === 'collector' ? opts.collectorHref : null,
    })),
    assumptions: a.plan.length ? a.assumptions.map((x) => rich(str(x.key), params(x.params))) : [],
    steps: a.plan.filter((st) => !st.onFailure).map(step),
    rollback: a.plan.filter((st) => st.onFailure).map(step)[0] ?? null,
    blocker,
    diagram: diagramOf(a, str),
    truncated: a.truncated,
  };
}

function diagramOf(a: Analysis, str: (k: string) => string): CheckerView['diagram'] {
  if (a.layout.length === 0) return null;
  const disk = a.recovery?.disk ?? a.winre.disk;
  const base =
    disk !== null
      ? fill(str('checker.diagram.disk'), { disk })
      : str('checker.diagram.diskUnknown');
  const part = (
    p: Analysis['layout'][number],
    size: number | null,
    fresh: boolean,
  ): DiagramPart => ({
    partition: p.partition,
    type: str(`checker.kind.${p.kind}`),
    note:
      p.role === 'os'
        ? 'C:'
        : p.role === 'winre'
          ? str('checker.diagram.winre') + (fresh ? ` (${str('checker.diagram.new')})` : '')
          : '',
    size: size !== null ? formatBytes(size) : '',
    free:
      !fresh && p.role === 'winre' && p.freeBytes !== null
        ? fill(str('checker.diagram.free'), { free: formatBytes(p.freeBytes) })
        : '',
    weight: size ?? 0,
    role: p.role,
    kind: p.kind,
    fresh,
  });
  const bar = (title: string, parts: DiagramPart[]): DiagramBar => ({
    title,
    parts,
    alt: fill(str('checker.diagram.alt'), {
      title,
      parts: parts
        .map((x) => [`${x.partition ?? ''} ${x.type}`.trim(), x.note, x.size, x.free].filter(Boolean).join(', '))
        .join('; '),
    }),
  });
  const now = a.layout.map((p) => part(p, p.sizeBytes, false));
  const bars = [bar(`${base}: ${str('checker.diagram.now')}`, now)];
  if (a.plan.length > 0) {
    const shift = SHRINK_MB * MIB;
    const after = a.layout.map((p) =>
      p.role === 'os'
        ? part(p, p.sizeBytes !== null ? p.sizeBytes - shift : null, false)
        : p.role === 'winre'
          ? part(p, p.sizeBytes !== null ? p.sizeBytes + shift : null, true)
          : part(p, p.sizeBytes, false),
    );
    bars.push(bar(`${base}: ${str('checker.diagram.after')}`, after));
  }
  return { heading: str('checker.diagram.heading'), scale: str('checker.diagram.scale'), bars };
}
