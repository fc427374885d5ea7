/**
 * /feedback-manifest.json: every article and troubleshooter readers can vote on, written by the
 * build. The feedback service checks votes against it; the dashboard takes titles and labels from it.
 */
import type { APIRoute } from 'astro';
import { helpCenter } from '../data/content.ts';
import { troubleshooters } from '../data/troubleshooters.ts';
import { buildManifest } from '../lib/feedback/manifest.ts';

export const GET: APIRoute = async () => {
  const hc = await helpCenter();
  const manifest = buildManifest({
    categories: hc.categories.map((c) => ({ id: c.id, title: c.data.title })),
    articles: hc.articles.map((a) => ({ id: a.id, title: a.data.title, category: a.data.category })),
    trees: await troubleshooters(),
  });
  return new Response(JSON.stringify(manifest), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
