/**
 * Astro inlines its island runtime (~3.5 kB: the <astro-island> element, the client:* directives and
 * one <style>) into every page that has an island. Here it is one cached, content-hashed file instead,
 * /_astro/islands.<hash>.js, loaded with `async`: the runtime defines <astro-island> and the directives
 * once it runs, and custom elements upgrade the islands already parsed (and those parsed later), so
 * hydration works as with the inline copy.
 * The island style moves into the layout's stylesheet (BaseLayout.astro).
 *
 * The file is made from Astro's own strings, imported from the installed version. The pages are
 * rendered with its tag in the first place (withIslandRuntime, a transform of Astro's module as the
 * pages are bundled): each page is written once, as it is served, and no page is rewritten after the
 * build (before, every page with an island was written twice: by Astro, then by finished-pages.ts).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import islandScript from 'astro/runtime/server/astro-island.prebuilt.js';
import idle from 'astro/runtime/client/idle.prebuilt.js';
import load from 'astro/runtime/client/load.prebuilt.js';
import media from 'astro/runtime/client/media.prebuilt.js';
import only from 'astro/runtime/client/only.prebuilt.js';
import visible from 'astro/runtime/client/visible.prebuilt.js';

/** A content-hashed URL under /_astro/, so the file can be cached for good. */
export const hashedPath = (name: string, code: string) => `/_astro/${name}.${createHash('sha256').update(code).digest('base64url').slice(0, 8)}.js`;

/** Writes a script file made at build time (`path` from hashedPath) into the built site at `root`. */
export function writeScriptFile(root: string, file: { path: string; code: string }) {
  const target = join(root, file.path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, file.code);
}

const directives = [idle, load, media, only, visible];
const code = [...directives, islandScript].join('\n');

/** The file every page with an island loads instead of the inline runtime. */
export const islandRuntime = { path: hashedPath('islands', code), code };

// `async`, not `defer`: it runs as soon as it arrives, like Astro's inline copy, so hydration starts as early as before.
const tag = `<script src="${islandRuntime.path}" async></script>`;

/** Astro's module that writes the runtime inline before a page's first island (and each new directive's script). */
const prescriptsModule = /[\\/]astro[\\/]dist[\\/]runtime[\\/]server[\\/]scripts\.js$/;
const prescriptsFunction = 'function getPrescripts(';

/**
 * Astro's module `runtime/server/scripts.js` with its `getPrescripts` replaced, for the pages' bundle:
 * where Astro would write the runtime inline before a page's first island, the page gets the cached
 * file's tag; before the first island of another directive, nothing (the file holds every directive).
 * Any other module: undefined (left as it is). An Astro whose module no longer has that one function
 * stops the build with a message saying so, rather than shipping pages whose inline runtime the
 * Content-Security-Policy would block.
 */
export function withIslandRuntime(code: string, id: string): string | undefined {
  if (!prescriptsModule.test(id.split('?')[0]!)) return undefined;
  if (code.split(prescriptsFunction).length !== 2) {
    throw new Error(`${id} is not what src/integrations/island-runtime.ts expects: it should define ${prescriptsFunction}) once, which that file replaces to load Astro's island runtime as a cached file. Update island-runtime.ts for this Astro version.`);
  }
  return `${code.replace(prescriptsFunction, 'function inlinePrescripts(')}
function getPrescripts(result, type) {
  return type === "both" ? ${JSON.stringify(tag)} : "";
}
`;
}

/** The build's side of it: Astro's module transformed as the pages are bundled, and the file written after. */
export function cachedIslandRuntime(): AstroIntegration {
  return {
    name: 'help-center:island-runtime',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { plugins: [{ name: 'help-center:island-runtime', apply: 'build', transform: (code: string, id: string) => withIslandRuntime(code, id) }] } });
      },
      'astro:build:done': ({ dir }) => writeScriptFile(fileURLToPath(dir), islandRuntime),
    },
  };
}
