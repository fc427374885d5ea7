/**
 * The three inline scripts every page carries (src/scripts/*.ts), bundled from their src/lib rules
 * and minified with esbuild once per build, then handed to the layout as strings through the
 * virtual module `virtual:inline-scripts`.
 */
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const MODULE_ID = 'virtual:inline-scripts';
const RESOLVED_ID = `\0${MODULE_ID}`;
/** Export name → source file in src/scripts/. */
const scripts = { themeInit: 'theme-init.ts', page: 'page.ts', searchLoader: 'search-loader.ts' } as const;

async function bundle(file: string) {
  const result = await build({
    entryPoints: [file],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    write: false,
    legalComments: 'none',
    metafile: true,
    // Inline scripts are classic scripts in their own function scope: no "use strict" prologue needed.
    tsconfigRaw: { compilerOptions: { alwaysStrict: false } },
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error(`${file}: esbuild produced no output`);
  return { code: output.text.trim(), inputs: Object.keys(result.metafile.inputs).map((input) => resolve(input)) };
}

export default function inlineScripts(): AstroIntegration {
  return {
    name: 'help-center:inline-scripts',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const dir = fileURLToPath(new URL('scripts/', config.srcDir));
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'help-center:inline-scripts',
                resolveId: (id: string) => (id === MODULE_ID ? RESOLVED_ID : undefined),
                async load(id: string) {
                  if (id !== RESOLVED_ID) return undefined;
                  const built = await Promise.all(Object.entries(scripts).map(async ([name, file]) => ({ name, ...(await bundle(resolve(dir, file))) })));
                  // In `astro dev`, editing a script or a rule it uses rebuilds the module.
                  for (const input of built.flatMap((b) => b.inputs)) this.addWatchFile(input);
                  return built.map((b) => `export const ${b.name} = ${JSON.stringify(b.code)};`).join('\n');
                },
              },
            ],
          },
        });
      },
    },
  };
}
