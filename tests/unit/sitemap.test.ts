import { describe, expect, it } from 'vitest';
import { readPage } from '../../src/lib/built-site.ts';
import { sitemapPage } from '../../src/lib/sitemap.ts';

const url = 'https://h.example/articles/a/';
// The page as the build reads it (src/lib/built-site.ts).
const page = (head: string) => readPage('/articles/a/', `<!doctype html><html><head>${head}</head><body><h1>A</h1></body></html>`);

describe('which built pages the sitemap lists', () => {
  it('lists a page whose canonical link is its own URL', () => {
    expect(sitemapPage(page(`<link rel="canonical" href="${url}">`), url).listed).toBe(true);
  });

  it('leaves out a page that names another page as canonical (a duplicate)', () => {
    expect(sitemapPage(page('<link rel="canonical" href="https://h.example/troubleshoot/t/">'), 'https://h.example/troubleshoot/t/start/').listed).toBe(false);
  });

  it('leaves out a noindex page, and a page without a canonical link', () => {
    expect(sitemapPage(page(`<meta name="robots" content="noindex"><link rel="canonical" href="${url}">`), url).listed).toBe(false);
    expect(sitemapPage(page('<meta name="robots" content="noindex">'), url).listed).toBe(false);
    expect(sitemapPage(page(''), url).listed).toBe(false);
  });

  it('reads attributes in any order', () => {
    expect(sitemapPage(page(`<link href="${url}" rel="canonical" />`), url).listed).toBe(true);
    expect(sitemapPage(page(`<meta content="noindex, follow" name="robots"><link rel="canonical" href="${url}">`), url).listed).toBe(false);
  });

  it('dates a page by its structured data’s dateModified', () => {
    const built = page(`<link rel="canonical" href="${url}"><script type="application/ld+json">{"@type":"Article","dateModified":"2026-11-28"}</script>`);
    expect(sitemapPage(built, url)).toEqual({ listed: true, lastmod: '2026-11-28' });
    expect(sitemapPage(page(`<link rel="canonical" href="${url}">`), url)).toEqual({ listed: true });
  });
});
