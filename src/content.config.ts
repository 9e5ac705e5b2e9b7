import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './schemas/article.ts';

const guide = defineCollection({
  loader: glob({ pattern: '*/guide/**/*.{md,mdx}', base: './content' }),
  schema: articleSchema,
});

export const collections = { guide };
