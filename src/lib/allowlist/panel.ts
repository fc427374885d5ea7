/**
 * Everything the allowlist panel shows, computed at build time: entries by group, and for every
 * mail system the text for all entries, each group and each value. The island only chooses and copies.
 */
import { formatFor, mailSystems, valuesFor, type Formatted } from './formats.ts';
import { isoDay } from '../text.ts';
import { activeEntries, groups, type GroupId, type Kind, type SenderList } from './senders.ts';

interface PanelEntry {
  id: string;
  kind: Kind;
  value: string;
  purpose: string;
  example: boolean;
}

export interface PanelSystem {
  id: string;
  name: string;
  instructions: string[];
  caveats: string[];
  all: Formatted;
  groups: Record<string, Formatted>;
  /** Per entry: the text for that one value, or why this system cannot take it. */
  values: Record<string, { text: string } | { skip: string }>;
}

export interface PanelData {
  version: string;
  published: string;
  examples: boolean;
  note?: string;
  groups: { id: GroupId; title: string; short: string; entries: PanelEntry[] }[];
  systems: PanelSystem[];
}

export function panelData(list: SenderList): PanelData {
  const entries = activeEntries(list);
  const grouped = groups
    .map((g) => ({ id: g.id, title: g.title, short: g.short, entries: entries.filter((e) => (g.kinds as readonly Kind[]).includes(e.kind)) }))
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
      instructions: system.instructions,
      caveats: system.caveats,
      all: formatFor(system, entries),
      groups: Object.fromEntries(grouped.map((g) => [g.id, formatFor(system, g.entries)])),
      values: Object.fromEntries(
        entries.map((e) => {
          const values = valuesFor(system, e);
          return [e.id, 'skip' in values ? values : { text: values.join('\n') }];
        }),
      ),
    })),
  };
}
