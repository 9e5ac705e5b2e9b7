/**
 * The commands an article may show in a `<Command>` block, as templates, and the checks every command
 * line must pass. Each template is backed by the facts files: either its own spelling (placeholders
 * filled with any digits) occurs in the command sections, or every piece listed in `evidence` does.
 */

/** Placeholders a template may use, and what they match in an article's command. */
export const PLACEHOLDERS: Record<string, string> = {
  // A disk, partition or volume number as the reader's own output gives it.
  '<n>': '\\d{1,3}',
  // A Safe OS dynamic update package file from the Microsoft Update Catalog, in the current folder.
  '<cab>': '\\.\\\\windows10\\.0-kb\\d{7}-x(?:64|86)_[0-9a-f]{40}\\.cab',
};

export interface AllowedCommand {
  /** The command exactly as typed, with placeholders from PLACEHOLDERS. */
  template: string;
  /**
   * For a line composed from documented pieces (the facts give no single spelling of it): strings that
   * must each occur in the facts' command sections. Without it, the template itself must occur there.
   */
  evidence?: string[];
}

/** Commands documented in windows-facts.md §3.2/§3.3/§4/§5–§7 and japanese.md §2.5/§5. */
export const ALLOWED_COMMANDS: AllowedCommand[] = [
  // reagentc (§3.2, §5)
  { template: 'reagentc /info' },
  { template: 'reagentc /disable' },
  { template: 'reagentc /enable' },
  // diskpart, KB5028997 spelling (§3.2, §3.3; japanese.md §5)
  { template: 'diskpart' },
  { template: 'list disk' },
  { template: 'list part' },
  { template: 'list partition' },
  { template: 'list vol' },
  { template: 'list volume' },
  { template: 'sel disk <n>' },
  { template: 'select disk <n>' },
  { template: 'sel part <n>' },
  { template: 'sel vol <n>' },
  { template: 'detail partition' },
  { template: 'shrink desired=250 minimum=250' },
  { template: 'shrink querymax' },
  { template: 'delete partition override' },
  {
    template: 'create partition primary id=de94bba4-06d1-4d40-a16a-bfd50179d6ac',
  },
  { template: 'create partition primary id=27' },
  { template: 'gpt attributes =0x8000000000000001' },
  { template: 'gpt attributes=0x8000000000000001' },
  { template: 'set id=de94bba4-06d1-4d40-a16a-bfd50179d6ac' },
  { template: 'set id=27' },
  { template: 'format quick fs=ntfs label="Windows RE tools"' },
  { template: 'exit' },
  // PowerShell (§6.5, §7.1)
  { template: 'Get-Partition' },
  { template: 'Get-Volume' },
  { template: 'Get-Disk' },
  { template: 'Get-Disk -Number <n>' },
  { template: 'Get-Partition -DiskNumber <n>' },
  {
    template: 'Get-Partition -DiskNumber <n> -PartitionNumber <n> | Get-Volume',
  },
  {
    template: 'Get-Partition | Select-Object PartitionNumber,Type,Size,Offset,GptType',
  },
  // Registry reads (§7.1 registry value and the `reg query` capture; §4 breadcrumb written with `reg add`)
  {
    template: 'reg query "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion" /v WinREVersion',
    evidence: [
      '`reg query`',
      'HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\WinREVersion',
      ' /v ',
    ],
  },
  {
    template: 'reg query HKLM\\SOFTWARE\\Microsoft\\PushButtonReset /v WinREPathScriptSucceed',
    evidence: [
      '`reg query`',
      'reg add HKLM\\SOFTWARE\\Microsoft\\PushButtonReset /v WinREPathScriptSucceed',
    ],
  },
  // KB5034957 scripts (§4): script names and the documented -packagePath parameter
  {
    template: '.\\PatchWinREScript_2004plus.ps1 -packagePath <cab>',
    evidence: ['PatchWinREScript_2004plus.ps1', '`-packagePath`'],
  },
  {
    template: '.\\PatchWinREScript_General.ps1 -packagePath <cab>',
    evidence: ['PatchWinREScript_General.ps1', '`-packagePath`'],
  },
];

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A template as a regular expression. `anchored` matches a whole command line from an article; unanchored
 * searches the facts text, where a placeholder may also be written as `<OS disk index>`-style prose.
 */
