/**
 * Turns Pagefind's result data into what a reader sees: title, best matching section, and an excerpt
 * of the page's body text. The excerpt is built here rather than taken from Pagefind so that it never
 * shows the page's own title again or its hidden `keywords` list, and never highlights stop words.
 */
import { bidiSafe } from '../text.ts';
import { isStopWord, normalizeWord } from './words.ts';
import { isQuickAnswerId } from '../quick-answers.ts';

interface WeightedLocation {
  weight: number;
  balanced_score: number;
  location: number;
}

/** The parts of Pagefind's result data this site uses. */
export interface PagefindResultData {
  url: string;
  /** The page's indexed text; `locations` count its words (split on white space). */
  raw_content?: string;
  content: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[]>;
  anchors?: { element: string; id?: string; text?: string; location: number }[];
  weighted_locations?: WeightedLocation[];
  locations?: number[];
}

export interface ResultView {
  /** Where the result leads: the best section's anchor, or the page. */
  url: string;
  title: string;
  /** The matching section's heading, when the best match is in a section. */
  section?: string;
  /** Excerpt HTML: escaped body text with <mark> around the matched words. */
  excerpt: string;
  category?: string;
  /** What kind of page it is ("Article", "Troubleshooter step", "Tool"), so similar titles are told apart. */
  kind?: string;
}

/** The meta field that carries a page's `keywords` text (see SearchMeta.astro). */
export const keywordsMeta = 'keywords';
/** The meta field that says what kind of page a result is (see SearchMeta.astro). */
export const kindMeta = 'kind';
const EXCERPT_WORDS = 22;
const wordSeparators = /[^\S\uFEFF]+/g; // how Pagefind splits content into word locations

export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Where the words of `text` first occur in a row in `words`, starting in [from, to), as a [start, end) range. */
function findRun(words: string[], text: string | undefined, from = 0, to = words.length): [number, number] | undefined {
  const run = (text ?? '').split(wordSeparators).map(normalizeWord).filter(Boolean);
  if (run.length === 0) return undefined;
  for (let start = from; start < Math.min(to, words.length); start++) {
    let i = start;
    let j = 0;
    while (i < words.length && j < run.length) {
      const w = normalizeWord(words[i]!);
      if (w && w !== run[j]) break;
      i += 1;
      if (w) j += 1;
    }
    if (j === run.length) return [start, i];
  }
  return undefined;
}

/** A reader's word without a plural or verb ending ("emails" → "email", "folders" → "folder"), keeping at least three letters ("going" stays). */
const rootOf = (word: string) => word.replace(/(?:ing|ed|es|s)$/, (ending, at: number) => (at >= 3 ? '' : ending));

/**
 * Which of the reader's words (as roots) a matched word of the page plainly is: the first it starts
 * with. A looser match of Pagefind's ("Go" for "going") still counts toward a section's score, not as
 * one more of the reader's words found there.
 */
function termOf(word: string, roots: readonly string[]): string | undefined {
  const w = normalizeWord(word);
  return roots.find((root) => w.startsWith(root));
}

