/**
 * The vendor's sender list: the domains, hosts and IP ranges mail systems must allowlist.
 * Types, parsing of addresses (through ipaddr.js) and the checks that keep the list correct.
 */
import ipaddr from 'ipaddr.js';
import type { Kind } from './kinds.ts';

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
  /** True when the version, its date and its summary are made up to show how changes will be published. */
  example?: boolean;
}

export interface SenderList {
  /** The current version; must be the newest in `versions`. */
  version: string;
  published: Date;
  note?: string;
  versions: ListVersion[];
  entries: SenderEntry[];
}

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

function contains([net, prefix]: Cidr, [ip]: Cidr): boolean {
  return net.kind() === ip.kind() && (ip as ipaddr.IPv4).match(net as ipaddr.IPv4, prefix);
}

const overlaps = (a: Cidr, b: Cidr) => contains(a, b) || contains(b, a);

const cidrText = ([ip, prefix]: Cidr) => `${ip.toString()}/${prefix}`;

/** Ranges reserved for documentation (RFC 5737, RFC 3849): the only addresses an example may use. */
const documentationRanges: Cidr[] = ['192.0.2.0/24', '198.51.100.0/24', '203.0.113.0/24', '2001:db8::/32'].map((c) =>
  parseCidr(c, c.includes(':') ? 'ipv6' : 'ipv4'),
);

/** Whether an address or range lies inside documentation space (RFC 5737, RFC 3849). */
export const inDocumentationRange = (cidr: Cidr) => documentationRanges.some((d) => contains(d, cidr));

/** Ranges no public sender uses: allowlisting them would trust a company's own or nobody's network. */
const forbiddenRanges: { name: string; range: Cidr }[] = [
  ['private', '10.0.0.0/8'], ['private', '172.16.0.0/12'], ['private', '192.168.0.0/16'],
  ['loopback', '127.0.0.0/8'], ['link-local', '169.254.0.0/16'], ['shared (carrier-grade NAT)', '100.64.0.0/10'],
  ['unspecified', '0.0.0.0/8'], ['multicast', '224.0.0.0/4'],
  ['loopback', '::1/128'], ['unspecified', '::/128'], ['unique local (private)', 'fc00::/7'], ['link-local', 'fe80::/10'], ['multicast', 'ff00::/8'],
].map(([name, c]) => ({ name: name!, range: parseCidr(c!, c!.includes(':') ? 'ipv6' : 'ipv4') }));

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
        const forbidden = forbiddenRanges.find((f) => overlaps(f.range, cidr!));
        if (forbidden) problems.push({ at, path: field('value'), message: `"${entry.value}" is in a ${forbidden.name} range (${cidrText(forbidden.range)}), which no outside sender uses` });
        if (entry.example && !inDocumentationRange(cidr)) {
          problems.push({ at, path: field('value'), message: `"${entry.value}" is marked as an example but is not in a documentation range (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24, 2001:db8::/32)` });
        }
      }
    } else {
      const problem = hostProblem(entry.value);
      if (problem) problems.push({ at, path: field('value'), message: problem });
      else if (entry.example && !entry.value.endsWith('.example')) {
        problems.push({ at, path: field('value'), message: `"${entry.value}" is marked as an example but is not under the reserved .example domain` });
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
