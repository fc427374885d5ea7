/**
 * Guided exercises: the article's steps as a checklist that advances only when the reader does the
 * real thing in the sandbox, with a gentle hint after a wrong move.
 */
import { site } from '../../site.config.ts';
import { fullName, isWellFormedEmail, searchPeople, type Person, type Role } from './model.ts';
import type { GuideProgress, SandboxEvent, SandboxState } from './state.ts';

interface GuideStep {
  label: string;
  /** Whether this event, in the state it produced, completes the step. */
  done(event: SandboxEvent, state: SandboxState): boolean;
  /** A hint when the event is a wrong move for this step. */
  hint?(event: SandboxEvent, state: SandboxState): string | undefined;
}

export interface Scenario {
  id: string;
  title: string;
  /** What the reader is asked to do, in one or two sentences. */
  brief: string;
  startRole: Role;
  personId: string;
  steps: GuideStep[];
  finished: string;
}

const person = (state: SandboxState, id: string) => state.people.find((p) => p.id === id)!;
const nameOf = (state: SandboxState, id: string) => fullName(person(state, id));

function findStep(personId: string, name: string): GuideStep {
  return {
    label: `Find ${name} in the list (this practice copy lets you search by name, email or company).`,
    done: (e, s) =>
      (e.type === 'search' && e.query.trim().length > 1 && searchPeople(s.people, s.companies, e.query, s.companyFilter).some((p) => p.id === personId)) ||
      (e.type === 'filter' && e.companyId === person(s, personId).companyId) ||
      (e.type === 'open-edit' && e.personId === personId) ||
      (e.type === 'test-email' && e.personId === personId),
    hint: (e, s) => (e.type === 'open-edit' && e.personId !== personId ? `That is ${nameOf(s, e.personId)}. Go back and find ${name}: search for their name.` : undefined),
  };
}

function editStep(personId: string, name: string): GuideStep {
  return {
    label: `Click Edit next to ${name} to open their Contact Information page.`,
    done: (e) => e.type === 'open-edit' && e.personId === personId,
    hint: (e, s) => (e.type === 'open-edit' && e.personId !== personId ? `That is ${nameOf(s, e.personId)}. Go back to the list and click Edit next to ${name}.` : undefined),
  };
}

function saveStep(personId: string, name: string, fixed: (p: Person) => boolean, notYet: string): GuideStep {
  return {
    label: 'Scroll to the bottom of the page and click Save.',
    done: (e, s) => e.type === 'save' && e.personId === personId && s.editing === undefined && fixed(person(s, personId)),
    hint: (e, s) => {
      if (e.type === 'save' && e.personId === personId && s.editing === undefined) return notYet;
      if (e.type === 'close-edit') return `You left ${name}’s page without saving. Click Edit next to ${name} again.`;
      return undefined;
    },
  };
}

function testEmailStep(personId: string, name: string): GuideStep {
  return {
    label: `Send ${name} a practice test email and check that it is delivered.`,
    done: (e, s) => e.type === 'test-email' && e.personId === personId && s.lastTestEmail?.delivered === true,
    hint: (e, s) =>
      e.type === 'test-email' && e.personId === personId && s.lastTestEmail && !s.lastTestEmail.delivered
        ? `Still not delivered: ${s.lastTestEmail.problems[0]!.message}`
        : e.type === 'test-email'
          ? `That test went to ${nameOf(s, e.personId)}. Send it to ${name}.`
          : undefined,
  };
}

const settingStep = (personId: string): GuideStep => ({
  label: "Set ‘Send This User Messages’ to ‘Via Email’.",
  done: (e) => e.type === 'change-field' && e.personId === personId && e.field === 'sendMessages' && e.value === 'via-email',
  hint: (e) => (e.type === 'change-field' && e.field === 'sendMessages' && e.value === 'not-at-all' ? "‘Not at All’ is what stops every message. Choose ‘Via Email’." : undefined),
});

