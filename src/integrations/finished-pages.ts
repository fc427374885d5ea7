/**
 * The finished site's pages, read once after the build. The integrations that work from the built
 * HTML (the preview images, the sitemap, the built-site checks) all use this one reading: each page
 * parsed once by readPage (src/lib/built-site.ts) and kept only as that small summary, not as HTML.
 * `finishedPages()` must come before those integrations in astro.config.mjs: its build:done hook,
 * which runs first, does the reading.
 *
 * `rewrite` finishes each page before it is read (and writes it back when it changed): moving
 * Astro's island runtime out of the pages (island-runtime.ts) happens here, once per page on the
 * way past, rather than in a middleware that would decode and encode every page while it renders.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
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

/** The pages of the build that has just finished (only during astro:build:done). */
export function finishedPagesOf(root: string): FinishedPage[] {
  if (!current || resolve(current.root) !== resolve(root)) throw new Error('The finished pages are read in astro:build:done: put finishedPages() before the integrations that use them.');
  return current.pages;
}

export function finishedPages({ rewrite = (html: string) => html }: { rewrite?: (html: string) => string } = {}): AstroIntegration {
  return {
    name: 'help-center:finished-pages',
    hooks: {
      'astro:build:start': () => {
        current = undefined;
      },
      'astro:build:done': ({ dir }) => {
        const root = fileURLToPath(dir);
        const pages = emittedFiles(root)
          .filter((f) => f.endsWith('.html'))
          .map((file) => {
            const path = join(root, file);
            const written = readFileSync(path, 'utf8');
            const html = rewrite(written);
            if (html !== written) writeFileSync(path, html);
            return { ...readPage(servedAt(file), html), file };
          });
        current = { root, pages };
      },
    },
  };
}
