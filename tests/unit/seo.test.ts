import { describe, expect, it } from 'vitest';
import { articleJsonLd, breadcrumbJsonLd, faqJsonLd, jsonLdScript } from '../../src/lib/seo.ts';
import { redirectsFile } from '../../src/lib/redirects.ts';
import { sitemapXml } from '../../src/lib/sitemap.ts';
import { absoluteUrl, paths } from '../../src/lib/paths.ts';

describe('structured data', () => {
  it('describes an article with its date and publisher', () => {
    const data = articleJsonLd({
      title: 'T',
      summary: 'S',
      url: 'https://h.example/articles/t/',
      updated: new Date('2026-11-28T00:00:00Z'),
      publisher: 'Vendor',
      keywords: ['spam', 'junk'],
    });
    expect(data).toMatchObject({ '@type': 'Article', headline: 'T', dateModified: '2026-11-28', keywords: 'spam, junk' });
    expect(data.publisher.name).toBe('Vendor');
  });

  it('builds FAQPage only when there are questions', () => {
    expect(faqJsonLd([])).toBeUndefined();
    expect(faqJsonLd([{ question: 'Q?', answer: 'A.' }])?.mainEntity[0]).toEqual({
      '@type': 'Question',
      name: 'Q?',
      acceptedAnswer: { '@type': 'Answer', text: 'A.' },
    });
  });

  it('numbers breadcrumb positions from 1', () => {
    const list = breadcrumbJsonLd([{ name: 'Home', url: 'https://h.example/' }, { name: 'Topic', url: 'https://h.example/categories/t/' }]);
    expect(list.itemListElement.map((i) => i.position)).toEqual([1, 2]);
  });

  it('cannot be closed early by a value containing </script>', () => {
    const script = jsonLdScript({ headline: '</script><script>alert(1)</script>' });
    expect(script).not.toContain('</script>');
    expect(JSON.parse(script).headline).toBe('</script><script>alert(1)</script>');
  });
});

describe('redirects and sitemap', () => {
  it('lists each legacy path with and without its trailing slash as a 301', () => {
    const file = redirectsFile([{ from: '/faq/b', to: '/articles/b/' }, { from: '/faq/a', to: '/articles/a/' }]);
    expect(file.split('\n').filter((l) => l && !l.startsWith('#'))).toEqual([
      '/faq/a /articles/a/ 301',
      '/faq/a/ /articles/a/ 301',
      '/faq/b /articles/b/ 301',
      '/faq/b/ /articles/b/ 301',
    ]);
  });

  it('writes a sitemap with escaped URLs and dates', () => {
    const xml = sitemapXml([{ url: 'https://h.example/?a=1&b=2' }, { url: 'https://h.example/x/', lastmod: new Date('2026-01-02T10:00:00Z') }]);
    expect(xml).toContain('<loc>https://h.example/?a=1&amp;b=2</loc>');
    expect(xml).toContain('<lastmod>2026-01-02</lastmod>');
  });

  it('builds absolute URLs from the site paths', () => {
    expect(absoluteUrl(paths.article('a'), 'https://h.example')).toBe('https://h.example/articles/a/');
    expect(absoluteUrl(paths.category('c'), 'https://h.example/')).toBe('https://h.example/categories/c/');
  });
});