/** A matched word, highlighted without the punctuation around it: "<mark>email</mark>." rather than "<mark>email.</mark>". */
function marked(word: string): string {
  const [, before = '', core = '', after = ''] = /^([("'“‘[]*)(.*?)([)"'”’\].,;:!?…]*)$/u.exec(word) ?? [];
  return core ? `${escapeHtml(before)}<mark>${escapeHtml(core)}</mark>${escapeHtml(after)}` : `<mark>${escapeHtml(word)}</mark>`;
}

/** Merges the locations of several result data for the same page (one per matching word). */
function mergedLocations(all: PagefindResultData[]): Map<number, number> {
  const scores = new Map<number, number>();
  for (const data of all) {
    const located = data.weighted_locations ?? (data.locations ?? []).map((location) => ({ weight: 1, balanced_score: 1, location }));
    for (const l of located) scores.set(l.location, Math.max(scores.get(l.location) ?? 0, l.balanced_score));
  }
  return scores;
}

/**
 * @param data Pagefind's data for the page.
 * @param more Data for the same page from other searches (one per matching word, when the page matched
 *   only some of the reader's words), so every matched word counts and is highlighted.
 * @param terms The reader's words. The section shown is the one with the most of them, then the most
 *   matches: "emails going to spam" leads to the section about spam, not to one that says "email" often.
 */
export function toResultView(data: PagefindResultData, more: PagefindResultData[] = [], terms: readonly string[] = []): ResultView {
  const title = data.meta.title ?? data.url;
  const words = (data.raw_content ?? data.content).split(wordSeparators);
  // Sections: headings with an id, except one that only repeats the page's title (a troubleshooter
  // step's), and each of an article's quick answers (a <details> with its own id).
  const isAnswer = (a: { element: string; id?: string }) => a.element.toLowerCase() === 'details' && !!a.id && isQuickAnswerId(a.id);
  const headings = (data.anchors ?? []).filter((a) => a.id && /^h[2-6]$/i.test(a.element) && !normalizeWord(a.text ?? '').endsWith(normalizeWord(title)));
  const anchors = [...headings, ...(data.anchors ?? []).filter(isAnswer)].sort((a, b) => a.location - b.location);
  // Not body text: the page's title and whatever comes before it (a troubleshooter's name and step
  // number), the section headings (shown as the section), and the page's keywords list.
  const titleRun = findRun(words, title, 0, 40);
  const hidden = [
    ...(titleRun ? [[0, titleRun[1]] as [number, number]] : []),
    ...headings.map((a) => findRun(words, a.text, a.location, a.location + 1)),
    findRun(words, data.meta[keywordsMeta]),
  ].filter((r) => r !== undefined);
  const visible = (i: number) => !hidden.some(([a, b]) => i >= a && i < b);
  const matched = new Map([...mergedLocations([data, ...more])].filter(([i]) => visible(i) && words[i] !== undefined && !isStopWord(words[i]!)));

  // Regions: the part before the first section heading, then one per section.
  const regions = [{ start: 0, end: anchors[0]?.location ?? words.length, anchor: undefined as (typeof anchors)[number] | undefined }, ...anchors.map((a, i) => ({ start: a.location, end: anchors[i + 1]?.location ?? words.length, anchor: a }))];
  const scoreOf = (start: number, end: number) => [...matched].reduce((n, [i, s]) => (i >= start && i < end ? n + s : n), 0);
  const roots = terms.map(normalizeWord).filter((t) => t && !isStopWord(t)).map(rootOf);
  const coverageOf = (start: number, end: number) => new Set([...matched.keys()].filter((i) => i >= start && i < end).map((i) => termOf(words[i]!, roots)).filter(Boolean)).size;
  // A quick answer sums up what a section says, folded: it is the landing only with more of the
  // reader's words than any section ("is allowlist the same as whitelist"), not on a tie ("how do I
  // whitelist procore emails" leads to the page, not to the answer that only names the word).
  const answerRegion = (r: (typeof regions)[number]) => !!r.anchor && isAnswer(r.anchor);
  const better = (a: (typeof regions)[number], b: (typeof regions)[number]) => {
    const [ca, cb] = [coverageOf(a.start, a.end), coverageOf(b.start, b.end)];
    if (ca !== cb) return ca > cb;
    if (answerRegion(a) !== answerRegion(b)) return answerRegion(b);
    return scoreOf(a.start, a.end) > scoreOf(b.start, b.end);
  };
  const best = regions.reduce((top, r) => (better(r, top) ? r : top), regions[0]!);
  const inBest = scoreOf(best.start, best.end) > 0;

  // The excerpt: the run of visible words in that region with the most matched words.
  const shown = [...words.keys()].filter((i) => i >= (inBest ? best.start : 0) && i < (inBest ? best.end : words.length) && visible(i) && words[i] !== '');
  let from = 0;
  let top = -1;
  for (let s = 0; s < Math.max(1, shown.length - EXCERPT_WORDS + 1); s++) {
    const total = shown.slice(s, s + EXCERPT_WORDS).reduce((n, i) => n + (matched.get(i) ?? 0), 0);
    if (total > top) [top, from] = [total, s];
  }
  // Start a few words before the first match, for context.
  const firstMatch = shown.slice(from, from + EXCERPT_WORDS).findIndex((i) => matched.has(i));
  if (firstMatch > 3) from = Math.min(from + firstMatch - 3, Math.max(0, shown.length - EXCERPT_WORDS));
  const window = shown.slice(from, from + EXCERPT_WORDS);
  const text = window.map((i) => (matched.has(i) ? marked(words[i]!) : escapeHtml(words[i]!))).join(' ');
  const excerpt = `${from > 0 ? '… ' : ''}${text}${from + EXCERPT_WORDS < shown.length ? ' …' : ''}`;

  const section = inBest ? best.anchor : undefined;
  // A quick answer is named by its question: the page's words from the answer's start to the first "?".
  const questionAt = (start: number) => {
    const end = words.findIndex((w, i) => i >= start && w.endsWith('?'));
    return end >= start && end - start < 30 ? words.slice(start, end + 1).join(' ') : undefined;
  };
  const sectionName = section && isAnswer(section) ? questionAt(section.location) : section?.text;
  return {
    url: section ? `${data.url.split('#')[0]}#${section.id}` : data.url,
    title,
    ...(sectionName ? { section: sectionName } : {}),
    excerpt,
    ...(data.filters?.category?.[0] ? { category: data.filters.category[0] } : {}),
    ...(data.meta[kindMeta] ? { kind: data.meta[kindMeta] } : {}),
  };
}

/** "3 results for “spam”" — what the status region says. The query comes from the address, so it is isolated when it could reorder the sentence. */
export function resultSummary(count: number, q: string, filtered: boolean): string {
  if (!q) return '';
  const found = count === 0 ? 'No results' : count === 1 ? '1 result' : `${count} results`;
  return `${found} for “${bidiSafe(q)}”${filtered ? ' with the chosen filters' : ''}.`;
}

/** Said before the results when no page has every word the reader typed. */
const partialMatchNotice = 'No page has every word; showing pages that match most of them.';

/**
 * The status line, saying plainly when results do not have every word.
 * @param complete How many of the `count` results have every (meaningful) word.
 */
export function searchStatus(count: number, complete: number, q: string, filtered: boolean): string {
  const summary = resultSummary(count, q, filtered);
  if (count === 0 || complete >= count) return summary;
  if (complete === 0) return `${partialMatchNotice} ${summary}`;
  return `${summary} Only ${complete === 1 ? '1 page has' : `${complete} pages have`} every word; the others match most of them.`;
}
