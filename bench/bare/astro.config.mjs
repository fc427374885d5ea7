// The bare reference for `npm run bench`: Astro + MDX and nothing else, building the same generated
// articles as the site (BENCH_CONTENT_DIR), so the two build times can be compared in one run.
// With BENCH_SITE_SETTINGS ("bare †" in the bench), it is given the site's build settings too: its
// articles bundled into a few large server chunks, and the bundler's warning about Astro's MDX marker
// left out, as in the site's astro.config.mjs. (The allocator settings come from the environment.)
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { articleChunks } from '../../src/integrations/article-chunks.ts';

const siteSettings = Boolean(process.env.BENCH_SITE_SETTINGS);

export default defineConfig({
  site: 'https://bare.example',
  integrations: [mdx(), ...(siteSettings ? [articleChunks()] : [])],
  ...(process.env.BENCH_OUT_DIR ? { outDir: process.env.BENCH_OUT_DIR } : {}),
  ...(process.env.BENCH_CACHE_DIR ? { cacheDir: process.env.BENCH_CACHE_DIR } : {}),
  ...(siteSettings
    ? {
        vite: {
          build: {
            rollupOptions: {
              onwarn(warning, warn) {
                if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
                warn(warning);
              },
            },
          },
        },
      }
    : {}),
});
