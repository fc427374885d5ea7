import { describe, expect, it } from 'vitest';
import { mailSystems } from '../../../src/lib/allowlist/formats.ts';
import { panelData } from '../../../src/lib/allowlist/panel.ts';
import { systemPage, systemPageDescription } from '../../../src/lib/allowlist/system-page.ts';
import { paths } from '../../../src/lib/paths.ts';
import { entry, sampleList } from './sample-list.ts';

const data = panelData(sampleList());

describe('a mail system’s own page', () => {
  it('shows the panel’s texts for that system, grouped and anchored as the panel groups them', () => {
    const page = systemPage(data, 'mimecast');
    const mimecast = data.systems.find((s) => s.id === 'mimecast')!;
    expect(page.system).toBe(mimecast);
    expect(page.groups.map((g) => g.id)).toEqual(data.groups.map((g) => g.id));
    const ips = page.groups.find((g) => g.id === 'ip-addresses')!;
    expect(ips.copy).toBe(mimecast.groups['ip-addresses']);
    expect(ips.copy.text).toBe('192.0.2.0/24\n198.51.100.7/32\n2001:db8:10::/48');
    expect(ips.entries.map((e) => [e.value, e.text, e.kind, e.example])).toEqual([
      ['192.0.2.0/24', '192.0.2.0/24', 'IPv4', true],
      ['198.51.100.7', '198.51.100.7/32', 'IPv4', true],
      ['2001:db8:10::/48', '2001:db8:10::/48', 'IPv6', true],
    ]);
  });

  it('marks a kind the system never takes apart from a value it cannot take', () => {
    const wide = panelData(sampleList([entry({ id: 'd', kind: 'domain', value: 'vendor.com', example: false }), entry({ id: 'wide', kind: 'ipv4', value: '10.0.0.0/8' })]));
    const [domains, ips] = systemPage(wide, 'proofpoint-essentials').groups;
    expect(domains!.entries[0]).toMatchObject({ text: '*@vendor.com' });
    expect(ips!.copy.count).toBe(0);
    expect(ips!.entries[0]).toMatchObject({ skip: expect.stringContaining('/8 is wider than /16'), kindLeftOut: false });
    expect([domains!.notTaken, ips!.notTaken]).toEqual([false, false]);
    const [notTaken] = systemPage(wide, 'mimecast').groups;
    expect(notTaken!.notTaken).toBe(true);
    expect(notTaken!.entries[0]).toMatchObject({ skip: 'The Mimecast: Permitted Senders policy format leaves out domains', kindLeftOut: true });
    expect(notTaken!.entries[0]!.text).toBeUndefined();
    // IPv6 left out, IPv4 taken: the group is used, and only the IPv6 row says "Not used".
    const exchange = systemPage(data, 'exchange-online').groups.find((g) => g.id === 'ip-addresses')!;
    expect(exchange.notTaken).toBe(false);
    expect(exchange.entries.map((e) => e.kindLeftOut ?? false)).toEqual([false, false, true]);
  });

  it('adds the whole text at once only when it spans more than one group', () => {
    expect(systemPage(data, 'plain').everything).toBe(data.systems.find((s) => s.id === 'plain')!.all);
    expect(systemPage(data, 'mimecast').everything).toBeUndefined();
    expect(systemPage(data, 'cisco-secure-email').everything?.count).toBe(4);
  });

  it('refuses a system the panel does not know, naming it', () => {
    expect(() => systemPage(data, 'lotus-notes')).toThrow('No mail system "lotus-notes"');
  });

  it('describes the page with its count and whether the values are examples', () => {
    expect(systemPageDescription('Vendor', systemPage(data, 'mimecast'))).toBe(
      'Vendor’s sender list formatted for Mimecast: Permitted Senders policy: 3 IP ranges to paste, where they go and what to check first. All of them are examples for now, marked as such.',
    );
    expect(systemPageDescription('Vendor', systemPage(data, 'plain'))).toMatch(/: 6 entries to paste, .* Some are examples for now, marked as such\.$/);
    const real = panelData(sampleList([entry({ id: 'd', kind: 'domain', value: 'vendor.com', example: false })]));
    expect(systemPageDescription('Vendor', systemPage(real, 'comma'))).toBe('Vendor’s sender list formatted for Comma-separated: 1 domain to paste, where they go and what to check first.');
  });

  it('gives every system a page path of its own, beside the folder of format files', () => {
    const pagePaths = mailSystems.map((s) => paths.allowlistSystem(s.id));
    expect(new Set(pagePaths).size).toBe(mailSystems.length);
    expect(pagePaths).not.toContain(paths.allowlistFormat('x').replace(/[^/]+$/, ''));
    expect(paths.allowlistSystem('mimecast')).toBe('/allowlist/mimecast/');
  });
});
