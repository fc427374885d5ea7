// Benchmark: builds and indexes a synthetic help center of N articles with the site AND with a bare
// reference (bench/bare: Astro + MDX, one layout, one collection, no components, then Pagefind), in
// the same run, and prints both with their ratio (wall time, and CPU time, which a busy machine disturbs less).
//   npm run bench                 1,000 articles
//   npm run bench -- 5000         any other size
//   BENCH_RUNS=3 npm run bench    medians of three cold builds each, alternating bare and site
// The site is built as `npm run build` builds it: with the bundler's allocator settings (allocator.mjs)
// and its articles bundled into a few large server chunks (src/integrations/article-chunks.ts).
// The bare reference is built twice per run: as it comes, and with those same build settings ("bare †",
// BENCH_SITE_SETTINGS in bench/bare/astro.config.mjs), so the table shows how much of a difference is
// the site's own and how much its build settings'.
// The corpus is generated deterministically into .bench/ (git-ignored); the real site is untouched.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { extname, join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { allocatorEnv } from './allocator.mjs';
import { findChromium } from './chromium.mjs';
import { islandSizes } from './island-sizes.mjs';
import { builtSiteQuality, qualityRows } from './search-quality.mjs';

const count = Number(process.argv[2] ?? process.env.BENCH_ARTICLES ?? 1000);
if (!Number.isInteger(count) || count < 10) throw new Error(`Give a whole number of articles (at least 10), not "${process.argv[2]}"`);
const root = resolve('.bench', `articles-${count}`);
const content = join(root, 'content');
const out = join(root, 'dist');
const bareOut = join(root, 'bare-dist');
const runs = Number(process.env.BENCH_RUNS ?? 1);

// Nothing is deleted while the bench measures. On a disk that discards the blocks a deletion frees (as
// these machines' do), deleting thousands of files slows the file writes of the next seconds to a
// minute: just after the bench had deleted its outputs (~1 GB), Pagefind alone on the same 5,000 pages
// took 7.6 s, and 5.4 s half a minute later. Old outputs are moved aside into .bench/trash instead,
// and deleted once the bench has finished.
const trash = resolve('.bench', 'trash');
function moveAside(path) {
  if (!existsSync(path)) return;
  mkdirSync(trash, { recursive: true });
  renameSync(path, join(trash, `${Date.now()}-${Math.random().toString(36).slice(2)}`));
}

// ------------------------------------------------------------------ a deterministic corpus
function rng(seed) {
  return () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}
// A vocabulary shaped like real prose: a few common words, a long tail of rare ones (Zipf), so the
// search index has realistic posting lists rather than every word on every page.
const common = 'email setting directory admin project message notification reset password allowlist sender domain server filter spam inbox delivery reminder company collaborator schedule submittal drawing invoice report permission'.split(' ');
const syllables = 'ba be bi bo bu ca ce ci co cu da de di do du fa fe fi fo fu ga ge gi go gu la le li lo lu ma me mi mo mu na ne ni no nu pa pe pi po pu ra re ri ro ru sa se si so su ta te ti to tu va ve vi vo vu'.split(' ');
const tail = Array.from({ length: 3000 }, (_, i) => syllables[i % 60] + syllables[Math.floor(i / 60) % 60] + syllables[(i * 7) % 60]);
const words = [...common, ...tail];
const zipfWeights = words.map((_, i) => 1 / (i + 1));
const zipfTotal = zipfWeights.reduce((a, b) => a + b, 0);
const audiences = ['everyone', 'directory-admins', 'it-admins', 'collaborators'];
const categories = Array.from({ length: 8 }, (_, i) => ({ id: `topic-${i + 1}`, title: `Topic ${i + 1}`, description: `Synthetic topic number ${i + 1} for the benchmark.`, order: i + 1 }));

