/**
 * The sender list in the exact form each mail system takes: plain functions from entries to the
 * text an administrator pastes, with what a system cannot take set aside and explained.
 */
import ipaddr from 'ipaddr.js';
import { kinds, senderKinds, type Kind } from './kinds.ts';
import { parseCidr, type Cidr, type SenderEntry } from './senders.ts';
import { csvCell } from '../text.ts';

export interface MailSystem {
  id: string;
  name: string;
  /** The mail system vendor's own documentation of the setting this format targets. Generic formats have none. */
  docs?: { title: string; url: string };
  /** Where the text goes, as short steps (from the vendor page in `docs`). */
  instructions: string[];
  /** Limits an administrator should know before pasting: only what the `docs` page says. */
  caveats: string[];
  accepts: readonly Kind[];
  /** How the pasted text writes a comment line; absent when the format takes no comments. */
  comment?: (line: string) => string;
  /** The values this system wants for one entry, or why it cannot take it. */
  values(entry: SenderEntry): string[] | { skip: string };
  /** Wraps all the values into what is pasted. */
  wrap(items: { entry: SenderEntry; values: string[] }[]): string;
}

export interface Formatted {
  /** What is copied: the values, and the example notice as a comment line where the format takes comments. */
  text: string;
  /** Values in the text (after splitting ranges). */
  count: number;
  /** What the values are, for messages: "IP ranges", "domains", "entries". */
  noun: string;
  /** The values in the text that come from example entries, not real senders. */
  examples: string[];
  /** Shown beside the copy button when the text holds examples but the format cannot say so itself. */
  warning?: string;
  skipped: { id: string; value: string; reason: string }[];
}

const lines = (items: { values: string[] }[]) => items.flatMap((i) => i.values).join('\n');
const quoted = (values: string[]) => values.map((v) => `"${v}"`).join(',');
const cidrOf = (e: SenderEntry): Cidr => parseCidr(e.value, e.kind as 'ipv4' | 'ipv6');
const powerShellComment = (line: string) => `# ${line}`;

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

