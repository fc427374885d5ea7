/** Machine-readable forms of the sender list and its history, generated at build time. */
import { deriveChanges, exampleHistoryNote } from './changes.ts';
import { activeEntries, type SenderEntry, type SenderList } from './senders.ts';
import { csvCell as cell, escapeXml as xml, isoDay as day } from '../text.ts';

const publicEntry = (e: SenderEntry) => ({ id: e.id, kind: e.kind, value: e.value, purpose: e.purpose, added: e.added, example: e.example });

export function sendersJson(list: SenderList): string {
  const entries = activeEntries(list);
  return `${JSON.stringify(
    {
      version: list.version,
      published: day(list.published),
      examples: entries.some((e) => e.example),
      ...(list.note ? { note: list.note } : {}),
      entries: entries.map(publicEntry),
    },
    null,
    2,
  )}\n`;
}

export function sendersCsv(list: SenderList): string {
  const rows = activeEntries(list).map((e) => [e.id, e.kind, e.value, e.purpose, e.added, String(e.example)].map(cell).join(','));
  return `${['id,kind,value,purpose,added,example', ...rows].join('\n')}\n`;
}

export function changesJson(list: SenderList): string {
  const versions = deriveChanges(list).map((v) => ({
    version: v.version,
    date: day(v.date),
    summary: v.summary,
    example: v.example ?? false,
    added: v.added.map(publicEntry),
    removed: v.removed.map((e) => ({ ...publicEntry(e), removed: e.removed })),
  }));
  const exampleHistory = list.versions.some((v) => v.example);
  return `${JSON.stringify({ current: list.version, ...(exampleHistory ? { note: exampleHistoryNote } : {}), versions }, null, 2)}\n`;
}

export interface AtomLinks {
  /** Absolute URL of the feed itself. */
  self: string;
  /** Absolute URL of the human page; entries link to its "What changed" versions. */
  page: string;
  title: string;
  /** Stable tag URI authority, e.g. "help-center.example". */
  authority: string;
}

/**
 * The history as an Atom feed, one entry per version. Written out here rather than with the `feed`
 * package: feed 6 makes every title and content HTML in CDATA (this content is plain text), needs
 * xml-js, and would not make this shorter.
 */
export function changesAtom(list: SenderList, links: AtomLinks): string {
  const changes = deriveChanges(list);
  const updated = changes[0] ? changes[0].date : list.published;
  const items = changes.map((v) => {
    const describe = (e: SenderEntry) => `${e.value} (${e.kind}${e.example ? ', example' : ''}): ${e.purpose}`;
    const body = [
      ...(v.example ? [exampleHistoryNote] : []),
      v.summary,
      ...(v.added.length ? ['Added:', ...v.added.map((e) => `+ ${describe(e)}`)] : []),
      ...(v.removed.length ? ['Removed:', ...v.removed.map((e) => `- ${describe(e)}`)] : []),
    ].join('\n');
    return [
      '  <entry>',
      `    <id>tag:${links.authority},${day(v.date)}:senders/${xml(v.version)}</id>`,
      `    <title>Sender list ${xml(v.version)}${v.example ? ' (example history)' : ''}: ${v.added.length} added, ${v.removed.length} removed</title>`,
      `    <updated>${day(v.date)}T00:00:00Z</updated>`,
      `    <link rel="alternate" href="${xml(`${links.page}#version-${v.version}`)}"/>`,
      `    <content type="text">${xml(body)}</content>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <title>${xml(links.title)}</title>`,
    ...(list.versions.some((v) => v.example) ? [`  <subtitle>${xml(exampleHistoryNote)}</subtitle>`] : []),
    `  <id>tag:${links.authority},2026:senders</id>`,
    `  <updated>${day(updated)}T00:00:00Z</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${xml(links.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xml(`${links.page}#what-changed`)}"/>`,
    `  <author><name>${xml(links.title)}</name></author>`,
    ...items,
    '</feed>',
    '',
  ].join('\n');
}
