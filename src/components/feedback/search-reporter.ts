/**
 * Reports what readers search for to the feedback service, anonymously and in batches: queries that
 * found nothing, and which result was opened for a query. No ids, no cookies (credentials omitted).
 * Without the service (FEEDBACK_URL=off) it does nothing; when the service cannot be reached the
 * reports are dropped and search works the same.
 */
import { SEARCH_BATCH_MAX } from '../../lib/feedback/rules.ts';
import { queueSearchEvent, reportKey, type SearchEvent } from '../../lib/feedback/search-reports.ts';
import { feedbackApi } from './feedback-client.ts';

export interface SearchReporter {
  /** The query found nothing. */
  noResults(query: string): void;
  /** The reader opened this result (a site path) for the query; sent at once, as the page may be leaving. */
  opened(query: string, path: string): void;
  flush(keepalive?: boolean): void;
}

export function createSearchReporter({ api = feedbackApi, delayMs = 4000, send = globalThis.fetch?.bind(globalThis) } = {}): SearchReporter {
  let queue: SearchEvent[] = [];
  const reported = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | undefined;

  const flush = (keepalive = false) => {
    clearTimeout(timer);
    timer = undefined;
    if (!api || !send || queue.length === 0) return;
    const batch = queue.slice(0, SEARCH_BATCH_MAX);
    queue = queue.slice(SEARCH_BATCH_MAX);
    for (const e of batch) reported.add(reportKey(e));
    send(`${api}/searches`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ events: batch }), keepalive, credentials: 'omit' }).catch(
      () => undefined,
    );
    if (queue.length) flush(keepalive);
  };

  const add = (event: SearchEvent) => {
    if (!api) return;
    queue = queueSearchEvent(queue, event, reported);
    if (queue.length >= SEARCH_BATCH_MAX) return flush();
    clearTimeout(timer);
    timer = setTimeout(() => flush(), delayMs);
  };

  if (typeof addEventListener === 'function') addEventListener('pagehide', () => flush(true));

  return {
    noResults: (query) => add({ query }),
    opened: (query, path) => {
      add({ query, opened: path });
      flush(true);
    },
    flush,
  };
}
