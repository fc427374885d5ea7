import type { Tree } from '../../../src/lib/troubleshooter/tree.ts';

/** A small sound tree: two questions, two fixes, one escalation. */
export function sampleTree(): Tree {
  return {
    id: 'sample',
    title: 'Sample problem',
    summary: 'A small tree used by the tests.',
    start: 'who',
    nodes: [
      {
        type: 'question',
        id: 'who',
        prompt: 'Who is affected?',
        help: '<p>Pick one.</p>',
        answers: [
          { id: 'me', label: 'Only me', next: 'admin' },
          { id: 'all', label: 'Everyone', next: 'allowlist' },
        ],
      },
      {
        type: 'question',
        id: 'admin',
        prompt: 'Are you an admin?',
        answers: [
          { id: 'yes', label: 'Yes', next: 'setting' },
          { id: 'no', label: 'No', next: 'support' },
        ],
      },
      { type: 'outcome', id: 'setting', title: 'Turn the setting on', body: '<p>Do it.</p>', links: [{ label: 'Steps', href: '/articles/x/' }], notSolved: 'allowlist' },
      { type: 'outcome', id: 'allowlist', title: 'Allowlist the senders', body: '<p>Ask IT.</p>', links: [], notSolved: 'support' },
      { type: 'escalation', id: 'support', title: 'Contact support', body: '<p>Tell us.</p>', links: [] },
    ],
  };
}
