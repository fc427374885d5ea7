/**
 * One mail system's own page (`/allowlist/<system>/`): the allowlist panel's texts for that system,
 * laid out to read and to select by hand, with nothing to run. Everything here is taken from
 * `panelData`'s output, never worked out again, so the page and the panel cannot disagree.
 */
import { findSystem } from './formats.ts';
import { senderKinds } from './kinds.ts';
import { possessive } from '../text.ts';
import type { PanelCopy, PanelData, PanelSystem } from './panel.ts';

interface SystemPageEntry {
  id: string;
  /** The value as published (the sender list, `/allowlist/`). */
  value: string;
  /** The "Kind" label the panel shows. */
  kind: string;
  purpose: string;
  example: boolean;
  /** This entry in the system's form (one value a line), or why the system cannot take it. */
  text?: string;
  skip?: string;
  /** Left out because the system takes no entries of this kind (rather than for this value itself). */
  kindLeftOut?: boolean;
}

interface SystemPageGroup {
  /** The panel's group id: the same anchor on both pages. */
  id: string;
  title: string;
  /** "IP addresses", in a sentence. */
  short: string;
  /** The group's text for this system; `count` is 0 when the system takes none of its entries. */
  copy: PanelCopy;
  /** The system takes no entries of this group's kinds at all: the page says so in one line, with no table. */
  notTaken: boolean;
  entries: SystemPageEntry[];
}

export interface SystemPage {
  system: PanelSystem;
  /** The whole text at once, only when it spans more than one group (otherwise it is that group's text). */
  everything?: PanelCopy;
  groups: SystemPageGroup[];
}

export function systemPage(data: PanelData, systemId: string): SystemPage {
  const system = data.systems.find((s) => s.id === systemId);
  const format = findSystem(systemId);
  if (!system || !format) throw new Error(`No mail system "${systemId}" in the allowlist panel's data (src/lib/allowlist/formats.ts)`);
  const groups = data.groups.map((g): SystemPageGroup => {
    const copy = system.groups[g.id];
    if (!copy) throw new Error(`The ${system.name} texts have no group "${g.id}"`);
    const entries = g.entries.map((e): SystemPageEntry => {
      const one = system.values[e.id];
      if (!one) throw new Error(`The ${system.name} texts have no value for entry "${e.id}"`);
      return { id: e.id, value: e.value, kind: senderKinds[e.kind].label, purpose: e.purpose, example: e.example, ...('text' in one ? { text: one.text } : { skip: one.skip, kindLeftOut: !format.accepts.includes(e.kind) }) };
    });
    return { id: g.id, title: g.title, short: g.short, copy, notTaken: entries.every((e) => e.kindLeftOut), entries };
  });
  const used = groups.filter((g) => g.copy.count > 0).length;
  return { system, ...(used > 1 ? { everything: system.all } : {}), groups };
}

/** The page's meta description: what the page holds for this system, and whether any of it is an example. */
export function systemPageDescription(productName: string, page: SystemPage): string {
  const { all } = page.system;
  const examples = all.examples.length === 0 ? '' : all.examples.length === all.count ? ' All of them are examples for now, marked as such.' : ' Some are examples for now, marked as such.';
  return `${possessive(productName)} sender list formatted for ${page.system.name}: ${all.count} ${all.noun} to paste, where they go and what to check first.${examples}`;
}
