/**
 * Titles of the code browse groups (family, facility, value range), shared by the index, the group pages
 * and the code pages' breadcrumbs. Pure: the translator is passed in.
 */
import type { UiKey } from '../../i18n/index.ts';
import type { CodeGroup } from './codes-data.ts';

/** A translator: `t(lang, key, params)` with the language bound. */
export type Translate = (key: UiKey, params?: Record<string, string | number>) => string;

/**
 * The facility part of a group's title: `FACILITY_WIN32 (7)`, `Facility 39` when unnamed, or "no facility"
 * for Win32.
 * @example
 * facilityLabel({ facility: { code: 7, name: 'FACILITY_WIN32' } }, tr);
 * // => 'FACILITY_WIN32 (7)'
 */
export function facilityLabel(group: Pick<CodeGroup, 'facility'>, tr: Translate): string {
  const f = group.facility;
  if (!f) return tr('codes.noFacility');
  return f.name ? `${f.name} (${f.code})` : `${tr('decoder.field.facility')} ${f.code}`;
}

/**
 * A group's full title; a group split over several pages adds its value range.
 * @example
 * groupTitle(group, tr);
 * // => 'HRESULT: FACILITY_WIN32 (7), 0x80070000 to 0x8007052B'
 */
export function groupTitle(group: CodeGroup, tr: Translate): string {
  const base = tr('codes.groupTitle', {
    family: tr(`decoder.family.${group.family}`),
    facility: facilityLabel(group, tr),
  });
  return group.pages > 1
    ? `${base}, ${tr('codes.groupRange', { first: group.first, last: group.last })}`
    : base;
}
