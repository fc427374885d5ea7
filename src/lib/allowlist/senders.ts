/**
 * The vendor's sender list: the domains, hosts and IP ranges mail systems must allowlist.
 * Types, parsing of addresses (through ipaddr.js) and the checks that keep the list correct.
 */
import ipaddr from 'ipaddr.js';

export const kinds = ['domain', 'cdn-host', 'smtp-host', 'ipv4', 'ipv6'] as const;
export type Kind = (typeof kinds)[number];

export interface SenderEntry {
  id: string;
  kind: Kind;
  value: string;
  purpose: string;
  /** The list version that added it. */
  added: string;
  /** The list version that removed it; removed entries stay so history can be derived. */
  removed?: string;
  /** True for a documentation-reserved stand-in, not a real sender. */
  example: boolean;
}

interface ListVersion {
  version: string;
  date: Date;
  summary: string;
}

export interface SenderList {
  /** The current version; must be the newest in `versions`. */
  version: string;
  published: Date;
  note?: string;
  versions: ListVersion[];
  entries: SenderEntry[];
}

/** The groups the panel shows, each with a stable anchor for support links. */
export const groups = [
  { id: 'domains', title: 'Domains', short: 'domains', kinds: ['domain'] },
  { id: 'cdn-hosts', title: 'Content delivery network (CDN) hosts', short: 'CDN hosts', kinds: ['cdn-host'] },
  { id: 'smtp-hosts', title: 'SMTP hosts', short: 'SMTP hosts', kinds: ['smtp-host'] },
  { id: 'ip-addresses', title: 'IP addresses', short: 'IP addresses', kinds: ['ipv4', 'ipv6'] },
] as const satisfies readonly { id: string; title: string; short: string; kinds: readonly Kind[] }[];
export type GroupId = (typeof groups)[number]['id'];

/** Entries in force in the current version. */
export const activeEntries = (list: Pick<SenderList, 'entries'>) => list.entries.filter((e) => !e.removed);

// ---------------------------------------------------------------- addresses

export type Cidr = [ipaddr.IPv4 | ipaddr.IPv6, number];

/** Parses "192.0.2.0/24" or "192.0.2.7" (as /32). Throws with a reason a writer can act on. */
export function parseCidr(value: string, family: 'ipv4' | 'ipv6'): Cidr {
  const [address, prefixText, ...rest] = value.split('/');
  const max = family === 'ipv4' ? 32 : 128;
  if (rest.length || address === undefined) throw new Error(`"${value}" is not an address or CIDR range`);
  const valid = family === 'ipv4' ? ipaddr.IPv4.isValidFourPartDecimal(address) : ipaddr.IPv6.isValid(address) && !address.includes('.');
  if (!valid) throw new Error(`"${address}" is not a valid ${family === 'ipv4' ? 'IPv4' : 'IPv6'} address`);
  const ip = ipaddr.parse(address);
  let prefix = max;
  if (prefixText !== undefined) {
    if (!/^\d{1,3}$/.test(prefixText) || Number(prefixText) > max) throw new Error(`prefix "/${prefixText}" is out of range (0 to ${max})`);
    prefix = Number(prefixText);
  }
  const network = family === 'ipv4' ? ipaddr.IPv4.networkAddressFromCIDR(`${address}/${prefix}`) : ipaddr.IPv6.networkAddressFromCIDR(`${address}/${prefix}`);
  if (network.toString() !== ip.toString()) {
    throw new Error(`"${value}" has host bits set; the range starts at ${network.toString()}/${prefix}`);
  }
  return [ip, prefix];
}

/** True when the whole of `inner` lies inside `outer` (not just its first address). */
function contains([net, prefix]: Cidr, [ip, innerPrefix]: Cidr): boolean {
  return net.kind() === ip.kind() && innerPrefix >= prefix && (ip as ipaddr.IPv4).match(net as ipaddr.IPv4, prefix);
}

/** CIDR ranges either nest or do not meet: two overlap exactly when one contains the other. */
const overlaps = (a: Cidr, b: Cidr) => contains(a, b) || contains(b, a);

const cidrText = ([ip, prefix]: Cidr) => `${ip.toString()}/${prefix}`;

const cidr = (text: string): Cidr => ipaddr.parseCIDR(text) as Cidr;

