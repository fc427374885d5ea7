/**
 * Keeps the practice sandbox across reloads in localStorage, and keeps working in memory (saying
 * so) when storage is blocked, full or holds something unreadable.
 */
import { findScenario } from './guide.ts';
import { roles } from './model.ts';
import type { SandboxState } from './sandbox.ts';

export const STORAGE_KEY = 'directory-practice-v1';

export interface StoreLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export type LoadResult = { state?: SandboxState; problem?: 'blocked' | 'unreadable' };

/** What is worth keeping: the data, the role and the exercise (not the search box or open page). */
type Saved = Pick<SandboxState, 'people' | 'allowlists' | 'history' | 'role' | 'guide'>;

export function load(store: StoreLike | undefined, base: SandboxState): LoadResult {
  let raw: string | null;
  try {
    if (!store) return { problem: 'blocked' };
    raw = store.getItem(STORAGE_KEY);
  } catch {
    return { problem: 'blocked' };
  }
  if (raw === null) return {};
  try {
    const saved = JSON.parse(raw) as Partial<Saved>;
    if (!isSaved(saved, base)) return { problem: 'unreadable' };
    return { state: { ...base, ...saved } };
  } catch {
    return { problem: 'unreadable' };
  }
}

export function persist(store: StoreLike | undefined, state: SandboxState): boolean {
  const saved: Saved = { people: state.people, allowlists: state.allowlists, history: state.history, role: state.role, guide: state.guide };
  try {
    if (!store) return false;
    store.setItem(STORAGE_KEY, JSON.stringify(saved));
    return true;
  } catch {
    return false;
  }
}

export function clear(store: StoreLike | undefined): void {
  try {
    store?.removeItem(STORAGE_KEY);
  } catch {
    // Nothing to clear when storage is blocked.
  }
}

function isSaved(value: Partial<Saved>, base: SandboxState): value is Saved {
  const ids = new Set(base.people.map((p) => p.id));
  return (
    Array.isArray(value.people) &&
    value.people.length === base.people.length &&
    value.people.every((p) => p && typeof p === 'object' && ids.has(p.id) && typeof p.firstName === 'string' && typeof p.email === 'string' && (p.sendMessages === 'via-email' || p.sendMessages === 'not-at-all')) &&
    Array.isArray(value.history) &&
    typeof value.allowlists === 'object' && value.allowlists !== null &&
    roles.some((r) => r.id === value.role) &&
    (value.guide === undefined || (typeof value.guide === 'object' && !!findScenario(value.guide.scenarioId) && Number.isInteger(value.guide.step)))
  );
}
