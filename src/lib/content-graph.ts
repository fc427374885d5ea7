/**
 * Cross-entry checks the per-file schemas cannot make: a category or a related article that
 * points nowhere, a legacy path claimed twice or shadowing a real page. Every problem names the
 * file and the field so a writer can fix it without reading code.
 */
import { isReservedPath } from './paths.ts';

/** A legacy path is an absolute site path of lowercase words, without a trailing slash. */
export const legacyPathPattern = /^\/[a-z0-9._~-]+(?:\/[a-z0-9._~-]+)*$/;

export interface GraphArticle {
  id: string;
  file: string;
  category: string;
  related: readonly string[];
  legacy: readonly string[];
  draft: boolean;
}

export interface GraphCategory {
  id: string;
}

export function checkContentGraph(articles: readonly GraphArticle[], categories: readonly GraphCategory[]): string[] {
  const problems: string[] = [];
  const categoryIds = new Set(categories.map((c) => c.id));
  const published = new Map(articles.filter((a) => !a.draft).map((a) => [a.id, a]));
  const legacyOwners = new Map<string, string>();

  for (const article of articles) {
    const where = article.file;
    if (!categoryIds.has(article.category)) {
      problems.push(`${where}: category "${article.category}" is not a category (known: ${[...categoryIds].sort().join(', ') || 'none'})`);
    }
    if (article.draft) continue;
    article.related.forEach((id, i) => {
      if (id === article.id) problems.push(`${where}: related[${i}] "${id}" is the article itself`);
      else if (!published.has(id)) problems.push(`${where}: related[${i}] "${id}" is not a published article`);
    });
    if (new Set(article.related).size !== article.related.length) {
      problems.push(`${where}: related lists the same article twice`);
    }
    article.legacy.forEach((path, i) => {
      const owner = legacyOwners.get(path);
      if (owner) problems.push(`${where}: legacy[${i}] "${path}" is already claimed by ${owner}`);
      else legacyOwners.set(path, where);
      if (isReservedPath(path)) {
        problems.push(`${where}: legacy[${i}] "${path}" would hide a page of this site`);
      }
    });
  }
  return problems;
}

export class ContentGraphError extends Error {
  constructor(problems: readonly string[]) {
    super(`The help-center content has ${problems.length} problem(s):\n  - ${problems.join('\n  - ')}`);
    this.name = 'ContentGraphError';
  }
}

/**
 * Checks an article's `anchors` (old section id → current heading id) against its headings, and
 * returns them grouped by heading for rendering: { current-id: [old ids] }.
 */
export function anchorAliases(file: string, anchors: Readonly<Record<string, string>>, headingIds: readonly string[]): { aliases: Map<string, string[]>; problems: string[] } {
  const ids = new Set(headingIds);
  const problems: string[] = [];
  const aliases = new Map<string, string[]>();
  for (const [old, current] of Object.entries(anchors)) {
    if (ids.has(old)) problems.push(`${file}: anchors.${old} is still a heading id on the page; only list ids that no longer exist`);
    else if (!ids.has(current)) problems.push(`${file}: anchors.${old} points to "${current}", which is not a heading id on the page (known: ${[...ids].join(', ')})`);
    else aliases.set(current, [...(aliases.get(current) ?? []), old]);
  }
  return { aliases, problems };
}
