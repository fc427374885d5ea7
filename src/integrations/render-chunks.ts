/**
 * Astro renders the pages from a server-side bundle it writes into `.prerender/` (in the output folder,
 * or in `.astro/` when that folder is outside the project) and deletes as soon as the last page is
 * written: ~10,000 files and ~80 MB on a site of 5,000 articles. On a disk that discards the blocks a
 * deletion frees (as the machines that build this site do), file writes in the seconds after such a
 * deletion wait on it: the Pagefind run that follows the build took ~8 s instead of ~5 s.
 *
 * When the build script names a place for them (HELP_RENDER_CHUNKS, set by scripts/build.mjs), the
 * chunks are moved there instead, once every page is written, and the build script deletes them after
 * Pagefind has indexed the site. Without it (`astro build`, `astro dev`) Astro deletes them as usual.
 */
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Where Astro writes the chunks for an output folder (as its getPrerenderOutputDirectory decides). */
export function renderChunksDir(outDir: string, cwd = process.cwd()): string {
  return outDir.startsWith(cwd) ? join(outDir, '.prerender') : join(cwd, '.astro', '.prerender');
}

/** keepAt: where to move the chunks (none: Astro deletes them); cwd: the folder the build runs in. */
export function renderChunks({ keepAt, cwd = process.cwd() }: { keepAt: string | undefined; cwd?: string }): AstroIntegration {
  return {
    name: 'help-center:render-chunks',
    hooks: {
      // After the last page is written and before Astro deletes the chunks.
      'astro:build:generated': ({ dir }) => {
        if (!keepAt) return;
        const chunks = renderChunksDir(fileURLToPath(dir), cwd);
        if (!existsSync(chunks)) return;
        try {
          mkdirSync(dirname(keepAt), { recursive: true });
          renameSync(chunks, keepAt);
        } catch {
          // Another disk, or the place is taken: Astro deletes the chunks itself, as without this.
        }
      },
    },
  };
}
