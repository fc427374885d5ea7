/** Turns Pagefind's result data into what a reader sees: title, best matching section, excerpt. */

/** The parts of Pagefind's result data this site uses. */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[]>;
  sub_results?: {
    title: string;
    url: string;
    excerpt: string;
    anchor?: { element?: string; id?: string };
    weighted_locations?: { weight: number; balanced_score: number }[];
    locations?: number[];
  }[];
}

export interface ResultView {
  /** Where the result leads: the best section's anchor, or the page. */
  url: string;
  title: string;
  /** The matching section's heading, when the best match is in a section. */
  section?: string;
  /** Excerpt HTML with <mark> around matched words (produced and escaped by Pagefind). */
  excerpt: string;
  category?: string;
}

const score = (sub: NonNullable<PagefindResultData['sub_results']>[number]) =>
  sub.weighted_locations?.reduce((n, l) => n + l.balanced_score, 0) ?? sub.locations?.length ?? 0;

export function toResultView(data: PagefindResultData): ResultView {
  const title = data.meta.title ?? data.url;
  // A section is worth naming when it is not just the page's own title again.
  const sections = (data.sub_results ?? []).filter((s) => s.url.includes('#') && !s.title.endsWith(title));
  const best = sections.reduce<(typeof sections)[number] | undefined>((top, s) => (!top || score(s) > score(top) ? s : top), undefined);
  return {
    url: best ? best.url : data.url,
    title,
    ...(best ? { section: best.title } : {}),
    excerpt: best ? best.excerpt : data.excerpt,
    ...(data.filters?.category?.[0] ? { category: data.filters.category[0] } : {}),
  };
}

/** "3 results for “spam”" — what the status region says. */
export function resultSummary(count: number, q: string, filtered: boolean): string {
  if (!q) return '';
  const found = count === 0 ? 'No results' : count === 1 ? '1 result' : `${count} results`;
  return `${found} for “${q}”${filtered ? ' with the chosen filters' : ''}.`;
}
