/**
 * `<checker-widget>`: reads the paste box as the reader types or pastes, asks the engine for the verdict
 * and draws it. Enhances the server-rendered markup of CheckerEmbed.astro; never sends anything anywhere.
 */
import { analyzePaste } from '../../lib/verdict/analyze.ts';
import { renderCheckerView } from './render.ts';
import { buildCheckerView, type CheckerStrings } from './view.ts';
// The result's styles load with the engine; the page itself carries only the paste box's.
import resultCss from './result.css?url';

/** Delay after the last keystroke before the paste is read again (the analysis itself takes < 1 ms). */
const DEBOUNCE_MS = 60;

/** The result's stylesheet, requested once with this module; settles when it has loaded (or failed to). */
const styled = new Promise<unknown>((done) =>
  document.head.append(
    Object.assign(document.createElement('link'), { rel: 'stylesheet', href: resultCss, onload: done, onerror: done }),
  ),
);

class CheckerWidget extends HTMLElement {
  private box: HTMLTextAreaElement | null = null;
  private result: HTMLElement | null = null;
  private status: HTMLElement | null = null;
  private strings: CheckerStrings = {};
  private timer = 0;
  private lastHeadline = '';

  connectedCallback(): void {
    if (this.box) return;
    this.box = this.querySelector('textarea');
    this.result = this.querySelector('[data-result]');
    this.status = this.querySelector('[data-status]');
    if (this.box && this.dataset.stringsUrl) void this.start(this.box, this.dataset.stringsUrl);
  }

  /**
   * Fetch the strings and examples (same origin), wire the controls (the page's loader has enabled them
   * already), show the example the reader asked for while this loaded, and read the box as it is now.
   */
  private async start(box: HTMLTextAreaElement, url: string): Promise<void> {
    let data: { strings: CheckerStrings; samples: Record<string, string> };
    try {
      const res = await fetch(url);
      if (!res.ok) return;
      data = (await res.json()) as typeof data;
    } catch {
      return;
    }
    // The first result is drawn with its styles in place.
    await styled;
    this.strings = data.strings;
    const show = (sample: string | undefined): void => {
      delete this.dataset.pending;
      if (sample !== undefined) box.value = data.samples[sample] ?? '';
      this.run();
    };
    box.addEventListener('input', () => {
      clearTimeout(this.timer);
      this.timer = window.setTimeout(() => this.run(), DEBOUNCE_MS);
    });
    for (const b of this.querySelectorAll<HTMLButtonElement>('[data-sample]'))
      b.addEventListener('click', () => show(b.dataset.sample ?? ''));
    this.querySelector('[data-clear]')?.addEventListener('click', () => {
      box.value = '';
      show(undefined);
      box.focus();
    });
    show(this.dataset.pending);
  }

  private run(): void {
    const box = this.box;
    const result = this.result;
    if (!box || !result) return;
    const text = box.value;
    result.dataset.verdict = '';
    if (text.trim() === '') {
      result.replaceChildren(
        Object.assign(document.createElement('p'), {
          className: 'ck-empty',
          textContent: this.strings['checker.empty'] ?? '',
        }),
      );
      this.lastHeadline = '';
      return;
    }
    const view = buildCheckerView(analyzePaste(text), this.strings, {
      lang: document.documentElement.lang || 'en',
      collectorHref: this.dataset.collectorHref ?? '#collector',
    });
    result.dataset.verdict = view.verdict;
    result.replaceChildren(
      renderCheckerView(view, {
        strings: this.strings,
        level: Number(this.dataset.level ?? 3),
        showLine: (n) => this.showLine(n),
        announce: (m) => this.announce(m),
      }),
    );
    if (view.headline !== this.lastHeadline) {
      this.lastHeadline = view.headline;
      this.announce(view.headline);
    }
  }

  private announce(message: string): void {
    if (this.status) this.status.textContent = message;
  }

  /** Select line `n` (1-based) of the paste so the reader sees where a fact came from. */
  private showLine(n: number): void {
    const box = this.box;
    if (!box) return;
    const lines = box.value.split(/\r\n|\r|\n/);
    let start = 0;
    for (let i = 0; i < n - 1 && i < lines.length; i++) start += (lines[i]?.length ?? 0) + 1;
    const end = start + (lines[n - 1]?.length ?? 0);
    box.focus();
    box.setSelectionRange(start, end);
    const lh = parseFloat(getComputedStyle(box).lineHeight) || 20;
    box.scrollTop = Math.max(0, (n - 3) * lh);
  }
}

if (!customElements.get('checker-widget')) customElements.define('checker-widget', CheckerWidget);
