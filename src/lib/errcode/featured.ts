/**
 * The codes this site explains in its own words (both languages), with the guide articles they link
 * to. The explanation texts live in content/{ja,en}/codes/; this list is what they hang off.
 */
import featured from '../../data/errcodes-featured.json' with { type: 'json' };

/**
 * One code with our own explanation.
 * @example
 * // { slug: '0x8024200b', symbol: 'WU_E_UH_INSTALLERFAILURE', articles: ['event-viewer'], facts: ['S3', 'S4b'] }
 */
export interface FeaturedCode {
  /** `0x` + 8 lower-case hex digits, as in `/codes/<slug>/`. */
  slug: string;
  /** The name the facts file gives it (the decoder's best name for the value). */
  symbol: string;
  /** Guide article slugs (content/{lang}/guide/<slug>.mdx) the explanation links to. */
  articles: readonly string[];
  /** Source tags of facts/windows-facts.md §2.3 backing the entry. */
  facts: readonly string[];
}

/**
 * Every featured code, Windows Update's own codes first.
 * @example
 * FEATURED_CODES[0];
 * // => { slug: '0x80070643', symbol: 'ERROR_INSTALL_FAILURE', articles: [...], facts: [...] }
 */
export const FEATURED_CODES: readonly FeaturedCode[] = featured.codes;

/**
 * The featured entry for a value, if the site explains it.
 * @example
 * featuredCode(0x8024200b)?.symbol;
 * // => 'WU_E_UH_INSTALLERFAILURE'
 */
export function featuredCode(value: number): FeaturedCode | undefined {
  const slug = '0x' + (value >>> 0).toString(16).padStart(8, '0');
  return FEATURED_CODES.find((c) => c.slug === slug);
}
