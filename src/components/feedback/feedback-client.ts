/**
 * The browser's side of the feedback API: small fetch calls that either succeed or throw
 * FeedbackUnavailable, so every control can say plainly that feedback could not be sent.
 * The API's address is fixed at build time (FEEDBACK_URL, see src/lib/feedback/config.ts).
 */
import type { ArticleVote, OutcomeVote } from '../../lib/feedback/schema.ts';

declare const __FEEDBACK_API__: string | null;

/** The API base this build talks to, or null when the build has feedback off. */
export const feedbackApi: string | null = typeof __FEEDBACK_API__ === 'undefined' ? '/api/feedback' : __FEEDBACK_API__;

export class FeedbackUnavailable extends Error {}

async function post(base: string, path: string, body: unknown, keepalive = false): Promise<{ status: string }> {
  let response: Response;
  try {
    response = await fetch(`${base}${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
      keepalive,
      credentials: 'omit',
    });
  } catch {
    throw new FeedbackUnavailable('The feedback service could not be reached.');
  }
  const answer = (await response.json().catch(() => null)) as { status?: string; error?: string } | null;
  if (!response.ok || !answer) throw new FeedbackUnavailable(answer?.error ?? `The feedback service answered ${response.status}.`);
  return { status: answer.status ?? 'created' };
}

export type VoteTarget = { kind: 'article'; article: string } | { kind: 'outcome'; tree: string; node: string; from: string; path: string };

export function sendVote(base: string, target: VoteTarget, clientId: string, helpful: boolean, keepalive = false) {
  if (target.kind === 'article') {
    const body: ArticleVote = { clientId, article: target.article, helpful };
    return post(base, '/votes/article', body, keepalive);
  }
  const body: OutcomeVote = { clientId, tree: target.tree, node: target.node, from: target.from, path: target.path, helpful };
  return post(base, '/votes/outcome', body, keepalive);
}

export const sendComment = (base: string, clientId: string, text: string) => post(base, '/comments', { clientId, text });

/** Whether the service answers at all (checked when a control first shows). */
export async function serviceUp(base: string): Promise<boolean> {
  try {
    const response = await fetch(`${base}/health`, { credentials: 'omit' });
    return response.ok;
  } catch {
    return false;
  }
}
