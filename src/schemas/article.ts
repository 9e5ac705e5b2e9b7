import { z } from 'astro/zod';
import { decodeErrorCode } from '../lib/errcode/decode.ts';
import { allTables } from '../lib/errcode/all-tables.ts';

/** An error code cited by an article: written 0x + 8 hex digits and known to the decoder's name tables. */
const citedCode = z
  .string()
  .regex(/^0x[0-9A-Fa-f]{8}$/, { message: 'codes are written 0x + 8 hex digits, e.g. 0x80070643' })
  .refine((code) => decodeErrorCode(code, allTables).kind === 'decoded', {
    message: 'this code has no name in the decoder tables: check the digits',
  });

/** One entry of an article's `sources` list: a public document the article's facts come from. */
const source = z.object({
  title: z.string().min(1),
  url: z.url({ protocol: /^https$/, message: 'sources must be https URLs' }),
});

/**
 * Frontmatter of a guide article. The same relative path under `content/ja/` and `content/en/` is the
 * translation pair; `order` places the article in the guide (index and prev/next links).
 */
export const articleSchema = z.object({
  title: z.string().min(1),
  description: z.string().min(1),
  updated: z.coerce.date(),
  appliesTo: z.array(z.string().min(1)),
  sources: z.array(source).min(1, { message: 'every article cites at least one source' }),
  codes: z.array(citedCode).default([]),
  order: z.number().int(),
  draft: z.boolean().default(false),
});

