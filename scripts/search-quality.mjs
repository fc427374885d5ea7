// How well search answers readers' questions: runs every question in tests/search/questions.ts
// against a built site's Pagefind index, in Node (no browser), through the same ranking as the search
// client (src/lib/search/engine.ts), and reports hits@3 and mean reciprocal rank.
//   node scripts/search-quality.mjs [dist]     prints the figures and every miss (default: dist/)
// `npm run bench` prints the figures for a fresh build of the real site (builtSiteQuality);
// tests/e2e/search-questions.spec.ts fails `npm test` below 90% hits@3.
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { findPages, pagefindRanking, searchText } from '../src/lib/search/engine.ts';
import { searchQuestions } from '../tests/search/questions.ts';

const RANKS_COUNTED = 10;

/** Pagefind's own browser library, loaded from a built site's dist/ with its files read from disk. */
export async function loadSiteSearch(dist = 'dist') {
  const root = resolve(dist);
  const library = join(root, 'pagefind', 'pagefind.js');
  if (!existsSync(library)) throw new Error(`No Pagefind index in ${root}: run \`npm run build\` first.`);
  const realFetch = globalThis.fetch;
  // Pagefind fetches its index by site path ("/pagefind/…"): those are read from dist/.
  globalThis.fetch = async (input, init) => {
    const path = String(input instanceof Request ? input.url : input);
    if (!path.startsWith('/')) return realFetch(input, init);
    return new Response(await readFile(join(root, decodeURIComponent(new URL(path, 'http://site.invalid').pathname))));
  };
  const pf = await import(pathToFileURL(library).href);
  await pf.options({ basePath: '/pagefind/', ranking: pagefindRanking });
  await pf.init();
  return pf;
}

/** The page paths search shows for `q`, best first, as the search client ranks them. */
export async function rankedPages(pf, q) {
  const first = (await pf.search(searchText(q))).results;
  const found = await findPages(q, first, async (text) => (await pf.search(text)).results);
  const top = found.pages.slice(0, RANKS_COUNTED);
  return Promise.all(top.map(async (p) => (await p.hits[0].data()).url.split('#')[0]));
}

export async function measureSearchQuality(dist = 'dist', questions = searchQuestions) {
  const pf = await loadSiteSearch(dist);
  const rows = [];
  for (const { q, answers } of questions) {
    const pages = await rankedPages(pf, q);
    const rank = pages.findIndex((p) => answers.includes(p)) + 1; // 0: not in the first RANKS_COUNTED
    rows.push({ q, rank, top: pages.slice(0, 3) });
  }
  const hits3 = rows.filter((r) => r.rank > 0 && r.rank <= 3).length / rows.length;
  const mrr = rows.reduce((n, r) => n + (r.rank > 0 ? 1 / r.rank : 0), 0) / rows.length;
  return { questions: rows.length, hits3, mrr, misses: rows.filter((r) => r.rank === 0 || r.rank > 3) };
}

/** The figures as [label, value] rows (for the benchmark's table). */
export function qualityRows(quality) {
  return [
    ['search questions', quality.questions],
    ['search hits@3', `${(quality.hits3 * 100).toFixed(1)}%`],
    ['search MRR', quality.mrr.toFixed(3)],
  ];
}

/** The figures, then every question whose answer is not in the top three. */
export function formatQuality(quality) {
  const misses = quality.misses.map((m) => `  miss: “${m.q}” (answer at ${m.rank || `>${RANKS_COUNTED}`}; top: ${m.top.join(', ')})`);
  return [...qualityRows(quality).map(([k, v]) => `${String(k).padEnd(18)}${v}`), ...misses].join('\n');
}

/** Builds the real site into `out` (not dist/) with its index, and measures it. For `npm run bench`. */
export async function builtSiteQuality(out = '.bench/site') {
  const dir = resolve(out);
  const env = { ...process.env, HELP_OUT_DIR: join(dir, 'dist'), HELP_CACHE_DIR: join(dir, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' };
  for (const args of [['node_modules/astro/bin/astro.mjs', 'build', '--silent'], ['node_modules/pagefind/lib/runner/bin.cjs', '--site', env.HELP_OUT_DIR, '--silent']]) {
    const run = spawnSync(process.execPath, args, { env, encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`Building the site for the search questions failed:\n${run.stdout}${run.stderr}`);
  }
  return measureSearchQuality(env.HELP_OUT_DIR);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(formatQuality(await measureSearchQuality(process.argv[2] ?? 'dist')));
}
