import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './schemas/article.ts';
import { codeExplanationSchema } from './schemas/code-explanation.ts';

const guide = defineCollection({
  loader: glob({ pattern: '*/guide/**/*.{md,mdx}', base: './content' }),
  schema: articleSchema,
});

/** Our own explanations of the Windows Update-relevant codes: `content/{lang}/codes/0x........mdx`. */
const codes = defineCollection({
  loader: glob({ pattern: '*/codes/*.{md,mdx}', base: './content' }),
  schema: codeExplanationSchema,
});

export const collections = { guide, codes };
