import type { APIRoute } from 'astro';
import { site } from '../site.config.ts';
import { absoluteUrl } from '../lib/paths.ts';

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl('/sitemap-index.xml', site.baseUrl)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
