/**
 * Astro renders the pages from a server-side bundle, in which every article gets two chunks of its
 * own: its compiled MDX, and a small module that lists the styles and scripts the article brings with
 * it. At 1,000 articles that is 2,000 of the bundle's ~2,100 files, and each one costs at every step:
 * the bundler writes it, Astro writes the small one again (to fill in its styles), and
 * rendering imports it as a module of its own. Here the articles' modules are bundled together instead,
 * in chunks of about `maxSize` bytes (~140 articles each at 1 MB), so a build handles a few dozen
 * files where it handled thousands. The pages come out byte for byte the same.
 *
 * Only articles that import nothing but Astro's own runtime are bundled together: an article that
 * imports a component could bring that component's styles, which Astro records per chunk, so such an
 * article keeps its own chunks, as Astro makes them. (Articles use Callout, Steps and the headings
 * without importing them: the page passes them in. See src/components/mdx.ts.)
 */
import type { AstroIntegration } from 'astro';

/** The module graph, as far as the grouping needs it. */
type ModuleInfoOf = (id: string) => { importedIds: readonly string[]; dynamicallyImportedIds: readonly string[] } | null;

/** The name of the chunks articles are bundled into. */
export const articlesChunk = 'articles';

const propagatedSuffix = '?astroPropagatedAssets';
const isAstroRuntime = (id: string) => /[\\/]node_modules[\\/]astro[\\/]/.test(id);

/**
 * The chunk a server module goes into: `articlesChunk` for an article's compiled MDX that imports only
 * Astro's runtime, and for the module that lists what that article propagates; null for anything
 * else (the bundler's own choice).
 */
export function articleChunkOf(id: string, moduleInfo: ModuleInfoOf): string | null {
  const mdx = id.endsWith(propagatedSuffix) ? id.slice(0, -propagatedSuffix.length) : id;
  if (!mdx.endsWith('.mdx')) return null;
  const info = moduleInfo(mdx);
  if (!info) return null;
  const selfContained = info.importedIds.every(isAstroRuntime) && info.dynamicallyImportedIds.every(isAstroRuntime);
  return selfContained ? articlesChunk : null;
}

/**
 * Astro marks the styles and links a content module propagates with these placeholders, and after the
 * bundle replaces the first of each in every chunk with what that chunk's modules import. A chunk of
 * many articles holds one pair per article; as its articles import nothing that has styles, each of
 * them propagates none.
 */
const placeholders = ['"@@ASTRO-LINKS@@"', '"@@ASTRO-STYLES@@"'];
export const withoutPropagatedAssets = (code: string) => placeholders.reduce((out, placeholder) => out.replaceAll(placeholder, '[]'), code);

export function articleChunks({ maxSize = 1024 * 1024 }: { maxSize?: number } = {}): AstroIntegration {
  return {
    name: 'help-center:article-chunks',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'help-center:article-chunks',
                // Only the bundle the pages are rendered from: the browser's bundle has no articles.
                configEnvironment(environment) {
                  if (environment !== 'prerender') return;
                  return {
                    build: {
                      rolldownOptions: {
                        output: { codeSplitting: { groups: [{ name: (id, context) => articleChunkOf(id, (module) => context.getModuleInfo(module)), test: /\.mdx(\?astroPropagatedAssets)?$/, maxSize }] } },
                      },
                    },
                  };
                },
                generateBundle(_options, bundle) {
                  if (this.environment.name !== 'prerender') return;
                  for (const chunk of Object.values(bundle)) {
                    if (chunk.type === 'chunk' && chunk.name === articlesChunk) chunk.code = withoutPropagatedAssets(chunk.code);
                  }
                },
              },
            ],
          },
        });
      },
    },
  };
}
