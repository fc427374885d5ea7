import type { SenderEntry, SenderList } from '../../../src/lib/allowlist/senders.ts';

export const entry = (over: Partial<SenderEntry> & Pick<SenderEntry, 'id' | 'kind' | 'value'>): SenderEntry => ({
  purpose: 'A test sender.',
  added: '1',
  example: true,
  ...over,
});

export function sampleList(entries: SenderEntry[] = sampleEntries()): SenderList {
  return {
    version: '2',
    published: new Date('2026-11-28T00:00:00Z'),
    versions: [
      { version: '1', date: new Date('2026-11-01T00:00:00Z'), summary: 'First list.' },
      { version: '2', date: new Date('2026-11-28T00:00:00Z'), summary: 'Second list.' },
    ],
    entries,
  };
}

export function sampleEntries(): SenderEntry[] {
  return [
    entry({ id: 'd1', kind: 'domain', value: 'vendor.com', example: false }),
    entry({ id: 'smtp', kind: 'smtp-host', value: 'smtp.mail.vendor.example' }),
    entry({ id: 'cdn', kind: 'cdn-host', value: 'cdn.vendor.example' }),
    entry({ id: 'v4-range', kind: 'ipv4', value: '192.0.2.0/24' }),
    entry({ id: 'v4-one', kind: 'ipv4', value: '198.51.100.7', added: '2' }),
    entry({ id: 'v4-old', kind: 'ipv4', value: '203.0.113.9', removed: '2' }),
    entry({ id: 'v6', kind: 'ipv6', value: '2001:db8:10::/48' }),
  ];
}
