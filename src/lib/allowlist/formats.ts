/**
 * The sender list in the exact form each mail system takes: plain functions from entries to the
 * text an administrator pastes, with what a system cannot take set aside and explained.
 */
import ipaddr from 'ipaddr.js';
import { parseCidr, type Cidr, type Kind, type SenderEntry } from './senders.ts';
import { csvCell } from '../text.ts';

export interface MailSystem {
  id: string;
  name: string;
  /** Where the text goes, as short steps. */
  instructions: string[];
  /** Limits of the system an administrator should know before pasting. */
  caveats: string[];
  accepts: readonly Kind[];
  /** The values this system wants for one entry, or why it cannot take it. */
  values(entry: SenderEntry): string[] | { skip: string };
  /** Wraps all the values into what is pasted. */
  wrap(items: { entry: SenderEntry; values: string[] }[]): string;
}

export interface Formatted {
  text: string;
  /** Values in the text (after splitting ranges). */
  count: number;
  /** What the values are, for messages: "IP ranges", "domains", "entries". */
  noun: string;
  skipped: { id: string; value: string; reason: string }[];
}

const ip = (kind: Kind) => kind === 'ipv4' || kind === 'ipv6';
const lines = (items: { values: string[] }[]) => items.flatMap((i) => i.values).join('\n');
const quoted = (values: string[]) => values.map((v) => `"${v}"`).join(',');
const cidrOf = (e: SenderEntry): Cidr => parseCidr(e.value, e.kind as 'ipv4' | 'ipv6');

/** "192.0.2.7" for a single address, "192.0.2.0/24" for a range. */
function compact(e: SenderEntry): string {
  const [addr, prefix] = cidrOf(e);
  return prefix === (e.kind === 'ipv4' ? 32 : 128) ? addr.toString() : `${addr.toString()}/${prefix}`;
}

/** Always CIDR: a single address gets /32 (IPv4) or /128 (IPv6). */
function fullCidr(e: SenderEntry): string {
  const [addr, prefix] = cidrOf(e);
  return `${addr.toString()}/${prefix}`;
}

/** Splits an IPv4 range wider than /24 into /24 blocks; refuses anything wider than `widest`. */
export function splitTo24(e: SenderEntry, widest = 16): string[] | { skip: string } {
  const [addr, prefix] = cidrOf(e);
  if (prefix >= 24) return [compact(e)];
  if (prefix < widest) return { skip: `/${prefix} is wider than /${widest}: it would be ${2 ** (24 - prefix)} separate /24 entries, so add it as a rule by hand` };
  const start = addr.toByteArray().reduce((n, b) => n * 256 + b, 0);
  return Array.from({ length: 2 ** (24 - prefix) }, (_, i) => {
    const n = start + i * 256;
    return `${[n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, 0].join('.')}/24`;
  });
}

export function dottedNetmask(prefix: number): string {
  return ipaddr.IPv4.subnetMaskFromPrefixLength(prefix).toString();
}

const followDocs = 'Menus and limits change between versions: check your product’s own documentation before you save.';

