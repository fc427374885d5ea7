/**
 * The only host names the built site may show that are not reserved for documentation, each with
 * why it is real. The sender list's real domains (entries with `example: false`) and the mail-system
 * vendors' documentation pages (in src/lib/allowlist/formats.ts) are added from their own sources.
 */
import { mailSystems } from '../allowlist/formats.ts';
import type { SenderEntry } from '../allowlist/senders.ts';

const standardsHosts: Record<string, string> = {
  'www.w3.org': 'XML namespaces in the Atom feed and inline SVG',
  'www.sitemaps.org': 'the sitemap XML namespace',
  'www.google.com': 'the sitemap extension namespaces @astrojs/sitemap declares (news, image, video)',
};

/** Every real host name the site may show: standards namespaces, the real sending domains and the vendors' documentation hosts. */
export function realHosts(entries: readonly Pick<SenderEntry, 'kind' | 'value' | 'example'>[]): Set<string> {
  const senders = entries.filter((e) => !e.example && e.kind !== 'ipv4' && e.kind !== 'ipv6').map((e) => e.value);
  const docs = mailSystems.flatMap((s) => (s.docs ? [new URL(s.docs.url).hostname] : []));
  return new Set([...Object.keys(standardsHosts), ...senders, ...docs]);
}
