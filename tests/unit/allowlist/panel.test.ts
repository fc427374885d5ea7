import { describe, expect, it } from 'vitest';
import { mailSystems } from '../../../src/lib/allowlist/formats.ts';
import { panelData } from '../../../src/lib/allowlist/panel.ts';
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
    expect(mimecast.values['v4-one']).toEqual({ text: '198.51.100.7/32' });
    expect(mimecast.values['d1']).toEqual({ skip: 'Mimecast: permitted senders does not take domains' });
  });
});
