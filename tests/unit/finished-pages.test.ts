// The one reading of the finished site (src/integrations/finished-pages.ts): every page read and
// summarised once, as Astro renders it (by a worker thread) or, for a page Astro did not render, from
// disk; none written back.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroPrerenderer } from 'astro';
import { afterAll, describe, expect, it } from 'vitest';
import { finishedPages, finishedPagesOf, readingPrerenderer } from '../../src/integrations/finished-pages.ts';
import { islandRuntime } from '../../src/integrations/island-runtime.ts';

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

const runtime = `<script src="${islandRuntime.path}" async></script>`;
const article = (i: number, count: number) =>
  `<!doctype html><html><head><meta name="robots" content="noindex"></head><body><h2 id="s${i}">S</h2>${runtime}<astro-island client="visible"></astro-island><a href="/articles/a${(i + 1) % count}/#s${(i + 1) % count}">next</a></body></html>`;

type Rendered = Awaited<ReturnType<AstroPrerenderer['render']>>;
const html = (body: string, status = 200): Response => new Response(body, { status, headers: { 'content-type': 'text/html' } });
const routeData = {} as Parameters<AstroPrerenderer['render']>[1]['routeData'];

/** A stand-in for Astro's own prerenderer: renders what `pages` holds for a path. */
function astroPrerenderer(pages: Map<string, () => Rendered>): AstroPrerenderer {
  return {
    name: 'astro:default',
    getStaticPaths: async () => [],
    render: async (request) => pages.get(new URL(request.url).pathname)!(),
  };
}

/**
 * A build as Astro runs it: the integration's hooks, each page rendered through the prerenderer it
 * set and written to disk as Astro writes it (the response's bytes); `alsoOnDisk` are files Astro
 * writes without rendering them (public/, its 404 fallback).
 */
async function build(rendered: Map<string, string>, alsoOnDisk: Record<string, string> = {}) {
  const root = mkdtempSync(join(tmpdir(), 'finished-pages-'));
  roots.push(root);
  const integration = finishedPages();
  const hooks = integration.hooks as Record<string, (options: unknown) => unknown>;
  let wrap: ((base: AstroPrerenderer) => AstroPrerenderer) | undefined;
  await hooks['astro:build:start']!({ setPrerenderer: (p: typeof wrap) => (wrap = p) });
  const prerenderer = wrap!(astroPrerenderer(new Map([...rendered].map(([path, body]) => [path, () => html(body)]))));
  const write = (file: string, body: string | Uint8Array) => {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), body);
  };
  for (const path of rendered.keys()) {
    const response = await prerenderer.render(new Request(`http://localhost${path}`), { routeData });
    write(`${path.slice(1)}index.html`, Buffer.from(await (response as Response).arrayBuffer()));
  }
  for (const [file, body] of Object.entries(alsoOnDisk)) write(file, body);
  write('style.css', 'p{}');
  await hooks['astro:build:done']!({ dir: pathToFileURL(`${root}/`) });
  return { root, pages: finishedPagesOf(`${root}/`) };
}

describe('the finished pages', () => {
  it('reads every page once, as it is rendered or from disk: each summarised, none rewritten', async () => {
    const count = 300;
    const rendered = new Map(Array.from({ length: count }, (_, i) => [`/articles/a${i}/`, article(i, count)]));
    const notFound = '<!doctype html><html><head><title>Not found</title></head><body><h1 id="nf">Not found</h1></body></html>';
    const { root, pages } = await build(rendered, { '404.html': notFound });

    expect(pages.map((p) => p.file).sort()).toEqual(['404.html', ...Array.from({ length: count }, (_, i) => `articles/a${i}/index.html`)].sort());
    const page = pages.find((p) => p.file === 'articles/a7/index.html')!;
    // The island runtime's file counts as a reference, and the page has no inline script or style.
    expect(page).toMatchObject({ path: '/articles/a7/', refs: [islandRuntime.path, '/articles/a8/#s8'], scripts: [], styles: [] });
    expect(page.ids).toEqual(new Set(['s7']));
    expect(page.meta.get('robots')).toBe('noindex');
    // A page Astro wrote without rendering it is read from disk.
    expect(pages.find((p) => p.file === '404.html')).toMatchObject({ path: '/404.html', ids: new Set(['nf']) });
    // Written once, by the build, exactly as rendered.
    expect(readFileSync(join(root, 'articles', 'a7', 'index.html'), 'utf8')).toBe(article(7, count));
  });

  it('are asked for only after the build has read them', () => {
    expect(() => finishedPagesOf('/nowhere/')).toThrow(/put finishedPages\(\) before/);
  });
});

describe('the prerenderer that reads pages as they are rendered', () => {
  const handed: { path: string; html: string }[] = [];
  const reader = { read: (path: string, bytes: Uint8Array) => handed.push({ path, html: new TextDecoder().decode(bytes) }) };

  it('hands over each HTML page and gives Astro the same page to write, in the shape it was rendered', async () => {
    const json = new Response('{"a":1}', { headers: { 'content-type': 'application/json' } });
    const moved = new Response(null, { status: 301, headers: { location: '/b/' } });
    const withMetadata = { response: html('<p id="m">m</p>'), metadata: { contentEntryKeys: ['x'] } } as unknown as Rendered;
    const prerenderer = readingPrerenderer(
      astroPrerenderer(
        new Map<string, () => Rendered>([
          ['/a/', () => html('<p id="a">é</p>')],
          ['/m/', () => withMetadata],
          ['/data.json', () => json],
          ['/old/', () => moved],
        ]),
      ),
      reader,
    );
    const render = (path: string) => prerenderer.render(new Request(`http://localhost${path}`), { routeData });

    const page = (await render('/a/')) as Response;
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html');
    expect(await page.text()).toBe('<p id="a">é</p>');
    const result = (await render('/m/')) as { response: Response; metadata: unknown };
    expect(result.metadata).toEqual({ contentEntryKeys: ['x'] });
    expect(await result.response.text()).toBe('<p id="m">m</p>');
    // Not pages: passed through untouched, not handed over.
    expect(await render('/data.json')).toBe(json);
    expect(await render('/old/')).toBe(moved);
    expect(handed).toEqual([
      { path: '/a/', html: '<p id="a">é</p>' },
      { path: '/m/', html: '<p id="m">m</p>' },
    ]);
  });
});
