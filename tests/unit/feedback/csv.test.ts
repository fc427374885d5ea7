import { commentsCsv, votesCsv } from '../../../src/lib/feedback/csv.ts';

describe('feedback CSV', () => {
  it('has one row per vote with the page it was cast on', () => {
    expect(votesCsv([{ day: '2026-11-28', kind: 'article', target: 'missing-email', path: '', helpful: true }])).toBe(
      'day,kind,page,path,helpful\r\n2026-11-28,article,/articles/missing-email/,,yes\r\n',
    );
  });

  it('keeps a comment that looks like a formula as text, and quotes commas and quotes', () => {
    const csv = commentsCsv([{ day: '2026-11-28', kind: 'outcome', target: 'tree/node', text: '=1+1, "really"' }]);
    expect(csv).toContain(`2026-11-28,outcome,/troubleshoot/tree/node/,"'=1+1, ""really"""`);
  });
});
