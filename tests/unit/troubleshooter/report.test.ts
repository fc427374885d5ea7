import { describe, expect, it } from 'vitest';
import { supportMailto, supportReport } from '../../../src/lib/troubleshooter/report.ts';

const input = {
  treeTitle: 'Sample problem',
  answers: [{ question: 'Who is affected?', answer: 'Only me' }, { question: 'Are you an admin?', answer: 'No' }],
  reached: 'Contact support',
  url: 'https://h.example/troubleshoot/sample/support/?path=me,no',
};

describe('support report', () => {
  it('numbers the questions and answers and ends with the page URL', () => {
    expect(supportReport(input)).toBe(
      [
        'Troubleshooter: Sample problem',
        '',
        '1. Who is affected?',
        '   Answer: Only me',
        '2. Are you an admin?',
        '   Answer: No',
        '',
        'Reached: Contact support',
        'Page: https://h.example/troubleshoot/sample/support/?path=me,no',
      ].join('\n'),
    );
  });

  it('says when the answers began at a step opened from a link', () => {
    const report = supportReport({ ...input, answers: input.answers.slice(1), openedAt: 'Are you an admin?' });
    expect(report).toContain('(Opened from a link at “Are you an admin?”: answers given before it are not known.)\n\n1. Are you an admin?\n   Answer: No');
  });

  it('says so when there are no answers at all', () => {
    expect(supportReport({ ...input, answers: [] })).toContain('(No answers: opened straight at this step.)');
  });

  it('fills a mailto link with an encoded subject and the report as body', () => {
    const report = supportReport(input);
    const url = new URL(supportMailto('help@h.example', 'Sample problem', { report }));
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe('help@h.example');
    expect(url.searchParams.get('subject')).toBe('Still stuck after the troubleshooter: Sample problem');
    expect(url.searchParams.get('body')).toContain('2. Are you an admin?\n   Answer: No');
  });

  it('without a report, names the step reached and asks for the answers, filling in none', () => {
    const url = new URL(supportMailto('help@h.example', 'Sample problem', { reached: 'Contact support' }));
    const body = url.searchParams.get('body')!;
    expect(url.searchParams.get('subject')).toBe('Still stuck after the troubleshooter: Sample problem');
    expect(body).toContain('reached “Contact support”');
    expect(body).toMatch(/please list them/);
    expect(body).not.toContain('Answer:');
  });
});
