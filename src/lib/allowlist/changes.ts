/** What changed in each version of the sender list, derived from the entries' added/removed fields. */
import type { SenderEntry, SenderList } from './senders.ts';

/** Said wherever made-up versions appear: the page, /senders/changes.json and the Atom feed. */
export const exampleHistoryNote = 'Example history: versions marked as examples, with their dates and change notes, are made up to show how changes will be published. They are not the real history of the sender list.';

export interface VersionChanges {
  version: string;
  date: Date;
  summary: string;
  example?: boolean;
  added: SenderEntry[];
  removed: SenderEntry[];
}

/** Newest version first. */
export function deriveChanges(list: Pick<SenderList, 'versions' | 'entries'>): VersionChanges[] {
  return list.versions
    .map((v) => ({
      ...v,
      added: list.entries.filter((e) => e.added === v.version),
      removed: list.entries.filter((e) => e.removed === v.version),
    }))
    .reverse();
}
