import { describe, expect, it } from 'vitest';
import { realHosts } from '../../../src/lib/truth/real-values.ts';

describe('the real values the site may show', () => {
  const hosts = realHosts([
    { kind: 'domain', value: 'vendor.com', example: false },
    { kind: 'smtp-host', value: 'smtp.vendor.example', example: true },
    { kind: 'ipv4', value: '192.0.2.0/24', example: false },
  ]);

  it('takes the sender list’s real names, not its examples or addresses', () => {
    expect(hosts.has('vendor.com')).toBe(true);
    expect(hosts.has('smtp.vendor.example')).toBe(false);
    expect(hosts.has('192.0.2.0/24')).toBe(false);
  });

  it('adds the host of every mail-system vendor page the formats cite', () => {
    for (const h of ['learn.microsoft.com', 'support.google.com', 'help.proofpoint.com', 'campus.barracuda.com', 'cisco.com', 'mimecastsupport.zendesk.com']) expect(hosts.has(h), h).toBe(true);
  });
});
