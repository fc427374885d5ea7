/**
 * One reader's vote, as every feedback control casts it: at most once per page per day
 * (remembered in localStorage, never a cookie; blocked storage only means it is not remembered),
 * sent with an id made once per vote so a double click or a retry is counted once.
 */
import { outcomeKey } from '../../lib/feedback/manifest.ts';
import { readRememberedVote, rememberVote, utcDay, votedKey, votedToday } from '../../lib/feedback/rules.ts';
import { browserStorage, readItem, writeItem } from '../../lib/storage.ts';
import { feedbackApi, FeedbackUnavailable, sendVote, type VoteTarget } from './feedback-client.ts';

export type VoteResult = 'sent' | 'already' | 'unavailable' | 'off';

const pageKey = (target: VoteTarget) => (target.kind === 'article' ? target.article : outcomeKey(target.tree, target.node));

/** Whether this reader already voted on this page today. */
export function alreadyVoted(target: VoteTarget, now = new Date()): boolean {
  const stored = readItem(browserStorage(), votedKey(pageKey(target)));
  return stored !== 'blocked' && votedToday(stored, utcDay(now));
}

export async function castVote(target: VoteTarget, helpful: boolean, clientId: string, { keepalive = false } = {}): Promise<VoteResult> {
  if (feedbackApi === null) return 'off';
  if (alreadyVoted(target)) return 'already';
  try {
    await sendVote(feedbackApi, target, clientId, helpful, keepalive);
  } catch (error) {
    if (error instanceof FeedbackUnavailable) return 'unavailable';
    throw error;
  }
  const day = utcDay(new Date());
  writeItem(browserStorage(), votedKey(pageKey(target)), rememberVote(helpful ? { day } : { day, no: { clientId, commented: false } }));
  return 'sent';
}

/** The id of this reader's "No" on this page today when no comment has followed it yet: a comment can still be added. */
export function openNoVote(target: VoteTarget, now = new Date()): string | undefined {
  const stored = readItem(browserStorage(), votedKey(pageKey(target)));
  const vote = stored === 'blocked' ? undefined : readRememberedVote(stored);
  return vote?.day === utcDay(now) && vote.no && !vote.no.commented ? vote.no.clientId : undefined;
}

/** Remembers that the comment after today's "No" was sent, so it is not offered again. */
export function rememberComment(target: VoteTarget) {
  const key = votedKey(pageKey(target));
  const stored = readItem(browserStorage(), key);
  const vote = stored === 'blocked' ? undefined : readRememberedVote(stored);
  if (vote?.no) writeItem(browserStorage(), key, rememberVote({ ...vote, no: { ...vote.no, commented: true } }));
}
