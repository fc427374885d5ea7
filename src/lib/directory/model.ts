/**
 * The simulated Directory: people, companies, who may edit what, validation, saving with a change
 * history, and what happens to a test email. Plain functions over plain data; no React, no storage.
 *
 * What the vendor's help pages state is modelled as the product does it (who may edit, the
 * admin-only fields, the two message options). Anything else this copy needs to work is a
 * practice simplification and says so on screen (`practiceNote`).
 */
import { site } from '../../site.config.ts';

export type SendMessages = 'via-email' | 'not-at-all';
export const sendMessagesLabels: Record<SendMessages, string> = { 'via-email': 'Via Email', 'not-at-all': 'Not at All' };

export interface Company {
  id: string;
  name: string;
  /** The company that owns the account; the others are collaborators on its projects. */
  owner: boolean;
}

export interface Person {
  id: string;
  companyId: string;
  firstName: string;
  lastName: string;
  initials: string;
  email: string;
  login: string;
  jobTitle: string;
  businessPhone: string;
  businessFax: string;
  cellPhone: string;
  address: string;
  city: string;
  countryState: string;
  zip: string;
  tags: string;
  active: boolean;
  classification: string;
  sendMessages: SendMessages;
}

export type EditableField = Exclude<keyof Person, 'id' | 'companyId'>;

export interface FieldSpec {
  name: EditableField;
  label: string;
  adminOnly: boolean;
  type?: 'text' | 'email' | 'tel' | 'checkbox' | 'select';
}

/**
 * The Contact Information page's fields as the vendor's help pages list them, and which of them only
 * Directory admins may change. (The sources do not say which fields are required; this copy requires none.)
 */
export const fields: FieldSpec[] = [
  { name: 'firstName', label: 'First Name', adminOnly: false },
  { name: 'lastName', label: 'Last Name', adminOnly: false },
  { name: 'initials', label: 'Initials', adminOnly: false },
  { name: 'email', label: 'Email Address', adminOnly: true, type: 'email' },
  { name: 'login', label: 'Login', adminOnly: true },
  { name: 'address', label: 'Address', adminOnly: false },
  { name: 'city', label: 'City', adminOnly: false },
  { name: 'countryState', label: 'Country/State', adminOnly: false },
  { name: 'zip', label: 'ZIP', adminOnly: false },
  { name: 'businessPhone', label: 'Business Phone', adminOnly: false, type: 'tel' },
  { name: 'businessFax', label: 'Business Fax', adminOnly: false, type: 'tel' },
  { name: 'cellPhone', label: 'Cell Phone', adminOnly: false, type: 'tel' },
  { name: 'jobTitle', label: 'Job Title', adminOnly: false },
  { name: 'tags', label: 'Tags/Keywords', adminOnly: false },
  { name: 'active', label: 'Active?', adminOnly: true, type: 'checkbox' },
  { name: 'classification', label: 'Classification', adminOnly: true },
  { name: 'sendMessages', label: 'Send This User Messages', adminOnly: true, type: 'select' },
];

/** Every rule or aid of this copy that the vendor's help pages do not describe, as shown on screen. */
export const practiceNote = {
  requiredFields: 'Practice simplification: this copy requires no field. Which fields the real Directory requires is not described here.',
  emailCheck: 'Practice simplification: this copy checks that an email address looks complete before it saves. The real Directory’s own checks are not described here.',
  changeHistory: 'Practice simplification: the real Directory keeps every edit in a Change History tab; this copy lists each saved change with its values before and after, and what the real tab shows may differ.',
  testEmail: `Practice aid: the real ${site.productName} Directory has no test email button. To check for real, trigger the email again, for example by asking the person to request a new password reset.`,
} as const;
const fieldSpec = (name: EditableField) => fields.find((f) => f.name === name)!;

// ---------------------------------------------------------------- roles

export type Role = 'admin' | 'standard-edit' | 'read-only-edit' | 'standard' | 'read-only';
/** Directory access levels; 'Create and Edit Users' is the granular permission that lets Standard and Read Only users edit people. */
export const roles: { id: Role; label: string }[] = [
  { id: 'admin', label: 'Directory Admin' },
  { id: 'standard-edit', label: "Standard with ‘Create and Edit Users’" },
  { id: 'read-only-edit', label: "Read Only with ‘Create and Edit Users’" },
  { id: 'standard', label: 'Standard' },
  { id: 'read-only', label: 'Read Only' },
];
export const roleLabel = (role: Role) => roles.find((r) => r.id === role)!.label;

export interface Permissions {
  canEdit: boolean;
  canEditAdminFields: boolean;
}

export function permissions(role: Role): Permissions {
  return { canEdit: role === 'admin' || role === 'standard-edit' || role === 'read-only-edit', canEditAdminFields: role === 'admin' };
}

export function canEditField(role: Role, field: EditableField): boolean {
  const p = permissions(role);
  return p.canEdit && (!fieldSpec(field).adminOnly || p.canEditAdminFields);
}

// ---------------------------------------------------------------- validation

