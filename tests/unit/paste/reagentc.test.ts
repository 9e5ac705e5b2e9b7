import { describe, expect, test } from 'vitest';
import { parseReagentcInfo } from '../../../src/lib/paste/reagentc.ts';

const LOC = (d: string, p: string): string => `Windows RE location: \\\\?\\GLOBALROOT\\device\\harddisk${d}\\partition${p}\\Recovery\\WindowsRE`;

describe('parseReagentcInfo()', () => {
  const rows: { desc: string; input: string; expected: Record<string, unknown>[] }[] = [
    { desc: 'status alone', input: 'Windows RE status: Enabled', expected: [{ kind: 'reagentc-info', status: 'enabled', locationState: 'absent' }] },
    { desc: 'location alone', input: LOC('0', '4'), expected: [{ kind: 'reagentc-info', status: 'unknown', disk: 0, partition: 4 }] },
    { desc: 'disk signature is not a disk number', input: LOC('1303698096', '4'), expected: [{ disk: null, partition: 4 }] },
    { desc: 'redacted disk number', input: LOC('X', '4'), expected: [{ disk: null, partition: 4 }] },
    { desc: 'lower-case path', input: 'Windows RE location: \\\\?\\globalroot\\device\\harddisk2\\partition1\\recovery\\windowsre', expected: [{ disk: 2, partition: 1 }] },
    { desc: 'Directory set to is not a location', input: 'Directory set to: \\\\?\\GLOBALROOT\\device\\harddisk0\\partition4\\Recovery\\WindowsRE', expected: [] },
    { desc: 'localized value only after a known label (ja synthetic)', input: 'Windows RE の状態: 有効', expected: [{ status: 'enabled', lang: 'ja' }] },
    { desc: 'localized value after an unknown label is ignored', input: 'Something: 有効', expected: [] },
    { desc: 'two status lines are two blocks', input: 'Windows RE status: Enabled\nWindows RE status: Disabled', expected: [{ status: 'enabled' }, { status: 'disabled' }] },
    { desc: 'error 5 is not elevated, never Disabled', input: 'REAGENTC.EXE: Operation failed: 5\nREAGENTC.EXE: An error has occurred.', expected: [{ kind: 'reagentc-error', issue: 'not-elevated', code: 5 }] },
    { desc: 'already disabled is not an error', input: 'REAGENTC.EXE: Windows RE is already disabled.', expected: [] },
    { desc: 'success trailer alone', input: 'REAGENTC.EXE: Operation Successful.', expected: [] },
    // A placeholder, not a Windows string: any REAGENTC.EXE line we cannot classify is kept verbatim.
    { desc: 'unknown error text is shown verbatim', input: 'REAGENTC.EXE: (a message missing from our tables)', expected: [{ kind: 'reagentc-error', issue: 'failed', text: '(a message missing from our tables)' }] },
    { desc: 'Japanese elevation message', input: '要求された操作には管理者特権が必要です', expected: [{ kind: 'reagentc-error', issue: 'not-elevated' }] },
    { desc: 'version line inside a block', input: 'Windows RE status: Enabled\nWindows RE Version: 10.0.19041.3920', expected: [{ version: '10.0.19041.3920', versionLine: 2 }] },
  ];
  test.each(rows)('$desc', ({ input, expected }) => {
    const blocks = parseReagentcInfo(input);
    expect(blocks).toHaveLength(expected.length);
    expected.forEach((e, i) => expect(blocks[i]).toMatchObject(e));
  });
});
