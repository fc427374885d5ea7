import { describe, expect, it } from 'vitest';
import { mailSystems } from '../../../src/lib/allowlist/formats.ts';
import { copiedMessage, panelData } from '../../../src/lib/allowlist/panel.ts';
import { sampleList } from './sample-list.ts';

const list = sampleList();

describe('panel data', () => {
  it('groups current entries by kind and precomputes every system', () => {
    const data = panelData(list);
    expect(data.groups.map((g) => [g.id, g.entries.length])).toEqual([
      ['domains', 1],
      ['cdn-hosts', 1],
      ['smtp-hosts', 1],
      ['ip-addresses', 3],
    ]);
    expect(data.systems.map((s) => s.id)).toEqual(mailSystems.map((s) => s.id));
    const mimecast = data.systems.find((s) => s.id === 'mimecast')!;
    expect(mimecast.groups['ip-addresses']!.count).toBe(3);
    expect(mimecast.values['v4-one']).toEqual({ text: '198.51.100.7/32', copied: 'Copied 198.51.100.7/32 for Mimecast: Permitted Senders policy: an example value, not a real sender.' });
    expect(mimecast.values['d1']).toEqual({ skip: 'The Mimecast: Permitted Senders policy format leaves out domains' });
    expect(mimecast.docs?.url).toMatch(/^https:\/\/mimecastsupport\.zendesk\.com\//);
  });

  it('says in every copy message how many of the copied values are examples', () => {
    const data = panelData(list);
    const plain = data.systems.find((s) => s.id === 'plain')!;
    expect(plain.all.copied).toBe('Copied 6 entries for Plain list, 5 of them examples.');
    expect(plain.groups['domains']!.copied).toBe('Copied 1 domain for Plain list.');
    expect(plain.groups['cdn-hosts']!.copied).toBe('Copied 1 CDN host for Plain list, an example value.');
    expect(copiedMessage('X', { count: 4, noun: 'IP ranges', examples: ['a', 'b', 'c', 'd'] })).toBe('Copied 4 IP ranges for X, all of them examples.');
  });
});
