import { describe, expect, it } from 'vitest';
import { resume } from '../../../src/lib/directory/resume.ts';
import { scenarioState } from '../../../src/lib/directory/sandbox.ts';
import { persist, STORAGE_KEY } from '../../../src/lib/directory/storage.ts';
import { memoryStore } from '../stores.ts';
import { play } from './play.ts';

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
    expect(result.notices).toEqual(['This link asks for a practice exercise called “\u2068bogus\u2069”, which does not exist. Pick one from the list, or explore freely.']);
  });

  it('says which parts of the saved data were left out', () => {
    const s = store();
    s.setItem(STORAGE_KEY, JSON.stringify({ ...scenarioState('setting-off'), guide: { scenarioId: 'setting-off', step: -1 }, role: 'superuser' }));
    expect(resume({ fromUrl: 'setting-off', fallback: undefined, store: s }).notices).toEqual([
      'Part of the practice data saved earlier did not fit this version of the sandbox, so it starts fresh for the “Viewing as” role, the exercise progress. Everything else is as you left it.',
    ]);
  });

  it('isolates the exercise name it echoes from the link, without its direction overrides', () => {
    const result = resume({ fromUrl: '\u202Egnitrats\u2069\u202E', fallback: undefined, store: store() });
    expect(result.notices[0]).toContain('called “\u2068gnitrats\u2069”, which does not exist');
  });

  it('reports blocked storage so the island can say it works in memory', () => {
    const result = resume({ fromUrl: null, fallback: undefined, store: undefined });
    expect(result.inMemory).toBe(true);
    expect(result.notices[0]).toMatch(/works in memory only/);
  });
});
