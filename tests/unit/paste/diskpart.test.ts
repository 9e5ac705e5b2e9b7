import { describe, expect, test } from 'vitest';
import { parsePaste } from '../../../src/lib/paste/parse.ts';

const kinds = (text: string) => parsePaste(text).blocks.map((b) => b.kind);

describe('diskpart tables: which list a header starts', () => {
  test('a ### header in a language the parser does not know is no disk list; the separator decides', () => {
    // Four column groups and rows whose word is unknown too: read as a partition list, never as disks
    // whose status is `Recovery`.
    const text = ['  Xyz ###  Abc  Def  Ghi', '  -------------  ----------------  -------  -------', '  Xyz 4    Recovery           674 MB   109 GB'].join('\n');
    expect(kinds(text)).toEqual(['diskpart-list-partition']);
  });

  test('the documented disk headers still start a disk list (en, fr)', () => {
    expect(kinds('  Disk ###  Status         Size     Free     Dyn  Gpt\n  Disk 0    Online          110 GB  1024 KB        *')).toEqual(['diskpart-list-disk']);
    expect(kinds('  N° disque  Statut         Taille   Libre    Dyn  GPT\n  Disque 0    En ligne        931 G octets      0 octets        *')).toEqual(['diskpart-list-disk']);
  });
});
