/** What changed in each version of the sender list, derived from the entries' added/removed fields. */
import type { SenderEntry, SenderList } from './senders.ts';

export interface VersionChanges {
  version: string;
  date: Date;
  summary: string;
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