export const mailSystems: MailSystem[] = [
  {
    id: 'plain',
    name: 'Plain list',
    instructions: ['One value per line: domains, hosts and IP addresses or ranges as published.'],
    caveats: ['Most mail systems take only some kinds of entry, each in a form of its own: if yours has a format of its own on the sender allowlist page, use that instead.'],
    accepts: kinds,
    values: (e) => [e.value],
    wrap: lines,
  },
  {
    id: 'comma',
    name: 'Comma-separated',
    instructions: ['All values on one line, separated by commas, for fields that take a list.'],
    caveats: [],
    accepts: kinds,
    values: (e) => [e.value],
    wrap: (items) => items.flatMap((i) => i.values).join(','),
  },
  {
    id: 'csv',
    name: 'CSV',
    instructions: ['A spreadsheet-ready table with a header row: id, kind, value, purpose, example.'],
    caveats: ['For automation, the published file /senders.csv always has the current list, with one more column: the list version each entry was added in.'],
    accepts: kinds,
    values: (e) => [e.value],
    wrap: (items) =>
      ['id,kind,value,purpose,example', ...items.map(({ entry: e }) => [e.id, e.kind, e.value, e.purpose, String(e.example)].map(csvCell).join(','))].join('\n'),
  },
  {
    id: 'json',
    name: 'JSON',
    instructions: ['An array of objects with id, kind, value, purpose and example, for scripts and automation.'],
    caveats: ['For automation, the published feed /senders.json always has the current list.'],
    accepts: kinds,
    values: (e) => [e.value],
    wrap: (items) => JSON.stringify(items.map(({ entry: e }) => ({ id: e.id, kind: e.kind, value: e.value, purpose: e.purpose, example: e.example })), null, 2),
  },
  {
    id: 'exchange-online',
    name: 'Microsoft 365 / Exchange Online: connection filter IP Allow List',
    docs: { title: 'Configure connection filtering (Microsoft Learn)', url: 'https://learn.microsoft.com/defender-office-365/connection-filter-policies-configure' },
    instructions: ['Connect to Exchange Online PowerShell (Connect-ExchangeOnline).', 'Paste and run the command: it adds the addresses to the IP Allow List of the default connection filter policy.'],
    caveats: [
      'The IP Allow List takes IPv4 addresses, address ranges and CIDR ranges from /24 to /32: wider ranges are split into /24 blocks here.',
      'IPv6 ranges are not supported.',
      'Mail from these addresses skips spam filtering but is still scanned for malware and high confidence phishing.',
    ],
    accepts: ['ipv4'],
    comment: powerShellComment,
    values: (e) => splitTo24(e),
    wrap: (items) => `Set-HostedConnectionFilterPolicy -Identity Default -IPAllowList @{Add=${quoted(items.flatMap((i) => i.values))}}`,
  },
  {
    id: 'exchange-tabl-domains',
    name: 'Microsoft 365: Tenant Allow/Block List (domains)',
    docs: { title: 'Allow or block email using the Tenant Allow/Block List (Microsoft Learn)', url: 'https://learn.microsoft.com/defender-office-365/tenant-allow-block-list-email-spoof-configure' },
    instructions: ['Connect to Exchange Online PowerShell (Connect-ExchangeOnline).', 'Paste and run the command to create allow entries for the sending domains.'],
    caveats: [
      'Allow entries created here override bulk, spam and phishing verdicts, not malware or high confidence phishing.',
      'An allow entry made this way is removed 45 days after it was last needed, that is, after it last let through mail the filters would otherwise have stopped. By then the filters have learned to treat the sender as clean.',
    ],
    accepts: ['domain'],
    comment: powerShellComment,
    values: (e) => [e.value],
    wrap: (items) => `New-TenantAllowBlockListItems -ListType Sender -Allow -Entries ${quoted(items.flatMap((i) => i.values))}`,
  },
  {
    id: 'google-workspace',
    name: 'Google Workspace: Gmail email allowlist',
    docs: { title: 'Add IP addresses to allowlists in Gmail (Google Workspace Admin Help)', url: 'https://support.google.com/a/answer/60751' },
    instructions: [
      'In the Google Admin console, go to Menu › Apps › Google Workspace › Gmail › Spam, Phishing and Malware, with the top-level organization selected.',
      'In the Email allowlist setting, paste the list and save.',
    ],
    caveats: [
      'The email allowlist takes public IP addresses, and ranges in CIDR notation, separated by commas.',
      'It always applies to the whole domain. To allow senders by email address or domain name, Google points to an approved senders list in the Spam setting instead.',
      'Changes can take up to 24 hours to take effect.',
    ],
    accepts: ['ipv4', 'ipv6'],
    values: (e) => [compact(e)],
    wrap: (items) => items.flatMap((i) => i.values).join(', '),
  },
  {
    id: 'mimecast',
    name: 'Mimecast: Permitted Senders policy',
    docs: {
      title: 'Policies - Configuring and Managing Permitted Senders (Mimecast Support)',
      url: 'https://mimecastsupport.zendesk.com/hc/en-us/articles/42979302935955-Policies-Configuring-and-Managing-Permitted-Senders',
    },
    instructions: [
      'In the Administration Console, go to Policies › Gateway Policies › Permitted Senders and create a policy with Permit Sender.',
      'In its Validity section, paste the IP ranges, one per line.',
    ],
    caveats: [
      'A single IP address is entered with /32 after it, so every value here is written as a CIDR range.',
      'Blocked Sender policies take precedence over Permitted Senders policies.',
      'Messages from permitted senders skip spam scanning, greylisting and IP reputation checks.',
    ],
    accepts: ['ipv4', 'ipv6'],
    values: (e) => [fullCidr(e)],
    wrap: lines,
  },
  {
    id: 'proofpoint-essentials',
    name: 'Proofpoint Essentials: Safe Sender List',
    docs: {
      title: 'How to edit Safe and Blocked Sender Lists (Proofpoint Essentials)',
      url: 'https://help.proofpoint.com/Proofpoint_Essentials/Email_Security/Administrator_Topics/090_filtersandsenderlists/Setting_up_sender_lists/How_to_edit_Safe_and_Blocked_Sender_Lists',
    },
    instructions: ['Go to Security Settings › Email › Sender Lists.', 'Paste the entries into the Safe Sender List, one per line, and click Save.'],
    caveats: [
      'Domains are entered as *@domain.',
      'No CIDR range larger than a /24 is allowed: wider ranges are split into /24 blocks here.',
      'A filter overrides a sender list entry.',
    ],
    accepts: ['domain', 'ipv4', 'ipv6'],
    values: (e) => (e.kind === 'domain' ? [`*@${e.value}`] : e.kind === 'ipv4' ? splitTo24(e) : [compact(e)]),
    wrap: lines,
  },
  {
    id: 'barracuda',
    name: 'Barracuda Email Gateway Defense: IP Address Policies',
    docs: { title: 'IP Analysis - Inbound (Barracuda Campus)', url: 'https://campus.barracuda.com/product/emailgatewaydefense/doc/96023004/ip-analysis-inbound/' },
    instructions: ['Go to Inbound Settings › IP Address Policies.', 'Add each line as an exempt IP address: the address, then its netmask.'],
    caveats: [
      'A range is entered as its starting address and a dotted netmask (255.255.255.0 for a /24), and the starting address must be the first one of the range.',
      'Barracuda recommends exempting senders by IP address rather than by domain, because domain names can be spoofed.',
    ],
    accepts: ['ipv4'],
    values: (e) => {
      const [addr, prefix] = cidrOf(e);
      return [`${addr.toString()} ${dottedNetmask(prefix)}`];
    },
    wrap: lines,
  },
  {
    id: 'cisco-secure-email',
    name: 'Cisco Secure Email: trusted sender group (HAT)',
    docs: { title: 'How do you whitelist a trusted sender? (Cisco)', url: 'https://cisco.com/c/en/us/support/docs/security/email-security-appliance/118585-qa-esa-00.html' },
    instructions: [
      'Go to Mail Policies › HAT Overview and select your inbound listener.',
      'Open the trusted sender group (the page calls it WHITELIST), click Add Sender, enter the senders, then Submit and Commit Changes.',
    ],
    caveats: [
      'Senders are added by IP address or host name.',
      'Senders in this group are not rate limited and skip anti-spam scanning; anti-virus scanning still applies.',
    ],
    accepts: ['smtp-host', 'ipv4', 'ipv6'],
    values: (e) => [senderKinds[e.kind].ip ? compact(e) : e.value],
    wrap: lines,
  },
];

