import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { changesAtom, changesJson, sendersCsv, sendersJson } from '../../../src/lib/allowlist/feeds.ts';
import { exampleHistoryNote } from '../../../src/lib/allowlist/changes.ts';
import { sampleList } from './sample-list.ts';

const list = sampleList();

describe('published files', () => {
  it('publishes the current entries only, as JSON and as CSV with a header row', () => {
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

  it('labels made-up versions as example history in the JSON and the Atom feed, and only those', () => {
    const made = { ...list, versions: list.versions.map((v) => ({ ...v, example: v.version === '1' })) };
    const json = JSON.parse(changesJson(made));
    expect(json.note).toBe(exampleHistoryNote);
    expect(json.versions.map((v: { example: boolean }) => v.example)).toEqual([false, true]);
    const xml = changesAtom(made, { self: 'https://h.example/f.xml', page: 'https://h.example/allowlist/', title: 'T', authority: 'h.example' });
    expect(xml).toContain('<title>Sender list 1 (example history): ');
    expect(xml).not.toContain('<title>Sender list 2 (example history)');
    expect(xml).toContain(`<subtitle>${exampleHistoryNote}</subtitle>`);
    expect(JSON.parse(changesJson(list)).note).toBeUndefined();
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
