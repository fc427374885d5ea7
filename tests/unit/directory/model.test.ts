import { describe, expect, it } from 'vitest';
import { canEditField, deliveryProblems, fields, permissions, practiceNote, roles, save, searchPeople, validate, type Person } from '../../../src/lib/directory/model.ts';
import { companies, seedPeople } from '../../../src/lib/directory/seed.ts';

const people = seedPeople();
const byName = (first: string) => people.find((p) => p.firstName === first)!;
const now = new Date('2026-11-28T10:00:00Z');

describe('permissions per role', () => {
  it.each([
    ['admin', true, true],
    ['standard-edit', true, false],
    ['read-only-edit', true, false],
    ['standard', false, false],
    ['read-only', false, false],
  ] as const)('%s: can edit %s, admin-only fields %s', (role, canEdit, canEditAdminFields) => {
    expect(permissions(role)).toEqual({ canEdit, canEditAdminFields });
  });

  it('keeps the admin-only fields for admins', () => {
    const adminOnly = fields.filter((f) => f.adminOnly).map((f) => f.label);
    expect(adminOnly).toEqual(['Email Address', 'Login', 'Active?', 'Classification', 'Send This User Messages']);
    expect(canEditField('standard-edit', 'jobTitle')).toBe(true);
    expect(canEditField('standard-edit', 'sendMessages')).toBe(false);
    expect(canEditField('read-only', 'jobTitle')).toBe(false);
    expect(canEditField('read-only-edit', 'jobTitle')).toBe(true);
    expect(canEditField('read-only-edit', 'email')).toBe(false);
  });

  it('offers Read Only with the Create and Edit Users permission as a role', () => {
    expect(roles.map((r) => r.label)).toContain('Read Only with ‘Create and Edit Users’');
  });
});

describe('validation', () => {
  const valid = byName('Avery');
  it('accepts a complete person', () => {
    expect(validate(valid)).toEqual({});
  });
  it('checks only that the email address looks complete, with a reserved sample address', () => {
    expect(validate({ ...valid, email: 'avery@harborline' })).toEqual({ email: 'Enter a full email address, such as name@company.example.' });
    expect(validate({ ...valid, email: 'avery collins@harborline.example' }).email).toBeDefined();
    expect(validate({ ...valid, email: '' }).email).toBeDefined();
  });

  it('invents no rules the sources do not state: no required names, no login format, no initials limit', () => {
    expect(validate({ ...valid, firstName: '', lastName: ' ', login: 'avery', initials: 'ABCDEFG' })).toEqual({});
  });

  it('labels every rule and aid of its own as practice', () => {
    for (const note of Object.values(practiceNote)) expect(note).toMatch(/^Practice (simplification|aid):/);
  });
});

describe('save and history', () => {
  const dana = byName('Dana');
  it('saves an admin change and records before and after', () => {
    const result = save(dana, { ...dana, sendMessages: 'via-email', jobTitle: 'Senior Project Engineer' }, 'admin', { now, sendInvitation: false });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.person.sendMessages).toBe('via-email');
    expect(result.changes).toEqual([
      { personId: 'p02', at: '2026-11-28T10:00:00.000Z', by: 'Directory Admin', field: 'Job Title', before: 'Project Engineer', after: 'Senior Project Engineer' },
      { personId: 'p02', at: '2026-11-28T10:00:00.000Z', by: 'Directory Admin', field: 'Send This User Messages', before: 'Not at All', after: 'Via Email' },
    ]);
  });

  it('refuses admin-only fields for a Standard user with Create and Edit Users, but saves the rest', () => {
    const refused = save(dana, { ...dana, sendMessages: 'via-email' }, 'standard-edit', { now, sendInvitation: false });
    expect(refused).toMatchObject({ ok: false, errors: { sendMessages: 'Only Directory admins can change Send This User Messages.' } });
    const allowed = save(dana, { ...dana, cellPhone: '555-0199' }, 'standard-edit', { now, sendInvitation: false });
    expect(allowed.ok).toBe(true);
    expect(save(dana, { ...dana, jobTitle: 'Lead Engineer' }, 'read-only-edit', { now, sendInvitation: false }).ok).toBe(true);
  });

  it('refuses any edit for Read Only and Standard without the permission', () => {
    for (const role of ['read-only', 'standard'] as const) {
      expect(save(dana, { ...dana, jobTitle: 'X' }, role, { now, sendInvitation: false })).toMatchObject({ ok: false, message: expect.stringContaining('cannot edit people') });
    }
  });

  it('saves nothing while a field is invalid, and says how many need fixing', () => {
    const result = save(dana, { ...dana, email: 'dana@' }, 'admin', { now, sendInvitation: false });
    expect(result).toMatchObject({ ok: false, message: 'One field needs fixing before you can save.' });
  });

  it('does not send an invitation to someone whose messages are off', () => {
    const result = save(dana, { ...dana, jobTitle: 'PE' }, 'admin', { now, sendInvitation: true });
    expect(result.ok && result.invitation).toEqual({ sent: false, message: 'Invitation not sent: ‘Send This User Messages’ is set to ‘Not at All’.' });
    const on = save(dana, { ...dana, sendMessages: 'via-email' }, 'admin', { now, sendInvitation: true });
    expect(on.ok && on.invitation?.sent).toBe(true);
  });
});

describe('delivery of a test email', () => {
  const ok: Person = byName('Avery');
  it('is delivered when everything is in order', () => {
    expect(deliveryProblems(ok, true)).toEqual([]);
  });
  it.each([
    ['setting off', { sendMessages: 'not-at-all' as const }, true, 'not-at-all'],
    ['an invalid address', { email: 'avery@harborline' }, true, 'invalid-email'],
    ['a mail server that does not allowlist Procore', {}, false, 'not-allowlisted'],
  ])('is not delivered with %s, and says why', (_, change, allowlists, code) => {
    const problems = deliveryProblems({ ...ok, ...change }, allowlists);
    expect(problems.map((p) => p.code)).toEqual([code]);
    expect(problems[0]!.fix.length).toBeGreaterThan(10);
  });

  it('does not treat an inactive person as unreachable: the sources do not say so', () => {
    expect(deliveryProblems({ ...ok, active: false }, true)).toEqual([]);
  });
});

describe('searching the list', () => {
  it('finds people by name, email or company, and filters by company', () => {
    expect(searchPeople(people, companies, 'whitfield', '').map((p) => p.id)).toEqual(['p02']);
    expect(searchPeople(people, companies, 'ridgeway-electric', '').map((p) => p.companyId)).toEqual(['ridgeway', 'ridgeway', 'ridgeway', 'ridgeway']);
    expect(searchPeople(people, companies, 'summit steel', '')).toHaveLength(3);
    expect(searchPeople(people, companies, '', 'northgate')).toHaveLength(3);
    expect(searchPeople(people, companies, 'nobody', '')).toEqual([]);
  });
});
