import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

/** The checker's browser code and markup: pasted text must only ever reach the DOM as text. */
const FILES = [
  ...readdirSync('src/widgets/checker').map((f) => join('src/widgets/checker', f)),
  'src/components/CheckerEmbed.astro',
  'src/components/Collector.astro',
  'src/pages/[lang]/tools/checker/index.astro',
];

describe('checker sources', () => {
  test.each(FILES)('%s writes no HTML from strings', (file) => {
    const src = readFileSync(file, 'utf8');
    expect(src).not.toMatch(
      /innerHTML|outerHTML|insertAdjacentHTML|document\.write|set:html|createContextualFragment/,
    );
  });
  test.each(FILES.filter((f) => f.endsWith('.ts')))(
    '%s makes no request but the strings file',
    (file) => {
      const src = readFileSync(file, 'utf8');
      expect(src).not.toMatch(/XMLHttpRequest|sendBeacon|WebSocket|EventSource/);
      expect((src.match(/fetch\(/g) ?? []).length).toBe(file.endsWith('element.ts') ? 1 : 0);
    },
  );
});
