/**
 * The practice sandbox's state and events: the shapes the reducer (sandbox.ts), the guided exercises
 * (guide.ts), saved progress (storage.ts) and the island share. Types only, so every arrow points here.
 */
import type { ChangeRecord, Company, DeliveryProblem, Person, Role } from './model.ts';

export interface TestEmail {
  personId: string;
  delivered: boolean;
  problems: DeliveryProblem[];
  /** A setting changed since this test was sent. */
  stale?: boolean;
}

export interface GuideProgress {
  scenarioId: string;
  /** Index of the current step; equals steps.length when finished. */
  step: number;
  hint?: string;
}

export interface SandboxState {
  people: Person[];
  companies: Company[];
  allowlists: Record<string, boolean>;
  history: ChangeRecord[];
  role: Role;
  query: string;
  companyFilter: string;
  /** The person whose Contact Information page is open, if any. */
  editing?: string;
  /** Guided exercise, or undefined in free-explore mode. */
  guide?: GuideProgress;
  lastTestEmail?: TestEmail;
}

export type SandboxEvent =
  | { type: 'search'; query: string }
  | { type: 'filter'; companyId: string }
  | { type: 'role'; role: Role }
  | { type: 'open-edit'; personId: string }
  | { type: 'close-edit' }
  | { type: 'change-field'; personId: string; field: keyof Person; value: unknown }
  | { type: 'save'; personId: string; draft: Person; sendInvitation: boolean; now: Date }
  | { type: 'test-email'; personId: string }
  | { type: 'allowlist'; companyId: string; on: boolean }
  | { type: 'free-explore' }
  | { type: 'scenario'; scenarioId: string };
