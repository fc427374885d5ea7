/**
 * Keeps the practice sandbox across reloads in localStorage, and keeps working in memory (saying
 * so) when storage is blocked, full or holds something unreadable.
 */
import { findScenario } from './guide.ts';
import { roles } from './model.ts';
import type { SandboxState } from './state.ts';
import { readItem, removeItem, writeItem, type StoreLike } from '../storage.ts';

export type { StoreLike };

export const STORAGE_KEY = 'directory-practice-v1';

export type LoadResult = { state?: SandboxState; problem?: 'blocked' | 'unreadable' };

/** What is worth keeping: the data, the role and the exercise (not the search box or open page). */
type Saved = Pick<SandboxState, 'people' | 'allowlists' | 'history' | 'role' | 'guide'>;

export function load(store: StoreLike | undefined, base: SandboxState, key = STORAGE_KEY): LoadResult {
  const raw = readItem(store, key);
  if (raw === 'blocked') return { problem: 'blocked' };
  if (raw === null) return {};
  try {
    const saved = JSON.parse(raw) as Partial<Saved>;
    if (!isSaved(saved, base)) return { problem: 'unreadable' };
    return { state: { ...base, ...saved } };
  } catch {
    return { problem: 'unreadable' };
  }
}

export function persist(store: StoreLike | undefined, state: SandboxState, key = STORAGE_KEY): boolean {
  const saved: Saved = { people: state.people, allowlists: state.allowlists, history: state.history, role: state.role, guide: state.guide };
  return writeItem(store, key, JSON.stringify(saved));
}

export function clear(store: StoreLike | undefined, key = STORAGE_KEY): void {
  removeItem(store, key);
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
