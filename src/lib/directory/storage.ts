/**
 * Keeps the practice sandbox across reloads in localStorage, and keeps working in memory (saying
 * so) when storage is blocked or full. What comes back from storage is never trusted: each part is
 * checked against a schema and against the sandbox it belongs to, and a part that does not fit is
 * left out (and named) instead of breaking the sandbox.
 */
import * as z from 'zod/mini';
import { findScenario } from './guide.ts';
import { roles, type Role } from './model.ts';
import type { SandboxState } from './state.ts';
import { readItem, removeItem, writeItem, type StoreLike } from '../storage.ts';

export type { StoreLike };

export const STORAGE_KEY = 'directory-practice-v1';

/** What is worth keeping: the data, the role and the exercise (not the search box or open page). */
type Saved = Pick<SandboxState, 'people' | 'allowlists' | 'history' | 'role' | 'guide'>;
export type Part = keyof Saved;

export type LoadResult = { state?: SandboxState; problem?: 'blocked' | 'unreadable'; /** Parts left out because they did not fit. */ dropped?: Part[] };

const text = z.string();
const person = z.object({
  id: text, companyId: text, firstName: text, lastName: text, initials: text, email: text, login: text, jobTitle: text,
  businessPhone: text, businessFax: text, cellPhone: text, address: text, city: text, countryState: text, zip: text, tags: text,
  active: z.boolean(), classification: text, sendMessages: z.enum(['via-email', 'not-at-all']),
});
const change = z.object({ personId: text, at: text, by: text, field: text, before: text, after: text });
const progress = z.object({ scenarioId: text, step: z.int().check(z.minimum(0)), hint: z.optional(text) });

/** Each saved part: its shape, then whether it fits this sandbox (known people, companies, exercise). */
function parts(base: SandboxState) {
  const personIds = new Set(base.people.map((p) => p.id));
  const companyIds = new Set(base.companies.map((c) => c.id));
  return {
    people: (value: unknown) => {
      const people = z.array(person).safeParse(value).data;
      const sameIds = people && people.length === personIds.size && new Set(people.map((p) => p.id)).size === personIds.size && people.every((p) => personIds.has(p.id));
      return sameIds && people.every((p) => companyIds.has(p.companyId)) ? people : undefined;
    },
    allowlists: (value: unknown) => {
      const allowlists = z.record(text, z.boolean()).safeParse(value).data;
      return allowlists && Object.keys(allowlists).every((id) => companyIds.has(id)) ? { ...base.allowlists, ...allowlists } : undefined;
    },
    history: (value: unknown) => {
      const history = z.array(change).safeParse(value).data;
      return history?.every((h) => personIds.has(h.personId)) ? history : undefined;
    },
    role: (value: unknown) => z.enum(roles.map((r) => r.id) as [Role, ...Role[]]).safeParse(value).data,
    guide: (value: unknown) => {
      if (value === undefined) return { value: undefined };
      const guide = progress.safeParse(value).data;
      const scenario = guide && findScenario(guide.scenarioId);
      return guide && scenario && guide.step <= scenario.steps.length ? { value: guide } : undefined;
    },
  };
}

export function load(store: StoreLike | undefined, base: SandboxState, key = STORAGE_KEY): LoadResult {
  const raw = readItem(store, key);
  if (raw === 'blocked') return { problem: 'blocked' };
  if (raw === null) return {};
  let saved: unknown;
  try {
    saved = JSON.parse(raw);
  } catch {
    return { problem: 'unreadable' };
  }
  if (!saved || typeof saved !== 'object' || Array.isArray(saved)) return { problem: 'unreadable' };
  const value = saved as Record<Part, unknown>;
  const check = parts(base);
  const people = check.people(value.people);
  // The history describes edits to these people: without them it would describe nothing.
  const history = people ? check.history(value.history) : undefined;
  const allowlists = check.allowlists(value.allowlists);
  const role = check.role(value.role);
  const guide = check.guide(value.guide);
  const dropped = (
    [
      ['people', people],
      ['allowlists', allowlists],
      ['history', history],
      ['role', role],
      ['guide', guide],
    ] as const
  )
    .filter(([, fits]) => fits === undefined)
    .map(([part]) => part);
  if (dropped.length === 5) return { problem: 'unreadable' };
  const state: SandboxState = {
    ...base,
    people: people ?? base.people,
    allowlists: allowlists ?? base.allowlists,
    history: history ?? base.history,
    role: role ?? base.role,
    guide: guide ? guide.value : base.guide,
  };
  return dropped.length ? { state, dropped } : { state };
}

export function persist(store: StoreLike | undefined, state: SandboxState, key = STORAGE_KEY): boolean {
  const saved: Saved = { people: state.people, allowlists: state.allowlists, history: state.history, role: state.role, guide: state.guide };
  return writeItem(store, key, JSON.stringify(saved));
}

export function clear(store: StoreLike | undefined, key = STORAGE_KEY): void {
  removeItem(store, key);
}

