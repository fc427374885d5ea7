// Articles bundled into a few large server chunks (src/integrations/article-chunks.ts): checked on the
// rule itself, then on a real bundle by the same bundler Astro uses, with stand-ins for Astro's modules.
import { describe, expect, it } from 'vitest';
import { createBuilder, type Plugin, type Rolldown } from 'vite';
import { articleChunkOf, articleChunks, articlesChunk, withoutPropagatedAssets } from '../../src/integrations/article-chunks.ts';

const runtime = '/site/node_modules/astro/dist/runtime/server/index.js';
const graph: Record<string, { importedIds: string[]; dynamicallyImportedIds: string[] }> = {
  '/site/src/content/articles/plain.mdx': { importedIds: [runtime], dynamicallyImportedIds: [] },
  '/site/src/content/articles/with-component.mdx': { importedIds: [runtime, '/site/src/components/Fancy.astro'], dynamicallyImportedIds: [] },
};
const moduleInfo = (id: string) => graph[id] ?? null;

describe('which server modules are bundled with the articles', () => {
  it("an article that imports only Astro's runtime, and the module listing what it propagates", () => {
    expect(articleChunkOf('/site/src/content/articles/plain.mdx', moduleInfo)).toBe(articlesChunk);
    expect(articleChunkOf('/site/src/content/articles/plain.mdx?astroPropagatedAssets', moduleInfo)).toBe(articlesChunk);
  });

  it('not an article that imports a component (it may bring styles of its own), nor its list', () => {
    expect(articleChunkOf('/site/src/content/articles/with-component.mdx', moduleInfo)).toBeNull();
    expect(articleChunkOf('/site/src/content/articles/with-component.mdx?astroPropagatedAssets', moduleInfo)).toBeNull();
  });

  it('nothing that is not an article, nor a module the bundler does not know', () => {
    expect(articleChunkOf('/site/src/layouts/BaseLayout.astro', moduleInfo)).toBeNull();
    expect(articleChunkOf(runtime, moduleInfo)).toBeNull();
    expect(articleChunkOf('/site/src/content/articles/unknown.mdx', moduleInfo)).toBeNull();
  });

  it("empties every placeholder Astro leaves for propagated styles and links, not only the first", () => {
    const code = 'a = { links: "@@ASTRO-LINKS@@", styles: "@@ASTRO-STYLES@@" }; b = { links: "@@ASTRO-LINKS@@", styles: "@@ASTRO-STYLES@@" };';
    expect(withoutPropagatedAssets(code)).toBe('a = { links: [], styles: [] }; b = { links: [], styles: [] };');
  });
});

/**
 * Stand-ins for what Astro hands the bundler: a page importing each article's "propagated assets"
 * module lazily, which imports the compiled article lazily, which imports Astro's runtime.
 */
const articles = ['one', 'two', 'three', 'styled'];
const standIns: Plugin = {
  name: 'stand-ins',
  resolveId: (id) => (id === 'page' || id.startsWith('/articles/') || id === runtime ? id : null),
  load(id) {
    if (id === 'page') return `export const articles = { ${articles.map((a) => `${JSON.stringify(a)}: () => import(${JSON.stringify(`/articles/${a}.mdx?astroPropagatedAssets`)})`).join(', ')} };`;
    if (id === runtime) return 'export const h = (text) => `<p>${text}</p>`;';
    if (id === '/articles/Fancy.astro') return 'export default "fancy";';
    const propagated = /^\/articles\/(\w+)\.mdx\?astroPropagatedAssets$/.exec(id);
    if (propagated) return `export default { getMod: () => import("/articles/${propagated[1]}.mdx"), collectedLinks: "@@ASTRO-LINKS@@", collectedStyles: "@@ASTRO-STYLES@@" };`;
    const article = /^\/articles\/(\w+)\.mdx$/.exec(id);
    if (article) return `import { h } from ${JSON.stringify(runtime)};${article[1] === 'styled' ? 'import "/articles/Fancy.astro";' : ''} export default () => h(${JSON.stringify(article[1])});`;
    return null;
  },
};

async function bundle(environment: string): Promise<Rolldown.OutputChunk[]> {
  const plugins = articleChunks().hooks['astro:config:setup'] as (options: { updateConfig: (config: { vite: { plugins: Plugin[] } }) => void }) => void;
  let chunking: Plugin[] = [];
  plugins({ updateConfig: (config) => (chunking = config.vite.plugins) });
  const builder = await createBuilder({
    configFile: false,
    logLevel: 'silent',
    plugins: [standIns, ...chunking],
    environments: { [environment]: { consumer: 'server', build: { ssr: true, write: false, rolldownOptions: { input: { page: 'page' } } } } },
  });
  const output = (await builder.build(builder.environments[environment]!)) as Rolldown.RolldownOutput;
  return output.output.filter((file): file is Rolldown.OutputChunk => file.type === 'chunk');
}

describe('the bundle Astro renders pages from', () => {
  it('holds the articles together in one chunk, each with its list of propagated assets emptied', async () => {
    const chunks = await bundle('prerender');
    const together = chunks.filter((chunk) => chunk.name === articlesChunk);
    expect(together).toHaveLength(1);
    const ids = together[0]!.moduleIds;
    for (const article of ['one', 'two', 'three']) expect(ids).toEqual(expect.arrayContaining([`/articles/${article}.mdx`, `/articles/${article}.mdx?astroPropagatedAssets`]));
    expect(together[0]!.code).not.toContain('@@ASTRO-');
    // The article that imports a component keeps chunks of its own, for Astro to fill in.
    expect(ids.some((id) => id.includes('styled'))).toBe(false);
    expect(chunks.some((chunk) => chunk.code.includes('"@@ASTRO-LINKS@@"'))).toBe(true);
  });

  it('and leaves any other bundle as the bundler makes it', async () => {
    const chunks = await bundle('client');
    expect(chunks.some((chunk) => chunk.name === articlesChunk)).toBe(false);
    expect(chunks.filter((chunk) => chunk.code.includes('"@@ASTRO-LINKS@@"'))).toHaveLength(articles.length);
  });
});