export const mailSystems: MailSystem[] = [
  {
    id: 'plain',
    name: 'Plain list',
    instructions: ['One value per line: domains, hosts and IP addresses or ranges as published.'],
    caveats: ['Most systems take only some kinds of entry; pick your system above for its exact form.'],
    accepts: ['domain', 'cdn-host', 'smtp-host', 'ipv4', 'ipv6'],
    values: (e) => [e.value],
    wrap: lines,
  },
  {
    id: 'comma',
    name: 'Comma-separated',
    instructions: ['All values on one line, separated by commas, for fields that take a list.'],
    caveats: [],
    accepts: ['domain', 'cdn-host', 'smtp-host', 'ipv4', 'ipv6'],
    values: (e) => [e.value],
    wrap: (items) => items.flatMap((i) => i.values).join(','),
  },
  {
    id: 'csv',
    name: 'CSV',
    instructions: ['A spreadsheet-ready table with a header row: id, kind, value, purpose.'],
    caveats: [],
    accepts: ['domain', 'cdn-host', 'smtp-host', 'ipv4', 'ipv6'],
    values: (e) => [e.value],
    wrap: (items) => ['id,kind,value,purpose', ...items.map(({ entry: e }) => [e.id, e.kind, e.value, e.purpose].map(csvCell).join(','))].join('\n'),
  },
  {
    id: 'json',
    name: 'JSON',
    instructions: ['An array of objects with id, kind, value and purpose, for scripts and automation.'],
    caveats: ['For automation, the published feed /senders.json always has the current list.'],
    accepts: ['domain', 'cdn-host', 'smtp-host', 'ipv4', 'ipv6'],
    values: (e) => [e.value],
    wrap: (items) => JSON.stringify(items.map(({ entry: e }) => ({ id: e.id, kind: e.kind, value: e.value, purpose: e.purpose })), null, 2),
  },
  {
    id: 'exchange-online',
    name: 'Microsoft 365 / Exchange Online: connection filter IP Allow List',
    instructions: [
      'Connect to Exchange Online PowerShell (Connect-ExchangeOnline).',
      'Paste and run the command. IPv6 ranges, if any, are added by the second command, to the Tenant Allow/Block List.',
    ],
    caveats: [
      'The connection filter IP Allow List takes IPv4 only, from /24 to /32: wider ranges are split into /24 blocks here.',
      'IPv6 addresses cannot go in the connection filter; the second command adds them to the Tenant Allow/Block List.',
      'Domains and host names are not accepted here: use the Tenant Allow/Block List (domains) format for those.',
      followDocs,
    ],
    accepts: ['ipv4', 'ipv6'],
    values: (e) => (e.kind === 'ipv4' ? splitTo24(e) : [compact(e)]),
    wrap: (items) => {
      const v4 = items.filter((i) => i.entry.kind === 'ipv4').flatMap((i) => i.values);
      const v6 = items.filter((i) => i.entry.kind === 'ipv6').flatMap((i) => i.values);
      return [
        v4.length ? `Set-HostedConnectionFilterPolicy -Identity Default -IPAllowList @{Add=${quoted(v4)}}` : '',
        v6.length ? `New-TenantAllowBlockListItems -ListType IP -Allow -Entries ${quoted(v6)}` : '',
      ].filter(Boolean).join('\n');
    },
  },
  {
    id: 'exchange-tabl-domains',
    name: 'Microsoft 365: Tenant Allow/Block List (domains)',
    instructions: ['Connect to Exchange Online PowerShell (Connect-ExchangeOnline).', 'Paste and run the command to allow the sending domains.'],
    caveats: ['Only sending domains belong here; IP ranges go in the connection filter format.', followDocs],
    accepts: ['domain'],
    values: (e) => [e.value],
    wrap: (items) => `New-TenantAllowBlockListItems -ListType Sender -Allow -Entries ${quoted(items.flatMap((i) => i.values))}`,
  },
  {
    id: 'google-workspace',
    name: 'Google Workspace: Gmail email allowlist',
    instructions: [
      'In the Google Admin console open Apps › Google Workspace › Gmail › Spam, phishing and malware.',
      'Under Email allowlist, paste the list into the field and save.',
    ],
    caveats: ['The email allowlist takes IP addresses and CIDR ranges, separated by commas; domains are not accepted here.', followDocs],
    accepts: ['ipv4', 'ipv6'],
    values: (e) => [compact(e)],
    wrap: (items) => items.flatMap((i) => i.values).join(', '),
  },
  {
    id: 'mimecast',
    name: 'Mimecast: permitted senders',
    instructions: ['In a Permitted Senders policy, paste the ranges into its source IP ranges, one per line.'],
    caveats: ['Mimecast takes ranges in CIDR notation only: a single address is written as /32 (IPv4) or /128 (IPv6).', followDocs],
    accepts: ['ipv4', 'ipv6'],
    values: (e) => [fullCidr(e)],
    wrap: lines,
  },
  {
    id: 'proofpoint-essentials',
    name: 'Proofpoint Essentials: sender list',
    instructions: ['Add the entries to your organisation’s safe sender list, one per line.'],
    caveats: ['Proofpoint Essentials takes no IPv4 range wider than /24: wider ranges are split into /24 blocks here.', followDocs],
    accepts: ['domain', 'ipv4', 'ipv6'],
    values: (e) => (e.kind === 'ipv4' ? splitTo24(e) : [e.kind === 'ipv6' ? compact(e) : e.value]),
    wrap: lines,
  },
  {
    id: 'barracuda',
    name: 'Barracuda Email Security: IP allow list',
    instructions: ['Add one row per line: the IP address, then its netmask, in dotted form.'],
    caveats: ['Barracuda’s IP allow list takes an IPv4 address with a dotted netmask (255.255.255.0 for a /24); IPv6 entries are left out.', followDocs],
    accepts: ['ipv4'],
    values: (e) => {
      const [addr, prefix] = cidrOf(e);
      return [`${addr.toString()} ${dottedNetmask(prefix)}`];
    },
    wrap: lines,
  },
  {
    id: 'cisco-secure-email',
    name: 'Cisco Secure Email: HAT sender group',
    instructions: ['In Mail Policies › HAT Overview, open the sender group for trusted senders (for example ALLOWED_LIST) and add the senders, one per line.'],
    caveats: ['Sender groups take IP addresses, CIDR ranges and host names; sending domains are matched through the SMTP hosts.', followDocs],
    accepts: ['smtp-host', 'ipv4', 'ipv6'],
    values: (e) => [ip(e.kind) ? compact(e) : e.value],
    wrap: lines,
  },
];

