/**
 * A troubleshooter is a decision tree: questions whose answers lead to other nodes, ending in
 * outcomes (a fix, with "Did this solve it?") and escalation (contact support). This module holds
 * the types and proves a tree sound; it knows nothing of Astro or React.
 */
import { counted } from '../text.ts';

interface Answer {
  /** Stable id used in shareable paths; unique within its question. */
  id: string;
  label: string;
  next: string;
}

interface QuestionNode {
  type: 'question';
  id: string;
  prompt: string;
  /** Extra guidance under the question, as HTML. */
  help?: string;
  answers: Answer[];
}

interface LinkRef {
  label: string;
  href: string;
}

interface OutcomeNode {
  type: 'outcome';
  id: string;
  title: string;
  /** The fix, as HTML. */
  body: string;
  links: LinkRef[];
  keywords?: string[];
  /** Where "No, it's not solved" leads. */
  notSolved: string;
}

interface EscalationNode {
  type: 'escalation';
  id: string;
  title: string;
  body: string;
  links: LinkRef[];
  keywords?: string[];
}

export type TreeNode = QuestionNode | OutcomeNode | EscalationNode;

export interface Tree {
  id: string;
  title: string;
  summary: string;
  /** Words readers search for that the title and summary may not use (the start page is indexed with them). */
  keywords?: string[];
  start: string;
  nodes: TreeNode[];
}

/** What a node says on screen: a question's prompt, or an outcome's or escalation's title. */
export const nodeText = (node: TreeNode) => (node.type === 'question' ? node.prompt : node.title);

/** The answer id that follows an outcome when the fix did not help. */
export const NOT_SOLVED = 'not-solved';

/** Node ids the site uses for its own pages under /troubleshoot/<tree>/. */
const reservedNodeIds = ['map'];

export interface TreeProblem {
  /** Where in the tree: a node id, or "start". */
  at: string;
  /** Field path inside the file, for the schema error (e.g. ["nodes", 3, "answers", 1, "next"]). */
  path: (string | number)[];
  message: string;
}

/** Every edge out of a node: answers for questions, "not solved" for outcomes. */
export function edges(node: TreeNode): { id: string; next: string; field: (string | number)[] }[] {
  if (node.type === 'question') return node.answers.map((a, i) => ({ id: a.id, next: a.next, field: ['answers', i, 'next'] }));
  if (node.type === 'outcome') return [{ id: NOT_SOLVED, next: node.notSolved, field: ['notSolved'] }];
  return [];
}

export function validateTree(tree: Pick<Tree, 'start' | 'nodes'>): TreeProblem[] {
  const problems: TreeProblem[] = [];
  const index = new Map<string, number>();
  tree.nodes.forEach((node, i) => {
    if (index.has(node.id)) problems.push({ at: node.id, path: ['nodes', i, 'id'], message: `node id "${node.id}" is used twice` });
    else index.set(node.id, i);
    if (reservedNodeIds.includes(node.id)) problems.push({ at: node.id, path: ['nodes', i, 'id'], message: `node id "${node.id}" is reserved for a page of the site` });
  });
  const byId = new Map(tree.nodes.map((n) => [n.id, n]));

  if (!byId.has(tree.start)) problems.push({ at: 'start', path: ['start'], message: `start node "${tree.start}" does not exist` });

  tree.nodes.forEach((node, i) => {
    if (node.type === 'question') {
      if (node.answers.length < 2) {
        problems.push({ at: node.id, path: ['nodes', i, 'answers'], message: `question "${node.id}" has ${counted(node.answers.length, 'answer')}; a question needs at least two` });
      }
      const labels = new Set<string>();
      const ids = new Set<string>();
      node.answers.forEach((a, j) => {
        const label = a.label.trim().toLowerCase();
        if (labels.has(label)) problems.push({ at: node.id, path: ['nodes', i, 'answers', j, 'label'], message: `question "${node.id}" has the answer "${a.label}" twice` });
        labels.add(label);
        if (ids.has(a.id)) problems.push({ at: node.id, path: ['nodes', i, 'answers', j, 'id'], message: `question "${node.id}" has the answer id "${a.id}" twice` });
        ids.add(a.id);
      });
    }
    for (const edge of edges(node)) {
      if (!byId.has(edge.next)) {
        problems.push({ at: node.id, path: ['nodes', i, ...edge.field], message: `node "${node.id}" leads to "${edge.next}", which does not exist` });
      }
    }
  });
  if (!byId.has(tree.start)) return problems;

  // Reachability from the start.
  const reached = new Set<string>();
  const queue = [tree.start];
  while (queue.length) {
    const id = queue.shift()!;
    if (reached.has(id) || !byId.has(id)) continue;
    reached.add(id);
    for (const e of edges(byId.get(id)!)) queue.push(e.next);
  }
  tree.nodes.forEach((node, i) => {
    if (!reached.has(node.id)) problems.push({ at: node.id, path: ['nodes', i, 'id'], message: `node "${node.id}" cannot be reached from the start` });
  });

  // Cycles: depth-first search with colours.
  const colour = new Map<string, 'grey' | 'black'>();
  const visit = (id: string, stack: string[]): void => {
    colour.set(id, 'grey');
    for (const e of edges(byId.get(id)!)) {
      if (!byId.has(e.next)) continue;
      const c = colour.get(e.next);
      if (c === 'grey') {
        const loop = [...stack.slice(stack.indexOf(e.next)), e.next];
        problems.push({ at: id, path: ['nodes', index.get(id)!, ...e.field], message: `node "${id}" leads back to "${e.next}", making a loop: ${loop.join(' → ')}` });
      } else if (!c) visit(e.next, [...stack, e.next]);
    }
    colour.set(id, 'black');
  };
  for (const node of tree.nodes) if (!colour.has(node.id)) visit(node.id, [node.id]);

  // Every node must be able to end somewhere: an outcome or an escalation.
  const ends = new Set(tree.nodes.filter((n) => n.type !== 'question').map((n) => n.id));
  let grew = true;
  while (grew) {
    grew = false;
    for (const node of tree.nodes) {
      if (ends.has(node.id)) continue;
      if (edges(node).some((e) => ends.has(e.next))) {
        ends.add(node.id);
        grew = true;
      }
    }
  }
  tree.nodes.forEach((node, i) => {
    if (!ends.has(node.id)) problems.push({ at: node.id, path: ['nodes', i], message: `no path from "${node.id}" ever ends in an outcome` });
  });
  if (!tree.nodes.some((n) => n.type === 'escalation')) {
    problems.push({ at: 'nodes', path: ['nodes'], message: 'the tree has no escalation node, so a reader whose problem is not solved has nowhere to go' });
  }
  return problems;
}

