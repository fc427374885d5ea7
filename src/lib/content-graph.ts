/**
 * Cross-entry checks the per-file schemas cannot make: a category or a related article that
 * points nowhere, a legacy path claimed twice. (Whether a legacy path would shadow something the
 * build emits is checked against the built site: src/lib/built-site.ts.) Every problem names the
 * file and the field so a writer can fix it without reading code.
 */
import { counted } from './text.ts';

/** A legacy path is an absolute site path of lowercase words, without a trailing slash. */
const legacyPathPattern = /^\/[a-z0-9._~-]+(?:\/[a-z0-9._~-]+)*$/;

/** Why a legacy path is unsafe to publish, or undefined: "." and ".." segments would resolve to another path. */
export function legacyPathProblem(path: string): string | undefined {
  if (!legacyPathPattern.test(path)) return `"${path}" must be a site path of lowercase words, such as "/faq/old-article-name"`;
  const dots = path.split('/').find((segment) => segment === '.' || segment === '..');
  return dots ? `"${path}" has a "${dots}" segment, which browsers and hosts resolve to another path; write the path without it` : undefined;
}

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
    for (const id of article.related) {
      if (id === article.id) problems.push(`${where}: related "${id}" is the article itself`);
      else if (!published.has(id)) problems.push(`${where}: related "${id}" is not a published article`);
    }
    if (new Set(article.related).size !== article.related.length) {
      problems.push(`${where}: related lists the same article twice`);
    }
    for (const path of article.legacy) {
      const owner = legacyOwners.get(path);
      if (owner) problems.push(`${where}: legacy "${path}" is already claimed by ${owner}`);
      else legacyOwners.set(path, where);
    }
  }
  return problems;
}

export class ContentGraphError extends Error {
  constructor(problems: readonly string[]) {
    super(`The help-center content has ${counted(problems.length, 'problem')}:\n  - ${problems.join('\n  - ')}`);
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
