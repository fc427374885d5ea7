import { describe, expect, it } from 'vitest';
import { brokenLinks, legacyShadows, readPage } from '../../src/lib/built-site.ts';

const origin = 'https://help.example';
const page = (path: string, body: string, head = '') => readPage(path, `<!doctype html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`);

describe('brokenLinks', () => {
  const target = page('/articles/b/', '<h2 id="current">Current</h2>');
  const files = new Set(['/articles/b/', '/sitemap.xml', '/_astro/a.css']);

  it('names the page, the link and the missing page or fragment', () => {
    const from = page('/articles/a/', '<a href="/articles/b/#old">x</a> <a href="/articles/gone/">y</a> <a href="#here">z</a>');
    expect(brokenLinks([from, target], files, origin)).toEqual([
      '/articles/a/: link "/articles/b/#old" points to #old, which is not an id on /articles/b/',
      '/articles/a/: link "/articles/gone/" points to /articles/gone/, which the build does not emit',
      '/articles/a/: link "#here" points to #here, which is not an id on /articles/a/',
    ]);
  });

  it('accepts pages with or without the trailing slash, files, other sites, mailto and folders written later', () => {
    const from = page(
      '/articles/a/',
      '<a href="/articles/b#current">x</a> <a href="https://other.example/x">o</a> <a href="mailto:a@b.example">m</a> <script src="/pagefind/pagefind.js"></script>',
      '<link rel="stylesheet" href="/_astro/a.css"><link rel="canonical" href="https://help.example/articles/b/">',
    );
    expect(brokenLinks([from, target], files, origin, ['pagefind'])).toEqual([]);
  });

  it('finds a page served without its .html ending, and a fragment written with percent-escapes', () => {
    const notFound = page('/404.html', '<h1 id="été">Not found</h1>');
    const from = page('/articles/a/', '<a href="/404">x</a> <a href="/404#%C3%A9t%C3%A9">y</a>');
    expect(brokenLinks([from, notFound], new Set(['/404.html']), origin)).toEqual([]);
  });

  it('names a link that is not a valid URL', () => {
    const from = page('/articles/a/', '<a href="http://[broken/">x</a>');
    expect(brokenLinks([from], files, origin)).toEqual(['/articles/a/: link "http://[broken/" is not a valid URL']);
  });
});

describe('legacyShadows', () => {
  const redirect = (path: string, to: string) => page(path, '', `<meta http-equiv="refresh" content="0; url=${to}">`);
  const files = new Set(['/', '/sitemap.xml', '/404.html', '/articles/a/', '/faq/old/', '/_astro/x.js']);
  const pages = [redirect('/faq/old/', '/articles/a/')];

  it('lets a legacy path own its redirect page', () => {
    expect(legacyShadows([{ from: '/faq/old', to: '/articles/a/' }], pages, files)).toEqual([]);
  });

  it.each([
    ['/sitemap.xml', 'would shadow /sitemap.xml'],
    ['/index.html', 'would shadow /index.html'],
    ['/404', 'would shadow /404.html'],
    ['/articles/a', 'would shadow /articles/a/'],
    ['/articles/older', 'is inside /articles/'],
    ['/_astro/old', 'is inside /_astro/'],
    ['/pagefind/old', 'is inside /pagefind/'],
  ])('rejects %s', (from, message) => {
    expect(legacyShadows([{ from, to: '/articles/a/' }], pages, files, ['pagefind'])).toEqual([expect.stringContaining(message)]);
  });
});

describe('the inline code a page carries (for its Content-Security-Policy)', () => {
  it('collects inline scripts and styles, not data blocks or external scripts', () => {
    const p = page('/', '<script>a()</script><script type="application/ld+json">{}</script><script src="/x.js"></script><p style="color: red">x</p>', '<style>p{}</style>');
    expect(p.scripts).toEqual(['a()']);
    expect(p.styles).toEqual(['p{}']);
    expect(p.styleAttributes).toEqual(['color: red']);
  });

  it('reads the page’s own policy from its <meta>', () => {
    expect(page('/', '', `<meta http-equiv="Content-Security-Policy" content="default-src 'none'">`).policy).toBe("default-src 'none'");
    expect(page('/', '').policy).toBeUndefined();
  });
});
