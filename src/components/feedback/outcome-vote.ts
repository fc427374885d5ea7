/**
 * "Did this solve it?" on a troubleshooter outcome, recorded with the reader's walk: the tree, the
 * outcome, where the known answers began (`?from=`) and the answers since (`?path=`), nothing else.
 * The troubleshooter island calls `recordOutcome` from its Yes button and its "No" link and shows
 * the sentence it resolves to.
 */
import { newClientId } from '../../lib/feedback/rules.ts';
import { castVote, type VoteResult } from './cast-vote.ts';

interface WalkLike {
  from: string;
  steps: readonly { answerId: string }[];
  current: string;
}

function outcomeNote(result: VoteResult): string {
  if (result === 'sent') return 'Thanks: your answer was recorded, to help us improve this troubleshooter.';
  if (result === 'already') return 'You already answered this today; thanks.';
  if (result === 'off') return 'This copy of the help center does not collect answers.';
  return 'Your answer could not be sent: the feedback service cannot be reached right now.';
}

/** Sends the answer (kept alive when the page moves on) and resolves to what to tell the reader. */
export async function recordOutcome(tree: string, walk: WalkLike, solved: boolean): Promise<string> {
  const target = { kind: 'outcome' as const, tree, node: walk.current, from: walk.from, path: walk.steps.map((s) => s.answerId).join(',') };
  return outcomeNote(await castVote(target, solved, newClientId(crypto), { keepalive: !solved }));
}
