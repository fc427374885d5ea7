/** Which exercise the practice sandbox opens with (kept apart from storage, which only loads and saves). */
import { findScenario } from './guide.ts';
import { initialState, scenarioState } from './sandbox.ts';
import type { SandboxState } from './state.ts';
import { load, STORAGE_KEY, type Part } from './storage.ts';
import type { StoreLike } from '../storage.ts';
import { isolate } from '../text.ts';

const partNames: Record<Part, string> = {
  people: 'the people’s details',
  allowlists: 'the mail-server settings',
  history: 'the change history',
  role: 'the “Viewing as” role',
  guide: 'the exercise progress',
};

/** The "explore freely" choice in `?scenario=`. */
export const FREE = 'free';

/**
 * Where the sandbox starts: the exercise the link (or the article) asks for, resuming saved progress
 * when it belongs to that same exercise, and what the reader should be told about it.
 */
export function resume(options: { fromUrl: string | null; fallback: string | undefined; store: StoreLike | undefined; key?: string }): { state: SandboxState; notices: string[]; inMemory: boolean } {
  const { fromUrl, fallback, store, key = STORAGE_KEY } = options;
  const notices: string[] = [];
  const known = (id: string | null | undefined): boolean => !!id && (id === FREE || !!findScenario(id));
  if (fromUrl !== null && !known(fromUrl)) {
    notices.push(`This link asks for a practice exercise called “${isolate(fromUrl.slice(0, 60))}”, which does not exist. Pick one from the list, or explore freely.`);
  }
  const asked = known(fromUrl) ? fromUrl! : known(fallback) ? fallback! : undefined;
  const base = asked && asked !== FREE ? scenarioState(asked) : initialState();
  const loaded = load(store, base, key);
  if (loaded.problem === 'blocked') notices.push('Your browser is blocking storage, so this practice copy works in memory only: your edits will be lost when you leave the page.');
  if (loaded.problem === 'unreadable') notices.push('The practice data saved earlier could not be read, so the sandbox starts fresh.');
  if (loaded.dropped) {
    notices.push(`Part of the practice data saved earlier did not fit this version of the sandbox, so it starts fresh for ${loaded.dropped.map((p) => partNames[p]).join(', ')}. Everything else is as you left it.`);
  }
  const saved = loaded.state;
  const sameExercise = saved && (asked === undefined || asked === (saved.guide?.scenarioId ?? FREE));
  return { state: sameExercise ? saved : base, notices, inMemory: loaded.problem === 'blocked' };
}
