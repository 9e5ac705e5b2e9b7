import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

/** One entry of an article's `sources` list: a public document the article's facts come from. */
const source = z.object({
  title: z.string().min(1),
  url: z.string().url().startsWith('https://', { message: 'sources must be https URLs' }),
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
  codes: z
    .array(z.string().regex(/^0x[0-9A-Fa-f]{8}$/, { message: 'codes are written 0x + 8 hex digits' }))
    .default([]),
  order: z.number().int(),
  draft: z.boolean().default(false),
});

const guide = defineCollection({
  loader: glob({ pattern: '*/guide/**/*.{md,mdx}', base: './content' }),
  schema: articleSchema,
});

export const collections = { guide };
