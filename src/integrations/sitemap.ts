/**
 * The sitemap, written by @astrojs/sitemap after the build. Each built page's own head decides
 * whether it is listed (src/lib/sitemap.ts); this glue only reads the built HTML.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import astroSitemap from '@astrojs/sitemap';
import { sitemapPage } from '../lib/sitemap.ts';

export function sitemap(): AstroIntegration[] {
  let outDir = '';
  // Asked twice per page (filter, then serialize): each page's head is read once.
  const seen = new Map<string, ReturnType<typeof sitemapPage>>();
  const page = (url: string) => {
    let found = seen.get(url);
    if (!found) {
      const html = readFileSync(join(outDir, decodeURIComponent(new URL(url).pathname), 'index.html'), 'utf8');
      const head = html.indexOf('</head>'); // what decides is all in the head
      found = sitemapPage(head === -1 ? html : html.slice(0, head), url);
      seen.set(url, found);
    }
    return found;
  };
  const outDirOf: AstroIntegration = {
    name: 'help-center:sitemap-out-dir',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
    },
  };
  return [
    outDirOf,
    astroSitemap({
      filter: (url) => page(url).listed,
      serialize: (item) => {
        const { lastmod } = page(item.url);
        return lastmod ? { ...item, lastmod } : item;
      },
    }),
  ];
}
