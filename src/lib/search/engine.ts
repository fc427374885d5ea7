/**
 * Which pages answer a query, given Pagefind's search. Pagefind only returns pages that contain every
 * word, so a reader's question with one word the site does not use finds nothing. So: stop words are
 * dropped first (a page that answers "how do I reset my password" need not contain "how"); when that
 * still finds fewer than a handful of pages, each remaining word is looked up on its own, words no page
 * uses drop out, and the other pages follow ranked by how many of the reader's words they cover (ties by
 * Pagefind's own scores, in which rare words count for more). That is the same order as dropping the
 * rarest unmatched word, one at a time, until pages match.
 *
 * Filters are applied here too, from each filter value's set of pages, so the counts beside the filters
 * are right for both kinds of result. No DOM, no fetching: the caller passes Pagefind in.
 */
import { filterNames, type FilterName, type SearchQuery } from './query.ts';
import { isStopWord, queryWords } from './words.ts';
import type { PagefindResultData } from './results.ts';

/**
 * Pagefind's ranking, for the search box and for scripts/search-quality.mjs alike. Pagefind by default
 * ranks a short page above a long one that uses the same words as often (`pageLength` 0.75); here the
 * answers are whole articles, a troubleshooter step is a short page that points to one, and length says
 * little. At 0.1 the articles and /allowlist/ come before the steps for short queries ("allowlist",
 * "email"), and the mean reciprocal rank of tests/search/questions.ts rose from 0.910 to 0.923 (hits@3
 * 100% either way).
 */
export const pagefindRanking = { pageLength: 0.1 } as const;

/** One result of a Pagefind search (the part this site uses). */
export interface PagefindHit {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}

export type Search = (text: string) => Promise<PagefindHit[]>;

export interface FoundPage {
  id: string;
  /** How many of the reader's meaningful words the page contains. */
  covered: number;
  /** The hits that found the page: one for a whole-query match, one per matching word otherwise. */
  hits: PagefindHit[];
}

export interface Found {
  /** "every": some pages have every meaningful word; "most": pages have some of them; "none": no word matches. */
  match: 'every' | 'most' | 'none';
  /** Pages with every word first (in Pagefind's order), then pages with most of them. */
  pages: FoundPage[];
  /** How many of `pages` have every meaningful word. */
  complete: number;
  /** The meaningful words that no page contains. */
  unmatched: string[];
}

/** Fewer pages than this with every word, and pages with most of the words are added after them. */
const ENOUGH = 3;

/** The words worth searching for: the query without its stop words (all of it, if that is all it has). */
function meaningfulWords(q: string): string[] {
  const words = queryWords(q);
  const meaningful = words.filter((w) => !isStopWord(w));
  return meaningful.length > 0 ? meaningful : words;
}

/** The text to give Pagefind first. */
export function searchText(q: string): string {
  return meaningfulWords(q).join(' ');
}

/**
 * @param first Pagefind's results for `searchText(q)` (the caller may have debounced that search).
 * @param search Pagefind's search for any other text.
 */
export async function findPages(q: string, first: PagefindHit[], search: Search): Promise<Found> {
  const terms = meaningfulWords(q);
  if (terms.length < 2) {
    const pages = first.map((h) => ({ id: h.id, covered: 1, hits: [h] }));
    return { match: pages.length > 0 ? 'every' : 'none', pages, complete: pages.length, unmatched: pages.length > 0 ? [] : terms };
  }
  // Each word on its own: Pagefind quietly leaves out words that no page uses, so this is how we know.
  const perTerm = await Promise.all(terms.map((t) => search(t)));
  const unmatched = terms.filter((_, i) => perTerm[i]!.length === 0);
  const whole = first.map((h) => ({ id: h.id, covered: terms.length - unmatched.length, hits: [h] }));
  let partial: FoundPage[] = [];
  if (whole.length < ENOUGH) {
    const seen = new Set(first.map((h) => h.id));
    const pages = new Map<string, FoundPage & { score: number }>();
    perTerm.forEach((hits) => {
      for (const h of hits) {
        if (seen.has(h.id)) continue;
        const page = pages.get(h.id) ?? { id: h.id, covered: 0, hits: [], score: 0 };
        page.covered += 1;
        page.score += h.score;
        page.hits.push(h);
        pages.set(h.id, page);
      }
    });
    partial = [...pages.values()].sort((a, b) => b.covered - a.covered || b.score - a.score).map(({ id, covered, hits }) => ({ id, covered, hits }));
  }
  const complete = unmatched.length > 0 ? 0 : whole.length;
  return {
    match: complete > 0 ? 'every' : whole.length + partial.length > 0 ? 'most' : 'none',
    pages: [...whole, ...partial],
    complete,
    unmatched,
  };
}

/** For each filter, for each of its values, the ids of the pages that have it. */
export type FilterPages = Record<FilterName, Record<string, Set<string>>>;

/** Reads every filter value's pages from Pagefind once (a filter-only search per value). */
export async function loadFilterPages(
  values: Record<string, Record<string, number>>,
  searchFiltered: (filters: Record<string, string>) => Promise<{ id: string }[]>,
): Promise<FilterPages> {
  const out = { category: {}, audience: {} } as FilterPages;
  for (const name of filterNames) {
    for (const value of Object.keys(values[name] ?? {})) {
      out[name][value] = new Set((await searchFiltered({ [name]: value })).map((h) => h.id));
    }
  }
  return out;
}

/** Whether a page passes the chosen filters: any chosen value within a filter, every filter together. */
function passes(id: string, chosen: SearchQuery['filters'], pages: FilterPages, except?: FilterName): boolean {
  return filterNames.every((name) => name === except || chosen[name].length === 0 || chosen[name].some((v) => pages[name][v]?.has(id)));
}

export function applyFilters<T extends { id: string }>(found: T[], chosen: SearchQuery['filters'], pages: FilterPages): T[] {
  return found.filter((p) => passes(p.id, chosen, pages));
}

/**
 * How many results each filter value would give: the other filters applied, this filter's own choices
 * not (so ticking one topic does not hide the others). Values with no result are left out.
 */
export function filterCounts(found: { id: string }[], chosen: SearchQuery['filters'], pages: FilterPages): Record<FilterName, Record<string, number>> {
  const out = { category: {}, audience: {} } as Record<FilterName, Record<string, number>>;
  for (const name of filterNames) {
    const others = found.filter((p) => passes(p.id, chosen, pages, name));
    for (const [value, ids] of Object.entries(pages[name])) {
      const count = others.filter((p) => ids.has(p.id)).length;
      if (count > 0) out[name][value] = count;
    }
  }
  return out;
}
