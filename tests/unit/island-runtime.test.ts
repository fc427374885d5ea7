// Astro's island runtime as one cached file (src/integrations/island-runtime.ts): the pages' bundle
// gets Astro's own module with getPrescripts replaced, so a page is rendered with the file's tag where
// Astro would inline the runtime. Checked here on the installed Astro's module itself.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import idle from 'astro/runtime/client/idle.prebuilt.js';
import load from 'astro/runtime/client/load.prebuilt.js';
import media from 'astro/runtime/client/media.prebuilt.js';
import only from 'astro/runtime/client/only.prebuilt.js';
import visible from 'astro/runtime/client/visible.prebuilt.js';
import { afterAll, describe, expect, it } from 'vitest';
import { islandRuntime, withIslandRuntime } from '../../src/integrations/island-runtime.ts';

const astroModule = fileURLToPath(new URL('../../node_modules/astro/dist/runtime/server/scripts.js', import.meta.url));
const astroCode = readFileSync(astroModule, 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'island-runtime-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Prescripts = (result: unknown, type: 'both' | 'directive', directive: string) => string;

/** The transformed module, loaded: its own imports point back at Astro's files. */
async function loadModule(code: string): Promise<{ getPrescripts: Prescripts }> {
  const file = join(dir, `scripts-${Math.random().toString(36).slice(2)}.mjs`);
  writeFileSync(file, code.replace(/from "\.\//g, `from "${pathToFileURL(astroModule).href.replace(/scripts\.js$/, '')}`));
  return import(/* @vite-ignore */ pathToFileURL(file).href);
}

describe("Astro's island runtime", () => {
  it("is loaded from the cached file where Astro would write it inline, once per page, with nothing before a later directive's island", async () => {
    const transformed = withIslandRuntime(astroCode, astroModule);
    expect(transformed).toBeDefined();
    const { getPrescripts } = await loadModule(transformed!);
    const result = { clientDirectives: new Map([['visible', '/* visible */'], ['load', '/* load */']]) };
    expect(getPrescripts(result, 'both', 'visible')).toBe(`<script src="${islandRuntime.path}" async></script>`);
    expect(getPrescripts(result, 'directive', 'load')).toBe('');
  });

  it('the cached file holds the runtime and every directive Astro would inline', async () => {
    // Astro's own module, untouched, says what a page would otherwise carry inline.
    const { getPrescripts } = await loadModule(astroCode);
    const clientDirectives = new Map([['idle', idle], ['load', load], ['media', media], ['only', only], ['visible', visible]]);
    const result = { clientDirectives };
    const inline = [getPrescripts(result, 'both', 'visible'), ...['idle', 'load', 'media', 'only'].map((d) => getPrescripts(result, 'directive', d))].join('');
    const scripts = [...inline.matchAll(/<script>(.*?)<\/script>/gs)].map((m) => m[1]!);
    expect(scripts).toHaveLength(6);
    for (const script of scripts) expect(islandRuntime.code).toContain(script);
  });

  it('leaves every other module as it is', () => {
    expect(withIslandRuntime(astroCode, '/site/node_modules/astro/dist/runtime/server/render/common.js')).toBeUndefined();
    expect(withIslandRuntime('export const x = 1;', '/site/src/pages/index.astro')).toBeUndefined();
  });

  it('stops the build, naming the file to update, when an Astro version writes its runtime differently', () => {
    expect(() => withIslandRuntime('export function renderPrescripts() {}', astroModule)).toThrow(/island-runtime\.ts/);
  });
});
