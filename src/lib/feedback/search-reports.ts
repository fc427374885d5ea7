/**
 * Which search events are worth reporting (issue 17): a query that found nothing, and the result
 * opened for a query. Search runs as the reader types, so "passw", "passwo", "password" would each
 * look like a query; only the query the reader settled on is kept.
 */
import { cleanQuery } from './rules.ts';

export interface SearchEvent {
  query: string;
  /** The site path opened; absent for a query that found nothing. */
  opened?: string;
}

/** Queries shorter than this are still being typed, not asked. */
const MIN_QUERY = 3;

const key = (e: SearchEvent) => `${e.query}\n${e.opened ?? ''}`;

/**
 * The queue after one more event: cleaned, too-short and already-reported events dropped, and a
 * "found nothing" that the reader kept typing past (the new query starts with it) replaced.
 */
export function queueSearchEvent(queue: readonly SearchEvent[], event: SearchEvent, reported: ReadonlySet<string>): SearchEvent[] {
  const query = cleanQuery(event.query);
  if (query.length < MIN_QUERY) return [...queue];
  const next: SearchEvent = event.opened ? { query, opened: event.opened } : { query };
  if (reported.has(key(next)) || queue.some((e) => key(e) === key(next))) return [...queue];
  const kept = queue.filter((e) => e.opened !== undefined || !(query.startsWith(e.query) || e.query.startsWith(query)));
  return [...kept, next];
}

export const reportKey = key;
