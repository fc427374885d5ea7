/**
 * The finished site's pages, read once. The integrations that work from the built HTML (the preview
 * images, the sitemap, the built-site checks) all use this one reading: each page parsed once by
 * readPage (src/lib/built-site.ts) and kept only as that small summary, not as HTML.
 * `finishedPages()` must come before those integrations in astro.config.mjs: its build:done hook,
 * which runs first, hands them the pages.
 *
 * The pages are read as Astro renders them, not from disk afterwards: this integration wraps Astro's
 * prerenderer (the public `setPrerenderer` hook), takes each HTML page's bytes as they leave the
 * renderer (the very bytes Astro then writes) and hands a copy to a worker thread, which parses them
 * on the second core while the main thread renders the next pages. After the build, any HTML file
 * the renderer did not hand over (a page from public/, a redirect page, a page Astro's build cache
 * restored) is read from disk, so every emitted page is summarised whatever produced it. Nothing is
 * written back: each page is written once, by Astro.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parentPort, Worker, workerData } from 'node:worker_threads';
import type { AstroIntegration, AstroPrerenderer } from 'astro';
import { readPage, servedAt, type BuiltPage } from '../lib/built-site.ts';

export interface FinishedPage extends BuiltPage {
  /** The file, relative to the output folder with forward slashes: "articles/x/index.html". */
  file: string;
}

let current: { root: string; pages: FinishedPage[] } | undefined;

/** Every emitted file under root, relative, with forward slashes. */
export function emittedFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((f) => f.isFile())
    .map((f) => join(f.parentPath, f.name).slice(root.length).replace(/^[/\\]/, '').split('\\').join('/'));
}

/** One page, read from disk. */
function readFinishedPage(root: string, file: string): FinishedPage {
  // A summary's strings are the parser's slices of its page, which would keep the page's whole HTML
  // alive until the build ends: a structured clone owns copies. Pages from the worker arrive cloned.
  return structuredClone({ ...readPage(servedAt(file), readFileSync(join(root, file), 'utf8')), file });
}

type ToReader = { path: string; html: Uint8Array } | 'done';

/** A worker thread (this same file) that reads pages handed to it while the build renders the next. */
class PageReader {
  readonly #worker = new Worker(new URL(import.meta.url), { workerData: { reading: true } });
  readonly #pages = new Map<string, BuiltPage>();
  readonly #finished: Promise<Map<string, BuiltPage>>;

  constructor() {
    // Idle between pages, it must not keep a failed build's process alive.
    this.#worker.unref();
    this.#finished = new Promise((done, fail) => {
      this.#worker.on('message', (batch: BuiltPage[] | 'done') => (batch === 'done' ? done(this.#pages) : batch.forEach((page) => this.#pages.set(page.path, page))));
      this.#worker.once('error', fail);
      this.#worker.once('exit', (code) => fail(new Error(`Reading the built pages stopped (worker exit code ${code}).`)));
    });
    // Settled by finish(); until then a failure is only reported there.
    this.#finished.catch(() => {});
  }

  read(path: string, html: Uint8Array) {
    this.#worker.postMessage({ path, html } satisfies ToReader);
  }

  /** Every page handed over so far, by the path it is served at. */
  finish(): Promise<Map<string, BuiltPage>> {
    this.#worker.ref();
    this.#worker.postMessage('done' satisfies ToReader);
    return this.#finished;
  }

  stop() {
    void this.#worker.terminate();
  }
}

/** Astro's prerenderer, with each rendered HTML page's bytes also handed to `reader`. */
export function readingPrerenderer(base: AstroPrerenderer, reader: Pick<PageReader, 'read'>): AstroPrerenderer {
  return {
    ...base,
    name: `${base.name} (pages read as rendered)`,
    async render(request, options) {
      const result = await base.render(request, options);
      const response = result instanceof Response ? result : result.response;
      if (response.status !== 200 || !response.body || !response.headers.get('content-type')?.startsWith('text/html')) return result;
      const html = new Uint8Array(await response.arrayBuffer());
      reader.read(new URL(request.url).pathname, html);
      const same = new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
      return result instanceof Response ? same : { ...result, response: same };
    },
  };
}

/** The pages of the build that has just finished (only during astro:build:done). */
export function finishedPagesOf(root: string): FinishedPage[] {
  if (!current || resolve(current.root) !== resolve(root)) throw new Error('The finished pages are read in astro:build:done: put finishedPages() before the integrations that use them.');
  return current.pages;
}

export function finishedPages(): AstroIntegration {
  let reader: PageReader | undefined;
  return {
    name: 'help-center:finished-pages',
    hooks: {
      'astro:build:start': ({ setPrerenderer }) => {
        current = undefined;
        reader?.stop();
        const pageReader = new PageReader();
        reader = pageReader;
        setPrerenderer((base) => readingPrerenderer(base, pageReader));
      },
      'astro:build:done': async ({ dir }) => {
        const root = fileURLToPath(dir);
        const read = (await reader?.finish()) ?? new Map<string, BuiltPage>();
        reader = undefined;
        const files = emittedFiles(root).filter((f) => f.endsWith('.html'));
        current = {
          root,
          pages: files.map((file) => {
            const page = read.get(servedAt(file));
            return page ? { ...page, file } : readFinishedPage(root, file);
          }),
        };
      },
    },
  };
}

// Run as the worker thread (see PageReader): read each page handed over, send the summaries back in
// batches at the end.
if (parentPort && (workerData as { reading?: boolean } | null)?.reading) {
  const port = parentPort;
  const pages: BuiltPage[] = [];
  const decoder = new TextDecoder();
  port.on('message', (message: ToReader) => {
    if (message !== 'done') {
      try {
        pages.push(structuredClone(readPage(message.path, decoder.decode(message.html))));
      } catch (error) {
        throw new Error(`Reading the built page ${message.path} failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
      }
      return;
    }
    for (let i = 0; i < pages.length; i += 200) port.postMessage(pages.slice(i, i + 200));
    port.postMessage('done');
    port.close();
  });
}
