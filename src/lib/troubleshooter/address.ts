/**
 * The URL is the record of a walk: `?path=` lists the answers given since the start, and a walk
 * that began at a step opened from a link says so with `?from=<node>`. Writing a walk into a URL
 * and reading one back live here, so Back, Forward, reload and shared links all mean one thing.
 */
import { paths } from '../paths.ts';
import type { Navigator, Step, Walk } from './engine.ts';
import type { Tree } from './tree.ts';

const PATH_PARAM = 'path';
const FROM_PARAM = 'from';
/** The query parameters a walk lives in (the island's error boundary clears them on reset). */
export const walkParams = [PATH_PARAM, FROM_PARAM] as const;

/** A walk read from a URL. */
export interface Located {
  walk: Walk;
  /** Set when the link's answers did not all fit the tree: what the reader should be told. */
  notice?: string;
}

type TreeRef = Pick<Tree, 'id' | 'start'>;

/** Splits a `?path=` value into answer ids; anything that is not an id is kept so it fails to fit. */
export function parsePath(value: string): string[] {
  return value === '' ? [] : value.split(',').map((s) => s.trim());
}

export function formatPath(steps: readonly Step[]): string {
  return steps.map((s) => encodeURIComponent(s.answerId)).join(',');
}

/** The query parameters that record a walk, without the "?": empty for a walk with no answers. */
function walkQuery(walk: Walk, start: string): string {
  if (walk.steps.length === 0) return '';
  const path = `${PATH_PARAM}=${formatPath(walk.steps)}`;
  return walk.from === start ? path : `${FROM_PARAM}=${encodeURIComponent(walk.from)}&${path}`;
}

/** The standalone page of the walk's current step, carrying the answers that are known. */
export function stepUrl(tree: TreeRef, walk: Walk): string {
  const query = walkQuery(walk, tree.start);
  return `${paths.troubleshooterStep(tree.id, walk.current)}${query ? `?${query}` : ''}`;
}

/** Another page's query (an article's) with the walk's parameters in place of any it had. */
export function withWalk(search: string, tree: TreeRef, walk: Walk): string {
  const others = new URLSearchParams(search);
  others.delete(PATH_PARAM);
  others.delete(FROM_PARAM);
  const query = [others.toString(), walkQuery(walk, tree.start)].filter(Boolean).join('&');
  return query ? `?${query}` : '';
}

/** The node whose standalone page a pathname is (the tree's own page is its start), if any. */
export function nodeAt(tree: Pick<Tree, 'id' | 'start' | 'nodes'>, pathname: string): string | undefined {
  const path = pathname.endsWith('/') ? pathname : `${pathname}/`;
  if (path === paths.troubleshooter(tree.id)) return tree.start;
  return tree.nodes.find((n) => paths.troubleshooterStep(tree.id, n.id) === path)?.id;
}

/**
 * The walk a URL names. `pageNode` is the node whose page the pathname is (none when embedded in
 * an article, where the walk begins at the start); `search` is the URL's query string. Without
 * `?path=` or `?from=` nothing before the page's step is known, so no answers are made up.
 */
export function readAddress(nav: Navigator, pageNode: string | undefined, search: string): Located {
  const params = new URLSearchParams(search);
  const pathParam = params.get(PATH_PARAM);
  const fromParam = params.get(FROM_PARAM);
  const start = nav.tree.start;
  if (pathParam === null && fromParam === null) {
    return { walk: pageNode !== undefined && nav.has(pageNode) ? nav.openedAt(pageNode) : nav.start() };
  }
  const ids = parsePath(pathParam ?? '');
  const from = fromParam ?? start;
  if (!nav.has(from)) return { walk: nav.start(), notice: misfit(0, ids.length, true) };
  const { walk, used } = nav.replay(ids, from);
  if (used < ids.length) return { walk, notice: misfit(used, ids.length, from === start) };
  // Every answer fits but they end somewhere else than the page the link opened (an out-of-date or
  // hand-made link): the answers win, and the reader is told why the step is not the one linked.
  // (The start page with answers is a walk carried on from the beginning, not a mismatch.)
  if (pageNode !== undefined && pageNode !== start && pageNode !== walk.current) {
    return { walk, notice: 'The answers in this link lead to a different step from the one it names, so this is the step they lead to.' };
  }
  return { walk };
}

function misfit(used: number, total: number, fromStart: boolean): string {
  if (used > 0) return `Only the first ${used} of the ${total} answers in this link still fit this troubleshooter, so it picks up from there.`;
  return fromStart
    ? 'The answers in this link no longer fit this troubleshooter, so it starts from the beginning.'
    : 'The answers in this link no longer fit this troubleshooter, so it picks up at the step the link opened.';
}

/**
 * Before a step page's island has loaded, its answers are plain links that know only the step they
 * were drawn on (`?from=<step>&path=<answer>`). When the page's own address carries the answers that
 * led to it, an answer followed then carries them on (`?path=<those>,<answer>`, with their `from=`), so
 * a quick tap on a slow phone does not lose the way here. Undefined: the link is right as it is.
 */
export function carryAnswers(href: string, pageUrl: string): string | undefined {
  const page = new URL(pageUrl);
  const link = new URL(href, page);
  const known = page.searchParams.get(PATH_PARAM);
  const answer = link.searchParams.get(PATH_PARAM);
  const pageNode = page.pathname.split('/').filter(Boolean).at(-1);
  const treePath = page.pathname.slice(0, page.pathname.lastIndexOf(`${pageNode}/`));
  if (!known || !answer || !pageNode || link.origin !== page.origin || !link.pathname.startsWith(treePath)) return undefined;
  if (link.searchParams.get(FROM_PARAM) !== pageNode) return undefined;
  const from = page.searchParams.get(FROM_PARAM);
  const path = [...parsePath(known), ...parsePath(answer)].map(encodeURIComponent).join(',');
  return `${link.pathname}?${from ? `${FROM_PARAM}=${encodeURIComponent(from)}&` : ''}${PATH_PARAM}=${path}${link.hash}`;
}
