import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';

function decode(...args: string[]) {
  const r = spawnSync('npm', ['run', '--silent', 'decode', '--', ...args], { encoding: 'utf8' });
  return { status: r.status, json: JSON.parse(r.stdout) as Record<string, unknown> };
}

describe('npm run decode', () => {
  test('0x80070643 prints the DESIGN 4.1 object and exits 0', () => {
    const { status, json } = decode('0x80070643');
    expect(status).toBe(0);
    expect(json).toEqual({
      input: '0x80070643',
      kind: 'decoded',
      readings: [
        {
          hex: '0x80070643',
          unsigned: 2147944003,
          signed: -2147023293,
          family: 'hresult',
          severity: 'error',
          facility: { code: 7, name: 'FACILITY_WIN32' },
          code: 1603,
          symbol: 'ERROR_INSTALL_FAILURE',
          aliases: [],
          win32: 1603,
        },
      ],
    });
  });

  test('259 gives two readings', () => {
    const { status, json } = decode('259');
    expect(status).toBe(0);
    expect((json['readings'] as Array<{ symbol: string }>).map((r) => r.symbol)).toEqual([
      'ERROR_NO_MORE_ITEMS',
      'STATUS_PENDING',
    ]);
  });

  test('a pasted line given as several words is joined', () => {
    const { status, json } = decode('インストールの失敗:', 'エラー', '0x8024200B', 'で');
    expect(status).toBe(0);
    expect(json['input']).toBe('インストールの失敗: エラー 0x8024200B で');
    expect((json['readings'] as Array<{ symbol: string }>)[0]?.symbol).toBe(
      'WU_E_UH_INSTALLERFAILURE',
    );
  });

  test('well formed but unknown exits 1', () => {
    const { status, json } = decode('0x80041234');
    expect(status).toBe(1);
    expect(json).toMatchObject({ kind: 'unknown' });
    expect((json['readings'] as Array<unknown>)[0]).toMatchObject({
      hex: '0x80041234',
      symbol: null,
      family: 'hresult',
    });
  });

  test('unknown symbolic name exits 1', () => {
    expect(decode('ERROR_NOT_A_REAL_NAME_XYZ')).toMatchObject({
      status: 1,
      json: { kind: 'error', issue: 'unknown-name' },
    });
  });

  test('no argument at all is the empty input, exit 2, without waiting for stdin', () => {
    expect(decode()).toEqual({ status: 2, json: { input: '', kind: 'error', issue: 'empty' } });
  });

  test.each([
    { desc: '0xZZ', input: '0xZZ', issue: 'not-a-number' },
    { desc: 'empty', input: '', issue: 'empty' },
    { desc: '40-digit number', input: '1'.repeat(40), issue: 'out-of-range' },
  ])('malformed input exits 2: $desc', ({ input, issue }) => {
    expect(decode(input)).toEqual({ status: 2, json: { input, kind: 'error', issue } });
  });
});
