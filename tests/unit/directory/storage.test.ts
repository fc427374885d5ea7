import { describe, expect, it } from 'vitest';
import { scenarioState } from '../../../src/lib/directory/sandbox.ts';
import { clear, load, persist, STORAGE_KEY } from '../../../src/lib/directory/storage.ts';
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
