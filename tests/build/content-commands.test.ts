import { describe, expect, test } from 'vitest';
import { commandLines, loadArticles } from './helpers/content.ts';
import { allFactsText, commandFactsText } from './helpers/facts.ts';
import { ALLOWED_COMMANDS, checkCommandLine, unsupportedTemplates } from './helpers/commands.ts';

const facts = { commands: commandFactsText(), all: allFactsText() };
const articles = loadArticles();
const rows = articles.flatMap((a) =>
  a.commands.flatMap((c) =>
    commandLines(c.code).map((line) => ({
      desc: `${a.lang}/${a.slug}:${c.line} ${line}`,
      line,
    })),
  ),
);

describe('command allow-list', () => {
  test('every template is backed by the facts command sections', () => {
    expect(unsupportedTemplates(facts)).toEqual([]);
  });

  test.each([
    { desc: 'invented diskpart command', template: 'convert mbr' },
    { desc: 'wrong shrink size', template: 'shrink desired=500 minimum=500' },
    {
      desc: 'made-up script parameter',
      template: '.\\PatchWinREScript_2004plus.ps1 -force',
    },
  ])('rejects an entry the facts do not support: $desc', ({ template }) => {
    expect(unsupportedTemplates(facts, [...ALLOWED_COMMANDS, { template }])).toEqual([template]);
  });
});

describe('every <Command> in the guide', () => {
  test('the guide has commands to check', () => {
    expect(rows.length).toBeGreaterThan(20);
  });

  test.each(rows)('$desc', ({ line }) => {
    expect(checkCommandLine(line, facts)).toEqual([]);
  });
});

describe('checkCommandLine() catches broken commands', () => {
  test.each([
    {
      desc: 'typographic quotes',
      line: 'format quick fs=ntfs label=”Windows RE tools”',
      issue: /typographic quote/,
    },
    {
      desc: 'single typographic quotes',
      line: 'format quick fs=ntfs label=‘Windows RE tools’',
      issue: /typographic quote/,
    },
    {
      desc: 'invented switch',
      line: 'reagentc /info /verbose',
      issue: /switch \/verbose/,
    },
    {
      desc: 'shrink without minimum',
      line: 'shrink desired=250',
      issue: /shrink must read/,
    },
    {
      desc: 'shrink by 1 GB',
      line: 'shrink desired=1024 minimum=1024',
      issue: /shrink must read/,
    },
    {
      desc: 'GUID with a typo',
      line: 'create partition primary id=de94bba4-06d1-4d40-a16a-bfd50179d6ab',
      issue: /GUID misspelled/,
    },
    {
      desc: 'attributes without the required bit',
      line: 'gpt attributes=0x8000000000000000',
      issue: /0x8000000000000001/,
    },
    {
      desc: 'MBR type 07',
      line: 'create partition primary id=07',
      issue: /id=27/,
    },
    { desc: 'unknown command', line: 'clean', issue: /not in the allow-list/ },
    {
      desc: 'package not in the facts',
      line: '.\\PatchWinREScript_2004plus.ps1 -packagePath .\\windows10.0-kb5099999-x64_0000000000000000000000000000000000000000.cab',
      issue: /not in the facts/,
    },
    {
      desc: 'extra text after an allowed command',
      line: 'list disk now',
      issue: /not in the allow-list/,
    },
  ])('$desc', ({ line, issue }) => {
    const issues = checkCommandLine(line, facts);
    expect(
      issues.some((i) => issue.test(i)),
      issues.join('\n'),
    ).toBe(true);
  });
});