export function findSystem(id: string): MailSystem | undefined {
  return mailSystems.find((s) => s.id === id);
}

export function nounFor(kindsIncluded: readonly Kind[], count: number): string {
  const names = new Set(kindsIncluded.map((k) => (count === 1 ? senderKinds[k].one : senderKinds[k].many)));
  if (names.size === 1) return [...names][0]!;
  if (kindsIncluded.every((k) => senderKinds[k].ip)) return count === 1 ? 'IP range' : 'IP ranges';
  return count === 1 ? 'entry' : 'entries';
}

/** The values `system` wants for one entry, or why it cannot take it. */
export function valuesFor(system: MailSystem, entry: SenderEntry): string[] | { skip: string } {
  if (!system.accepts.includes(entry.kind)) return { skip: `The ${system.name} format leaves out ${senderKinds[entry.kind].many}` };
  return system.values(entry);
}

/** The one line that says which copied values are examples, for formats that take a comment. */
const exampleNotice = (examples: readonly string[]) =>
  `Example values, not real senders (replace them before use): ${examples.join(', ')}`;

/**
 * Beside the copy button whenever the copied text holds examples: a format that runs as a command
 * (PowerShell) must not look ready to paste just because its first line is a comment.
 */
export function exampleWarning(examples: number, count: number, commented = false): string {
  const also = commented ? ' The copied text names them in a comment on its first line.' : '';
  if (count === 1) return `This value is an example, not a real sender: replace it before you paste.${also}`;
  const which = examples !== count ? `${examples} of these ${count} values are` : count === 2 ? 'Both values are' : `All ${count} values are`;
  return `${which} examples, not real senders: replace them before you paste.${also}`;
}

/** The text to paste into `system` for these entries, with what it could not take and which values are examples. */
export function formatFor(system: MailSystem, entries: readonly SenderEntry[]): Formatted {
  const skipped: Formatted['skipped'] = [];
  const items: { entry: SenderEntry; values: string[] }[] = [];
  for (const entry of entries) {
    const values = valuesFor(system, entry);
    if ('skip' in values) skipped.push({ id: entry.id, value: entry.value, reason: values.skip });
    else items.push({ entry, values });
  }
  const count = items.reduce((n, i) => n + i.values.length, 0);
  const examples = items.filter((i) => i.entry.example).flatMap((i) => i.values);
  const body = items.length ? system.wrap(items) : '';
  const notice = examples.length > 0 && system.comment ? system.comment(exampleNotice(examples)) : undefined;
  return {
    text: notice ? `${notice}\n${body}` : body,
    count,
    noun: nounFor(items.map((i) => i.entry.kind), count),
    examples,
    ...(examples.length > 0 ? { warning: exampleWarning(examples.length, count, !!system.comment) } : {}),
    skipped,
  };
}