/** Ranges reserved for documentation (RFC 5737, RFC 3849): the only addresses an example may use. */
const documentationRanges: Cidr[] = ['192.0.2.0/24', '198.51.100.0/24', '203.0.113.0/24', '2001:db8::/32'].map(cidr);
const documentationText = documentationRanges.map(cidrText).join(', ');

/** Ranges no mail server on the internet sends from: allowlisting them would trust a company's own or nobody's network. */
const forbiddenRanges: { name: string; range: Cidr }[] = (
  [
    ['“this network” (unspecified)', '0.0.0.0/8'], ['private', '10.0.0.0/8'], ['shared (carrier-grade NAT)', '100.64.0.0/10'],
    ['loopback', '127.0.0.0/8'], ['link-local', '169.254.0.0/16'], ['private', '172.16.0.0/12'], ['IETF protocol assignment', '192.0.0.0/24'],
    ['private', '192.168.0.0/16'], ['benchmarking', '198.18.0.0/15'], ['multicast', '224.0.0.0/4'], ['reserved', '240.0.0.0/4'],
    ['unspecified', '::/128'], ['loopback', '::1/128'], ['discard-only', '100::/64'], ['unique local (private)', 'fc00::/7'],
    ['link-local', 'fe80::/10'], ['multicast', 'ff00::/8'],
  ] as const
).map(([name, text]) => ({ name, range: cidr(text) }));

/** IPv4 addresses written as IPv6 (::ffff:0:0/96) are never on the wire as such. */
const ipv4Mapped = cidr('::ffff:0:0/96');

