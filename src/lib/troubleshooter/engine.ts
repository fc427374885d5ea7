/**
 * Moving through a troubleshooter: answering, going back and changing an earlier answer. Pure
 * functions over a Tree; how a walk is written into a URL and read back is in `address.ts`.
 */
import { edges, nodeText, NOT_SOLVED, type Tree, type TreeNode } from './tree.ts';

export interface Step {
  /** The question (or outcome) that was answered. */
  nodeId: string;
  answerId: string;
}

export interface Walk {
  /**
   * Where the known answers begin: the tree's start, or a step opened straight from a link (whose
   * earlier answers nobody knows).
   */
  from: string;
  /** Answers given since `from`, oldest first. */
  steps: Step[];
  /** The node on screen now. */
  current: string;
}

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
    return this.openedAt(this.tree.start);
  }

  /** A step opened on its own (from a link, or its page without JavaScript): no answers known. */
  openedAt(nodeId: string): Walk {
    this.node(nodeId);
    return { from: nodeId, steps: [], current: nodeId };
  }

  answer(walk: Walk, answerId: string): Walk {
    const next = this.follow(walk.current, answerId);
    if (!next) throw new Error(`"${answerId}" is not an answer to "${walk.current}"`);
    return { from: walk.from, steps: [...walk.steps, { nodeId: walk.current, answerId }], current: next };
  }

  back(walk: Walk): Walk {
    const last = walk.steps.at(-1);
    return last ? { from: walk.from, steps: walk.steps.slice(0, -1), current: last.nodeId } : walk;
  }

  /**
   * The answer given before at the step `to` stands on, when `to` goes back along `from` (Back,
   * "Change", Start over, the browser's Back): the reader sees which one they chose the first time.
   */
  earlierAnswer(from: Walk, to: Walk): string | undefined {
    if (from.from !== to.from || to.steps.length >= from.steps.length) return undefined;
    const taken = from.steps[to.steps.length]!;
    const samePath = to.steps.every((step, i) => step.nodeId === from.steps[i]!.nodeId && step.answerId === from.steps[i]!.answerId);
    return samePath && taken.nodeId === to.current ? taken.answerId : undefined;
  }

  /** Returns to the question answered at `index`, forgetting it and every later answer. */
  changeAnswer(walk: Walk, index: number): Walk {
    const step = walk.steps[index];
    return step ? { from: walk.from, steps: walk.steps.slice(0, index), current: step.nodeId } : walk;
  }

  /** Follows answer ids from `from` (the start unless told) as far as they fit the tree. */
  replay(answerIds: readonly string[], from = this.tree.start): { walk: Walk; used: number } {
    let walk = this.openedAt(from);
    let used = 0;
    for (const id of answerIds) {
      if (!this.follow(walk.current, id)) break;
      walk = this.answer(walk, id);
      used++;
    }
    return { walk, used };
  }

  /** The step's number when every answer since the start is known; undefined when it is not. */
  stepNumber(walk: Walk): number | undefined {
    return walk.from === this.tree.start ? walk.steps.length + 1 : undefined;
  }

  /** The question and the chosen answer's text for each step, for the history list and the report. */
  describe(walk: Walk): { question: string; answer: string }[] {
    return walk.steps.map(({ nodeId, answerId }) => {
      const node = this.node(nodeId);
      if (node.type === 'question') {
        return { question: node.prompt, answer: node.answers.find((a) => a.id === answerId)?.label ?? answerId };
      }
      return { question: `${nodeText(node)}: did this solve it?`, answer: answerId === NOT_SOLVED ? 'No' : answerId };
    });
  }
}

/**
 * The heading and the page title of a step: "Step 3: Is the email address right?" when the step's
 * number is known, the question (or outcome) alone when it is not.
 */
export function stepTitle(node: TreeNode, step: number | undefined): string {
  return step === undefined ? nodeText(node) : `Step ${step}: ${nodeText(node)}`;
}
