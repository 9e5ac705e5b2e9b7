import { describe, expect, test } from 'vitest';
import {
  FACILITY_NAMES,
  codeSlug,
  formatHex,
  hresultFacility,
  hresultFromNt,
  hresultFromWin32,
  ntstatusFacility,
  ntstatusFromHresult,
  structuralReading,
  win32FromHresult,
} from '../../../src/lib/errcode/structure.ts';

describe('structuralReading()', () => {
  test.each([
    {
      desc: 'HRESULT_FROM_WIN32 value: S set, facility 7, inner Win32 code',
      value: 0x80070643,
      family: 'hresult' as const,
      expected: {
        severity: 'error',
        facility: { code: 7, name: 'FACILITY_WIN32' },
        code: 0x643,
        win32: 1603,
        ntstatus: null,
        bits: { layout: 'hresult', s: 1, r: 0, c: 0, n: 0, x: 0 },
      },
    },
    {
      desc: 'WU success code: S clear, facility 36',
      value: 0x00240001,
      family: 'hresult' as const,
      expected: {
        severity: 'success',
        facility: { code: 36, name: 'FACILITY_WINDOWSUPDATE' },
        code: 1,
        win32: null,
      },
    },
    {
      desc: 'HRESULT_FROM_NT value: N set, inner NTSTATUS',
      value: 0xd0000022,
      family: 'hresult' as const,
      expected: { bits: { layout: 'hresult', s: 1, r: 1, c: 0, n: 1, x: 0 }, ntstatus: 0xc0000022 },
    },
    {
      desc: 'audio client facility needs 13 bits (X bit set)',
      value: 0x88890001,
      family: 'hresult' as const,
      expected: {
        facility: { code: 2185, name: 'FACILITY_AUDCLNT' },
        bits: { layout: 'hresult', s: 1, r: 0, c: 0, n: 0, x: 1 },
      },
    },
    {
      desc: 'customer bit',
      value: 0xa0001234,
      family: 'hresult' as const,
      expected: {
        bits: { layout: 'hresult', s: 1, r: 0, c: 1, n: 0, x: 0 },
        facility: { code: 0, name: 'FACILITY_NULL' },
      },
    },
    {
      desc: 'NTSTATUS error with a named facility',
      value: 0xc0190001,
      family: 'ntstatus' as const,
      expected: {
        severity: 'error',
        facility: { code: 0x19, name: 'FACILITY_TRANSACTION' },
        code: 1,
        hresult: 0xd0190001,
        bits: { layout: 'ntstatus', sev: 3, c: 0, n: 0 },
      },
    },
    {
      desc: 'NTSTATUS severities: informational',
      value: 0x40000000,
      family: 'ntstatus' as const,
      expected: { severity: 'informational' },
    },
    {
      desc: 'NTSTATUS severities: warning',
      value: 0x80000005,
      family: 'ntstatus' as const,
      expected: { severity: 'warning', facility: { code: 0, name: null } },
    },
    {
      desc: 'Win32: no facility, HRESULT form',
      value: 1603,
      family: 'win32' as const,
      expected: {
        severity: 'error',
        facility: null,
        code: 1603,
        win32: 1603,
        hresult: 0x80070643,
        bits: null,
      },
    },
    {
      desc: 'Win32 0 is success and stays 0 as HRESULT',
      value: 0,
      family: 'win32' as const,
      expected: { severity: 'success', hresult: 0 },
    },
  ])('$desc', ({ value, family, expected }) => {
    const r = structuralReading(value, family);
    expect(r).toMatchObject({
      family,
      unsigned: value >>> 0,
      signed: value | 0,
      symbol: null,
      aliases: [],
      ...expected,
    });
  });
});

describe('relations', () => {
  test.each([
    { desc: 'HRESULT_FROM_WIN32(1603)', got: () => hresultFromWin32(1603), expected: 0x80070643 },
    { desc: 'HRESULT_FROM_WIN32(112)', got: () => hresultFromWin32(112), expected: 0x80070070 },
    {
      desc: 'HRESULT_FROM_WIN32 keeps an HRESULT',
      got: () => hresultFromWin32(0x800f0828),
      expected: 0x800f0828,
    },
    {
      desc: 'HRESULT_FROM_NT(STATUS_ACCESS_DENIED)',
      got: () => hresultFromNt(0xc0000022),
      expected: 0xd0000022,
    },
    { desc: 'inner Win32 of 0x80070643', got: () => win32FromHresult(0x80070643), expected: 1603 },
    {
      desc: 'no inner Win32 in a WU code',
      got: () => win32FromHresult(0x8024200b),
      expected: null,
    },
    {
      desc: 'inner NTSTATUS of 0xD0000022',
      got: () => ntstatusFromHresult(0xd0000022),
      expected: 0xc0000022,
    },
    {
      desc: 'no inner NTSTATUS without the N bit',
      got: () => ntstatusFromHresult(0x80070643),
      expected: null,
    },
  ])('$desc', ({ got, expected }) => {
    expect(got()).toBe(expected);
  });
});

describe('formatting', () => {
  test.each([
    { desc: 'hex upper-case, padded', got: () => formatHex(0x8024200b), expected: '0x8024200B' },
    { desc: 'hex of a small value', got: () => formatHex(259), expected: '0x00000103' },
    { desc: 'slug lower-case', got: () => codeSlug(0x8024200b), expected: '0x8024200b' },
    { desc: 'slug of a negative number', got: () => codeSlug(-2147023293), expected: '0x80070643' },
    { desc: 'slug of 0', got: () => codeSlug(0), expected: '0x00000000' },
  ])('$desc', ({ got, expected }) => {
    expect(got()).toBe(expected);
  });
});

describe('FACILITY_NAMES', () => {
  test('facility names come from the headers, first name shown, others kept', () => {
    expect(FACILITY_NAMES.hresult.get(7)).toEqual(['FACILITY_WIN32']);
    expect(FACILITY_NAMES.hresult.get(15)).toEqual(['FACILITY_SETUPAPI']);
    expect(FACILITY_NAMES.hresult.get(9)).toEqual(
      expect.arrayContaining(['FACILITY_SSPI', 'FACILITY_SECURITY']),
    );
    expect(hresultFacility(0x80090000).name).toBe(FACILITY_NAMES.hresult.get(9)?.[0]);
    expect(ntstatusFacility(0xc0020000)).toEqual({ code: 2, name: 'FACILITY_RPC_RUNTIME' });
  });
});
