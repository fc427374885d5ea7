import { articleRows, buildSummary, shareLabel, trendOf } from '../../../src/lib/feedback/aggregate.ts';
import { ManifestIndex } from '../../../src/lib/feedback/manifest.ts';
import { manifest } from '../server/fixture.ts';

const index = new ManifestIndex(manifest);
const summary = buildSummary(index, {
  from: '2026-11-26',
  to: '2026-11-28',
  votes: [
    { kind: 'article', target: 'missing-email', day: '2026-11-26', helpful: true, count: 3 },
    { kind: 'article', target: 'missing-email', day: '2026-11-28', helpful: false, count: 1 },
    { kind: 'article', target: 'reset-password', day: '2026-11-27', helpful: false, count: 2 },
    { kind: 'article', target: 'deleted-article', day: '2026-11-27', helpful: false, count: 9 },
    { kind: 'article', target: 'missing-email', day: '2026-11-01', helpful: false, count: 9 },
    { kind: 'outcome', target: 'no-email/turn-on', day: '2026-11-27', helpful: false, count: 4 },
  ],
  notSolvedPaths: [
    { target: 'no-email/turn-on', from: '', path: 'yes,off', count: 1 },
    { target: 'no-email/turn-on', from: '', path: 'no,not-solved,off', count: 3 },
    { target: 'no-email/turn-on', from: 'setting', path: 'off', count: 2 },
  ],
  comments: [
    { kind: 'article', target: 'missing-email', text: 'older', at: '2026-11-26T10:00:00Z' },
    { kind: 'outcome', target: 'no-email/turn-on', text: 'newer', at: '2026-11-28T10:00:00Z' },
  ],
  searches: [
    { query: 'sso', opened: null, count: 2 },
    { query: 'junk', opened: '/articles/missing-email/', count: 5 },
    { query: 'spam', opened: null, count: 7 },
  ],
});

describe('the feedback report', () => {
  it('counts votes per article with the helpful share and a daily trend, inside the range only', () => {
    const row = summary.articles.find((a) => a.id === 'missing-email')!;
    expect(row).toMatchObject({ yes: 3, no: 1, share: 0.75, trendYes: [3, 0, 0], trendNo: [0, 0, 1], categoryTitle: 'Email' });
    expect(summary.articles.map((a) => a.id)).not.toContain('deleted-article');
    expect(summary.days).toEqual(['2026-11-26', '2026-11-27', '2026-11-28']);
  });

  it('has no share for an article nobody voted on', () => {
    const empty = buildSummary(index, { from: '2026-11-28', to: '2026-11-28', votes: [], notSolvedPaths: [], comments: [], searches: [] });
    expect(empty.articles[0]!.share).toBeNull();
    expect(shareLabel(null)).toBe('–');
    expect(shareLabel(0.756)).toBe('76%');
  });

  it('lists the most common paths that ended in "not solved", most common first, as labels', () => {
    const row = summary.outcomes.find((o) => o.node === 'turn-on')!;
    expect(row.notSolved).toBe(4);
    expect(row.paths.map((p) => p.labels.join(' → '))).toEqual(['No → No, still not working → Off', '(opened at “Is the setting on?”) → Off', 'Yes → Off']);
  });

  it('shows the newest comments first, with the page’s title', () => {
    expect(summary.comments.map((c) => [c.text, c.title])).toEqual([
      ['newer', 'Not receiving email: Turn the setting on'],
      ['older', 'Missing email'],
    ]);
  });

  it('splits searches into those that found nothing and those that led somewhere, most frequent first', () => {
    expect(summary.searchesNothing).toEqual([{ query: 'spam', count: 7 }, { query: 'sso', count: 2 }]);
    expect(summary.searchesOpened).toEqual([{ query: 'junk', opened: '/articles/missing-email/', count: 5 }]);
  });

  it('filters the article table by category and sorts by any column', () => {
    expect(articleRows(summary, { category: 'account', sort: 'title', descending: false }).map((a) => a.id)).toEqual(['reset-password']);
    expect(articleRows(summary, { category: '', sort: 'no', descending: true }).map((a) => a.id)).toEqual(['reset-password', 'missing-email']);
    expect(articleRows(summary, { category: '', sort: 'share', descending: true }).map((a) => a.id)).toEqual(['missing-email', 'reset-password']);
  });
});

describe('the dashboard trend', () => {
  it('sums Yes and No per day over the articles shown', () => {
    expect(trendOf(summary, summary.articles)).toEqual({ yes: [3, 0, 0], no: [0, 2, 1] });
    expect(trendOf(summary, articleRows(summary, { category: 'account', sort: 'title', descending: false }))).toEqual({ yes: [0, 0, 0], no: [0, 2, 0] });
  });
});