const emailPattern = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)*\.[a-z]{2,}$/i;
export const isWellFormedEmail = (value: string) => emailPattern.test(value.trim());

export type FieldErrors = Partial<Record<EditableField, string>>;

/** The practice copy's one check (a practice simplification): an email address that looks complete. */
export function validate(draft: Person): FieldErrors {
  return isWellFormedEmail(draft.email) ? {} : { email: 'Enter a full email address, such as name@company.example.' };
}

// ---------------------------------------------------------------- saving

export interface ChangeRecord {
  personId: string;
  at: string;
  by: string;
  field: string;
  before: string;
  after: string;
}

const displayValue = (field: EditableField, value: Person[EditableField]): string =>
  field === 'sendMessages' ? sendMessagesLabels[value as SendMessages] : typeof value === 'boolean' ? (value ? 'Yes' : 'No') : String(value);

export type SaveResult =
  | { ok: true; person: Person; changes: ChangeRecord[]; invitation?: { sent: boolean; message: string } }
  | { ok: false; errors: FieldErrors; message: string };

/** Checks permissions and validation, then returns the saved person and one history record per changed field. */
export function save(original: Person, draft: Person, role: Role, options: { now: Date; sendInvitation: boolean }): SaveResult {
  if (!permissions(role).canEdit) return { ok: false, errors: {}, message: `As ${roleLabel(role)} you cannot edit people. Ask a Directory admin.` };
  const changed = fields.filter((f) => draft[f.name] !== original[f.name]);
  const forbidden = changed.filter((f) => !canEditField(role, f.name));
  if (forbidden.length) {
    const errors: FieldErrors = Object.fromEntries(forbidden.map((f) => [f.name, `Only Directory admins can change ${f.label}.`]));
    return { ok: false, errors, message: `Only Directory admins can change ${forbidden.map((f) => f.label).join(', ')}.` };
  }
  const errors = validate(draft);
  const count = Object.keys(errors).length;
  if (count) return { ok: false, errors, message: `${count === 1 ? 'One field needs' : `${count} fields need`} fixing before you can save.` };

  const by = roleLabel(role);
  const at = options.now.toISOString();
  const changes = changed.map((f) => ({ personId: original.id, at, by, field: f.label, before: displayValue(f.name, original[f.name]), after: displayValue(f.name, draft[f.name]) }));
  const saved = { ...draft, email: draft.email.trim(), login: draft.login.trim() };
  if (!options.sendInvitation) return { ok: true, person: saved, changes };
  const blocked = deliveryProblems(saved, undefined).filter((p) => p.code !== 'not-allowlisted');
  const invitation = blocked.length
    ? { sent: false, message: `Invitation not sent: ${blocked[0]!.message}` }
    : { sent: true, message: `Invitation sent to ${saved.email}.` };
  return { ok: true, person: saved, changes: [...changes, { personId: original.id, at, by, field: 'Invitation', before: '', after: invitation.sent ? 'Sent' : 'Not sent' }], invitation };
}

// ---------------------------------------------------------------- delivery

type DeliveryProblemCode = 'not-at-all' | 'invalid-email' | 'not-allowlisted';

export interface DeliveryProblem {
  code: DeliveryProblemCode;
  message: string;
  fix: string;
}

/** Why an email to this person would not arrive; empty when it would. */
export function deliveryProblems(person: Person, mailServerAllowlists: boolean | undefined): DeliveryProblem[] {
  const problems: DeliveryProblem[] = [];
  if (person.sendMessages === 'not-at-all') {
    problems.push({ code: 'not-at-all', message: "‘Send This User Messages’ is set to ‘Not at All’.", fix: "A Directory admin sets ‘Send This User Messages’ to ‘Via Email’ and saves." });
  }
  if (!isWellFormedEmail(person.email)) problems.push({ code: 'invalid-email', message: `the email address "${person.email}" is not valid.`, fix: 'A Directory admin corrects the Email Address and saves.' });
  if (mailServerAllowlists === false) {
    problems.push({
      code: 'not-allowlisted',
      message: `their company’s mail server does not allowlist ${site.productName}’s senders.`,
      fix: `Their company’s mail administrator adds ${site.productName}’s senders to the allowlist.`,
    });
  }
  return problems;
}

// ---------------------------------------------------------------- the list

export function searchPeople(people: readonly Person[], companies: readonly Company[], query: string, companyId: string): Person[] {
  const q = query.trim().toLowerCase();
  const companyName = (id: string) => companies.find((c) => c.id === id)?.name ?? '';
  return people
    .filter((p) => companyId === '' || p.companyId === companyId)
    .filter((p) => q === '' || [`${p.firstName} ${p.lastName}`, `${p.lastName}, ${p.firstName}`, p.email, companyName(p.companyId)].some((s) => s.toLowerCase().includes(q)))
    .sort((a, b) => a.lastName.localeCompare(b.lastName) || a.firstName.localeCompare(b.firstName));
}

export const fullName = (p: Pick<Person, 'firstName' | 'lastName'>) => `${p.firstName} ${p.lastName}`;