/** The fewest answers needed to reach each node from the start ("Step n" on a node's own page). */
export function stepNumbers(tree: Pick<Tree, 'start' | 'nodes'>): Map<string, number> {
  const byId = new Map(tree.nodes.map((n) => [n.id, n]));
  const steps = new Map<string, number>([[tree.start, 1]]);
  const queue = [tree.start];
  while (queue.length) {
    const id = queue.shift()!;
    const node = byId.get(id);
    if (!node) continue;
    for (const e of edges(node)) {
      if (!steps.has(e.next)) {
        steps.set(e.next, steps.get(id)! + 1);
        queue.push(e.next);
      }
    }
  }
  return steps;
}

/** The step numbers a node can have in a walk from the start: from the fewest answers that reach it to the most. */
export interface StepRange {
  first: number;
  last: number;
}

/**
 * Each node's possible step numbers. A step that several answers lead to is Step 3 on one path and
 * Step 7 on another (the troubleshooter numbers a step by the answers given so far), so the map shows
 * the range rather than one number a reader may never see. Trees have no loops (validateTree), so the
 * longest way in is found in one pass over the nodes in order.
 */
export function stepRanges(tree: Pick<Tree, 'start' | 'nodes'>): Map<string, StepRange> {
  const byId = new Map(tree.nodes.map((n) => [n.id, n]));
  const order: string[] = [];
  const seen = new Set<string>();
  const visit = (id: string) => {
    if (seen.has(id)) return;
    seen.add(id);
    const node = byId.get(id);
    if (node) for (const e of edges(node)) visit(e.next);
    order.push(id);
  };
  visit(tree.start);
  const last = new Map<string, number>([[tree.start, 1]]);
  for (const id of order.reverse()) {
    const here = last.get(id);
    const node = byId.get(id);
    if (here === undefined || !node) continue;
    for (const e of edges(node)) last.set(e.next, Math.max(last.get(e.next) ?? 0, here + 1));
  }
  return new Map([...stepNumbers(tree)].map(([id, first]) => [id, { first, last: Math.max(first, last.get(id) ?? first) }]));
}

/** "Step 3", or "Step 3–7" for a step whose number depends on the way in ("" for a step no walk reaches). */
export function stepRangeLabel(range: StepRange | undefined): string {
  if (!range) return '';
  return range.first === range.last ? `Step ${range.first}` : `Step ${range.first}–${range.last}`;
}

/**
 * The most questions a reader can be asked before the first fix or escalation: what a troubleshooter
 * costs at worst ("At most 6 questions"). Follows answers only, not "No, still not working".
 */
export function mostQuestions(tree: Pick<Tree, 'start' | 'nodes'>): number {
  const byId = new Map(tree.nodes.map((n) => [n.id, n]));
  const memo = new Map<string, number>();
  const depth = (id: string): number => {
    const node = byId.get(id);
    if (!node || node.type !== 'question') return 0;
    const known = memo.get(id);
    if (known !== undefined) return known;
    memo.set(id, 0); // a loop (rejected by validateTree) ends here rather than recursing forever
    const most = 1 + Math.max(...node.answers.map((a) => depth(a.next)));
    memo.set(id, most);
    return most;
  };
  return depth(tree.start);
}

/** One node of the map outline: shown in full where first met, as a reference after that. */
export type MapEntry =
  | { ref: false; node: TreeNode; branches: { label: string; child: MapEntry }[] }
  | { ref: true; node: TreeNode };

/** The whole tree as an outline from the start, each node expanded once (breadth-first order). */
export function mapOutline(tree: Pick<Tree, 'start' | 'nodes'>): MapEntry {
  const byId = new Map(tree.nodes.map((n) => [n.id, n]));
  const steps = stepNumbers(tree);
  // Expand each node under the parent that reaches it in the fewest steps.
  const owner = new Map<string, string>();
  for (const node of [...tree.nodes].sort((a, b) => (steps.get(a.id) ?? 0) - (steps.get(b.id) ?? 0))) {
    for (const e of edges(node)) if (!owner.has(e.next) && e.next !== tree.start) owner.set(e.next, node.id);
  }
  const build = (id: string, parent?: string): MapEntry => {
    const node = byId.get(id)!;
    if (parent !== undefined && owner.get(id) !== parent) return { ref: true, node };
    const branches = edges(node).map((e) => ({
      label: node.type === 'question' ? node.answers.find((a) => a.id === e.id)!.label : 'Not solved',
      child: build(e.next, id),
    }));
    return { ref: false, node, branches };
  };
  return build(tree.start);
}