function generate() {
  moveAside(root);
  mkdirSync(join(content, 'articles'), { recursive: true });
  // The site's own sender list and troubleshooters come along, so every page type is built.
  cpSync('src/content/senders', join(content, 'senders'), { recursive: true });
  cpSync('src/content/troubleshooters', join(content, 'troubleshooters'), { recursive: true });
  writeFileSync(join(content, 'categories.yaml'), categories.map((c) => `- id: ${c.id}\n  title: ${c.title}\n  description: ${c.description}\n  order: ${c.order}\n`).join(''));
  const random = rng(42);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const word = () => {
    let r = random() * zipfTotal;
    for (let i = 0; i < words.length; i++) if ((r -= zipfWeights[i]) <= 0) return words[i];
    return words[0];
  };
  const sentence = (n) => {
    const s = Array.from({ length: n }, word).join(' ');
    return `${s[0].toUpperCase()}${s.slice(1)}.`;
  };
  for (let i = 0; i < count; i++) {
    const id = `article-${String(i).padStart(5, '0')}`;
    const related = [1, 2, 3].map((d) => `article-${String((i + d * 7) % count).padStart(5, '0')}`).filter((r) => r !== id);
    const aud = audiences.filter(() => random() < 0.5);
    const sections = 3 + Math.floor(random() * 3);
    const body = [];
    body.push(`${sentence(24)} ${sentence(18)}`);
    for (let s = 0; s < sections; s++) {
      body.push(`## ${sentence(4).slice(0, -1)} ${s + 1}`, '', `${sentence(30)} See [a related article](/articles/${related[s % related.length]}/).`, '');
      if (s === 1) body.push('<Steps>', '', ...Array.from({ length: 5 }, (_, k) => `${k + 1}. ${sentence(10)}`), '', '</Steps>', '');
      if (s === 2) body.push(`### ${sentence(3).slice(0, -1)}`, '', sentence(40), '', '<Callout type="tip">', sentence(16), '</Callout>', '');
    }
    const frontmatter = [
      '---',
      `title: "${sentence(6).slice(0, -1)} ${i}"`,
      `summary: "${sentence(14)}"`,
      `category: ${categories[i % categories.length].id}`,
      `audience: [${(aud.length ? aud : ['everyone']).join(', ')}]`,
      `updated: 2026-${String(1 + (i % 12)).padStart(2, '0')}-15`,
      `related: [${related.join(', ')}]`,
      `keywords: [${pick(common)}, ${pick(common)}]`,
      ...(i < 6 ? [`featured: ${i + 1}`] : []),
      '---',
      '',
    ];
    writeFileSync(join(content, 'articles', `${id}.mdx`), `${frontmatter.join('\n')}${body.join('\n')}\n`);
  }
}

// ------------------------------------------------------------------ measuring a command
/** The process and all its descendants, as far as /proc shows them at this moment. */
function treeOf(pid) {
  const pids = [];
  const visit = (p) => {
    pids.push(p);
    try {
      for (const task of readdirSync(`/proc/${p}/task`)) {
        const children = readFileSync(`/proc/${p}/task/${task}/children`, 'utf8').trim();
        for (const c of children ? children.split(' ') : []) visit(c);
      }
    } catch {
      // the process ended between two reads
    }
  };
  visit(pid);
  return pids;
}
const proc = (pid, file) => {
  try {
    return readFileSync(`/proc/${pid}/${file}`, 'utf8');
  } catch {
    return ''; // the process ended between two reads
  }
};
const ticks = 100; // USER_HZ on Linux

/**
 * The tree's resident memory, and the CPU seconds (user + system) it has used so far: utime and stime,
 * plus cutime and cstime for children already waited for, from /proc/<pid>/stat. Unlike wall time, CPU
 * time barely moves when other work shares the machine, so it is the fairer comparison on a busy one.
 */
function sampleTree(pid) {
  let rss = 0;
  let cpu = 0;
  for (const p of treeOf(pid)) {
    rss += Number(proc(p, 'status').match(/VmRSS:\s+(\d+)/)?.[1] ?? 0) * 1024;
    const stat = proc(p, 'stat').split(') ')[1]?.split(' ') ?? [];
    cpu += stat.slice(11, 15).reduce((sum, f) => sum + Number(f), 0) / ticks;
  }
  return { rss, cpu };
}

function run(command, args, env) {
  return new Promise((resolveRun, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let peak = 0;
    let cpu = 0;
    let log = '';
    const timer = setInterval(() => {
      const now = sampleTree(child.pid);
      peak = Math.max(peak, now.rss);
      cpu = Math.max(cpu, now.cpu);
    }, 50);
    child.stdout.on('data', (d) => (log += d));
    child.stderr.on('data', (d) => (log += d));
    child.on('close', (code) => {
      clearInterval(timer);
      if (code !== 0) reject(new Error(`${command} ${args.join(' ')} failed:\n${log.slice(-3000)}`));
      else resolveRun({ seconds: (performance.now() - started) / 1000, peak, cpu, log });
    });
  });
}

// ------------------------------------------------------------------ sizes
const files = (dir) => readdirSync(dir, { recursive: true }).map((f) => join(dir, f)).filter((f) => statSync(f).isFile());
const size = (list) => list.reduce((n, f) => n + statSync(f).size, 0);
const median = (list) => {
  const s = [...list].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
};
const kB = (n) => `${(n / 1024).toFixed(1)} kB`;
const MB = (n) => `${(n / 1024 / 1024).toFixed(1)} MB`;

