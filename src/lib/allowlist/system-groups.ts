/**
 * How the allowlist panel and each system's own page list things: the systems in two labelled groups
 * (the mail systems first, what most readers look for by name, then the generic formats), and a
 * group's entry count. Kept apart from panel.ts so the island imports this without the formats.
 */
import type { PanelView } from './panel.ts';

type Listed = PanelView['systems'];

export function systemGroups(systems: Listed): { label: string; systems: Listed }[] {
  return [
    { label: 'Mail systems', systems: systems.filter((s) => !s.generic) },
    { label: 'Generic formats, for any system', systems: systems.filter((s) => s.generic) },
  ].filter((g) => g.systems.length > 0);
}

/** A group heading's count: "(4)", or "(4, 3 used here)" when the system takes only some of its entries. */
export function groupCount(entries: number, used: number): string {
  return used > 0 && used < entries ? `(${entries}, ${used} used here)` : `(${entries})`;
}
