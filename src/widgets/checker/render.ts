/**
 * Draws a CheckerView into the DOM. Every text goes in through `textContent` (pasted lines included), so
 * nothing the reader pastes can ever become markup.
 */
import type { CheckerStrings, CheckerView, DiagramBar, Rich, StepView } from './view.ts';

type Kids = (Node | string | null | false)[];

/** Create an element with classes and children; strings become text nodes. */
function h(tag: string, cls = '', kids: Kids = []): HTMLElement {
  const el = document.createElement(tag);
  if (cls) el.className = cls;
  for (const k of kids) if (k) el.append(k);
  return el;
}

function richNodes(r: Rich): Node[] {
  return r.map((run) => (run.code ? h('code', '', [run.text]) : document.createTextNode(run.text)));
}

/**
 * Context the renderer needs besides the view: strings, heading level, and what a line button does.
 * @example
 * const ctx: RenderContext = { strings, level: 3, showLine: (n) => selectLine(n), announce: (m) => (status.textContent = m) };
 */
export interface RenderContext {
  strings: CheckerStrings;
  /** Level of the section headings (2 on the checker page, 3 inside an article). */
  level: number;
  /** Called when the reader asks to see a line of the paste. */
  showLine: (line: number) => void;
  /** Called after a copy, with the message to announce. */
  announce: (message: string) => void;
}

async function copyText(text: string, fallback: HTMLElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const range = document.createRange();
    range.selectNodeContents(fallback);
    const sel = getSelection();
    sel?.removeAllRanges();
    sel?.addRange(range);
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    }
  }
}

/**
 * Render the view into a fresh fragment.
 *
 * @example
 * result.replaceChildren(renderCheckerView(view, ctx));
 */
