// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import { placeholderBaseUrl, site } from './src/site.config.ts';
import { sitemap } from './src/integrations/sitemap.ts';
import { previewImages } from './src/integrations/preview-images.ts';
import { siteUrlWarning } from './src/integrations/site-url.ts';
import { feedbackApiBase } from './src/lib/feedback/config.ts';
import inlineScripts from './src/integrations/inline-scripts.ts';
import { cachedIslandRuntime } from './src/integrations/island-runtime.ts';
import { builtSite } from './src/integrations/built-site.ts';
import { finishedPages } from './src/integrations/finished-pages.ts';
import { renderChunks } from './src/integrations/render-chunks.ts';
import { articleChunks } from './src/integrations/article-chunks.ts';

// HELP_CONTENT_DIR (read in src/content.config.ts), HELP_OUT_DIR and HELP_CACHE_DIR let the
// broken-content tests and the benchmark build other content without touching the real site.
// HELP_RENDER_CHUNKS is set by scripts/build.mjs (see src/integrations/render-chunks.ts).
const env = process.env;

export default defineConfig({
  site: site.baseUrl,
  trailingSlash: 'ignore',
  build: {
    // Stylesheets as cached files, not inlined into every page: keeps article HTML small.
    inlineStylesheets: 'never',
    // Pages render four at a time: while one waits (its file being written, its bytes handed to the
    // reader of finished pages), the next renders. About a quarter off the rendering phase of
    // `npm run bench` (eight at a time measured no better in the bench; see the README).
    concurrency: 4,
  },
  ...(env.HELP_OUT_DIR ? { outDir: env.HELP_OUT_DIR } : {}),
  ...(env.HELP_CACHE_DIR ? { cacheDir: env.HELP_CACHE_DIR } : {}),
  integrations: [
    mdx(),
    react(),
    inlineScripts(),
    cachedIslandRuntime(),
    // Articles bundled into a few large server chunks rather than two small ones each (see the file).
    articleChunks(),
    siteUrlWarning({ baseUrl: site.baseUrl, placeholder: placeholderBaseUrl }),
    renderChunks({ keepAt: env.HELP_RENDER_CHUNKS }),
    // finishedPages before the three that work from the built HTML: it reads every page once for them.
    finishedPages(),
    previewImages({ siteTitle: site.title, productName: site.productName }),
    sitemap(),
    // builtSite last: it checks and hashes the final HTML.
    builtSite(),
  ],
  vite: {
    // Where the feedback controls send votes, fixed at build time (FEEDBACK_URL; see the README).
    define: { __FEEDBACK_API__: JSON.stringify(feedbackApiBase(env.FEEDBACK_URL)) },
    build: {
      // One stylesheet for the whole site: a page links one cached file instead of one per component.
      cssCodeSplit: false,
      rollupOptions: {
        onwarn(warning, warn) {
          // Astro's MDX output carries a "use astro:head-inject" marker the bundler cannot keep;
          // Astro handles it itself, so the warning is noise.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
