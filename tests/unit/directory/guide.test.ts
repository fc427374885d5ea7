import { describe, expect, it } from 'vitest';
import { findScenario, isFinished, scenarios } from '../../../src/lib/directory/guide.ts';
import { scenarioState } from '../../../src/lib/directory/sandbox.ts';
import { draftOf, now, play } from './play.ts';

describe('scenarios', () => {
  it('load fresh seed data, the starting role and step 1', () => {
    const state = scenarioState('collaborator');
    expect(state.role).toBe('read-only');
    expect(state.guide).toEqual({ scenarioId: 'collaborator', step: 0 });
    expect(scenarios.map((s) => s.id)).toEqual(['setting-off', 'invalid-email', 'collaborator', 'not-allowlisted']);
    expect(scenarioState('no-such').guide).toBeUndefined();
  });
});

describe('guided mode: setting-off', () => {
  const start = scenarioState('setting-off');

  it('advances only on the real actions, to the end', () => {
    let s = play(start, [{ type: 'search', query: 'whit' }]);
    expect(s.guide!.step).toBe(1);
    s = play(s, [{ type: 'open-edit', personId: 'p02' }]);
    expect(s.guide!.step).toBe(2);
    s = play(s, [{ type: 'change-field', personId: 'p02', field: 'sendMessages', value: 'via-email' }]);
    expect(s.guide!.step).toBe(3);
    s = play(s, [{ type: 'save', personId: 'p02', draft: { ...draftOf(s, 'p02'), sendMessages: 'via-email' }, sendInvitation: false, now }]);
    expect(s.guide!.step).toBe(4);
    expect(s.history[0]).toMatchObject({ field: 'Send This User Messages', before: 'Not at All', after: 'Via Email' });
    s = play(s, [{ type: 'test-email', personId: 'p02' }]);
    expect(isFinished(s.guide!)).toBe(true);
  });

  it('gives a gentle hint for a wrong person and does not advance', () => {
    const s = play(start, [{ type: 'search', query: 'dana' }, { type: 'open-edit', personId: 'p01' }]);
    expect(s.guide).toEqual({ scenarioId: 'setting-off', step: 1, hint: 'That is Avery Collins. Go back to the list and click Edit next to Dana Whitfield.' });
  });

  it('does not count a search that does not find the person', () => {
    expect(play(start, [{ type: 'search', query: 'collins' }]).guide!.step).toBe(0);
  });

  it('hints when saving without changing the setting, or choosing Not at All', () => {
    let s = play(start, [{ type: 'open-edit', personId: 'p02' }]);
    expect(s.guide!.step).toBe(2);
    s = play(s, [{ type: 'change-field', personId: 'p02', field: 'sendMessages', value: 'not-at-all' }]);
    expect(s.guide!.hint).toMatch(/Choose ‘Via Email’/);
    s = play(s, [{ type: 'change-field', personId: 'p02', field: 'sendMessages', value: 'via-email' }]);
    s = play(s, [{ type: 'close-edit' }]);
    expect(s.guide!.hint).toMatch(/without saving/);
    expect(s.guide!.step).toBe(3);
  });

  it('hints with the reason when the test email still fails', () => {
    const s = play(start, [
      { type: 'open-edit', personId: 'p02' },
      { type: 'change-field', personId: 'p02', field: 'sendMessages', value: 'via-email' },
      { type: 'save', personId: 'p02', draft: { ...draftOf(start, 'p02'), sendMessages: 'via-email' }, sendInvitation: false, now },
      { type: 'allowlist', companyId: 'harborline', on: false },
      { type: 'test-email', personId: 'p02' },
    ]);
    expect(s.guide!.step).toBe(4);
    expect(s.guide!.hint).toBe('Still not delivered: their company’s mail server does not allowlist Procore’s senders.');
  });
});

describe('guided mode: the other scenarios', () => {
  it('collaborator: cannot edit as Read Only until switching to Directory Admin', () => {
    let s = play(scenarioState('collaborator'), [{ type: 'search', query: 'marco' }, { type: 'open-edit', personId: 'p10' }]);
    expect(s.editing).toBeUndefined();
    expect(s.guide!.step).toBe(1);
    s = play(s, [{ type: 'role', role: 'standard' }]);
    expect(s.guide!.hint).toMatch(/Only a Directory Admin/);
    s = play(s, [{ type: 'role', role: 'admin' }, { type: 'open-edit', personId: 'p10' }]);
    expect(s.guide!.step).toBe(3);
  });

  it('invalid-email: fixing the address and saving lets the test through', () => {
    const start = scenarioState('invalid-email');
    const s = play(start, [
      { type: 'search', query: 'priya' },
      { type: 'open-edit', personId: 'p03' },
      { type: 'change-field', personId: 'p03', field: 'email', value: 'priya.natarajan@harborline.example' },
      { type: 'save', personId: 'p03', draft: { ...draftOf(start, 'p03'), email: 'priya.natarajan@harborline.example' }, sendInvitation: false, now },
      { type: 'test-email', personId: 'p03' },
    ]);
    expect(isFinished(s.guide!)).toBe(true);
  });

  it('not-allowlisted: the test fails until the company allowlists Procore', () => {
    let s = play(scenarioState('not-allowlisted'), [{ type: 'test-email', personId: 'p13' }]);
    expect(s.lastTestEmail).toMatchObject({ delivered: false, problems: [{ code: 'not-allowlisted' }] });
    expect(s.guide!.step).toBe(2);
    s = play(s, [{ type: 'allowlist', companyId: 'summit', on: true }, { type: 'test-email', personId: 'p13' }]);
    expect(s.lastTestEmail!.delivered).toBe(true);
    expect(isFinished(s.guide!)).toBe(true);
  });

  it('free explore drops the checks', () => {
    expect(play(scenarioState('setting-off'), [{ type: 'free-explore' }]).guide).toBeUndefined();
    expect(findScenario('setting-off')!.steps).toHaveLength(5);
  });
});
