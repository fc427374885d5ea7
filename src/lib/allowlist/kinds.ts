/**
 * Every kind of sender entry, named once: its label in the panel, the nouns messages use, and the
 * group the panel shows it in. Formats, the panel and the schema all read this one record per kind.
 */

/** The groups the panel shows, each with a stable anchor for support links. */
export const groups = [
  { id: 'domains', title: 'Domains', short: 'domains' },
  { id: 'cdn-hosts', title: 'Content delivery network (CDN) hosts', short: 'CDN hosts' },
  { id: 'smtp-hosts', title: 'SMTP hosts', short: 'SMTP hosts' },
  { id: 'ip-addresses', title: 'IP addresses', short: 'IP addresses' },
] as const;
export type GroupId = (typeof groups)[number]['id'];

interface KindRecord {
  /** The "Kind" column of the panel. */
  label: string;
  /** What one copied value is called in messages, and several. */
  one: string;
  many: string;
  group: GroupId;
  /** An address or CIDR range (parsed with ipaddr.js) rather than a host name. */
  ip: boolean;
}

export const senderKinds = {
  domain: { label: 'Domain', one: 'domain', many: 'domains', group: 'domains', ip: false },
  'cdn-host': { label: 'CDN host', one: 'CDN host', many: 'CDN hosts', group: 'cdn-hosts', ip: false },
  'smtp-host': { label: 'SMTP host', one: 'SMTP host', many: 'SMTP hosts', group: 'smtp-hosts', ip: false },
  ipv4: { label: 'IPv4', one: 'IP range', many: 'IPv4 ranges', group: 'ip-addresses', ip: true },
  ipv6: { label: 'IPv6', one: 'IP range', many: 'IPv6 ranges', group: 'ip-addresses', ip: true },
} as const satisfies Record<string, KindRecord>;

export type Kind = keyof typeof senderKinds;

/** The kinds, in the order the panel lists them (the schema's enum). */
export const kinds = Object.keys(senderKinds) as [Kind, ...Kind[]];

export const kindsOf = (group: GroupId): Kind[] => kinds.filter((k) => senderKinds[k].group === group);
