/**
 * Which built pages the sitemap lists: the page's own head decides. A page belongs in it when it
 * is not `noindex` and its canonical link is its own URL (a page that names another as canonical,
 * such as a troubleshooter's first step or a legacy redirect page, is a duplicate of that one).
 */
import type { BuiltPage } from './built-site.ts';

export interface SitemapPage {
  /** Whether the page belongs in the sitemap. */
  listed: boolean;
  /** When the page last changed (its structured data's dateModified), for `<lastmod>`. */
  lastmod?: string;
}

/** What decides, from the built page as src/lib/built-site.ts reads it. */
export function sitemapPage(page: Pick<BuiltPage, 'meta' | 'canonical' | 'jsonLd'>, url: string): SitemapPage {
  const noindex = /\bnoindex\b/i.test(page.meta.get('robots') ?? '');
  const listed = !noindex && page.canonical !== undefined && URL.parse(page.canonical, url)?.href === new URL(url).href;
  const lastmod = /"dateModified"\s*:\s*"([^"]+)"/.exec(page.jsonLd.join('\n'))?.[1];
  return lastmod ? { listed, lastmod } : { listed };
}
