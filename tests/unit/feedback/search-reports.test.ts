import { queueSearchEvent, reportKey } from '../../../src/lib/feedback/search-reports.ts';

describe('search reports', () => {
  it('keeps only the query the reader settled on, not each one typed on the way', () => {
    let queue = queueSearchEvent([], { query: 'passw' }, new Set());
    queue = queueSearchEvent(queue, { query: 'password rese' }, new Set());
    queue = queueSearchEvent(queue, { query: 'password reset sso' }, new Set());
    expect(queue).toEqual([{ query: 'password reset sso' }]);
    queue = queueSearchEvent(queue, { query: 'junk folder' }, new Set());
    expect(queue.map((e) => e.query)).toEqual(['password reset sso', 'junk folder']);
  });

  it('reports each query once, cleaned of personal data, and ignores ones too short to mean anything', () => {
    let queue = queueSearchEvent([], { query: 'ab' }, new Set());
    expect(queue).toEqual([]);
    queue = queueSearchEvent(queue, { query: 'Mail To Jane@Example.com' }, new Set());
    expect(queue).toEqual([{ query: 'mail to [email]' }]);
    expect(queueSearchEvent(queue, { query: 'mail to  JANE@example.com' }, new Set())).toHaveLength(1);
    expect(queueSearchEvent([], { query: 'mail to [email]' }, new Set([reportKey({ query: 'mail to [email]' })]))).toEqual([]);
  });

  it('keeps what was opened next to queries that found nothing', () => {
    let queue = queueSearchEvent([], { query: 'whitelist' }, new Set());
    queue = queueSearchEvent(queue, { query: 'allowlist', opened: '/articles/allowlist-procore-email/' }, new Set());
    expect(queue).toEqual([{ query: 'whitelist' }, { query: 'allowlist', opened: '/articles/allowlist-procore-email/' }]);
  });
});
