import { describe, expect, it } from 'vitest';
import { mapOutline, mostQuestions, stepNumbers, stepRangeLabel, stepRanges, validateTree, type Tree, type TreeNode } from '../../../src/lib/troubleshooter/tree.ts';
import { sampleTree } from './sample-tree.ts';

function withNodes(edit: (nodes: TreeNode[]) => TreeNode[], start = 'who'): Tree {
  const tree = sampleTree();
  return { ...tree, start, nodes: edit(structuredClone(tree.nodes)) };
}
const messages = (tree: Tree) => validateTree(tree).map((p) => `${p.at}: ${p.message} @ ${p.path.join('.')}`);
const question = (nodes: TreeNode[], id: string) => nodes.find((n) => n.id === id && n.type === 'question') as Extract<TreeNode, { type: 'question' }>;
/** The problems after editing one question of the sample tree. */
const withQuestion = (id: string, edit: (q: Extract<TreeNode, { type: 'question' }>) => void) =>
  messages(
    withNodes((n) => {
      edit(question(n, id));
      return n;
    }),
  );

describe('validateTree', () => {
  it('accepts a sound tree', () => {
    expect(validateTree(sampleTree())).toEqual([]);
  });

  it('rejects an unknown start node', () => {
    expect(messages(withNodes((n) => n, 'nowhere'))).toEqual(['start: start node "nowhere" does not exist @ start']);
  });

  it('rejects duplicate node ids', () => {
    const problems = messages(withNodes((n) => [...n, { type: 'escalation', id: 'support', title: 'Again', body: 'x', links: [] }]));
    expect(problems).toContain('support: node id "support" is used twice @ nodes.5.id');
  });

  it('rejects an answer pointing to a missing node, naming the field', () => {
    const problems = withQuestion('admin', (q) => {
      q.answers[1]!.next = 'ghost';
    });
    expect(problems).toContain('admin: node "admin" leads to "ghost", which does not exist @ nodes.1.answers.1.next');
  });

  it('rejects an outcome whose "not solved" points to a missing node', () => {
    const problems = messages(withNodes((n) => n.map((x) => (x.id === 'setting' ? { ...x, notSolved: 'ghost' } : x)) as TreeNode[]));
    expect(problems).toContain('setting: node "setting" leads to "ghost", which does not exist @ nodes.2.notSolved');
  });

  it('rejects a node nobody can reach', () => {
    const problems = messages(withNodes((n) => [...n, { type: 'outcome', id: 'orphan', title: 'Orphan fix', body: 'x', links: [], notSolved: 'support' }]));
    expect(problems).toEqual(['orphan: node "orphan" cannot be reached from the start @ nodes.5.id']);
  });

  it('rejects a cycle and names the loop', () => {
    const problems = messages(withNodes((n) => n.map((x) => (x.id === 'allowlist' ? { ...x, notSolved: 'who' } : x)) as TreeNode[]));
    expect(problems.some((p) => /^allowlist: node "allowlist" leads back to "who", making a loop: who → .* → allowlist → who @ nodes.3.notSolved$/.test(p))).toBe(true);
  });

  it('rejects a question with fewer than two answers', () => {
    const problems = withQuestion('admin', (q) => {
      q.answers.pop();
    });
    expect(problems).toContain('admin: question "admin" has 1 answer; a question needs at least two @ nodes.1.answers');
  });

  it('rejects duplicate answer labels, ignoring case', () => {
    const problems = withQuestion('admin', (q) => {
      q.answers[1]!.label = 'YES';
    });
    expect(problems).toContain('admin: question "admin" has the answer "YES" twice @ nodes.1.answers.1.label');
  });

  it('rejects a path that never ends in an outcome', () => {
    // Two questions that only lead to each other: a loop with no way out.
    const problems = messages(
      withNodes((n) => {
        const admin = question(n, 'admin');
        admin.answers = [
          { id: 'yes', label: 'Yes', next: 'again' },
          { id: 'no', label: 'No', next: 'again' },
        ];
        return [...n, { type: 'question', id: 'again', prompt: 'Again?', answers: [{ id: 'a', label: 'A', next: 'admin' }, { id: 'b', label: 'B', next: 'admin' }] }];
      }),
    );
    expect(problems.some((p) => p.startsWith('admin: no path from "admin" ever ends in an outcome'))).toBe(true);
    expect(problems.some((p) => p.startsWith('again: no path from "again" ever ends in an outcome'))).toBe(true);
  });

  it('rejects two answers of one question with the same id, even with different labels', () => {
    const problems = withQuestion('admin', (q) => {
      q.answers[1]!.id = 'yes';
    });
    expect(problems).toContain('admin: question "admin" has the answer id "yes" twice @ nodes.1.answers.1.id');
  });

  it('rejects a tree with no escalation node', () => {
    // The escalation becomes a second fix whose "not solved" leads back: no way to reach support.
    const problems = messages(withNodes((n) => n.map((x) => (x.id === 'support' ? { ...x, type: 'outcome', notSolved: 'allowlist' } : x)) as TreeNode[]));
    expect(problems).toContain('nodes: the tree has no escalation node, so a reader whose problem is not solved has nowhere to go @ nodes');
  });

  it('rejects a node id the site reserves for its own pages', () => {
    const problems = messages(withNodes((n) => n.map((x) => (x.id === 'support' ? { ...x, id: 'map' } : x)).map((x) => (x.type === 'question' ? { ...x, answers: x.answers.map((a) => (a.next === 'support' ? { ...a, next: 'map' } : a)) } : x.type === 'outcome' && x.notSolved === 'support' ? { ...x, notSolved: 'map' } : x)) as TreeNode[]));
    expect(problems).toContain('map: node id "map" is reserved for a page of the site @ nodes.4.id');
  });
});

