/**
 * The whole practice sandbox as one state with one reducer: the Directory data, who the reader is
 * viewing as, what is on screen, and the guided exercise. The island dispatches events; this decides.
 */
import { advanceGuide, findScenario, startGuide } from './guide.ts';
import { deliveryProblems, permissions, save, type FieldErrors } from './model.ts';
import { companies, seedAllowlists, seedPeople } from './seed.ts';
import { counted } from '../text.ts';
import type { SandboxEvent, SandboxState } from './state.ts';

export function initialState(): SandboxState {
  return { people: seedPeople(), companies, allowlists: { ...seedAllowlists }, history: [], role: 'admin', query: '', companyFilter: '' };
}

/** Fresh seed data with a scenario's starting point (role, guide at step 1). */
export function scenarioState(scenarioId: string): SandboxState {
  const scenario = findScenario(scenarioId);
  const state = initialState();
  if (!scenario) return state;
  return { ...state, role: scenario.startRole, guide: startGuide(scenario.id) };
}

export interface Outcome {
  state: SandboxState;
  /** For a save: the result, so the form can show errors or a confirmation. */
  save?: { ok: true; message: string } | { ok: false; errors: FieldErrors; message: string };
}

export function reduce(state: SandboxState, event: SandboxEvent): Outcome {
  const next = apply(state, event);
  const guided = next.state.guide ? { ...next.state, guide: advanceGuide(next.state.guide, event, next.state) } : next.state;
  return { ...next, state: guided };
}

function apply(state: SandboxState, event: SandboxEvent): Outcome {
  switch (event.type) {
    case 'search':
      return { state: { ...state, query: event.query } };
    case 'filter':
      return { state: { ...state, companyFilter: event.companyId } };
    case 'role':
      return { state: { ...state, role: event.role, editing: permissions(event.role).canEdit ? state.editing : undefined } };
    case 'open-edit':
      if (!permissions(state.role).canEdit || !state.people.some((p) => p.id === event.personId)) return { state };
      return { state: { ...state, editing: event.personId, lastTestEmail: undefined } };
    case 'close-edit':
      return { state: { ...state, editing: undefined } };
    case 'change-field':
      return { state };
    case 'save': {
      const original = state.people.find((p) => p.id === event.personId);
      if (!original) return { state };
      const result = save(original, event.draft, state.role, { now: event.now, sendInvitation: event.sendInvitation });
      if (!result.ok) return { state, save: result };
      const saved = result.changes.length ? `Saved ${counted(result.changes.filter((c) => c.field !== 'Invitation').length, 'change')}.` : 'Nothing changed, so there was nothing to save.';
      return {
        state: { ...state, people: state.people.map((p) => (p.id === original.id ? result.person : p)), history: [...result.changes, ...state.history], editing: undefined },
        save: { ok: true, message: [saved, result.invitation?.message].filter(Boolean).join(' ') },
      };
    }
    case 'test-email': {
      const person = state.people.find((p) => p.id === event.personId);
      if (!person) return { state };
      const problems = deliveryProblems(person, state.allowlists[person.companyId] ?? true);
      return { state: { ...state, lastTestEmail: { personId: person.id, delivered: problems.length === 0, problems } } };
    }
    case 'allowlist':
      return { state: { ...state, allowlists: { ...state.allowlists, [event.companyId]: event.on }, lastTestEmail: state.lastTestEmail && { ...state.lastTestEmail, stale: true } } };
    case 'free-explore':
      return { state: { ...state, guide: undefined } };
    case 'scenario':
      return { state: scenarioState(event.scenarioId) };
  }
}
