/**
 * Which built pages the sitemap lists: the page's own head decides. A page belongs in it when it
 * is not `noindex` and its canonical link is its own URL (a page that names another as canonical,
 * such as a troubleshooter's first step or a legacy redirect page, is a duplicate of that one).
 */

/** Attributes of every `<tag …>` in the HTML. */
function tags(html: string, name: string): Record<string, string>[] {
  return [...html.matchAll(new RegExp(`<${name}\\s([^>]*)>`, 'gi'))].map((m) =>
    Object.fromEntries([...m[1]!.matchAll(/([\w:-]+)="([^"]*)"/g)].map((a) => [a[1]!.toLowerCase(), a[2]!])),
  );
}

export interface SitemapPage {
  /** Whether the page belongs in the sitemap. */
  listed: boolean;
  /** When the page last changed (its structured data's dateModified), for `<lastmod>`. */
  lastmod?: string;
}

export function sitemapPage(html: string, url: string): SitemapPage {
  const noindex = tags(html, 'meta').some((m) => m.name === 'robots' && /\bnoindex\b/.test(m.content ?? ''));
  const canonical = tags(html, 'link').find((l) => l.rel === 'canonical')?.href;
  const listed = !noindex && canonical !== undefined && new URL(canonical).href === new URL(url).href;
  const lastmod = /"dateModified":"([^"]+)"/.exec(html)?.[1];
  return lastmod ? { listed, lastmod } : { listed };
}
