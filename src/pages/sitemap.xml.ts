import type { APIRoute } from 'astro';
import { helpCenter } from '../data/content.ts';
import { troubleshooters } from '../data/troubleshooters.ts';
import { site } from '../site.config.ts';
import { absoluteUrl, paths } from '../lib/paths.ts';
import { sitemapXml } from '../lib/sitemap.ts';

export const GET: APIRoute = async () => {
  const hc = await helpCenter();
  const entries = [
    { path: paths.home },
    ...hc.categories.map((c) => ({ path: paths.category(c.id) })),
    ...hc.articles.map((a) => ({ path: paths.article(a.id), lastmod: a.data.updated })),
    { path: paths.troubleshooters },
    ...(await troubleshooters()).flatMap((t) => [{ path: paths.troubleshooter(t.id) }, ...t.nodes.map((n) => ({ path: paths.troubleshooterStep(t.id, n.id) }))]),
  ];
  return new Response(sitemapXml(entries.map((e) => ({ ...e, url: absoluteUrl(e.path, site.baseUrl) }))), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
};
