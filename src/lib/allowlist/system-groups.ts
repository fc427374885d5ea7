/**
 * The allowlist panel's systems in two labelled groups, for its chooser and its list of links: the mail
 * systems first (what most readers look for by name), then the generic formats. Kept apart from
 * panel.ts so the island imports this without the formats themselves.
 */
import type { PanelView } from './panel.ts';

type Listed = PanelView['systems'];

export function systemGroups(systems: Listed): { label: string; systems: Listed }[] {
  return [
    { label: 'Mail systems', systems: systems.filter((s) => !s.generic) },
    { label: 'Generic formats, for any system', systems: systems.filter((s) => s.generic) },
  ].filter((g) => g.systems.length > 0);
}
