import { summarySchema } from '../../../src/lib/feedback/summary.ts';

const report = {
  from: '2026-11-01',
  to: '2026-11-02',
  days: ['2026-11-01', '2026-11-02'],
  articles: [{ id: 'a', title: 'A', category: 'c', categoryTitle: 'C', yes: 1, no: 0, share: 1, trendYes: [1, 0], trendNo: [0, 0] }],
  outcomes: [{ tree: 't', treeTitle: 'T', node: 'n', title: 'N', solved: 0, notSolved: 2, escalates: false, paths: [{ from: '', path: 'x', labels: ['X'], count: 2 }] }],
  comments: [{ page: 'a', title: 'A', category: 'c', text: '<b>not markup</b>', at: '2026-11-01T10:00:00Z' }],
  searchesNothing: [{ query: 'zzz', count: 3 }],
  searchesOpened: [{ query: 'spam', opened: '/articles/a/', count: 1 }],
};

describe('the report the dashboard reads from the feedback service', () => {
  it('is taken as the service sends it, an article without votes having no helpful share', () => {
    expect(summarySchema.parse(report)).toEqual(report);
    const unvoted = { ...report, articles: [{ ...report.articles[0]!, yes: 0, share: null }] };
    expect(summarySchema.parse(unvoted).articles[0]!.share).toBeNull();
  });

  it('is refused when a count is negative or fractional, a day is not YYYY-MM-DD, or a part is missing', () => {
    const paths = (value: unknown) => summarySchema.safeParse(value).error?.issues.map((i) => i.path.join('.'));
    expect(paths({ ...report, articles: [{ ...report.articles[0]!, no: -1, yes: 0.5 }] })).toEqual(['articles.0.yes', 'articles.0.no']);
    expect(paths({ ...report, to: '2 Nov 2026' })).toEqual(['to']);
    expect(paths({ ...report, comments: undefined })).toEqual(['comments']);
  });
});
