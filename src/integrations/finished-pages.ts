/**
 * The finished site's pages, read once after the build. The integrations that work from the built
 * HTML (the preview images, the sitemap, the built-site checks) all use this one reading: each page
 * parsed once by readPage (src/lib/built-site.ts) and kept only as that small summary, not as HTML.
 * `finishedPages()` must come before those integrations in astro.config.mjs: its build:done hook,
 * which runs first, does the reading.
 *
 * Pages are only read here, never written back: each is written once, by Astro, as it is served
 * (Astro's island runtime already moved out, island-runtime.ts). A large site (2,000 pages or more) is
 * read by worker threads, one per core (this same file), since after rendering the main thread has
 * nothing else to do.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parentPort, Worker, workerData } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { readPage, servedAt, type BuiltPage } from '../lib/built-site.ts';

export interface FinishedPage extends BuiltPage {
  /** The file, relative to the output folder with forward slashes: "articles/x/index.html". */
  file: string;
}

/**
 * Pages per worker: a site needs twice this many before workers start. Each worker costs ~35 MB that
 * stays with the build (a V8 isolate, and Node's TypeScript stripping to load these files), which at
 * 1,000 pages raised the build's peak memory by ~75 MB to save ~0.2 s; at 5,000 pages they halve this
 * step (2.9 → 1.4 s) and the peak is the bundler's, far above theirs.
 */
const pagesPerWorker = 1000;

let current: { root: string; pages: FinishedPage[] } | undefined;

/** Every emitted file under root, relative, with forward slashes. */
export function emittedFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((f) => f.isFile())
    .map((f) => join(f.parentPath, f.name).slice(root.length).replace(/^[/\\]/, '').split('\\').join('/'));
}

/** One page, read. */
function readFinishedPage(root: string, file: string): FinishedPage {
  return { ...readPage(servedAt(file), readFileSync(join(root, file), 'utf8')), file };
}

/** Some of the pages, in a worker thread running this file. */
function readInWorker(root: string, files: string[]): Promise<FinishedPage[]> {
  return new Promise((done, fail) => {
    const pages: FinishedPage[] = [];
    const worker = new Worker(new URL(import.meta.url), { workerData: { reading: { root, files } } });
    // Pages arrive in small batches, so the worker never holds many summaries (its heap stays small).
    worker.on('message', (batch: FinishedPage[] | 'done') => (batch === 'done' ? done(pages) : pages.push(...batch)));
    worker.once('error', fail);
    worker.once('exit', (code) => fail(new Error(`Reading the built pages stopped (worker exit code ${code}).`)));
  });
}

async function readAll(root: string, files: string[]): Promise<FinishedPage[]> {
  const workers = Math.min(availableParallelism(), Math.floor(files.length / pagesPerWorker));
  // A summary's strings are the parser's slices of its page, which would keep every page's whole HTML
  // alive until the build ends (34 MB at 1,000 pages): a structured clone owns copies (11 MB). Pages
  // from workers arrive cloned already.
  if (workers < 2) return files.map((file) => structuredClone(readFinishedPage(root, file)));
  const size = Math.ceil(files.length / workers);
  const parts = Array.from({ length: workers }, (_, i) => files.slice(i * size, (i + 1) * size));
  return (await Promise.all(parts.map((part) => readInWorker(root, part)))).flat();
}

/** The pages of the build that has just finished (only during astro:build:done). */
export function finishedPagesOf(root: string): FinishedPage[] {
  if (!current || resolve(current.root) !== resolve(root)) throw new Error('The finished pages are read in astro:build:done: put finishedPages() before the integrations that use them.');
  return current.pages;
}

export function finishedPages(): AstroIntegration {
  return {
    name: 'help-center:finished-pages',
    hooks: {
      'astro:build:start': () => {
        current = undefined;
      },
      'astro:build:done': async ({ dir }) => {
        const root = fileURLToPath(dir);
        const files = emittedFiles(root).filter((f) => f.endsWith('.html'));
        current = { root, pages: await readAll(root, files) };
      },
    },
  };
}

// Run as a worker thread (see readInWorker): read the pages it was given, a batch at a time.
const job = (workerData as { reading?: { root: string; files: string[] } } | null)?.reading;
if (parentPort && job) {
  for (let i = 0; i < job.files.length; i += 50) parentPort.postMessage(job.files.slice(i, i + 50).map((file) => readFinishedPage(job.root, file)));
  parentPort.postMessage('done');
}