export function renderCheckerView(v: CheckerView, ctx: RenderContext): DocumentFragment {
  const s = (k: string): string => ctx.strings[k] ?? k;
  const heading = (key: string): HTMLElement => h(`h${ctx.level}`, 'ck-h', [s(key)]);

  const commands = (list: string[]): HTMLElement | null => {
    if (list.length === 0) return null;
    return h(
      'ul',
      'ck-cmds',
      list.map((cmd) => {
        const code = h('code', '', [cmd]);
        const btn = h('button', 'btn ck-copy', [s('checker.copy')]) as HTMLButtonElement;
        btn.type = 'button';
        btn.setAttribute('aria-label', s('checker.copyLabel').replace('{command}', cmd));
        btn.addEventListener('click', async () => {
          const ok = await copyText(cmd, code);
          btn.textContent = ok ? s('checker.copied') : s('checker.copy');
          ctx.announce(ok ? s('checker.copied') : s('checker.copyFailed'));
          setTimeout(() => (btn.textContent = s('checker.copy')), 2000);
        });
        return h('li', 'ck-cmd', [h('pre', '', [code]), btn]);
      }),
    );
  };

  const stepItem = (st: StepView): HTMLElement =>
    h('li', st.destructive ? 'ck-step ck-destructive' : 'ck-step', [
      st.destructive && h('strong', 'ck-badge', ['⚠ ', s('checker.destructiveBadge')]),
      h('p', '', richNodes(st.text)),
      commands(st.commands),
      st.expect &&
        h('p', 'ck-expect', [
          h('span', '', [s('checker.expectLabel')]),
          ' ',
          ...richNodes(st.expect),
        ]),
    ]);

  const frag = document.createDocumentFragment();
  const icon = h('span', 'ck-icon', [{ ok: '✓', info: 'i', warn: '!', action: '!' }[v.tone]]);
  icon.setAttribute('aria-hidden', 'true');
  frag.append(
    h('p', `ck-headline ck-${v.tone}`, [icon, v.headline]),
    h('p', 'ck-detail', richNodes(v.detail)),
  );
  if (v.truncated) frag.append(h('p', 'ck-note', [s('checker.truncated')]));
  if (v.reasons.length)
    frag.append(
      h('section', 'ck-sec', [
        heading('checker.reasonsHeading'),
        h(
          'ul',
          '',
          v.reasons.map((r) => h('li', '', richNodes(r))),
        ),
      ]),
    );

  if (v.missing.length || v.next.length) {
    const sec = h('section', 'ck-sec ck-next', [heading('checker.missingHeading')]);
    if (v.missing.length)
      sec.append(
        h(
          'ul',
          '',
          v.missing.map((m) => h('li', '', [m])),
        ),
      );
    sec.append(heading('checker.nextHeading'));
    sec.append(
      h(
        'ul',
        'ck-next-list',
        v.next.map((n) => {
          const a = n.href ? (h('a', '', [s('checker.collectorLink')]) as HTMLAnchorElement) : null;
          if (a && n.href) a.href = n.href;
          return h('li', '', [h('p', '', [n.text, a ? ' ' : '', a]), commands(n.commands)]);
        }),
      ),
    );
    frag.append(sec);
  }

  if (v.facts.length) {
    frag.append(
      h('section', 'ck-sec', [
        heading('checker.factsHeading'),
        h(
          'ul',
          'ck-facts',
          v.facts.map((f) => {
            const b = h('button', 'ck-line', [
              s('checker.factLine').replace('{line}', String(f.line)),
            ]) as HTMLButtonElement;
            b.type = 'button';
            b.setAttribute(
              'aria-label',
              s('checker.factLineLabel').replace('{line}', String(f.line)),
            );
            b.addEventListener('click', () => ctx.showLine(f.line));
            return h('li', '', [h('span', '', [f.text]), ' ', b]);
          }),
        ),
      ]),
    );
  }

  if (v.diagram) {
    frag.append(
      h('section', 'ck-sec', [
        heading('checker.diagram.heading'),
        ...v.diagram.bars.map(bar),
        h('p', 'ck-note', [v.diagram.scale]),
      ]),
    );
  }

  if (v.blocker) {
    const a = h('a', '', [v.blocker.linkText]) as HTMLAnchorElement;
    a.href = v.blocker.href;
    frag.append(
      h('section', 'ck-sec ck-blocker', [h('p', '', richNodes(v.blocker.text)), h('p', '', [a])]),
    );
  }

  if (v.steps.length) {
    const sec = h('section', 'ck-sec ck-plan', [heading('checker.planHeading')]);
    if (v.assumptions.length)
      sec.append(
        h('p', 'ck-assume', [s('checker.assumeHeading')]),
        h(
          'ul',
          '',
          v.assumptions.map((x) => h('li', '', richNodes(x))),
        ),
      );
    const first = v.steps.findIndex((st) => st.destructive);
    const cut = first < 0 ? v.steps.length : first;
    sec.append(h('ol', 'ck-steps', v.steps.slice(0, cut).map(stepItem)));
    if (cut < v.steps.length) {
      sec.append(h('p', 'ck-warning', [h('strong', '', ['⚠ ']), s('checker.destructiveWarning')]));
      const ol = h('ol', 'ck-steps', v.steps.slice(cut).map(stepItem)) as HTMLOListElement;
      ol.start = cut + 1;
      sec.append(ol);
    }
    if (v.rollback) {
      sec.append(
        heading('checker.rollbackHeading'),
        h('p', '', richNodes(v.rollback.text)),
        commands(v.rollback.commands) ?? '',
      );
    }
    frag.append(sec);
  }

  if (v.link) {
    const a = h('a', '', [v.link.text]) as HTMLAnchorElement;
    a.href = v.link.href;
    frag.append(h('p', 'ck-more', [a]));
  }
  return frag;
}

function bar(b: DiagramBar): HTMLElement {
  const total = b.parts.reduce((t, p) => t + p.weight, 0);
  const el = h(
    'div',
    'ck-bar',
    b.parts.map((p) => {
      const seg = h(
        'div',
        `ck-seg ck-kind-${p.kind}${p.role ? ` ck-${p.role}` : ''}${p.fresh ? ' ck-fresh' : ''}`,
        [
          // The number and the type on lines of their own, so a narrow box never splits a word it has room for.
          p.partition !== null && h('span', 'ck-seg-label', [String(p.partition)]),
          h('span', 'ck-seg-label', [p.type]),
          p.note && h('span', 'ck-seg-note', [p.note]),
          p.size && h('span', '', [p.size]),
          p.free && h('span', '', [p.free]),
        ],
      );
      // Widths to scale (bytes); a minimum width in CSS keeps small partitions visible.
      seg.style.flexGrow = String(total > 0 && p.weight > 0 ? (p.weight / total) * 1000 : 1);
      return seg;
    }),
  );
  el.setAttribute('role', 'img');
  el.setAttribute('aria-label', b.alt);
  return h('div', 'ck-diagram', [h('p', 'ck-bar-title', [b.title]), el]);
}
