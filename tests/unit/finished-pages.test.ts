// The one reading of the finished site (src/integrations/finished-pages.ts): every page read and
// summarised once, on a large site by worker threads, and none written back.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { finishedPages, finishedPagesOf } from '../../src/integrations/finished-pages.ts';
import { islandRuntime } from '../../src/integrations/island-runtime.ts';

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

/** A built site of `count` article pages, each with an island the way the build writes it (runtime as the cached file). */
function site(count: number) {
  const root = mkdtempSync(join(tmpdir(), 'finished-pages-'));
  roots.push(root);
  const runtime = `<script src="${islandRuntime.path}" async></script>`;
  for (let i = 0; i < count; i++) {
    mkdirSync(join(root, 'articles', `a${i}`), { recursive: true });
    writeFileSync(join(root, 'articles', `a${i}`, 'index.html'), `<!doctype html><html><head><meta name="robots" content="noindex"></head><body><h2 id="s${i}">S</h2>${runtime}<astro-island client="visible"></astro-island><a href="/articles/a${(i + 1) % count}/#s${(i + 1) % count}">next</a></body></html>`);
  }
  writeFileSync(join(root, 'style.css'), 'p{}');
  return root;
}

async function finish(root: string) {
  const integration = finishedPages();
  const hooks = integration.hooks as Record<string, (options: unknown) => unknown>;
  await hooks['astro:build:start']!({});
  await hooks['astro:build:done']!({ dir: pathToFileURL(`${root}/`) });
  return finishedPagesOf(`${root}/`);
}

describe('the finished pages', () => {
  it.each([
    ['a small site, in one thread', 20],
    ['a large site, in worker threads', 2000],
  ])('reads %s once: every page summarised, none rewritten', async (_, count) => {
    const root = site(count);
    const before = readFileSync(join(root, 'articles', 'a7', 'index.html'), 'utf8');
    const pages = await finish(root);
    expect(pages.map((p) => p.file).sort()).toEqual(Array.from({ length: count }, (_, i) => `articles/a${i}/index.html`).sort());
    const page = pages.find((p) => p.file === 'articles/a7/index.html')!;
    // The island runtime's file counts as a reference, and the page has no inline script or style.
    expect(page).toMatchObject({ path: '/articles/a7/', refs: [islandRuntime.path, '/articles/a8/#s8'], scripts: [], styles: [] });
    expect(page.ids).toEqual(new Set(['s7']));
    expect(page.meta.get('robots')).toBe('noindex');
    expect(readFileSync(join(root, 'articles', 'a7', 'index.html'), 'utf8')).toBe(before);
  });

  it('are asked for only after the build has read them', () => {
    expect(() => finishedPagesOf('/nowhere/')).toThrow(/put finishedPages\(\) before/);
  });
});
