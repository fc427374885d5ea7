// One collection: the generated articles, frontmatter taken as it is (the reference validates nothing).
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const dir = process.env.BENCH_CONTENT_DIR;
if (!dir) throw new Error('BENCH_CONTENT_DIR must point at the generated content (npm run bench sets it)');

export const collections = {
  articles: defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: `${dir}/articles` }),
    schema: z.object({ title: z.string(), summary: z.string() }).passthrough(),
  }),
};
