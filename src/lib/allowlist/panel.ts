/**
 * Everything the allowlist panel shows, computed at build time: entries by group, and for every
 * mail system the text for all entries, each group and each value, with the message each copy
 * announces. The island only chooses and copies.
 */
import { formatFor, mailSystems, valuesFor, type Formatted, type MailSystem } from './formats.ts';
import { isoDay } from '../text.ts';
import { groups, kindsOf, type GroupId, type Kind } from './kinds.ts';
import { activeEntries, type SenderList } from './senders.ts';

interface PanelEntry {
  id: string;
  kind: Kind;
  value: string;
  purpose: string;
  example: boolean;
}

/** A formatted text and what copying it announces. */
export type PanelCopy = Formatted & { copied: string };

export interface PanelSystem {
  id: string;
  name: string;
  docs?: MailSystem['docs'];
  instructions: string[];
  caveats: string[];
  all: PanelCopy;
  groups: Record<string, PanelCopy>;
  /** Per entry: the text for that one value and what copying it announces, or why this system cannot take it. */
  values: Record<string, { text: string; copied: string } | { skip: string }>;
}

export interface PanelData {
  version: string;
  published: string;
  examples: boolean;
  note?: string;
  groups: { id: GroupId; title: string; short: string; entries: PanelEntry[] }[];
  systems: PanelSystem[];
}

/** "Copied 6 IP ranges for Mimecast, 4 of them examples." */
export function copiedMessage(systemName: string, f: Pick<Formatted, 'count' | 'noun' | 'examples'>): string {
  const n = f.examples.length;
  const examples = n === 0 ? '' : f.count === 1 ? ', an example value' : `, ${n === f.count ? 'all' : n} of them examples`;
  return `Copied ${f.count} ${f.noun} for ${systemName}${examples}.`;
}

function withMessage(system: MailSystem, f: Formatted): PanelCopy {
  return { ...f, copied: copiedMessage(system.name, f) };
}

export function panelData(list: SenderList): PanelData {
  const entries = activeEntries(list);
  const grouped = groups
    .map((g) => ({ id: g.id, title: g.title, short: g.short, entries: entries.filter((e) => kindsOf(g.id).includes(e.kind)) }))
    .filter((g) => g.entries.length > 0);
  return {
    version: list.version,
    published: isoDay(list.published),
    examples: entries.some((e) => e.example),
    ...(list.note ? { note: list.note } : {}),
    groups: grouped.map((g) => ({ ...g, entries: g.entries.map(({ id, kind, value, purpose, example }) => ({ id, kind, value, purpose, example })) })),
    systems: mailSystems.map((system) => ({
      id: system.id,
      name: system.name,
      ...(system.docs ? { docs: system.docs } : {}),
      instructions: system.instructions,
      caveats: system.caveats,
      all: withMessage(system, formatFor(system, entries)),
      groups: Object.fromEntries(grouped.map((g) => [g.id, withMessage(system, formatFor(system, g.entries))])),
      values: Object.fromEntries(
        entries.map((e) => {
          const values = valuesFor(system, e);
          if ('skip' in values) return [e.id, values];
          const copied = `Copied ${values.join(', ')} for ${system.name}${e.example ? ': an example value, not a real sender' : ''}.`;
          return [e.id, { text: values.join('\n'), copied }];
        }),
      ),
    })),
  };
}

/**
 * What the allowlist island is given on the page: the entries and every system's name, with only
 * the first system's texts. The others are served one file per system (`paths.allowlistFormat`)
 * and fetched when chosen, so the page does not carry every system's texts in its HTML.
 */
export interface PanelView extends Omit<PanelData, 'systems'> {
  /** Every system's id and name, mail systems first (they have a vendor's `docs`), then the generic formats. */
  systems: { id: string; name: string; generic: boolean }[];
  first: PanelSystem;
}

export function panelView(data: PanelData): PanelView {
  const { systems, ...rest } = data;
  const listed = systems.map(({ id, name, docs }) => ({ id, name, generic: docs === undefined }));
  return { ...rest, systems: [...listed.filter((s) => !s.generic), ...listed.filter((s) => s.generic)], first: systems[0]! };
}