export function templateRegExp(template: string, anchored: boolean): RegExp {
  let pattern = escapeRegExp(template);
  for (const [ph, re] of Object.entries(PLACEHOLDERS)) {
    pattern = pattern.split(escapeRegExp(ph)).join(anchored ? re : `(?:${re}|<[^>\n]+>)`);
  }
  return new RegExp(anchored ? `^${pattern}$` : pattern);
}

/**
 * Normalises facts text for searching: Markdown table pipes (`\|`) unescaped and every run of whitespace,
 * line breaks included, collapsed to one space (the facts files wrap long commands).
 */
export const squeeze = (s: string): string => s.replace(/\\\|/g, '|').replace(/\s+/g, ' ');

/** The two views of the facts the checks use. */
export interface FactsTexts {
  /** The sections that document commands (see commandFactsText). */
  commands: string;
  /** Both facts files in full (package file names, pieces of composed lines). */
  all: string;
}

/** Problems with the allow-list itself: entries the facts text does not support. */
export function unsupportedTemplates(facts: FactsTexts, list = ALLOWED_COMMANDS): string[] {
  const commands = squeeze(facts.commands);
  const all = squeeze(facts.all);
  return list
    .filter((entry) =>
      entry.evidence
        ? !entry.evidence.every((e) => all.includes(squeeze(e)))
        : !templateRegExp(entry.template, false).test(commands),
    )
    .map((entry) => entry.template);
}

const TYPOGRAPHIC_QUOTES = /[“”‘’″„«»]/;
const DESTRUCTIVE =
  /^(?:delete partition\b|shrink\b(?! querymax)|reagentc \/disable\b|clean\b|format\b)/i;

/** True for a command line that deletes, shrinks, disables or wipes something. */
export function isDestructive(line: string): boolean {
  return DESTRUCTIVE.test(line.trim());
}

/**
 * Everything wrong with one command line, as short messages (empty when the line is fine).
 *
 * @example
 * checkCommandLine('shrink desired=250 minimum=250', facts) // => []
 * checkCommandLine('shrink desired=250', facts) // => ['not in the allow-list: ...']
 */
export function checkCommandLine(
  line: string,
  facts: FactsTexts,
  list = ALLOWED_COMMANDS,
): string[] {
  const issues: string[] = [];
  if (TYPOGRAPHIC_QUOTES.test(line)) issues.push(`typographic quote in: ${line}`);
  if (!list.some((entry) => templateRegExp(entry.template, true).test(line))) {
    issues.push(`not in the allow-list: ${line}`);
  }
  // Switches and parameters (`/info`, `-packagePath`) must be spelled as the facts spell them.
  const text = squeeze(facts.commands);
  for (const m of line.matchAll(/(?:^|\s)([/-][A-Za-z][\w-]*)/g)) {
    const sw = m[1] ?? '';
    if (!new RegExp(`(^|[\\s\`(])${escapeRegExp(sw)}(?![\\w-])`).test(text)) {
      issues.push(`switch ${sw} is not documented in the facts: ${line}`);
    }
  }
  // The values Microsoft's procedure depends on, spelled exactly.
  if (/^shrink\b/i.test(line) && !/^shrink (?:desired=250 minimum=250|querymax)$/.test(line)) {
    issues.push(`shrink must read "shrink desired=250 minimum=250": ${line}`);
  }
  if (/de94bba4/i.test(line) && !line.includes('de94bba4-06d1-4d40-a16a-bfd50179d6ac')) {
    issues.push(`recovery GPT type GUID misspelled: ${line}`);
  }
  if (/gpt attributes/i.test(line) && !/gpt attributes ?=0x8000000000000001$/.test(line)) {
    issues.push(`GPT attributes must be 0x8000000000000001: ${line}`);
  }
  if (
    /^create partition primary id=(?!de94bba4-06d1-4d40-a16a-bfd50179d6ac$)/i.test(line) &&
    !/ id=27$/.test(line)
  ) {
    issues.push(`MBR recovery partitions use id=27: ${line}`);
  }
  for (const m of line.matchAll(/windows10\.0-kb\d+-x(?:64|86)_[0-9a-f]+\.cab/g)) {
    if (!facts.all.includes(m[0])) issues.push(`package file ${m[0]} is not in the facts`);
  }
  return issues;
}
