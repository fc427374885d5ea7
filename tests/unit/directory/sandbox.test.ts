import { describe, expect, it } from 'vitest';
import { permissions, roles } from '../../../src/lib/directory/model.ts';
import { initialState, reduce } from '../../../src/lib/directory/sandbox.ts';

const withEdit = roles.filter((r) => permissions(r.id).canEdit).map((r) => r.id);
const withoutEdit = roles.filter((r) => !permissions(r.id).canEdit).map((r) => r.id);

/** The sandbox as an admin with the first person's Contact Information page open. */
function editingFirstPerson() {
  const start = initialState();
  const personId = start.people[0]!.id;
  const { state } = reduce({ ...start, role: withEdit[0]! }, { type: 'open-edit', personId });
  expect(state.editing).toBe(personId);
  return { state, personId };
}

describe('viewing as another role', () => {
  it.each(withoutEdit)('switching to %s, which cannot edit, closes the open Contact Information page', (role) => {
    const { state } = editingFirstPerson();
    expect(reduce(state, { type: 'role', role }).state.editing).toBeUndefined();
  });

  it.each(withEdit)('switching to %s, which can edit, keeps the open Contact Information page', (role) => {
    const { state, personId } = editingFirstPerson();
    expect(reduce(state, { type: 'role', role }).state.editing).toBe(personId);
  });

  it.each(withoutEdit)('as %s, a Contact Information page does not open', (role) => {
    const start = { ...initialState(), role };
    expect(reduce(start, { type: 'open-edit', personId: start.people[0]!.id }).state.editing).toBeUndefined();
  });
});
