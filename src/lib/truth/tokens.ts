/**
 * Finds the email addresses, IP addresses, host names and phone numbers in text a reader sees, and
 * tells real-looking ones from documentation-reserved ones: the built-site check uses it to keep
 * invented values that look real off the site.
 */
import ipaddr from 'ipaddr.js';
import { inDocumentationRange, parseCidr } from '../allowlist/senders.ts';

type TokenKind = 'email' | 'ip' | 'host' | 'phone';

export interface Token {
  kind: TokenKind;
  /** As written, e.g. "192.0.2.0/24" or "name@company.example". */
  value: string;
  /** The host name or address that decides whether it is reserved. */
  subject: string;
}

/** Names that look like hosts but are file names: "senders.json", "Node.js". */
const fileExtensions = new Set(['js', 'mjs', 'cjs', 'ts', 'tsx', 'jsx', 'json', 'css', 'xml', 'csv', 'svg', 'png', 'jpg', 'jpeg', 'webp', 'gif', 'ico', 'html', 'htm', 'txt', 'md', 'mdx', 'yaml', 'yml', 'woff', 'woff2', 'map', 'pdf']);

const email = /(?<![\w.+-])[\w.+-]+@((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,63})(?![\w-]|\.[a-z0-9])/gi;
const ipv4 = /(?<![\w.])((?:\d{1,3}\.){3}\d{1,3})(?:\/(\d{1,2}))?(?!\d|\.\d)/g;
const ipv6 = /(?<![\w:.])((?:[0-9a-f]{0,4}:){2,7}[0-9a-f]{0,4})(?:\/(\d{1,3}))?(?![\w:])/gi;
/** A North American number as samples write it: "555-0123", "(555) 555-0123", "+1 555 555-0123". */
const phone = /(?<![\w+-])(?:\+1[ .-]?)?(?:\(?\d{3}\)?[ .-]?)?(\d{3})[ .-](\d{4})(?![\w-])/g;
const host = /(?<![\w@.+-])((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63})(?![\w@-]|\.[a-z0-9])/gi;

/** "255.255.255.0": a dotted netmask (as in the Barracuda format), not anybody's address. */
const isNetmask = (value: string) => (ipaddr.IPv4.parse(value).prefixLengthFromSubnetMask() ?? 0) >= 8;

/** Every email address, IP address (single or CIDR), host name and phone number in `text`. */
export function findTokens(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(email)) tokens.push({ kind: 'email', value: m[0], subject: m[1]!.toLowerCase() });
  for (const m of text.matchAll(ipv4)) if (ipaddr.IPv4.isValidFourPartDecimal(m[1]!) && !(m[2] === undefined && isNetmask(m[1]!))) tokens.push({ kind: 'ip', value: m[0], subject: m[0] });
  for (const m of text.matchAll(ipv6)) if (/[0-9a-f]/i.test(m[1]!) && ipaddr.IPv6.isValid(m[1]!)) tokens.push({ kind: 'ip', value: m[0], subject: m[0] });
  for (const m of text.matchAll(phone)) tokens.push({ kind: 'phone', value: m[0], subject: `${m[1]}-${m[2]}` });
  for (const m of text.matchAll(host)) {
    const name = m[1]!.toLowerCase();
    if (!fileExtensions.has(name.split('.').at(-1)!)) tokens.push({ kind: 'host', value: m[0], subject: name });
  }
  return tokens;
}

/** RFC 2606 / RFC 6761 names: the .example, .test, .invalid and .localhost top-level domains and example.com/.net/.org. */
export function isReservedName(name: string): boolean {
  const n = name.toLowerCase().replace(/\.$/, '');
  const tld = n.split('.').at(-1)!;
  return ['example', 'test', 'invalid', 'localhost'].includes(tld) || /(^|\.)example\.(com|net|org)$/.test(n);
}

/** An address or range inside RFC 5737 (IPv4) or RFC 3849 (IPv6) documentation space. */
export function isDocumentationAddress(value: string): boolean {
  const [address, prefix] = value.split('/');
  const family = address!.includes(':') ? 'ipv6' : 'ipv4';
  try {
    return inDocumentationRange(parseCidr(value, family));
  } catch {
    // A range written with host bits set ("192.0.2.7/24") is judged by its address.
    try {
      return prefix !== undefined && inDocumentationRange(parseCidr(address!, family));
    } catch {
      return false;
    }
  }
}

/** 555-0100 to 555-0199: the numbers reserved for fiction (North American Numbering Plan). */
export const isFictionalPhone = (number: string) => /^555-01\d\d$/.test(number);

/** Whether `name` is one of `real` or a name under one of them. */
const isUnder = (name: string, real: Iterable<string>) => [...real].some((r) => name === r || name.endsWith(`.${r}`));

/** The tokens in `text` that are neither reserved for documentation nor on the list of real values. */
export function unreservedTokens(text: string, realHosts: Iterable<string>): Token[] {
  const real = [...realHosts].map((h) => h.toLowerCase());
  return findTokens(text).filter((t) => {
    if (t.kind === 'ip') return !isDocumentationAddress(t.subject);
    if (t.kind === 'phone') return !isFictionalPhone(t.subject);
    return !isReservedName(t.subject) && (t.kind === 'email' || !isUnder(t.subject, real));
  });
}
