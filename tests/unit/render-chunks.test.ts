// Astro's render chunks, kept for the build script to delete after indexing (src/integrations/render-chunks.ts).
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { renderChunks, renderChunksDir } from '../../src/integrations/render-chunks.ts';

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

/** An output folder as Astro leaves it once every page is written: pages, and its chunks beside them. */
function built() {
  const root = mkdtempSync(join(tmpdir(), 'render-chunks-'));
  roots.push(root);
  const out = join(root, 'dist');
  mkdirSync(join(out, '.prerender', 'chunks'), { recursive: true });
  writeFileSync(join(out, '.prerender', 'chunks', 'page.mjs'), 'export {}');
  writeFileSync(join(out, 'index.html'), '<!doctype html><title>Home</title>');
  return { root, out };
}

async function generated(out: string, keepAt: string | undefined) {
  const hooks = renderChunks({ keepAt, cwd: join(out, '..') }).hooks as Record<string, (options: unknown) => unknown>;
  await hooks['astro:build:generated']!({ dir: pathToFileURL(`${out}/`) });
}

describe("Astro's render chunks", () => {
  it('are where Astro writes them: in the output folder, or in .astro/ when that folder is outside the project', () => {
    expect(renderChunksDir('/site/dist/', '/site')).toBe('/site/dist/.prerender');
    expect(renderChunksDir('/elsewhere/out/', '/site')).toBe('/site/.astro/.prerender');
  });

  it('are moved where the build script asked, whole, out of the site', async () => {
    const { root, out } = built();
    const keepAt = join(root, 'dist.render-chunks');
    await generated(out, keepAt);
    expect(existsSync(join(out, '.prerender'))).toBe(false);
    expect(readFileSync(join(keepAt, 'chunks', 'page.mjs'), 'utf8')).toBe('export {}');
    expect(existsSync(join(out, 'index.html'))).toBe(true);
  });

  it('are left for Astro to delete when no place is named, or the place is taken', async () => {
    const plain = built();
    await generated(plain.out, undefined);
    expect(existsSync(join(plain.out, '.prerender', 'chunks', 'page.mjs'))).toBe(true);

    const taken = built();
    const keepAt = join(taken.root, 'dist.render-chunks');
    mkdirSync(join(keepAt, 'other'), { recursive: true });
    await generated(taken.out, keepAt);
    expect(existsSync(join(taken.out, '.prerender', 'chunks', 'page.mjs'))).toBe(true);
  });
});
