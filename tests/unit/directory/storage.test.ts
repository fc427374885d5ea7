import { describe, expect, it } from 'vitest';
import { scenarioState } from '../../../src/lib/directory/sandbox.ts';
import { clear, load, persist, resume, STORAGE_KEY } from '../../../src/lib/directory/storage.ts';
import { memoryStore, throwingStore } from '../stores.ts';
import { draftOf, now, play } from './play.ts';

describe('persistence', () => {
  const memory = memoryStore;
  const blocked = throwingStore();

  it('keeps edits, role and progress across a reload, and Reset clears them', () => {
    const store = memory();
    const base = scenarioState('setting-off');
    const edited = play(base, [{ type: 'open-edit', personId: 'p02' }, { type: 'save', personId: 'p02', draft: { ...draftOf(base, 'p02'), jobTitle: 'Lead' }, sendInvitation: false, now }]);
    expect(persist(store, edited)).toBe(true);
    const loaded = load(store, base);
    expect(loaded.state!.people.find((p) => p.id === 'p02')!.jobTitle).toBe('Lead');
    expect(loaded.state!.guide).toEqual(edited.guide);
    expect(loaded.state!.history).toHaveLength(1);
    clear(store);
    expect(load(store, base)).toEqual({});
  });

  it('works in memory and says so when storage is blocked', () => {
    expect(load(blocked, scenarioState('setting-off'))).toEqual({ problem: 'blocked' });
    expect(load(undefined, scenarioState('setting-off'))).toEqual({ problem: 'blocked' });
    expect(persist(blocked, scenarioState('setting-off'))).toBe(false);
    expect(() => clear(blocked)).not.toThrow();
  });

  it('ignores saved data it cannot read', () => {
    const store = memory();
    store.setItem(STORAGE_KEY, '{not json');
    expect(load(store, scenarioState('setting-off'))).toEqual({ problem: 'unreadable' });
    store.setItem(STORAGE_KEY, JSON.stringify({ people: [], history: [], allowlists: {}, role: 'admin' }));
    expect(load(store, scenarioState('setting-off'))).toEqual({ problem: 'unreadable' });
    store.setItem(STORAGE_KEY, JSON.stringify({ ...scenarioState('setting-off'), role: 'superuser' }));
    expect(load(store, scenarioState('setting-off'))).toEqual({ problem: 'unreadable' });
  });
});

describe('resuming the sandbox', () => {
  const store = memoryStore;

  it('starts the exercise the link asks for, resuming progress only in that same exercise', () => {
    const s = store();
    const progressed = play(scenarioState('setting-off'), [{ type: 'open-edit', personId: 'p02' }]);
    persist(s, progressed);
    expect(resume({ fromUrl: 'setting-off', fallback: undefined, store: s }).state.guide).toEqual({ scenarioId: 'setting-off', step: 2 });
    expect(resume({ fromUrl: 'collaborator', fallback: undefined, store: s }).state.guide).toEqual({ scenarioId: 'collaborator', step: 0 });
    expect(resume({ fromUrl: null, fallback: undefined, store: s }).state.guide!.step).toBe(2);
    expect(resume({ fromUrl: 'free', fallback: 'setting-off', store: s }).state.guide).toBeUndefined();
  });

  it('uses the article’s exercise when the link names none, and explains an unknown one', () => {
    const result = resume({ fromUrl: 'bogus', fallback: 'invalid-email', store: store() });
    expect(result.state.guide).toEqual({ scenarioId: 'invalid-email', step: 0 });
    expect(result.notices).toEqual(['This link asks for a practice exercise called “bogus”, which does not exist. Pick one from the list, or explore freely.']);
  });

  it('reports blocked storage so the island can say it works in memory', () => {
    const result = resume({ fromUrl: null, fallback: undefined, store: undefined });
    expect(result.inMemory).toBe(true);
    expect(result.notices[0]).toMatch(/works in memory only/);
  });
});
