/**
 * What to offer when a search finds nothing (or cannot run): the troubleshooter, the sender allowlist
 * (what IT readers come for) and the top articles.
 * Rendered into the /search/ page, and built into /search-client.js for the header dialog, which the
 * client draws only when it is first opened.
 */
import { helpCenter } from '../../data/content.ts';
import { paths } from '../../lib/paths.ts';
import { site } from '../../site.config.ts';

export interface Suggestion {
  href: string;
  label: string;
}

export async function searchSuggestions(): Promise<Suggestion[]> {
  const hc = await helpCenter();
  return [
    { href: paths.troubleshooter(site.featuredTroubleshooter), label: 'Troubleshooter: not receiving email?' },
    { href: paths.allowlist, label: 'Sender allowlist, in your mail system’s form' },
    ...hc.featured(4).map((a) => ({ href: paths.article(a.id), label: a.data.title })),
  ];
}
