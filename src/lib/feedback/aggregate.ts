/**
 * Turning stored feedback into the dashboard's report: per article and per troubleshooter outcome,
 * over a range of days. The stores only count and group; every judgement is made here.
 */
import type { ManifestIndex } from './manifest.ts';
import type { Summary } from './summary.ts';
import { daysBetween } from './rules.ts';

export interface VoteCount {
  kind: 'article' | 'outcome';
  /** Article id, or "<tree>/<node>" for an outcome. */
  target: string;
  day: string;
  helpful: boolean;
  count: number;
}

export interface PathCount {
  target: string;
  /** Where the known answers begin: '' for the tree's start. */
  from: string;
  path: string;
  count: number;
}

export interface StoredComment {
  kind: 'article' | 'outcome';
  target: string;
  text: string;
  at: string;
}

export interface SearchCount {
  query: string;
  opened: string | null;
  count: number;
}

export interface ReportInput {
  from: string;
  to: string;
  votes: VoteCount[];
  notSolvedPaths: PathCount[];
  comments: StoredComment[];
  searches: SearchCount[];
}

/** Newest comments kept in a report, and top paths per outcome. */
const COMMENTS_SHOWN = 50;
const PATHS_SHOWN = 5;
const SEARCHES_SHOWN = 50;

const byCount = <T extends { count: number }>(a: T, b: T) => b.count - a.count;

export function buildSummary(index: ManifestIndex, input: ReportInput): Summary {
  const days = daysBetween(input.from, input.to);
  const dayIndex = new Map(days.map((d, i) => [d, i]));
  const categoryTitle = new Map(index.manifest.categories.map((c) => [c.id, c.title]));

  const articles = index.manifest.articles.map((a) => ({
    id: a.id,
    title: a.title,
    category: a.category,
    categoryTitle: categoryTitle.get(a.category) ?? a.category,
    yes: 0,
    no: 0,
    share: null as number | null,
    trendYes: days.map(() => 0),
    trendNo: days.map(() => 0),
  }));
  const articleRow = new Map(articles.map((a) => [a.id, a]));

  const outcomes = index.manifest.trees.flatMap((t) =>
    t.nodes
      .filter((n) => n.type === 'outcome')
      .map((n) => ({
        tree: t.id,
        treeTitle: t.title,
        node: n.id,
        title: n.text,
        solved: 0,
        notSolved: 0,
        escalates: index.escalates(t.id, n.id),
        paths: [] as Summary['outcomes'][number]['paths'],
      })),
  );
  const outcomeRow = new Map(outcomes.map((o) => [`${o.tree}/${o.node}`, o]));

  for (const v of input.votes) {
    if (v.kind === 'article') {
      const row = articleRow.get(v.target);
      const i = dayIndex.get(v.day);
      if (!row || i === undefined) continue;
      if (v.helpful) {
        row.yes += v.count;
        row.trendYes[i]! += v.count;
      } else {
        row.no += v.count;
        row.trendNo[i]! += v.count;
      }
    } else {
      const row = outcomeRow.get(v.target);
      if (!row || !dayIndex.has(v.day)) continue;
      if (v.helpful) row.solved += v.count;
      else row.notSolved += v.count;
    }
  }
  for (const a of articles) a.share = a.yes + a.no ? a.yes / (a.yes + a.no) : null;

  for (const p of [...input.notSolvedPaths].sort(byCount)) {
    const row = outcomeRow.get(p.target);
    if (!row || row.paths.length >= PATHS_SHOWN) continue;
    const opened = p.from ? index.tree(row.tree)?.nodes.get(p.from)?.text : undefined;
    const labels = index.describePath(row.tree, p.path, p.from);
    row.paths.push({ from: p.from, path: p.path, labels: opened ? [`(opened at “${opened}”)`, ...labels] : labels, count: p.count });
  }

  const comments = [...input.comments]
    .sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0))
    .slice(0, COMMENTS_SHOWN)
    .map((c) => {
      if (c.kind === 'article') {
        const a = articleRow.get(c.target);
        return { page: c.target, title: a?.title ?? c.target, category: a?.category ?? '', text: c.text, at: c.at };
      }
      const o = outcomeRow.get(c.target);
      return { page: c.target, title: o ? `${o.treeTitle}: ${o.title}` : c.target, category: '', text: c.text, at: c.at };
    });

  const searches = [...input.searches].sort(byCount);
  return {
    from: input.from,
    to: input.to,
    days,
    articles,
    outcomes,
    comments,
    searchesNothing: searches.filter((s) => s.opened === null).slice(0, SEARCHES_SHOWN).map((s) => ({ query: s.query, count: s.count })),
    searchesOpened: searches
      .filter((s): s is SearchCount & { opened: string } => s.opened !== null)
      .slice(0, SEARCHES_SHOWN)
      .map((s) => ({ query: s.query, opened: s.opened, count: s.count })),
  };
}

export type SortKey = 'title' | 'yes' | 'no' | 'total' | 'share';

/** The dashboard's article table: filtered by category, sorted by a column (ties by title). */
export function articleRows(summary: Summary, { category, sort, descending }: { category: string; sort: SortKey; descending: boolean }) {
  const value = (a: Summary['articles'][number]): string | number =>
    sort === 'title' ? a.title.toLowerCase() : sort === 'total' ? a.yes + a.no : sort === 'share' ? (a.share ?? -1) : a[sort];
  return summary.articles
    .filter((a) => !category || a.category === category)
    .sort((a, b) => {
      const x = value(a);
      const y = value(b);
      const order = x < y ? -1 : x > y ? 1 : a.title.localeCompare(b.title);
      return descending && x !== y ? -order : order;
    });
}

/** "83%" or "–" when nobody voted. */
export const shareLabel = (share: number | null) => (share === null ? '–' : `${Math.round(share * 100)}%`);

/** Yes and No per day, summed over the given articles (the dashboard's trend chart). */
export function trendOf(summary: Summary, articles: readonly Summary['articles'][number][]): { yes: number[]; no: number[] } {
  const yes = summary.days.map(() => 0);
  const no = summary.days.map(() => 0);
  for (const a of articles) {
    a.trendYes.forEach((n, i) => (yes[i]! += n));
    a.trendNo.forEach((n, i) => (no[i]! += n));
  }
  return { yes, no };
}
