import { describe, expect, it } from 'vitest';
import { scenarioState } from '../../../src/lib/directory/sandbox.ts';
import type { SandboxState } from '../../../src/lib/directory/state.ts';
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
    for (const raw of ['{not json', 'null', '[]', '"text"', JSON.stringify({ people: 1, history: 2, allowlists: 3, role: 4, guide: 5 })]) {
      store.setItem(STORAGE_KEY, raw);
      expect(load(store, scenarioState('setting-off'))).toEqual({ problem: 'unreadable' });
    }
  });

  it.each([
    ['a negative guide step', (s: Saved): void => {
      s.guide!.step = -1;
    }, ['guide']],
    ['a guide step past the end', (s: Saved): void => {
      s.guide!.step = 99;
    }, ['guide']],
    ['an unknown exercise', (s: Saved): void => {
      s.guide!.scenarioId = 'gone';
    }, ['guide']],
    ['an unknown company id', (s: Saved): void => {
      s.people[0]!.companyId = 'no-such-company';
    }, ['people', 'history']],
    ['a person missing', (s: Saved): void => {
      s.people.pop();
    }, ['people', 'history']],
    ['a null history entry', (s: Saved): void => {
      s.history.push(null as never);
    }, ['history']],
    ['a fractional guide step', (s: Saved): void => {
      s.guide!.step = 0.5;
    }, ['guide']],
    ['a Send This User Messages value that is neither option', (s: Saved): void => {
      s.people[0]!.sendMessages = 'sometimes' as never;
    }, ['people', 'history']],
    ['an Active? that is not true or false', (s: Saved): void => {
      s.people[0]!.active = 'yes' as never;
    }, ['people', 'history']],
    ['a change recorded for a person not in the Directory', (s: Saved): void => {
      s.history[0]!.personId = 'nobody';
    }, ['history']],
    ['an unknown role', (s: Saved): void => {
      s.role = 'superuser' as never;
    }, ['role']],
    ['an allowlist for an unknown company', (s: Saved): void => {
      s.allowlists = { nowhere: true };
    }, ['allowlists']],
  ] as const)('drops only the part that does not fit: %s', (_, corrupt, dropped) => {
    const store = memory();
    const base = scenarioState('setting-off');
    const edited = play(base, [{ type: 'open-edit', personId: 'p02' }, { type: 'save', personId: 'p02', draft: { ...draftOf(base, 'p02'), jobTitle: 'Lead' }, sendInvitation: false, now }]);
    persist(store, edited);
    const saved = JSON.parse(store.getItem(STORAGE_KEY)!) as Saved;
    corrupt(saved);
    store.setItem(STORAGE_KEY, JSON.stringify(saved));
    const loaded = load(store, base);
    expect(loaded.dropped).toEqual(dropped);
    const state = loaded.state!;
    expect(state.guide).toEqual(dropped.includes('guide' as never) ? base.guide : edited.guide);
    expect(state.people.find((p) => p.id === 'p02')!.jobTitle).toBe(dropped.includes('people' as never) ? base.people.find((p) => p.id === 'p02')!.jobTitle : 'Lead');
    expect(state.people.every((p) => state.companies.some((c) => c.id === p.companyId))).toBe(true);
    expect(state.history.every((h) => h && typeof h.personId === 'string')).toBe(true);
  });
});

type Saved = Pick<SandboxState, 'people' | 'allowlists' | 'history' | 'role' | 'guide'>;
