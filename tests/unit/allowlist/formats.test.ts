import { describe, expect, it } from 'vitest';
import { dottedNetmask, exampleWarning, findSystem, formatFor, mailSystems, nounFor, splitTo24 } from '../../../src/lib/allowlist/formats.ts';
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
    const text = format('csv', [entry({ id: 'q', kind: 'domain', value: 'vendor.com', purpose: 'Mail, "From" address', example: false })]).text;
    expect(text).toBe('id,kind,value,purpose,example\nq,domain,vendor.com,"Mail, ""From"" address",false');
  });

  it('JSON that parses back to the entries', () => {
    const parsed = JSON.parse(format('json').text);
    expect(parsed.map((e: { value: string }) => e.value)).toHaveLength(6);
    expect(parsed[0]).toEqual({ id: 'd1', kind: 'domain', value: 'vendor.com', purpose: 'A test sender.', example: false });
    expect(parsed[1].example).toBe(true);
  });
});

describe('Microsoft 365', () => {
  it('connection filter: IPv4 only, one comment line naming the example values first', () => {
    const out = format('exchange-online');
    expect(out.text).toBe(
      [
        '# Example values, not real senders (replace them before use): 192.0.2.0/24, 198.51.100.7',
        'Set-HostedConnectionFilterPolicy -Identity Default -IPAllowList @{Add="192.0.2.0/24","198.51.100.7"}',
      ].join('\n'),
    );
    expect(out.skipped.map((s) => s.id)).toEqual(['d1', 'smtp', 'cdn', 'v6']);
    expect(out.count).toBe(2);
    expect(out.noun).toBe('IPv4 ranges');
    expect(out.warning).toBe('Both values are examples, not real senders: replace them before you paste. The copied text names them in a comment on its first line.');
  });

  it('no comment line when nothing copied is an example', () => {
    const real = entry({ id: 'r', kind: 'ipv4', value: '192.0.2.0/24', example: false });
    expect(format('exchange-online', [real]).text).toBe('Set-HostedConnectionFilterPolicy -Identity Default -IPAllowList @{Add="192.0.2.0/24"}');
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

  it('Proofpoint Essentials: domains as *@domain and IPs, nothing wider than /24', () => {
    expect(format('proofpoint-essentials', [entries[0]!, wide]).text).toBe('*@vendor.com\n198.51.100.0/24\n198.51.101.0/24\n198.51.102.0/24\n198.51.103.0/24');
  });

  it('Proofpoint Essentials: leaves out SMTP and CDN host names, saying why', () => {
    const out = format('proofpoint-essentials');
    expect(out.text).toBe('*@vendor.com\n192.0.2.0/24\n198.51.100.7\n2001:db8:10::/48');
    expect(out.skipped.map((s) => [s.id, s.reason])).toEqual([
      ['smtp', expect.stringContaining('leaves out SMTP hosts')],
      ['cdn', expect.stringContaining('leaves out CDN hosts')],
    ]);
  });

  it('Barracuda: IPv4 with a dotted netmask, IPv6 left out', () => {
    const out = format('barracuda');
    expect(out.text).toBe('192.0.2.0 255.255.255.0\n198.51.100.7 255.255.255.255');
    expect(out.skipped.find((s) => s.id === 'v6')!.reason).toBe('The Barracuda Email Gateway Defense: IP Address Policies format leaves out IPv6 ranges');
  });

  it('Cisco Secure Email: SMTP hosts and IPs, one per line', () => {
    expect(format('cisco-secure-email').text).toBe('smtp.mail.vendor.example\n192.0.2.0/24\n198.51.100.7\n2001:db8:10::/48');
  });

  it('every system has instructions and a unique id', () => {
    expect(new Set(mailSystems.map((s) => s.id)).size).toBe(mailSystems.length);
    for (const s of mailSystems) expect(s.instructions.length, s.id).toBeGreaterThan(0);
  });

  it('every vendor format cites that vendor’s own documentation over https', () => {
    const vendorHost: Record<string, string> = {
      'exchange-online': 'learn.microsoft.com',
      'exchange-tabl-domains': 'learn.microsoft.com',
      'google-workspace': 'support.google.com',
      mimecast: 'mimecastsupport.zendesk.com',
      'proofpoint-essentials': 'help.proofpoint.com',
      barracuda: 'campus.barracuda.com',
      'cisco-secure-email': 'cisco.com',
    };
    for (const [id, host] of Object.entries(vendorHost)) {
      const docs = findSystem(id)!.docs;
      expect(docs, id).toBeDefined();
      expect(new URL(docs!.url).protocol, id).toBe('https:');
      expect(new URL(docs!.url).hostname, id).toBe(host);
    }
  });
});

describe('example values in copied text', () => {
  it('a format without comments carries no notice in the text but a warning with the counts', () => {
    const out = format('mimecast');
    expect(out.text).not.toContain('xample');
    expect(out.examples).toEqual(['192.0.2.0/24', '198.51.100.7/32', '2001:db8:10::/48']);
    expect(out.warning).toBe('All 3 values are examples, not real senders: replace them before you paste.');
  });

  it('counts only the values that come from example entries', () => {
    const out = format('plain');
    expect(out.count).toBe(6);
    expect(out.examples).toHaveLength(5);
    expect(out.warning).toBe('5 of these 6 values are examples, not real senders: replace them before you paste.');
  });

  it('no warning when every value is real', () => {
    expect(format('plain', [entries[0]!]).warning).toBeUndefined();
  });

  it('words a single example value, and two as "both"', () => {
    expect(exampleWarning(1, 1)).toBe('This value is an example, not a real sender: replace it before you paste.');
    expect(exampleWarning(2, 2)).toBe('Both values are examples, not real senders: replace them before you paste.');
  });

  it('a format that takes comments (a PowerShell command) names the examples in its first line and still warns beside the button', () => {
    const out = format('exchange-online');
    expect(out.text.split('\n')[0]).toContain('Example values, not real senders');
    expect(out.warning).toMatch(/examples, not real senders: replace them before you paste\. The copied text names them in a comment on its first line\.$/);
  });

  it('every format with examples either names them in a comment line or warns beside the button', () => {
    for (const system of mailSystems) {
      const out = formatFor(system, entries);
      if (!out.examples.length) continue;
      const noticed = out.text.split('\n').some((line) => line.includes('Example values, not real senders') && out.examples.every((v) => line.includes(v)));
      expect(!!out.warning, system.id).toBe(true);
      if (system.comment) expect(noticed, system.id).toBe(true);
    }
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
    expect(nounFor(['ipv4'], 2)).toBe('IPv4 ranges');
    expect(nounFor(['domain'], 1)).toBe('domain');
    expect(nounFor(['domain', 'ipv4'], 2)).toBe('entries');
  });
});
