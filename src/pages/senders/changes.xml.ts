import type { APIRoute } from 'astro';
import { senderList } from '../../data/senders.ts';
import { changesAtom } from '../../lib/allowlist/feeds.ts';
import { absoluteUrl, paths } from '../../lib/paths.ts';
import { site } from '../../site.config.ts';

export const GET: APIRoute = async () =>
  new Response(
    changesAtom(await senderList(), {
      self: absoluteUrl(paths.changesAtom, site.baseUrl),
      page: absoluteUrl(paths.allowlist, site.baseUrl),
      title: `${site.productName} sender list changes`,
      authority: new URL(site.baseUrl).hostname,
    }),
    { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } },
  );
