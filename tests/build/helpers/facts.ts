/**
 * Access to the project's facts files (`../shared/facts/` beside the repository, or `WINRE_FACTS_DIR`).
 * The content tests check articles against these texts, so a fact can only reach the site through them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './content.ts';

export const FACTS_DIR = process.env.WINRE_FACTS_DIR ?? join(REPO_ROOT, '..', 'shared', 'facts');
export const FACTS_FILES = ['windows-facts.md', 'japanese.md'] as const;

function readFacts(name: string): string {
  const file = join(FACTS_DIR, name);
  if (!existsSync(file)) {
    throw new Error(
      `facts file not found: ${file}. The content tests check articles against the facts files; ` +
        'set WINRE_FACTS_DIR to the folder that holds windows-facts.md and japanese.md.',
    );
  }
  return readFileSync(file, 'utf8');
}

/** The full text of both facts files, joined. */
export function allFactsText(): string {
  return FACTS_FILES.map(readFacts).join('\n');
}

/**
 * The text of one numbered section of a facts file, from its heading (`## 4.` or `### 3.2`) up to the next
 * heading of the same or a higher level. Throws if the section does not exist, so a renumbered facts file
 * fails loudly instead of silently shrinking the allow-list.
 *
 * @example
 * factsSection(text, '3.2').startsWith('### 3.2') // => true
 */
export function factsSection(text: string, number: string): string {
  const lines = text.split('\n');
  const depth = number.includes('.') ? 3 : 2;
  const marker = '#'.repeat(depth) + ' ' + number + (depth === 2 ? '.' : '') + ' ';
  const start = lines.findIndex((l) => l.startsWith(marker));
  if (start < 0) throw new Error(`facts section ${number} not found (looked for "${marker}")`);
  let end = lines.length;
  for (let i = start + 1; i < lines.length; i++) {
    const m = /^(#+) /.exec(lines[i] ?? '');
    if (m && (m[1] ?? '').length <= depth) {
      end = i;
      break;
    }
  }
  return lines.slice(start, end).join('\n');
}

/**
 * The sections that document commands a reader may type: windows-facts.md §3.2 (KB5028997 steps), §3.3
 * (GPT/MBR values), §4 (PatchWinRE scripts), §5–§7 (reagentc, diskpart/PowerShell, size checks), and
 * japanese.md §2.5 (diskpart messages per command) and §5 (the KB5028997 steps with exact commands).
 */
export function commandFactsText(): string {
  const win = readFacts('windows-facts.md');
  const ja = readFacts('japanese.md');
  return [
    ...['3.2', '3.3', '4', '5', '6', '7'].map((n) => factsSection(win, n)),
    ...['2.5', '5'].map((n) => factsSection(ja, n)),
  ].join('\n');
}
