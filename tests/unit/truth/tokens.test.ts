import { describe, expect, it } from 'vitest';
import { findTokens, isDocumentationAddress, isFictionalPhone, isReservedName, unreservedTokens } from '../../../src/lib/truth/tokens.ts';

const subjects = (text: string) => findTokens(text).map((t) => `${t.kind}:${t.subject}`);

describe('finding addresses and host names in text', () => {
  it('finds emails, IPv4 and IPv6 addresses and ranges, and host names', () => {
    expect(subjects('Mail name@company.example or see learn.microsoft.com/x, from 192.0.2.0/24 and 2001:db8:4a0::/48.')).toEqual([
      'email:company.example',
      'ip:192.0.2.0/24',
      'ip:2001:db8:4a0::/48',
      'host:learn.microsoft.com',
    ]);
  });

  it('ignores file names, abbreviations, times, versions and the parts of an email address', () => {
    expect(subjects('See senders.json, changes.xml and Node.js; e.g. at 5 a.m., 12:30:45, v1.2.3, 999.1.1.1 and priya.natarajan@harborline.')).toEqual([]);
  });

  it('finds phone numbers written the usual ways, by their last seven digits', () => {
    expect(subjects('Call 555-0134, (312) 555-0199, +1 212 867-5309 or 415.555.2671.')).toEqual(['phone:555-0134', 'phone:555-0199', 'phone:867-5309', 'phone:555-2671']);
  });

  it('takes no date, version, time or long number for a phone number', () => {
    expect(subjects('On 2026-11-28 at 12:30, version 2.1.3, order 1234-5678-9012, ticket 12345678.')).toEqual([]);
  });

  it('reads a dotted netmask as a netmask, not an address', () => {
    expect(subjects('198.51.100.16 255.255.255.240')).toEqual(['ip:198.51.100.16']);
  });
});

describe('what counts as reserved', () => {
  it('accepts RFC 2606 names and RFC 5737 / RFC 3849 addresses only', () => {
    expect(['help-center.example', 'a.b.example', 'example.com', 'x.test'].every(isReservedName)).toBe(true);
    expect(['company.com', 'procore-cdn.com', 'example.co'].some(isReservedName)).toBe(false);
    expect(['192.0.2.0/24', '198.51.100.16/28', '203.0.113.45', '2001:db8::/32'].every(isDocumentationAddress)).toBe(true);
    expect(['10.0.0.1', '8.8.8.8', '192.0.3.0/24', '2001:db9::/32'].some(isDocumentationAddress)).toBe(false);
  });

  it('accepts only the fictional phone numbers 555-0100 to 555-0199', () => {
    expect(['555-0100', '555-0150', '555-0199'].every(isFictionalPhone)).toBe(true);
    expect(['555-0200', '555-0099', '867-5309'].some(isFictionalPhone)).toBe(false);
  });

  it('reports real-looking values that are not on the list of real ones', () => {
    const found = unreservedTokens('Write to name@company.com, allow procore.com, mail.procore.com, sendgrid.net, 8.8.8.8 and 192.0.2.1; call 555-0123 or 555-2368.', ['procore.com', 'sendgrid.net']);
    expect(found.map((t) => t.value)).toEqual(['name@company.com', '8.8.8.8', '555-2368']);
  });
});
