import { describe, expect, test } from 'vitest';
import { addCollectorLine, COLLECTOR_SCRIPT, emptyCollectorBlock } from '../../../src/lib/paste/collector.ts';

/** Every `wrd:` line the script prints, with each `$(…)` / `$n` replaced by a sample value. */
function templates(): string[] {
  return [...COLLECTOR_SCRIPT.matchAll(/["'](wrd:[^"']+)["']/g)].map((m) => (m[1] ?? '').replace(/\$\([^)]*\)|\$[a-z]+/g, '7'));
}

describe('COLLECTOR_SCRIPT', () => {
  test('only reads: no command that changes the disk or the system', () => {
    expect(COLLECTOR_SCRIPT).not.toMatch(/\b(?:Set-|New-|Remove-|Resize-|Format-|diskpart|reagentc(?:\.exe)?\s+\/(?:enable|disable|setreimage))/i);
    expect(COLLECTOR_SCRIPT).toContain('reagentc.exe /info');
  });

  test('prints only records the parser reads', () => {
    const lines = templates();
    expect(lines.map((l) => l.split('|')[0])).toEqual([
      'wrd:begin',
      'wrd:os',
      'wrd:disk',
      'wrd:partition',
      'wrd:bitlocker',
      'wrd:winreversion',
      'wrd:end',
    ]);
    const block = emptyCollectorBlock(1);
    lines.forEach((text, i) => expect(addCollectorLine(block, { text, line: i + 1, prompt: false }), text).toBe(true));
    expect(block.os).toEqual({ disk: 7, partition: 7, line: 2 });
    expect(block.partitions[0]).toMatchObject({ disk: 7, partition: 7, offsetBytes: 7, sizeBytes: 7, freeBytes: 7 });
    expect(block.complete).toBe(true);
  });

  test('a record without every key the script prints was cut, and counts for nothing', () => {
    for (const text of templates().filter((t) => t.includes('='))) {
      const fields = text.split('|');
      for (let k = 1; k < fields.length; k++) {
        const cut = [...fields.slice(0, k), ...fields.slice(k + 1)].join('|');
        const block = emptyCollectorBlock(1);
        addCollectorLine(block, { text: cut, line: 1, prompt: false });
        expect([block.os, block.disks[0], block.partitions[0], block.bitlocker[0], block.winreVersion, block.version], cut).toEqual([
          null,
          undefined,
          undefined,
          undefined,
          null,
          null,
        ]);
      }
    }
  });

  test('reads MBR type bytes printed in decimal', () => {
    const block = emptyCollectorBlock(1);
    addCollectorLine(block, { text: 'wrd:partition|disk=0|number=3|offset=1|size=2|type=Recovery|gpttype=|mbrtype=39|letter=|free=1|fs=NTFS|volume=', line: 1, prompt: false });
    expect(block.partitions[0]).toMatchObject({ mbrType: '39', gptType: null, letter: null });
  });
});
