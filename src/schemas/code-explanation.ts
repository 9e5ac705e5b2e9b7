import { z } from 'astro/zod';
import { decodeErrorCode } from '../lib/errcode/decode.ts';
import { allTables } from '../lib/errcode/all-tables.ts';

/**
 * The guide articles an explanation may link to (DESIGN §2; the same slugs in both languages).
 * @example
 * GUIDE_SLUGS.includes('cause');
 * // => true
 */
export const GUIDE_SLUGS = [
  'kb5034441-0x80070643',
  'do-i-need-to-fix',
  'cause',
  'check-recovery-partition',
  'fix-manual-resize',
  'fix-recovery-before-os',
  'fix-patch-winre-script',
  'event-viewer',
  'related-updates',
  'faq',
] as const;

const source = z.object({
  title: z.string().min(1),
  url: z.string().url().startsWith('https://', { message: 'sources must be https URLs' }),
});

/**
 * Frontmatter of our own explanation of one code (`content/{lang}/codes/<code>.mdx`, the file named after
 * the code). The decoder checks the code: it must be a value the name tables know, and `symbol` one of the
 * names they give it, so an explanation can never describe a mistyped code.
 * @example
 * codeExplanationSchema.parse({ code: '0x80070643', symbol: 'ERROR_INSTALL_FAILURE', ... }).guide;
 * // => ['kb5034441-0x80070643', ...]
 */
export const codeExplanationSchema = z
  .object({
    code: z.string().regex(/^0x[0-9a-f]{8}$/, {
      message: 'code is written 0x + 8 lower-case hex digits, like the file name: 0x80070643',
    }),
    symbol: z
      .string()
      .regex(/^[A-Z][A-Z0-9_]*$/, {
        message: 'symbol is the upper-case name, e.g. ERROR_INSTALL_FAILURE',
      }),
    title: z.string().min(1),
    /** One or two sentences: the decoder shows them under the code's card. */
    summary: z
      .string()
      .min(1)
      .max(240, { message: 'summary is shown in a card: keep it under 240 characters' }),
    updated: z.coerce.date(),
    guide: z.array(z.enum(GUIDE_SLUGS)).default([]),
    sources: z.array(source).min(1, { message: 'every explanation cites at least one source' }),
  })
  .superRefine((data, ctx) => {
    const result = decodeErrorCode(data.code, allTables);
    if (result.kind !== 'decoded') {
      ctx.addIssue({
        code: 'custom',
        path: ['code'],
        message: 'the decoder tables have no name for this code',
      });
      return;
    }
    const names = result.readings.flatMap((r) => [r.symbol ?? '', ...r.aliases]);
    if (!names.includes(data.symbol)) {
      ctx.addIssue({
        code: 'custom',
        path: ['symbol'],
        message: `${data.symbol} is not a name of ${data.code}; the decoder knows ${names.join(', ')}`,
      });
    }
  });
