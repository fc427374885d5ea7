/**
 * Feedback rules shared by the reader's control, the service and the dashboard: days, the
 * once-per-page-per-day memory, and what of a search query may be kept.
 */

/** Most a reader can write in the comment after "No". */
export const COMMENT_MAX = 1000;
/** Largest request body the service accepts, in bytes. */
export const BODY_LIMIT = 4096;
/** Search reports the browser sends in one request, and the longest query kept. */
export const SEARCH_BATCH_MAX = 20;
export const QUERY_MAX = 200;

/** 2026-11-28: the UTC day of a moment. Votes, trends and "once per day" all count in UTC days. */
export const utcDay = (d: Date) => d.toISOString().slice(0, 10);

function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return utcDay(d);
}

/** Every day from `from` to `to`, both included (empty when `from` is after `to`). */
export function daysBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let day = from; day <= to && out.length < 3700; day = addDays(day, 1)) out.push(day);
  return out;
}

/** The dashboard's default window: the last 30 days, today included. */
const REPORT_DAYS = 30;

export function reportRange(today: string, from?: string, to?: string): { from: string; to: string } {
  const end = to ?? today;
  return { from: from ?? addDays(end, -(REPORT_DAYS - 1)), to: end };
}

/** localStorage key remembering the reader's vote on one page (an article id or "<tree>/<node>"). */
export const votedKey = (page: string) => `feedback-voted:${page}`;

/**
 * What this browser remembers of a vote: the (UTC) day it was cast and, after a "No", the vote's id and
 * whether a comment followed, so a reader who comes back the same day can still add the comment.
 */
export interface RememberedVote {
  day: string;
  no?: { clientId: string; commented: boolean };
}

export const rememberVote = (vote: RememberedVote) => JSON.stringify(vote);

/** The remembered vote from storage: JSON, or the bare day remembered before a comment could follow. */
export function readRememberedVote(stored: string | null): RememberedVote | undefined {
  if (!stored) return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(stored)) return { day: stored };
  try {
    const value = JSON.parse(stored) as { day?: unknown; no?: { clientId?: unknown; commented?: unknown } };
    if (typeof value?.day !== 'string') return undefined;
    const no = typeof value.no?.clientId === 'string' ? { clientId: value.no.clientId, commented: value.no.commented === true } : undefined;
    return { day: value.day, ...(no ? { no } : {}) };
  } catch {
    return undefined; // not ours, or damaged: as if nothing was remembered
  }
}

/** Whether the remembered vote still counts today. */
export const votedToday = (stored: string | null, today: string) => readRememberedVote(stored)?.day === today;

/**
 * A search query as it may be kept: trimmed, lower-case, single-spaced, with anything that looks
 * like an email address or a long number (phone, order, account) replaced, so a reader who pastes
 * personal data into the search box does not have it stored. Empty when nothing is left.
 */
export function cleanQuery(query: string): string {
  return query
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\s@]+@[^\s@]+/g, '[email]')
    .replace(/\+?\d[\d\s().-]{5,}\d/g, '[number]')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, QUERY_MAX);
}

/** A random id for one vote, so a repeated send (double click, retry) is counted once. */
export function newClientId(crypto: Pick<Crypto, 'getRandomValues'> & { randomUUID?: () => string }): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
