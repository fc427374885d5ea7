import { describe, expect, it } from 'vitest';
import { Navigator, stepTitle } from '../../../src/lib/troubleshooter/engine.ts';
import { sampleTree } from './sample-tree.ts';

const nav = new Navigator(sampleTree());

describe('Navigator', () => {
  it('starts at the start node with no answers', () => {
    expect(nav.start()).toEqual({ from: 'who', steps: [], current: 'who' });
  });

  it('moves to the next step for an answer and remembers it', () => {
    const walk = nav.answer(nav.answer(nav.start(), 'me'), 'yes');
    expect(walk).toEqual({
      from: 'who',
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
    expect(nav.back(walk)).toEqual({ from: 'who', steps: [{ nodeId: 'who', answerId: 'me' }], current: 'admin' });
    expect(nav.back(nav.start())).toEqual(nav.start());
  });

  it('changes an earlier answer by returning to that question and forgetting what came after', () => {
    const walk = nav.answer(nav.answer(nav.start(), 'me'), 'yes');
    const changed = nav.changeAnswer(walk, 0);
    expect(changed).toEqual({ from: 'who', steps: [], current: 'who' });
    expect(nav.answer(changed, 'all').current).toBe('allowlist');
  });

  it('knows the answer given before at a step the reader goes back to, and only then', () => {
    const walk = nav.answer(nav.answer(nav.start(), 'me'), 'yes');
    expect(nav.earlierAnswer(walk, nav.back(walk))).toBe('yes');
    expect(nav.earlierAnswer(walk, nav.changeAnswer(walk, 0))).toBe('me');
    expect(nav.earlierAnswer(walk, nav.start())).toBe('me');
    // Forward, or to a walk that went another way: nothing to show.
    expect(nav.earlierAnswer(nav.back(walk), walk)).toBeUndefined();
    expect(nav.earlierAnswer(walk, nav.answer(nav.start(), 'all'))).toBeUndefined();
    expect(nav.earlierAnswer(walk, nav.openedAt('admin'))).toBeUndefined();
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

describe('a step opened on its own', () => {
  it('knows no answers before it, and goes back no further than itself', () => {
    const opened = nav.openedAt('admin');
    expect(opened).toEqual({ from: 'admin', steps: [], current: 'admin' });
    expect(nav.back(opened)).toEqual(opened);
    const answered = nav.answer(opened, 'yes');
    expect(answered).toEqual({ from: 'admin', steps: [{ nodeId: 'admin', answerId: 'yes' }], current: 'setting' });
    expect(nav.back(answered)).toEqual(opened);
  });

  it('refuses a node the tree does not have', () => {
    expect(() => nav.openedAt('nowhere')).toThrow('Troubleshooter "sample" has no node "nowhere"');
  });

  it('has a step number only when every answer since the start is known', () => {
    expect(nav.stepNumber(nav.start())).toBe(1);
    expect(nav.stepNumber(nav.answer(nav.answer(nav.start(), 'me'), 'yes'))).toBe(3);
    expect(nav.stepNumber(nav.openedAt('admin'))).toBeUndefined();
    expect(nav.stepNumber(nav.answer(nav.openedAt('admin'), 'yes'))).toBeUndefined();
  });
});

describe('stepTitle', () => {
  it('titles a step with its number when known, and with its question or outcome alone when not', () => {
    expect(stepTitle(nav.node('who'), 1)).toBe('Step 1: Who is affected?');
    expect(stepTitle(nav.node('setting'), 3)).toBe('Step 3: Turn the setting on');
    expect(stepTitle(nav.node('setting'), undefined)).toBe('Turn the setting on');
  });
});
