/**
 * The build's list of what readers can vote on: every article, and every troubleshooter with the
 * answers that lead through it. The build writes it as /feedback-manifest.json; the service reads it
 * to turn away votes for pages that do not exist, and the dashboard uses it for titles and labels.
 */
import { edges, NOT_SOLVED, nodeText, type Tree } from '../troubleshooter/tree.ts';

export const MANIFEST_FILE = 'feedback-manifest.json';

export interface ManifestNode {
  id: string;
  type: 'question' | 'outcome' | 'escalation';
  /** The question's prompt or the outcome's / escalation's title. */
  text: string;
  /** Answer id → the node it leads to, with the answer's label (an outcome's "not solved" included). */
  answers: { id: string; label: string; next: string }[];
}

export interface FeedbackManifest {
  categories: { id: string; title: string }[];
  articles: { id: string; title: string; category: string }[];
  trees: { id: string; title: string; start: string; nodes: ManifestNode[] }[];
}

export function buildManifest(input: {
  categories: FeedbackManifest['categories'];
  articles: FeedbackManifest['articles'];
  trees: Pick<Tree, 'id' | 'title' | 'start' | 'nodes'>[];
}): FeedbackManifest {
  return {
    categories: input.categories,
    articles: input.articles,
    trees: input.trees.map((tree) => ({
      id: tree.id,
      title: tree.title,
      start: tree.start,
      nodes: tree.nodes.map((node) => ({
        id: node.id,
        type: node.type,
        text: nodeText(node),
        answers: edges(node).map((e) => ({
          id: e.id,
          next: e.next,
          label: node.type === 'question' ? (node.answers.find((a) => a.id === e.id)?.label ?? e.id) : 'No, still not working',
        })),
      })),
    })),
  };
}

/** An outcome vote's key in storage and reports: "<tree>/<node>". */
export const outcomeKey = (tree: string, node: string) => `${tree}/${node}`;

const splitPath = (path: string) => (path === '' ? [] : path.split(','));

/** Lookups over a manifest, built once when the service starts. */
export class ManifestIndex {
  private readonly articles: Map<string, FeedbackManifest['articles'][number]>;
  private readonly trees: Map<string, { title: string; start: string; nodes: Map<string, ManifestNode> }>;

  readonly manifest: FeedbackManifest;

  constructor(manifest: FeedbackManifest) {
    this.manifest = manifest;
    this.articles = new Map(manifest.articles.map((a) => [a.id, a]));
    this.trees = new Map(manifest.trees.map((t) => [t.id, { title: t.title, start: t.start, nodes: new Map(t.nodes.map((n) => [n.id, n])) }]));
  }

  article(id: string) {
    return this.articles.get(id);
  }

  hasArticle(id: string): boolean {
    return this.articles.has(id);
  }

  tree(id: string) {
    return this.trees.get(id);
  }

  /**
   * Why an outcome vote does not fit the tree, as [field, message], or undefined when it does:
   * the tree must exist, the node must be one of its outcomes, and the path (answer ids from
   * `from`, the start unless given) must lead to that node.
   */
  outcomeProblem(treeId: string, nodeId: string, path: string, from?: string): [string, string] | undefined {
    const tree = this.trees.get(treeId);
    if (!tree) return ['tree', `tree "${treeId}" is not a troubleshooter on this site`];
    const node = tree.nodes.get(nodeId);
    if (!node || node.type !== 'outcome') return ['node', `node "${nodeId}" is not an outcome of "${treeId}"`];
    if (from !== undefined && !tree.nodes.has(from)) return ['from', `from "${from}" is not a step of "${treeId}"`];
    let at = from ?? tree.start;
    for (const answer of splitPath(path)) {
      const next = tree.nodes.get(at)?.answers.find((a) => a.id === answer)?.next;
      if (!next) return ['path', `path: answer "${answer}" does not follow "${at}" in "${treeId}"`];
      at = next;
    }
    if (at !== nodeId) return ['path', `path leads to "${at}", not to "${nodeId}"`];
    return undefined;
  }

  /** "Answer label → answer label → …" for a path, as the dashboard shows it. */
  describePath(treeId: string, path: string, from = ''): string[] {
    const tree = this.trees.get(treeId);
    if (!tree) return splitPath(path);
    let at = from || tree.start;
    return splitPath(path).map((answerId) => {
      const answer = tree.nodes.get(at)?.answers.find((a) => a.id === answerId);
      at = answer?.next ?? at;
      return answer?.label ?? answerId;
    });
  }

  /** Whether "not solved" at this outcome leads straight to an escalation (contact support). */
  escalates(treeId: string, nodeId: string): boolean {
    const tree = this.trees.get(treeId);
    const next = tree?.nodes.get(nodeId)?.answers.find((a) => a.id === NOT_SOLVED)?.next;
    return next !== undefined && tree?.nodes.get(next)?.type === 'escalation';
  }
}