describe('stepNumbers and mapOutline', () => {
  it('numbers each node by the fewest answers that reach it', () => {
    expect(Object.fromEntries(stepNumbers(sampleTree()))).toEqual({ who: 1, admin: 2, allowlist: 2, setting: 3, support: 3 });
  });

  it('gives each node the range of step numbers it can have, from the shortest way in to the longest', () => {
    // allowlist: Step 2 after "Everyone", Step 4 after who → admin → setting → "Not solved".
    // support: Step 3 after "No" to admin or "Not solved" on allowlist, Step 5 at the end of the longest way.
    const ranges = stepRanges(sampleTree());
    expect(Object.fromEntries([...ranges].map(([id, r]) => [id, stepRangeLabel(r)]))).toEqual({
      who: 'Step 1',
      admin: 'Step 2',
      allowlist: 'Step 2–4',
      setting: 'Step 3',
      support: 'Step 3–5',
    });
    expect(stepRangeLabel(undefined)).toBe('');
  });

  it('draws each node once, under its nearest parent, and refers to it elsewhere', () => {
    const outline = mapOutline(sampleTree());
    expect(outline.ref).toBe(false);
    if (outline.ref) return;
    expect(outline.branches.map((b) => [b.label, b.child.node.id, b.child.ref])).toEqual([
      ['Only me', 'admin', false],
      ['Everyone', 'allowlist', false],
    ]);
    const admin = outline.branches[0]!.child;
    if (admin.ref) return;
    const setting = admin.branches[0]!.child;
    if (setting.ref) return;
    // "Not solved" from the setting fix leads to the allowlist fix, already drawn under "Everyone".
    expect(setting.branches).toEqual([{ label: 'Not solved', child: { ref: true, node: expect.objectContaining({ id: 'allowlist' }) } }]);
  });
});

describe('mostQuestions', () => {
  it('counts the longest run of questions before a fix or escalation, ignoring "still not working"', () => {
    // who → admin → setting (a fix) is two questions; setting’s notSolved path is not counted.
    expect(mostQuestions(sampleTree())).toBe(2);
  });

  it('takes the longest branch, not the first or the shortest', () => {
    const tree = sampleTree();
    const who = tree.nodes[0] as Extract<TreeNode, { type: 'question' }>;
    who.answers.reverse();
    expect(mostQuestions(tree)).toBe(2);
    expect(mostQuestions({ ...tree, start: 'admin' })).toBe(1);
    expect(mostQuestions({ ...tree, start: 'setting' })).toBe(0);
  });
});
