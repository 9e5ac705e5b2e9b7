/**
 * Build-time data for the decoder and the code reference pages: the known codes, our explanations with
 * their guide links, and the browse groups. Runs in Astro pages only (reads content collections).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { allTables } from '../../lib/errcode/all-tables.ts';
import { listKnownCodes, type KnownCode } from '../../lib/errcode/spellings.ts';
import { formatHex } from '../../lib/errcode/structure.ts';
import type { Family } from '../../lib/errcode/types.ts';
import type { Lang } from '../../i18n/index.ts';
import { getArticles, articleSlug } from '../../utils/articles.ts';
import type { CardExplanation } from './view.ts';

export type CodeExplanation = CollectionEntry<'codes'>;

let known: KnownCode[] | undefined;

/** Every named value, once per build (about 8,000; sorted by value). */
export function knownCodes(): KnownCode[] {
  known ??= listKnownCodes(allTables);
  return known;
}

/** The slug of an explanation from its id (`en/codes/0x80070643` -> `0x80070643`). */
export function explanationSlug(entry: Pick<CodeExplanation, 'id'>): string {
  return entry.id.replace(/^(ja|en)\/codes\//, '');
}

/**
 * Our explanations in one language by code slug. Fails the build when a file name and its `code` disagree,
 * or when a linked guide article does not exist in that language.
 */
export async function getExplanations(lang: Lang): Promise<Map<string, CodeExplanation>> {
  const entries = await getCollection('codes', (e) => e.id.startsWith(`${lang}/`));
  const guide = new Set((await getArticles(lang)).map(articleSlug));
  const out = new Map<string, CodeExplanation>();
  for (const e of entries) {
    const slug = explanationSlug(e);
    if (slug !== e.data.code) {
      throw new Error(`content/${e.id}: the file is named ${slug} but its code is ${e.data.code}`);
    }
    for (const g of e.data.guide) {
      if (!guide.has(g))
        throw new Error(`content/${e.id}: guide article ${lang}/guide/${g} does not exist`);
    }
    out.set(slug, e);
  }
  return out;
}

/** The explanation excerpts the decoder shows under a card, by code slug, with guide titles. */
export async function explanationCards(lang: Lang): Promise<Record<string, CardExplanation>> {
  const titles = new Map((await getArticles(lang)).map((a) => [articleSlug(a), a.data.title]));
  const out: Record<string, CardExplanation> = {};
  for (const [slug, e] of await getExplanations(lang)) {
    out[slug] = {
      summary: e.data.summary,
      href: `/${lang}/codes/${slug}/`,
      guide: e.data.guide.map((g) => ({ href: `/${lang}/guide/${g}/`, title: titles.get(g) ?? g })),
    };
  }
  return out;
}

/** One browse page: the codes of one family and facility (split when large). */
export interface CodeGroup {
  /** URL segment: `win32`, `hresult-7`, `ntstatus-0-p2`. */
  id: string;
  family: Family;
  /** `null` for Win32 codes, which have no facility. */
  facility: { code: number; name: string | null } | null;
  /** 1-based page within the family+facility, and how many pages it has. */
  page: number;
  pages: number;
  codes: KnownCode[];
  first: string;
  last: string;
}

/** Largest group page, in codes: keeps each page around 40 KB of HTML. */
export const GROUP_PAGE_SIZE = 300;

let groups: CodeGroup[] | undefined;

/**
 * The browse groups: each known code under its most likely reading's family and facility, in value
 * order; groups of more than GROUP_PAGE_SIZE codes are split into pages.
 */
export function codeGroups(): CodeGroup[] {
  if (groups) return groups;
  const byKey = new Map<string, KnownCode[]>();
  for (const c of knownCodes()) {
    const r = c.readings[0];
    if (!r) continue;
    const key = r.facility ? `${r.family}-${r.facility.code}` : r.family;
    const list = byKey.get(key);
    if (list) list.push(c);
    else byKey.set(key, [c]);
  }
  const familyRank: Record<Family, number> = { hresult: 0, win32: 1, ntstatus: 2 };
  const out: CodeGroup[] = [];
  for (const [key, codes] of byKey) {
    const r = codes[0]?.readings[0];
    if (!r) continue;
    const pages = Math.ceil(codes.length / GROUP_PAGE_SIZE);
    for (let p = 0; p < pages; p++) {
      const slice = codes.slice(p * GROUP_PAGE_SIZE, (p + 1) * GROUP_PAGE_SIZE);
      out.push({
        id: p === 0 ? key : `${key}-p${p + 1}`,
        family: r.family,
        facility: r.facility,
        page: p + 1,
        pages,
        codes: slice,
        first: formatHex(slice[0]?.value ?? 0),
        last: formatHex(slice[slice.length - 1]?.value ?? 0),
      });
    }
  }
  out.sort(
    (a, b) =>
      familyRank[a.family] - familyRank[b.family] ||
      (a.facility?.code ?? 0) - (b.facility?.code ?? 0) ||
      a.page - b.page,
  );
  groups = out;
  return out;
}

let groupBySlug: Map<string, CodeGroup> | undefined;

/** The group page a code is listed on. */
export function groupOf(slug: string): CodeGroup | undefined {
  if (!groupBySlug) {
    groupBySlug = new Map();
    for (const g of codeGroups()) for (const c of g.codes) groupBySlug.set(c.slug, g);
  }
  return groupBySlug.get(slug);
}
