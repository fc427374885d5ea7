/**
 * The sitemap, written by @astrojs/sitemap after the build. Each built page's own head decides
 * whether it is listed (src/lib/sitemap.ts); this glue looks the pages up in the one reading of
 * the finished site (finished-pages.ts).
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import astroSitemap from '@astrojs/sitemap';
import { sitemapPage } from '../lib/sitemap.ts';
import { finishedPagesOf, type FinishedPage } from './finished-pages.ts';

export function sitemap(): AstroIntegration[] {
  let outDir = '';
  let byPath: Map<string, FinishedPage> | undefined;
  // Asked twice per page (filter, then serialize): each page is judged once.
  const seen = new Map<string, ReturnType<typeof sitemapPage>>();
  const page = (url: string) => {
    let found = seen.get(url);
    if (!found) {
      byPath ??= new Map(finishedPagesOf(outDir).map((p) => [p.path, p]));
      const path = decodeURIComponent(new URL(url).pathname);
      const built = byPath.get(path) ?? byPath.get(`${path.replace(/\/?$/, '/')}`);
      if (!built) throw new Error(`The sitemap lists ${url}, but the build wrote no page there.`);
      found = sitemapPage(built, url);
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
      'astro:build:start': () => {
        byPath = undefined;
        seen.clear();
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
