// The bare reference for `npm run bench`: Astro + MDX and nothing else, building the same generated
// articles as the site (BENCH_CONTENT_DIR), so the two build times can be compared in one run.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  site: 'https://bare.example',
  integrations: [mdx()],
  ...(process.env.BENCH_OUT_DIR ? { outDir: process.env.BENCH_OUT_DIR } : {}),
  ...(process.env.BENCH_CACHE_DIR ? { cacheDir: process.env.BENCH_CACHE_DIR } : {}),
});