export function findSystem(id: string): MailSystem | undefined {
  return mailSystems.find((s) => s.id === id);
}

const nouns: Record<Kind, [string, string]> = {
  domain: ['domain', 'domains'],
  'cdn-host': ['CDN host', 'CDN hosts'],
  'smtp-host': ['SMTP host', 'SMTP hosts'],
  ipv4: ['IP range', 'IP ranges'],
  ipv6: ['IP range', 'IP ranges'],
};

export function nounFor(kindsIncluded: readonly Kind[], count: number): string {
  const names = new Set(kindsIncluded.map((k) => nouns[k][count === 1 ? 0 : 1]));
  if (names.size === 1) return [...names][0]!;
  return count === 1 ? 'entry' : 'entries';
}

const kindName: Record<Kind, string> = { domain: 'domains', 'cdn-host': 'CDN hosts', 'smtp-host': 'SMTP hosts', ipv4: 'IPv4', ipv6: 'IPv6' };

/** The values `system` wants for one entry, or why it cannot take it. */
export function valuesFor(system: MailSystem, entry: SenderEntry): string[] | { skip: string } {
  if (!system.accepts.includes(entry.kind)) return { skip: `${system.name} does not take ${kindName[entry.kind]}` };
  return system.values(entry);
}

/** The text to paste into `system` for these entries, with what it could not take. */
export function formatFor(system: MailSystem, entries: readonly SenderEntry[]): Formatted {
  const skipped: Formatted['skipped'] = [];
  const items: { entry: SenderEntry; values: string[] }[] = [];
  for (const entry of entries) {
    const values = valuesFor(system, entry);
    if ('skip' in values) skipped.push({ id: entry.id, value: entry.value, reason: values.skip });
    else items.push({ entry, values });
  }
  const count = items.reduce((n, i) => n + i.values.length, 0);
  return {
    text: items.length ? system.wrap(items) : '',
    count,
    noun: nounFor(items.map((i) => i.entry.kind), count),
    skipped,
  };
}
