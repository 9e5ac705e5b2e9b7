import { describe, expect, test } from 'vitest';
import { t } from '../../../../src/i18n/index.ts';
import type { CodeGroup } from '../../../../src/widgets/decoder/codes-data.ts';
import { facilityLabel, groupTitle } from '../../../../src/widgets/decoder/groups.ts';

const en = (k: Parameters<typeof t>[1], p?: Record<string, string | number>) => t('en', k, p);
const ja = (k: Parameters<typeof t>[1], p?: Record<string, string | number>) => t('ja', k, p);
const group = (patch: Partial<CodeGroup>): CodeGroup => ({
  id: 'hresult-7',
  family: 'hresult',
  facility: { code: 7, name: 'FACILITY_WIN32' },
  page: 1,
  pages: 1,
  codes: [],
  first: '0x80070001',
  last: '0x800705BD',
  ...patch,
});

describe('groupTitle()', () => {
  test.each([
    { desc: 'named facility', g: group({}), tr: en, expected: 'HRESULT: FACILITY_WIN32 (7)' },
    {
      desc: 'unnamed facility',
      g: group({ facility: { code: 39, name: null } }),
      tr: en,
      expected: 'HRESULT: Facility 39',
    },
    {
      desc: 'Win32 has no facility',
      g: group({ family: 'win32', facility: null }),
      tr: en,
      expected: 'Win32 error code: no facility',
    },
    {
      desc: 'a split group adds its range',
      g: group({ pages: 3 }),
      tr: en,
      expected: 'HRESULT: FACILITY_WIN32 (7), 0x80070001 to 0x800705BD',
    },
    {
      desc: 'Japanese range',
      g: group({ pages: 3 }),
      tr: ja,
      expected: 'HRESULT: FACILITY_WIN32 (7), 0x80070001〜0x800705BD',
    },
  ])('$desc', ({ g, tr, expected }) => {
    expect(groupTitle(g, tr)).toBe(expected);
  });

  test('facilityLabel() for Japanese Win32', () => {
    expect(facilityLabel({ facility: null }, ja)).toBe('ファシリティなし');
  });
});
