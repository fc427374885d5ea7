/**
 * Troubleshooter trees from the content collection, with their Markdown turned into sanitised HTML
 * at build time (the island receives ready HTML and ships no Markdown parser).
 */
import { getCollection } from 'astro:content';
import { markdownToHtml as html } from '../lib/markdown.ts';
import type { Tree, TreeNode } from '../lib/troubleshooter/tree.ts';

let loaded: Promise<Tree[]> | undefined;

export function troubleshooters(): Promise<Tree[]> {
  loaded ??= getCollection('troubleshooters').then((entries) =>
    entries.map(({ id, data }) => ({
      id,
      title: data.title,
      summary: data.summary,
      keywords: data.keywords,
      start: data.start,
      nodes: data.nodes.map((node): TreeNode => {
        if (node.type === 'question') return { ...node, help: node.help ? html(node.help) : undefined };
        return { ...node, body: html(node.body) };
      }),
    })),
  );
  return loaded;
}

export async function troubleshooter(id: string): Promise<Tree> {
  const tree = (await troubleshooters()).find((t) => t.id === id);
  if (!tree) throw new Error(`No troubleshooter "${id}" in src/content/troubleshooters/`);
  return tree;
}

/**
 * A tree as its island receives it: without the search keywords (the tree's and each step's), which
 * only the pages' search index uses. The island's props are written into every step page.
 */
export function islandTree(tree: Tree): Tree {
  return withoutKeywords({ ...tree, nodes: tree.nodes.map((node) => (node.type === 'question' ? node : withoutKeywords(node))) });
}

function withoutKeywords<T extends { keywords?: string[] | undefined }>(item: T): T {
  const copy = { ...item };
  delete copy.keywords;
  return copy;
}
