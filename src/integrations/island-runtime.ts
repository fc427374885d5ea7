/**
 * Astro inlines its island runtime (~3.5 kB: the <astro-island> element, the client:* directives and
 * one <style>) into every page that has an island. This moves it into one cached, content-hashed file,
 * /_astro/islands.<hash>.js, loaded with `async`: the runtime defines <astro-island> and the directives
 * once it runs, and custom elements upgrade the islands already parsed (and those parsed later), so
 * hydration works as with the inline copy.
 * The island style moves into the layout's stylesheet (BaseLayout.astro).
 *
 * The strings are Astro's own, imported from the installed version, so a page is rewritten only where it
 * holds exactly what this Astro writes; anything else is left as it is (and still works, just inline).
 */
import { createHash } from 'node:crypto';
import islandScript from 'astro/runtime/server/astro-island.prebuilt.js';
import { ISLAND_STYLES } from 'astro/runtime/server/astro-island-styles.js';
import idle from 'astro/runtime/client/idle.prebuilt.js';
import load from 'astro/runtime/client/load.prebuilt.js';
import media from 'astro/runtime/client/media.prebuilt.js';
import only from 'astro/runtime/client/only.prebuilt.js';
import visible from 'astro/runtime/client/visible.prebuilt.js';

/** A content-hashed URL under /_astro/, so the file can be cached for good. */
export const hashedPath = (name: string, code: string) => `/_astro/${name}.${createHash('sha256').update(code).digest('base64url').slice(0, 8)}.js`;

const directives = [idle, load, media, only, visible];
const code = [...directives, islandScript].join('\n');

/** The file every page with an island loads instead of the inline runtime. */
export const islandRuntime = { path: hashedPath('islands', code), code };

/** What Astro writes before a page's first island ("first") and before the first island of another directive ("more"). */
const islandStyle = `<style>${ISLAND_STYLES}</style>`;
const prescripts = directives.map((d) => ({ first: `${islandStyle}<script>${d}</script><script>${islandScript}</script>`, more: `<script>${d}</script>` }));
// `async`, not `defer`: it runs as soon as it arrives, like Astro's inline copy, so hydration starts as early as before.
const tag = `<script src="${islandRuntime.path}" async></script>`;

/** The page with Astro's inline island runtime replaced by the cached file. */
export function withIslandRuntime(html: string): string {
  const start = html.indexOf(islandStyle);
  const first = start === -1 ? undefined : prescripts.find((p) => html.startsWith(p.first, start));
  // Without the runtime's own block this is not a page Astro wrote as expected: leave it whole.
  if (!first) return html;
  let out = html.slice(0, start) + tag + html.slice(start + first.first.length);
  for (const { more } of prescripts) {
    for (let at = out.indexOf(more, start); at !== -1; at = out.indexOf(more, at)) out = out.slice(0, at) + out.slice(at + more.length);
  }
  return out;
}
