/** Emits `/_redirects` (pages whose file name starts with "_" are not routed, so this is a param). */
import type { APIRoute } from 'astro';
import { helpCenter } from '../data/content.ts';
import { paths } from '../lib/paths.ts';
import { redirectsFile } from '../lib/redirects.ts';

export function getStaticPaths() {
  return [{ params: { redirects: '_redirects' } }];
}

export const GET: APIRoute = async () => {
  const hc = await helpCenter();
  const redirects = hc.articles.flatMap((a) => a.data.legacy.map((from) => ({ from, to: paths.article(a.id) })));
  return new Response(redirectsFile(redirects), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
