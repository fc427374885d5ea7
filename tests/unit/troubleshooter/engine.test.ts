import { describe, expect, it } from 'vitest';
import { Navigator, formatPath, parsePath, stepTitle, stepUrl } from '../../../src/lib/troubleshooter/engine.ts';
import { supportMailto, supportReport } from '../../../src/lib/troubleshooter/report.ts';
import { sampleTree } from './sample-tree.ts';

const nav = new Navigator(sampleTree());

describe('Navigator', () => {
  it('starts at the start node with no answers', () => {
    expect(nav.start()).toEqual({ steps: [], current: 'who' });
  });

  it('moves to the next step for an answer and remembers it', () => {
    const walk = nav.answer(nav.answer(nav.start(), 'me'), 'yes');
    expect(walk).toEqual({
      steps: [
        { nodeId: 'who', answerId: 'me' },
        { nodeId: 'admin', answerId: 'yes' },
      ],
      current: 'setting',
    });
  });

  it('follows "not solved" from an outcome', () => {
    const walk = nav.answer(nav.answer(nav.start(), 'all'), 'not-solved');
    expect(walk.current).toBe('support');
  });

  it('refuses an answer that does not belong to the current question', () => {
    expect(() => nav.answer(nav.start(), 'yes')).toThrow('"yes" is not an answer to "who"');
  });

  it('goes back one step, and stays put at the start', () => {
    const walk = nav.answer(nav.answer(nav.start(), 'me'), 'yes');
    expect(nav.back(walk)).toEqual({ steps: [{ nodeId: 'who', answerId: 'me' }], current: 'admin' });
    expect(nav.back(nav.start())).toEqual(nav.start());
  });

  it('changes an earlier answer by returning to that question and forgetting what came after', () => {
    const walk = nav.answer(nav.answer(nav.start(), 'me'), 'yes');
    const changed = nav.changeAnswer(walk, 0);
    expect(changed).toEqual({ steps: [], current: 'who' });
    expect(nav.answer(changed, 'all').current).toBe('allowlist');
  });

  it('describes the answers in words for the history and the report', () => {
    const walk = nav.answer(nav.answer(nav.answer(nav.start(), 'me'), 'yes'), 'not-solved');
    expect(nav.describe(walk)).toEqual([
      { question: 'Who is affected?', answer: 'Only me' },
      { question: 'Are you an admin?', answer: 'Yes' },
      { question: 'Turn the setting on: did this solve it?', answer: 'No' },
    ]);
  });
});

describe('paths in the URL', () => {
  it('round-trips a walk through ?path=', () => {
    const walk = nav.answer(nav.answer(nav.start(), 'me'), 'yes');
    expect(formatPath(walk.steps)).toBe('me,yes');
    expect(nav.restore('setting', 'me,yes')).toEqual({ walk, deepLinked: false });
    expect(parsePath('')).toEqual([]);
  });

  it('titles a step with its number and its question or outcome', () => {
    expect(stepTitle(nav.node('who'), 1)).toBe('Step 1: Who is affected?');
    expect(stepTitle(nav.node('setting'), 3)).toBe('Step 3: Turn the setting on');
  });

  it('builds step URLs, leaving out an empty path', () => {
    expect(stepUrl('sample', 'who', [])).toBe('/troubleshoot/sample/who/');
    expect(stepUrl('sample', 'setting', nav.answer(nav.answer(nav.start(), 'me'), 'yes').steps)).toBe('/troubleshoot/sample/setting/?path=me,yes');
  });

  it('keeps the longest valid prefix of a path that no longer fits, and says so', () => {
    const restored = nav.restore('setting', 'me,maybe,yes');
    expect(restored.walk).toEqual({ steps: [{ nodeId: 'who', answerId: 'me' }], current: 'admin' });
    expect(restored.notice).toBe('Only the first 1 of the 3 answers in this link still fit this troubleshooter, so it picks up from there.');
  });

  it('starts over, with a notice, when nothing in the path fits', () => {
    const restored = nav.restore(undefined, '<script>,%%');
    expect(restored.walk).toEqual(nav.start());
    expect(restored.notice).toMatch(/starts from the beginning/);
  });

  it('opens a step linked without a path, with the shortest answers that lead there', () => {
    expect(nav.restore('support', null)).toEqual({
      walk: { steps: [{ nodeId: 'who', answerId: 'me' }, { nodeId: 'admin', answerId: 'no' }], current: 'support' },
      deepLinked: true,
    });
    expect(nav.restore('who', null)).toEqual({ walk: nav.start(), deepLinked: false });
    expect(nav.restore(undefined, null)).toEqual({ walk: nav.start(), deepLinked: false });
  });
});

describe('support report', () => {
  const input = {
    treeTitle: 'Sample problem',
    answers: [{ question: 'Who is affected?', answer: 'Only me' }, { question: 'Are you an admin?', answer: 'No' }],
    reached: 'Contact support',
    url: 'https://h.example/troubleshoot/sample/support/?path=me,no',
  };

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

  it('leaves the body out of the mailto link when there is no report yet', () => {
    expect(supportMailto('help@h.example', 'Sample problem')).toBe('mailto:help@h.example?subject=Still%20stuck%20after%20the%20troubleshooter%3A%20Sample%20problem');
  });

  it('fills a mailto link with an encoded subject and the report as body', () => {
    const report = supportReport(input);
    const url = new URL(supportMailto('help@h.example', 'Sample problem', report));
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe('help@h.example');
    expect(url.searchParams.get('subject')).toBe('Still stuck after the troubleshooter: Sample problem');
    expect(url.searchParams.get('body')).toContain('2. Are you an admin?\n   Answer: No');
  });
});