/** Why no mail server sends from (any part of) this range, or undefined when it is a public range. */
function unusableRangeProblem(range: Cidr, value: string): string | undefined {
  if (overlaps(ipv4Mapped, range)) {
    if (!contains(ipv4Mapped, range)) return `"${value}" contains the IPv4-mapped range ${cidrText(ipv4Mapped)}, which no sender uses`;
    const v4: Cidr = [(range[0] as ipaddr.IPv6).toIPv4Address(), range[1] - 96];
    const reason = unusableRangeProblem(v4, cidrText(v4));
    return `"${value}" is the IPv4-mapped form of ${cidrText(v4)}${reason ? `, and ${reason.replace(/^"[^"]*" /, '')}` : ''}; list IPv4 senders as ipv4 entries`;
  }
  const forbidden = forbiddenRanges.find((f) => overlaps(f.range, range));
  return forbidden && `"${value}" ${contains(forbidden.range, range) ? 'is in' : 'contains'} a ${forbidden.name} range (${cidrText(forbidden.range)}), which no outside sender uses`;
}

// ---------------------------------------------------------------- names

const label = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
/** A fully qualified host or domain name: dot-separated labels, an alphabetic top-level label. */
function hostProblem(value: string): string | undefined {
  if (value !== value.toLowerCase()) return `"${value}" must be lowercase`;
  if (value.length > 253) return `"${value}" is longer than 253 characters`;
  const labels = value.split('.');
  if (labels.length < 2) return `"${value}" is not a fully qualified name (it has no dot)`;
  const bad = labels.find((l) => !label.test(l));
  if (bad !== undefined) return `"${value}" has an invalid label "${bad}" (letters, digits and inner hyphens only, 1–63 characters)`;
  if (!/^[a-z]{2,63}$/.test(labels.at(-1)!)) return `"${value}" does not end in a valid top-level domain`;
  return undefined;
}

/** Names under the documentation-only .example domain (RFC 2606). */
const isExampleName = (name: string) => name.endsWith('.example');

/** Other reserved names (RFC 2606, RFC 6761, RFC 6762) no mail server on the internet sends from. */
function reservedName(name: string): string | undefined {
  if (/(^|\.)example\.(com|net|org)$/.test(name)) return 'RFC 2606 example domain';
  const tld = name.split('.').at(-1);
  return tld === 'test' || tld === 'invalid' || tld === 'localhost' || tld === 'local' ? `.${tld}` : undefined;
}

// ---------------------------------------------------------------- the checks

export interface SenderProblem {
  /** Entry id, or "version" for list metadata. */
  at: string;
  /** Field path inside the file, for the schema error. */
  path: (string | number)[];
  message: string;
}

export function validateSenderList(list: SenderList): SenderProblem[] {
  const problems: SenderProblem[] = [];
  const versionIds = list.versions.map((v) => v.version);
  const order = new Map(versionIds.map((v, i) => [v, i]));
  if (new Set(versionIds).size !== versionIds.length) problems.push({ at: 'versions', path: ['versions'], message: 'a version is listed twice' });
  list.versions.forEach((v, i) => {
    const previous = list.versions[i - 1];
    if (previous && v.date < previous.date) problems.push({ at: v.version, path: ['versions', i, 'date'], message: `version ${v.version} is dated before version ${previous.version}; list versions oldest first` });
  });
  if (versionIds.at(-1) !== list.version) problems.push({ at: 'version', path: ['version'], message: `version "${list.version}" must be the last entry of versions` });

  const ids = new Map<string, number>();
  const seen = new Map<string, string>();
  const ranges: { id: string; cidr: Cidr; i: number }[] = [];
  list.entries.forEach((entry, i) => {
    const at = entry.id;
    const field = (name: string) => ['entries', i, name];
    if (ids.has(entry.id)) problems.push({ at, path: field('id'), message: `entry id "${entry.id}" is used twice` });
    ids.set(entry.id, i);
    if (!order.has(entry.added)) problems.push({ at, path: field('added'), message: `added in version "${entry.added}", which is not in versions` });
    if (entry.removed !== undefined) {
      if (!order.has(entry.removed)) problems.push({ at, path: field('removed'), message: `removed in version "${entry.removed}", which is not in versions` });
      else if ((order.get(entry.removed) ?? 0) <= (order.get(entry.added) ?? 0)) problems.push({ at, path: field('removed'), message: `removed in version "${entry.removed}", which is not after the version that added it` });
    }

    let cidr: Cidr | undefined;
    if (entry.kind === 'ipv4' || entry.kind === 'ipv6') {
      try {
        cidr = parseCidr(entry.value, entry.kind);
      } catch (error) {
        problems.push({ at, path: field('value'), message: (error as Error).message });
      }
      if (cidr) {
        const unusable = unusableRangeProblem(cidr, entry.value);
        if (unusable) problems.push({ at, path: field('value'), message: unusable });
        const documentation = documentationRanges.some((d) => contains(d, cidr!));
        if (entry.example && !documentation) {
          const part = documentationRanges.some((d) => overlaps(d, cidr!)) ? 'only part of it is' : 'it is not';
          problems.push({ at, path: field('value'), message: `"${entry.value}" is marked as an example but ${part} in a documentation range (${documentationText})` });
        } else if (!entry.example && documentationRanges.some((d) => overlaps(d, cidr!))) {
          problems.push({ at, path: field('example'), message: `"${entry.value}" is ${documentation ? 'in' : 'partly in'} a documentation range (${documentationText}), so it is not a real sender: mark it example: true or use the published value` });
        }
      }
    } else {
      const problem = hostProblem(entry.value);
      if (problem) problems.push({ at, path: field('value'), message: problem });
      else if (entry.example && !isExampleName(entry.value)) {
        problems.push({ at, path: field('value'), message: `"${entry.value}" is marked as an example but is not under the reserved .example domain` });
      } else if (!entry.example && isExampleName(entry.value)) {
        problems.push({ at, path: field('example'), message: `"${entry.value}" is under the reserved .example domain, so it is not a real sender: mark it example: true or use the published name` });
      } else if (reservedName(entry.value)) {
        problems.push({ at, path: field('value'), message: `"${entry.value}" is a reserved name (${reservedName(entry.value)}) that no mail server sends from` });
      }
    }

    if (entry.removed) return;
    const key = cidr ? `${entry.kind}:${cidrText(cidr)}` : `${entry.kind}:${entry.value}`;
    const twin = seen.get(key);
    if (twin) problems.push({ at, path: field('value'), message: `"${entry.value}" is already listed as entry "${twin}"` });
    else seen.set(key, entry.id);
    if (cidr && !twin) {
      const other = ranges.find((r) => overlaps(r.cidr, cidr!));
      if (other) problems.push({ at, path: field('value'), message: `"${entry.value}" overlaps entry "${other.id}" (${cidrText(other.cidr)})` });
      ranges.push({ id: entry.id, cidr, i });
    }
  });
  return problems;
}
