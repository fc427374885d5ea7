/**
 * The scripts every page carries, built once per build with esbuild from src/scripts/*.ts (which import
 * their rules from src/lib), and handed to the layout through the virtual module `virtual:inline-scripts`:
 *
 * - `themeInit`: the one script that must run before first paint (the remembered theme), inlined in <head>.
 * - `siteScript`: the URL of one cached, content-hashed file (/_astro/site.<hash>.js) with the rest of the
 *   shared behaviour (theme toggle, Menu, copy links, the search loader), loaded with `defer`, so pages
 *   do not repeat ~3.5 kB of script each.
 *
 * After `astro build` it writes the site script's file (the island runtime's is island-runtime.ts's).
 */
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hashedPath, writeScriptFile } from './island-runtime.ts';

const MODULE_ID = 'virtual:inline-scripts';
const RESOLVED_ID = `\0${MODULE_ID}`;

/** Bundles and minifies some of src/scripts/ into one classic script (an IIFE). */
async function bundle(dir: string, files: readonly string[]) {
  const result = await build({
    stdin: { contents: files.map((f) => `import ${JSON.stringify(`./${f}`)};`).join('\n'), resolveDir: dir, loader: 'ts', sourcefile: 'bundle-entry.ts' },
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    write: false,
    legalComments: 'none',
    metafile: true,
    // Classic scripts in their own function scope: no "use strict" prologue needed.
    tsconfigRaw: { compilerOptions: { alwaysStrict: false } },
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error(`${files.join(', ')}: esbuild produced no output`);
  return { code: output.text.trim(), inputs: Object.keys(result.metafile.inputs).filter((i) => !i.startsWith('<')).map((input) => resolve(input)) };
}

export default function inlineScripts(): AstroIntegration {
  let dir = '';
  /** The site script as last bundled: its URL and code (written out after the build, served in dev). */
  let site: { path: string; code: string } | undefined;
  const bundleSite = async () => {
    const built = await bundle(dir, ['page.ts', 'search-loader.ts']);
    site = { path: hashedPath('site', built.code), code: built.code };
    return { ...site, inputs: built.inputs };
  };
  return {
    name: 'help-center:inline-scripts',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        dir = fileURLToPath(new URL('scripts/', config.srcDir));
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'help-center:inline-scripts',
                resolveId: (id: string) => (id === MODULE_ID ? RESOLVED_ID : undefined),
                async load(id: string) {
                  if (id !== RESOLVED_ID) return undefined;
                  const [theme, shared] = await Promise.all([bundle(dir, ['theme-init.ts']), bundleSite()]);
                  // In `astro dev`, editing a script or a rule it uses rebuilds the module.
                  for (const input of [...theme.inputs, ...shared.inputs]) this.addWatchFile(input);
                  return `export const themeInit = ${JSON.stringify(theme.code)};\nexport const siteScript = ${JSON.stringify(shared.path)};`;
                },
                configureServer(server: { middlewares: { use(fn: (req: { url?: string }, res: { setHeader(k: string, v: string): void; end(body: string): void }, next: () => void) => void): void } }) {
                  server.middlewares.use((req, res, next) => {
                    if (!site || req.url !== site.path) return next();
                    res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
                    res.end(site.code);
                  });
                },
              },
            ],
          },
        });
      },
      'astro:build:done': ({ dir: out }) => {
        if (!site) throw new Error('The site script was never bundled: no page used the layout');
        writeScriptFile(fileURLToPath(out), site);
      },
    },
  };
}
