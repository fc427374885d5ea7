import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { deriveChanges } from '../../../src/lib/allowlist/changes.ts';
import { changesAtom, changesJson, sendersCsv, sendersJson } from '../../../src/lib/allowlist/feeds.ts';
import { chooseSystem } from '../../../src/lib/allowlist/choice.ts';
import { panelData } from '../../../src/lib/allowlist/panel.ts';
import { sampleList } from './sample-list.ts';

const list = sampleList();

describe('change history', () => {
  it('derives what each version added and removed, newest first', () => {
    const changes = deriveChanges(list);
    expect(changes.map((v) => v.version)).toEqual(['2', '1']);
    expect(changes[0]!.added.map((e) => e.id)).toEqual(['v4-one']);
    expect(changes[0]!.removed.map((e) => e.id)).toEqual(['v4-old']);
    expect(changes[1]!.added.map((e) => e.id)).toEqual(['d1', 'smtp', 'cdn', 'v4-range', 'v4-old', 'v6']);
  });

  it('publishes JSON and CSV of the current entries only', () => {
    const json = JSON.parse(sendersJson(list));
    expect(json).toMatchObject({ version: '2', published: '2026-11-28', examples: true });
    expect(json.entries.map((e: { id: string }) => e.id)).not.toContain('v4-old');
    const csv = sendersCsv(list).trim().split('\n');
    expect(csv[0]).toBe('id,kind,value,purpose,added,example');
    expect(csv).toHaveLength(json.entries.length + 1);
  });

  it('publishes the history as JSON', () => {
    const json = JSON.parse(changesJson(list));
    expect(json.current).toBe('2');
    expect(json.versions[0]).toMatchObject({ version: '2', date: '2026-11-28', removed: [{ id: 'v4-old', removed: '2' }] });
  });

  it('publishes a well-formed Atom feed with one entry per version', () => {
    const xml = changesAtom(list, { self: 'https://h.example/senders/changes.xml', page: 'https://h.example/allowlist/', title: 'Vendor & co sender changes', authority: 'h.example' });
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = new XMLParser({ ignoreAttributes: false }).parse(xml).feed;
    expect(feed.title).toBe('Vendor & co sender changes');
    expect(feed.entry).toHaveLength(2);
    expect(feed.entry[0].title).toBe('Sender list 2: 1 added, 1 removed');
    expect(feed.entry[0].link['@_href']).toBe('https://h.example/allowlist/#version-2');
    expect(feed.entry[0].content['#text']).toContain('- 203.0.113.9');
  });
});

describe('panel data and system choice', () => {
  it('groups current entries by kind and precomputes every system', () => {
    const data = panelData(list);
    expect(data.groups.map((g) => [g.id, g.entries.length])).toEqual([
      ['domains', 1],
      ['cdn-hosts', 1],
      ['smtp-hosts', 1],
      ['ip-addresses', 3],
    ]);
    const mimecast = data.systems.find((s) => s.id === 'mimecast')!;
    expect(mimecast.groups['ip-addresses']!.count).toBe(3);
    expect(mimecast.values['v4-one']).toEqual({ text: '198.51.100.7/32' });
    expect(mimecast.values['d1']).toEqual({ skip: 'Mimecast: permitted senders does not take domains' });
  });

  const known = [
    { id: 'plain', name: 'Plain list' },
    { id: 'mimecast', name: 'Mimecast' },
  ];
  it('prefers the system in the link, then the remembered one, then the default', () => {
    expect(chooseSystem({ fromUrl: 'mimecast', remembered: 'plain', known, fallback: 'plain' })).toEqual({ id: 'mimecast' });
    expect(chooseSystem({ fromUrl: null, remembered: 'mimecast', known, fallback: 'plain' })).toEqual({ id: 'mimecast' });
    expect(chooseSystem({ fromUrl: null, remembered: 'gone', known, fallback: 'plain' })).toEqual({ id: 'plain' });
  });

  it('explains a link that names an unknown system', () => {
    const choice = chooseSystem({ fromUrl: 'lotus-notes', remembered: 'mimecast', known, fallback: 'plain' });
    expect(choice.id).toBe('mimecast');
    expect(choice.notice).toContain('“lotus-notes”');
    expect(choice.notice).toContain('shows Mimecast instead');
  });
});