// ------------------------------------------------------------------ what a first search downloads
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.wasm': 'application/wasm' };
async function firstQueryBytes(out) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    let file = join(out, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    // Compress text the way static hosts do; Pagefind's own files are already compressed.
    const type = types[extname(file)];
    const body = readFileSync(file);
    const gzip = type && /gzip/.test(req.headers['accept-encoding'] ?? '') && !type.includes('wasm');
    res.writeHead(200, { 'Content-Type': type ?? 'application/octet-stream', ...(gzip ? { 'Content-Encoding': 'gzip' } : {}) }).end(gzip ? gzipSync(body) : body);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const found = await findChromium();
  const browser = await chromium.launch({ executablePath: found.executablePath, args: found.args });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${server.address().port}/articles/article-00001/`);
    await page.waitForLoadState('networkidle');
    let bytes = 0;
    const requests = [];
    page.on('requestfinished', async (request) => {
      const sizes = await request.sizes();
      bytes += sizes.responseBodySize + sizes.responseHeadersSize;
      requests.push(`${new URL(request.url()).pathname} ${sizes.responseBodySize}`);
    });
    await page.getByRole('searchbox', { name: 'Search the help center' }).fill('password reset');
    await page.locator('#search-dialog [role="option"]').first().waitFor();
    await page.waitForLoadState('networkidle');
    if (process.env.BENCH_VERBOSE) console.log(requests.join('\n'));
    return { bytes, requests: requests.length };
  } finally {
    await browser.close();
    server.close();
  }
}

/** Seconds Astro spent rendering pages: its "generating static routes" phase, read from its log. */
function renderingSeconds(log) {
  const phase = log.slice(log.indexOf('generating static routes'));
  const m = phase.match(/Completed in (?:(\d+)m (\d+)s|([\d.]+)s|(\d+)ms)/);
  if (!m) return NaN;
  return m[1] ? Number(m[1]) * 60 + Number(m[2]) : m[3] ? Number(m[3]) : Number(m[4]) / 1000;
}

const astro = 'node_modules/astro/bin/astro.mjs';
const pagefind = 'node_modules/pagefind/lib/runner/bin.cjs';

/** One cold build and index of one of the two sites. */
async function buildOnce(which) {
  const dist = which === 'site' ? out : which === 'bare' ? bareOut : `${bareOut}-site-settings`;
  const cache = join(root, `${which}-cache`);
  moveAside(dist);
  moveAside(cache);
  // As in scripts/build.mjs, the site's render chunks are kept until Pagefind has indexed it (render-chunks.ts);
  // deleting them is timed at the end of the bench and counted in the site's build + index.
  const chunks = join(trash, `render-chunks-${Date.now()}`);
  const env =
    which === 'site'
      ? { HELP_CONTENT_DIR: content, HELP_OUT_DIR: dist, HELP_CACHE_DIR: cache, ASTRO_TELEMETRY_DISABLED: '1', HELP_BUILT_SITE_CHECKS: 'warn', HELP_RENDER_CHUNKS: chunks }
      : { BENCH_CONTENT_DIR: content, BENCH_OUT_DIR: dist, BENCH_CACHE_DIR: cache, ASTRO_TELEMETRY_DISABLED: '1', ...(which === 'bareSettings' ? { BENCH_SITE_SETTINGS: '1' } : {}) };
  const args = which === 'site' ? [astro, 'build'] : [astro, 'build', '--root', 'bench/bare'];
  // The allocator settings go to Astro's build only, as in scripts/build.mjs (Pagefind runs without them).
  const build = await run(process.execPath, args, which === 'bare' ? env : { ...env, ...allocatorEnv });
  const index = await run(process.execPath, [pagefind, '--site', dist, '--silent'], env);
  return { build: build.seconds, index: index.seconds, total: build.seconds + index.seconds, cpu: build.cpu + index.cpu, peak: Math.max(build.peak, index.peak), rendering: renderingSeconds(build.log), chunks: which === 'site' ? chunks : undefined };
}

/** Deletes a site build's kept render chunks, as scripts/build.mjs does after indexing, and counts it in that build's time. */
function deleteChunks(result) {
  if (!result.chunks) return;
  const started = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  rmSync(result.chunks, { recursive: true, force: true });
  const { user, system } = process.cpuUsage(cpu);
  result.cleanup = Number(process.hrtime.bigint() - started) / 1e9;
  result.total += result.cleanup;
  result.cpu += (user + system) / 1e6;
}

function articleSizes(dist) {
  const articles = files(join(dist, 'articles')).filter((f) => f.endsWith('.html')).map((f) => statSync(f).size);
  return { median: median(articles), largest: Math.max(...articles), count: articles.length };
}

// ------------------------------------------------------------------ run
console.log(`Generating ${count} synthetic articles in ${root} …`);
generate();
const results = { bare: [], bareSettings: [], site: [] };
const names = { bare: 'the bare reference', bareSettings: 'the bare reference with the site\'s build settings', site: 'the site' };
for (let i = 0; i < runs; i++) {
  // Rotate which goes first so a change in the machine's load does not favour one of them.
  const order = ['bare', 'site', 'bareSettings'];
  for (const which of [...order.slice(i % 3), ...order.slice(0, i % 3)]) {
    console.log(`Run ${i + 1}/${runs}: building ${names[which]} …`);
    const result = await buildOnce(which);
    results[which].push(result);
    // BENCH_VERBOSE: each build's own figures, to see how much the machine moved between runs.
    if (process.env.BENCH_VERBOSE) console.log(`  build ${result.build.toFixed(2)} s (rendering ${result.rendering.toFixed(2)} s), index ${result.index.toFixed(2)} s, CPU ${result.cpu.toFixed(1)} s, peak ${(result.peak / 1048576).toFixed(0)} MB`);
  }
}
// Only now, with every build timed, so the deletions slow none of them.
results.site.forEach(deleteChunks);
const med = (which, key) => median(results[which].map((r) => r[key]));
const bare = articleSizes(bareOut);
const site = articleSizes(out);
const all = files(out);
// A browser that cannot start costs this one line, not the build numbers above it.
const query = await firstQueryBytes(out).catch((error) => ({ bytes: NaN, requests: `0 (${String(error.message).split('\n')[0]})` }));
const islands = islandSizes(out);
// Search quality is measured on the real site's content (the synthetic corpus has no real questions).
const quality = await builtSiteQuality(join(resolve('.bench'), 'site'));

const s = (n) => `${n.toFixed(1)} s`;
const ratio = (a, b) => `${(a / b).toFixed(2)}×`;
/** A timed row: bare, site, their ratio, then the bare reference with the site's build settings and the ratio to it. */
const timed = (label, key, show) => {
  const [b, a, x] = [med('bare', key), med('bareSettings', key), med('site', key)];
  return [label, show(b), show(x), ratio(x, b), show(a), ratio(x, a)];
};
const rows = [
  ['', 'bare', 'site', 'site / bare', 'bare †', 'site / bare †'],
  ['articles', count, site.count],
  timed('build seconds', 'build', s),
  timed('  rendering phase', 'rendering', s),
  timed('indexing seconds', 'index', s),
  ['  render chunks deleted after indexing', '', s(med('site', 'cleanup'))],
  timed('build + index seconds', 'total', s),
  timed('  CPU seconds (user + system)', 'cpu', s),
  timed('peak memory', 'peak', MB),
  ['median article HTML', kB(bare.median), kB(site.median), ratio(site.median, bare.median)],
  ['largest article HTML', kB(bare.largest), kB(site.largest), ratio(site.largest, bare.largest)],
  ['pages built', files(bareOut).filter((f) => f.endsWith('.html')).length, all.filter((f) => f.endsWith('.html')).length],
  ['dist size', MB(size(files(bareOut))), MB(size(all))],
  ['Pagefind index size', MB(size(files(join(bareOut, 'pagefind')))), MB(size(files(join(out, 'pagefind'))))],
  ['first query downloads', '', `${kB(query.bytes)} in ${query.requests} requests`],
  ...islands.map((i) => [`island ${i.name}`, '', `${kB(i.gzip)} gzipped`]),
  ...qualityRows(quality).map(([k, v]) => [k, '', v]),
];
const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c] ?? '').length)));
const table = rows.map((r) => widths.map((w, c) => (c === 0 ? String(r[c] ?? '').padEnd(w) : String(r[c] ?? '').padStart(w))).join('  ').trimEnd()).join('\n');
console.log(`\n${runs > 1 ? `Medians of ${runs} cold builds each. ` : ''}The site is built with its build settings (the allocator's, scripts/allocator.mjs, and articles in a few large server chunks, src/integrations/article-chunks.ts); bare † is the bare reference built with them too.\n${table}`);
// Only now, with every measurement taken: the outputs moved aside (and any left by an interrupted run).
try {
  rmSync(trash, { recursive: true, force: true, maxRetries: 3 });
} catch (error) {
  // Something else is writing there (another bench, a build): the results above stand; the next run clears it.
  console.log(`\n(.bench/trash was not cleared: ${error.code ?? error.message}; the next run clears it.)`);
}
