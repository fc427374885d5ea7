import { describe, expect, it } from 'vitest';
import { Navigator } from '../../../src/lib/troubleshooter/engine.ts';
import { carryAnswers, formatPath, nodeAt, parsePath, readAddress, stepUrl, withWalk } from '../../../src/lib/troubleshooter/address.ts';
import { sampleTree } from './sample-tree.ts';

const tree = sampleTree();
const nav = new Navigator(tree);
const meYes = nav.answer(nav.answer(nav.start(), 'me'), 'yes');

describe('writing a walk into a URL', () => {
  it('builds step URLs with the answers since the start, leaving out an empty path', () => {
    expect(stepUrl(tree, nav.start())).toBe('/troubleshoot/sample/who/');
    expect(stepUrl(tree, meYes)).toBe('/troubleshoot/sample/setting/?path=me,yes');
    expect(formatPath(meYes.steps)).toBe('me,yes');
  });

  it('says where the answers began when a step was opened from a link', () => {
    expect(stepUrl(tree, nav.openedAt('admin'))).toBe('/troubleshoot/sample/admin/');
    expect(stepUrl(tree, nav.answer(nav.openedAt('admin'), 'yes'))).toBe('/troubleshoot/sample/setting/?from=admin&path=yes');
  });

  it('puts the walk into an article query, keeping its other parameters and replacing an old walk', () => {
    expect(withWalk('', tree, nav.answer(nav.start(), 'all'))).toBe('?path=all');
    expect(withWalk('?utm=mail&path=me&from=admin', tree, meYes)).toBe('?utm=mail&path=me,yes');
    expect(withWalk('?path=me', tree, nav.start())).toBe('');
  });
});

describe('the step a pathname names', () => {
  it('is the start on the tree page, a node on its page, and nothing elsewhere', () => {
    expect(nodeAt(tree, '/troubleshoot/sample/')).toBe('who');
    expect(nodeAt(tree, '/troubleshoot/sample/admin/')).toBe('admin');
    expect(nodeAt(tree, '/troubleshoot/sample/admin')).toBe('admin');
    expect(nodeAt(tree, '/troubleshoot/sample/map/')).toBeUndefined();
    expect(nodeAt(tree, '/articles/x/')).toBeUndefined();
  });
});

describe('reading a walk from a URL', () => {
  it('round-trips the answers of ?path=, wherever the page is', () => {
    expect(readAddress(nav, 'setting', '?path=me,yes')).toEqual({ walk: meYes });
    expect(readAddress(nav, undefined, '?path=me,yes')).toEqual({ walk: meYes });
    expect(parsePath('')).toEqual([]);
  });

  it('makes up no answers for a step opened without a path: no history, no step number', () => {
    const { walk, notice } = readAddress(nav, 'support', '');
    expect(walk).toEqual({ from: 'support', steps: [], current: 'support' });
    expect(nav.stepNumber(walk)).toBeUndefined();
    expect(notice).toBeUndefined();
  });

  it('is the start, with no answers, on the start page or in an article without a path', () => {
    expect(readAddress(nav, 'who', '')).toEqual({ walk: nav.start() });
    expect(readAddress(nav, undefined, '')).toEqual({ walk: nav.start() });
    expect(readAddress(nav, undefined, '?utm=mail')).toEqual({ walk: nav.start() });
  });

  it('reads the answers given since a step opened from a link', () => {
    const { walk } = readAddress(nav, 'setting', '?from=admin&path=yes');
    expect(walk).toEqual({ from: 'admin', steps: [{ nodeId: 'admin', answerId: 'yes' }], current: 'setting' });
    expect(nav.stepNumber(walk)).toBeUndefined();
  });

  it('keeps the longest valid prefix of a path that no longer fits, and says so', () => {
    const restored = readAddress(nav, 'setting', '?path=me,maybe,yes');
    expect(restored.walk).toEqual({ from: 'who', steps: [{ nodeId: 'who', answerId: 'me' }], current: 'admin' });
    expect(restored.notice).toBe('Only the first 1 of the 3 answers in this link still fit this troubleshooter, so it picks up from there.');
  });

  it('starts over, with a notice, when nothing in the path fits or it begins at a step the tree lacks', () => {
    for (const search of ['?path=<script>,%%', '?from=gone&path=yes', '?from=&path=me']) {
      const restored = readAddress(nav, 'setting', search);
      expect(restored.walk).toEqual(nav.start());
      expect(restored.notice).toMatch(/starts from the beginning/);
    }
  });

  it('follows the answers, and says so, when they lead to another step than the page the link names', () => {
    const restored = readAddress(nav, 'support', '?path=me,yes');
    expect(restored.walk).toEqual(meYes);
    expect(restored.notice).toBe('The answers in this link lead to a different step from the one it names, so this is the step they lead to.');
    // Carrying answers on from the start page, or into an article, is no mismatch.
    expect(readAddress(nav, 'who', '?path=me,yes')).toEqual({ walk: meYes });
  });

  it('stays at the step the link opened when none of the answers after it fit', () => {
    const restored = readAddress(nav, 'setting', '?from=admin&path=maybe');
    expect(restored.walk).toEqual(nav.openedAt('admin'));
    expect(restored.notice).toBe('The answers in this link no longer fit this troubleshooter, so it picks up at the step the link opened.');
  });
});

describe('an answer followed before the island has loaded', () => {
  const page = 'https://help.example/troubleshoot/sample/setting/';
  // "No, still not working" on the "setting" outcome, as the page draws it before the island loads.
  const answer = '/troubleshoot/sample/allowlist/?from=setting&path=not-solved';

  it('carries on the answers the page’s address holds, and where they began', () => {
    expect(carryAnswers(answer, `${page}?path=me,yes`)).toBe('/troubleshoot/sample/allowlist/?path=me,yes,not-solved');
    expect(carryAnswers(answer, `${page}?from=admin&path=yes`)).toBe('/troubleshoot/sample/allowlist/?from=admin&path=yes,not-solved');
    // The island reads that address as the whole walk, ending on the step the link opens.
    const carried = readAddress(nav, 'allowlist', `?${carryAnswers(answer, `${page}?path=me,yes`)!.split('?')[1]!}`);
    expect(carried).toEqual({ walk: { from: 'who', steps: [{ nodeId: 'who', answerId: 'me' }, { nodeId: 'admin', answerId: 'yes' }, { nodeId: 'setting', answerId: 'not-solved' }], current: 'allowlist' } });
  });

  it('leaves a link alone when the page knows no answers, or the link is not an answer drawn on this step', () => {
    expect(carryAnswers(answer, page)).toBeUndefined();
    expect(carryAnswers('/troubleshoot/sample/admin/?path=me', `${page}?path=me,yes`)).toBeUndefined(); // a Change link
    expect(carryAnswers('/articles/x/', `${page}?path=me,yes`)).toBeUndefined();
    expect(carryAnswers('https://elsewhere.example/troubleshoot/sample/allowlist/?from=setting&path=not-solved', `${page}?path=me,yes`)).toBeUndefined();
    expect(carryAnswers('/troubleshoot/other/allowlist/?from=setting&path=not-solved', `${page}?path=me,yes`)).toBeUndefined();
  });
});
