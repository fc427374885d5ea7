import { describe, expect, it } from 'vitest';
import { dottedNetmask, findSystem, formatFor, mailSystems, nounFor, splitTo24 } from '../../../src/lib/allowlist/formats.ts';
import { activeEntries } from '../../../src/lib/allowlist/senders.ts';
import { entry, sampleList } from './sample-list.ts';

const entries = activeEntries(sampleList());
const format = (id: string, list = entries) => formatFor(findSystem(id)!, list);
const wide = entry({ id: 'wide', kind: 'ipv4', value: '198.51.100.0/22', example: false });

describe('generic formats', () => {
  it('plain: one value per line, everything', () => {
    expect(format('plain').text).toBe(['vendor.com', 'smtp.mail.vendor.example', 'cdn.vendor.example', '192.0.2.0/24', '198.51.100.7', '2001:db8:10::/48'].join('\n'));
  });

  it('comma-separated on one line', () => {
    expect(format('comma').text).toBe('vendor.com,smtp.mail.vendor.example,cdn.vendor.example,192.0.2.0/24,198.51.100.7,2001:db8:10::/48');
  });

  it('CSV with a header and quoting', () => {
    const text = format('csv', [entry({ id: 'q', kind: 'domain', value: 'vendor.com', purpose: 'Mail, "From" address' })]).text;
    expect(text).toBe('id,kind,value,purpose\nq,domain,vendor.com,"Mail, ""From"" address"');
  });

  it('JSON that parses back to the entries', () => {
    const parsed = JSON.parse(format('json').text);
    expect(parsed.map((e: { value: string }) => e.value)).toHaveLength(6);
    expect(parsed[0]).toEqual({ id: 'd1', kind: 'domain', value: 'vendor.com', purpose: 'A test sender.' });
  });
});

describe('Microsoft 365', () => {
  it('connection filter: IPv4 in one command, IPv6 to the Tenant Allow/Block List, names left out', () => {
    const out = format('exchange-online');
    expect(out.text).toBe(
      [
        'Set-HostedConnectionFilterPolicy -Identity Default -IPAllowList @{Add="192.0.2.0/24","198.51.100.7"}',
        'New-TenantAllowBlockListItems -ListType IP -Allow -Entries "2001:db8:10::/48"',
      ].join('\n'),
    );
    expect(out.skipped.map((s) => s.id)).toEqual(['d1', 'smtp', 'cdn']);
    expect(out.count).toBe(3);
    expect(out.noun).toBe('IP ranges');
  });

  it('splits ranges wider than /24 into /24 blocks', () => {
    expect(format('exchange-online', [wide]).text).toBe(
      'Set-HostedConnectionFilterPolicy -Identity Default -IPAllowList @{Add="198.51.100.0/24","198.51.101.0/24","198.51.102.0/24","198.51.103.0/24"}',
    );
  });

  it('flags a range too wide to split instead of producing hundreds of entries', () => {
    const out = format('exchange-online', [entry({ id: 'huge', kind: 'ipv4', value: '198.0.0.0/8', example: false })]);
    expect(out.text).toBe('');
    expect(out.skipped[0]!.reason).toContain('/8 is wider than /16');
  });

  it('Tenant Allow/Block List takes the sending domains only', () => {
    const out = format('exchange-tabl-domains');
    expect(out.text).toBe('New-TenantAllowBlockListItems -ListType Sender -Allow -Entries "vendor.com"');
    expect(out.noun).toBe('domain');
  });
});

describe('other mail systems', () => {
  it('Google Workspace: comma-separated IPs and CIDRs', () => {
    expect(format('google-workspace').text).toBe('192.0.2.0/24, 198.51.100.7, 2001:db8:10::/48');
  });

  it('Mimecast: CIDR only, a single address as /32 or /128', () => {
    const single6 = entry({ id: 's6', kind: 'ipv6', value: '2001:db8::5' });
    expect(format('mimecast', [...entries, single6]).text).toBe('192.0.2.0/24\n198.51.100.7/32\n2001:db8:10::/48\n2001:db8::5/128');
  });

  it('Proofpoint Essentials: domains and IPs, nothing wider than /24', () => {
    expect(format('proofpoint-essentials', [entries[0]!, wide]).text).toBe('vendor.com\n198.51.100.0/24\n198.51.101.0/24\n198.51.102.0/24\n198.51.103.0/24');
  });

  it('Proofpoint Essentials: leaves out SMTP and CDN host names, saying why', () => {
    const out = format('proofpoint-essentials');
    expect(out.text).toBe('vendor.com\n192.0.2.0/24\n198.51.100.7\n2001:db8:10::/48');
    expect(out.skipped.map((s) => [s.id, s.reason])).toEqual([
      ['smtp', expect.stringContaining('does not take')],
      ['cdn', expect.stringContaining('does not take')],
    ]);
  });

  it('Barracuda: IPv4 with a dotted netmask, IPv6 left out', () => {
    const out = format('barracuda');
    expect(out.text).toBe('192.0.2.0 255.255.255.0\n198.51.100.7 255.255.255.255');
    expect(out.skipped.find((s) => s.id === 'v6')!.reason).toBe('Barracuda Email Security: IP allow list does not take IPv6');
  });

  it('Cisco Secure Email: SMTP hosts and IPs, one per line', () => {
    expect(format('cisco-secure-email').text).toBe('smtp.mail.vendor.example\n192.0.2.0/24\n198.51.100.7\n2001:db8:10::/48');
  });

  it('every system has instructions and a unique id', () => {
    expect(new Set(mailSystems.map((s) => s.id)).size).toBe(mailSystems.length);
    for (const s of mailSystems) expect(s.instructions.length, s.id).toBeGreaterThan(0);
  });
});

describe('helpers', () => {
  it('converts prefixes to dotted netmasks', () => {
    expect([32, 28, 24, 22, 16, 0].map(dottedNetmask)).toEqual(['255.255.255.255', '255.255.255.240', '255.255.255.0', '255.255.252.0', '255.255.0.0', '0.0.0.0']);
  });

  it('leaves /24 and narrower ranges alone when splitting', () => {
    expect(splitTo24(entry({ id: 'a', kind: 'ipv4', value: '192.0.2.64/26' }))).toEqual(['192.0.2.64/26']);
    expect(splitTo24(entry({ id: 'b', kind: 'ipv4', value: '203.0.113.5' }))).toEqual(['203.0.113.5']);
  });

  it('names what was copied', () => {
    expect(nounFor(['ipv4', 'ipv6'], 6)).toBe('IP ranges');
    expect(nounFor(['domain'], 1)).toBe('domain');
    expect(nounFor(['domain', 'ipv4'], 2)).toBe('entries');
  });
});
