import { reduce } from '../../../src/lib/directory/sandbox.ts';
import type { SandboxEvent, SandboxState } from '../../../src/lib/directory/state.ts';

/** A fixed clock for saves. */
export const now = new Date('2026-11-28T10:00:00Z');

/** The sandbox state after a reader's events, one after another. */
export function play(state: SandboxState, events: SandboxEvent[]) {
  return events.reduce((s, e) => reduce(s, e).state, state);
}

/** A person as the edit form starts: the saved record. */
export const draftOf = (s: SandboxState, id: string) => s.people.find((p) => p.id === id)!;
