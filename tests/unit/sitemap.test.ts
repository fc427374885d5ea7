import { describe, expect, it } from 'vitest';
import { sitemapXml } from '../../src/lib/sitemap.ts';

describe('sitemap', () => {
  it('writes a sitemap with escaped URLs and dates', () => {
    const xml = sitemapXml([{ url: 'https://h.example/?a=1&b=2' }, { url: 'https://h.example/x/', lastmod: new Date('2026-01-02T10:00:00Z') }]);
    expect(xml).toContain('<loc>https://h.example/?a=1&amp;b=2</loc>');
    expect(xml).toContain('<lastmod>2026-01-02</lastmod>');
  });
});