export const scenarios: Scenario[] = [
  {
    id: 'setting-off',
    title: "A person’s messages are switched off",
    brief: `Dana Whitfield, a project engineer at Harborline Builders, gets no ${site.productName} email at all, not even password resets. As a Directory admin, turn her messages back on.`,
    startRole: 'admin',
    personId: 'p02',
    steps: [
      findStep('p02', 'Dana Whitfield'),
      editStep('p02', 'Dana Whitfield'),
      settingStep('p02'),
      saveStep('p02', 'Dana Whitfield', (p) => p.sendMessages === 'via-email', "Dana’s setting is still ‘Not at All’. Open her page again and choose ‘Via Email’ before saving."),
      testEmailStep('p02', 'Dana Whitfield'),
    ],
    finished: "Done. Dana’s messages are on and the practice test email was delivered. In the real Directory, ask her to request a new password reset to confirm.",
  },
  {
    id: 'invalid-email',
    title: 'The email address is wrong',
    brief: `Priya Natarajan never receives ${site.productName} email. Her messages are on, but something is wrong with her profile. Find it and fix it.`,
    startRole: 'admin',
    personId: 'p03',
    steps: [
      findStep('p03', 'Priya Natarajan'),
      editStep('p03', 'Priya Natarajan'),
      {
        label: 'Correct the Email Address: it has no ending after the company name (it should be priya.natarajan@harborline.example).',
        done: (e) => e.type === 'change-field' && e.personId === 'p03' && e.field === 'email' && typeof e.value === 'string' && isWellFormedEmail(e.value),
      },
      saveStep('p03', 'Priya Natarajan', (p) => isWellFormedEmail(p.email), "Priya’s email address is still not valid. Open her page again and correct it before saving."),
      testEmailStep('p03', 'Priya Natarajan'),
    ],
    finished: "Done. Priya’s address is fixed and the practice test email was delivered. In the real Directory, trigger the email again to confirm.",
  },
  {
    id: 'collaborator',
    title: "A collaborator’s messages are off",
    brief: `Marco Ruiz works for Ridgeway Electric, a collaborator on Harborline Builders’ project, and gets no ${site.productName} email. You start as a Read Only user: see why you cannot fix it, then fix it as Harborline’s Directory admin.`,
    startRole: 'read-only',
    personId: 'p10',
    steps: [
      findStep('p10', 'Marco Ruiz'),
      {
        label: "There is no Edit for you as Read Only. Switch ‘Viewing as’ to Directory Admin, as the client’s administrator who gets the request.",
        done: (e) => e.type === 'role' && e.role === 'admin',
        hint: (e) => (e.type === 'role' && e.role !== 'admin' ? "Only a Directory Admin can change ‘Send This User Messages’." : undefined),
      },
      editStep('p10', 'Marco Ruiz'),
      settingStep('p10'),
      saveStep('p10', 'Marco Ruiz', (p) => p.sendMessages === 'via-email', "Marco’s setting is still ‘Not at All’. Open his page again and choose ‘Via Email’ before saving."),
      testEmailStep('p10', 'Marco Ruiz'),
    ],
    finished: `Done. In real life Marco asks someone on the client’s project team, who passes it to the client’s ${site.productName} administrator, as you just did.`,
  },
  {
    id: 'not-allowlisted',
    title: `A company’s mail server blocks ${site.productName}`,
    brief: `Keiko Tanaka’s profile is fine, yet nobody at Summit Steel Erectors receives ${site.productName} email. Send a practice test email, read why it fails, then have Summit’s mail server allowlist ${site.productName}.`,
    startRole: 'admin',
    personId: 'p13',
    steps: [
      findStep('p13', 'Keiko Tanaka'),
      { label: 'Send Keiko Tanaka a practice test email and read why it is not delivered.', done: (e) => e.type === 'test-email' && e.personId === 'p13' },
      {
        label: `Switch on “Summit Steel Erectors’ mail server allowlists ${site.productName}” (in real life, their mail administrator does this).`,
        done: (e) => e.type === 'allowlist' && e.companyId === 'summit' && e.on,
      },
      testEmailStep('p13', 'Keiko Tanaka'),
    ],
    finished: `Done. Once the company allowlists ${site.productName}’s senders, its email should reach everyone there, not just Keiko.`,
  },
];

export const findScenario = (id: string) => scenarios.find((s) => s.id === id);

export function startGuide(scenarioId: string): GuideProgress {
  return { scenarioId, step: 0 };
}

export const isFinished = (progress: GuideProgress) => progress.step >= (findScenario(progress.scenarioId)?.steps.length ?? 0);

/** Moves on when the event completes the current step (and any step it also completes), or leaves a hint. */
export function advanceGuide(progress: GuideProgress, event: SandboxEvent, state: SandboxState): GuideProgress {
  const scenario = findScenario(progress.scenarioId);
  if (!scenario || isFinished(progress)) return progress;
  let step = progress.step;
  while (step < scenario.steps.length && scenario.steps[step]!.done(event, state)) step++;
  if (step > progress.step) return { scenarioId: progress.scenarioId, step };
  const hint = scenario.steps[step]!.hint?.(event, state);
  return hint ? { ...progress, hint } : progress;
}
