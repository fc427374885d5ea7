/**
 * Moving through a troubleshooter: answering, going back, changing an earlier answer, and
 * turning the answers into a shareable `?path=` and back. Pure functions over a Tree.
 */
import { paths } from '../paths.ts';
import { edges, nodeText, NOT_SOLVED, type Tree, type TreeNode } from './tree.ts';

export interface Step {
  /** The question (or outcome) that was answered. */
  nodeId: string;
  answerId: string;
}

export interface Walk {
  /** Answers given so far, oldest first. */
  steps: Step[];
  /** The node on screen now. */
  current: string;
}

export interface Restored {
  walk: Walk;
  /** Set when the link's answers did not all fit the tree: what the reader should be told. */
  notice?: string;
  /** The walk was made up to reach a node opened straight from a link. */
  deepLinked: boolean;
}

export const PATH_PARAM = 'path';

export class Navigator {
  private readonly byId: Map<string, TreeNode>;

  constructor(readonly tree: Tree) {
    this.byId = new Map(tree.nodes.map((n) => [n.id, n]));
  }

  node(id: string): TreeNode {
    const node = this.byId.get(id);
    if (!node) throw new Error(`Troubleshooter "${this.tree.id}" has no node "${id}"`);
    return node;
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  /** Where an answer leads, or undefined when that answer does not belong to the node. */
  follow(nodeId: string, answerId: string): string | undefined {
    const node = this.byId.get(nodeId);
    return node ? edges(node).find((e) => e.id === answerId)?.next : undefined;
  }

  start(): Walk {
    return { steps: [], current: this.tree.start };
  }

  answer(walk: Walk, answerId: string): Walk {
    const next = this.follow(walk.current, answerId);
    if (!next) throw new Error(`"${answerId}" is not an answer to "${walk.current}"`);
    return { steps: [...walk.steps, { nodeId: walk.current, answerId }], current: next };
  }

  back(walk: Walk): Walk {
    const last = walk.steps.at(-1);
    return last ? { steps: walk.steps.slice(0, -1), current: last.nodeId } : walk;
  }

  /** Returns to the question answered at `index`, forgetting it and every later answer. */
  changeAnswer(walk: Walk, index: number): Walk {
    const step = walk.steps[index];
    return step ? { steps: walk.steps.slice(0, index), current: step.nodeId } : walk;
  }

  /** Follows answer ids from the start as far as they fit the tree. */
  replay(answerIds: readonly string[]): { walk: Walk; used: number } {
    let walk = this.start();
    let used = 0;
    for (const id of answerIds) {
      if (!this.follow(walk.current, id)) break;
      walk = this.answer(walk, id);
      used++;
    }
    return { walk, used };
  }

  /** The shortest way from the start to a node (first-listed answers win ties). */
  shortestWalk(target: string): Walk {
    const previous = new Map<string, Step>();
    const seen = new Set([this.tree.start]);
    const queue = [this.tree.start];
    while (queue.length && !seen.has(target)) {
      const id = queue.shift()!;
      for (const e of edges(this.node(id))) {
        if (seen.has(e.next) || !this.has(e.next)) continue;
        seen.add(e.next);
        previous.set(e.next, { nodeId: id, answerId: e.id });
        queue.push(e.next);
      }
    }
    if (!seen.has(target)) return this.start();
    const steps: Step[] = [];
    for (let at = target; at !== this.tree.start; ) {
      const step = previous.get(at)!;
      steps.unshift(step);
      at = step.nodeId;
    }
    return { steps, current: target };
  }

  /**
   * The walk a URL describes. `nodeId` is the node whose page is open (none when embedded);
   * `pathParam` is the raw `?path=` value, or null when there is none.
   */
  restore(nodeId: string | undefined, pathParam: string | null): Restored {
    if (pathParam === null) {
      if (!nodeId || nodeId === this.tree.start || !this.has(nodeId)) return { walk: this.start(), deepLinked: false };
      return { walk: this.shortestWalk(nodeId), deepLinked: true };
    }
    const ids = parsePath(pathParam);
    const { walk, used } = this.replay(ids);
    if (used === ids.length) return { walk, deepLinked: false };
    return {
      walk,
      deepLinked: false,
      notice:
        used === 0
          ? 'The answers in this link no longer fit this troubleshooter, so it starts from the beginning.'
          : `Only the first ${used} of the ${ids.length} answers in this link still fit this troubleshooter, so it picks up from there.`,
    };
  }

  /** The question and the chosen answer's text for each step, for the history list and the report. */
  describe(walk: Walk): { question: string; answer: string }[] {
    return walk.steps.map(({ nodeId, answerId }) => {
      const node = this.node(nodeId);
      if (node.type === 'question') {
        return { question: node.prompt, answer: node.answers.find((a) => a.id === answerId)?.label ?? answerId };
      }
      return { question: `${node.type === 'outcome' ? node.title : node.id}: did this solve it?`, answer: answerId === NOT_SOLVED ? 'No' : answerId };
    });
  }
}

/** Splits a `?path=` value into answer ids; anything that is not an id is kept so it fails to fit. */
export function parsePath(value: string): string[] {
  return value === '' ? [] : value.split(',').map((s) => s.trim());
}

/** "Step 3: Is the email address right?" — the heading and the page title of a step. */
export function stepTitle(node: TreeNode, step: number): string {
  return `Step ${step}: ${nodeText(node)}`;
}

export function formatPath(steps: readonly Step[]): string {
  return steps.map((s) => s.answerId).join(',');
}

/** The standalone page of a node, carrying the answers that lead there. */
export function stepUrl(treeId: string, nodeId: string, steps: readonly Step[]): string {
  const path = formatPath(steps);
  return `${paths.troubleshooterStep(treeId, nodeId)}${path ? `?${PATH_PARAM}=${path}` : ''}`;
}
