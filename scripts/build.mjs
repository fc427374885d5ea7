// `npm run build`: builds the site into a staging folder next to dist/ and swaps it in only when
// every step succeeded (Astro, the built-site checks in src/integrations/, Pagefind). A failed
// build leaves the previous dist/ exactly as it was, so a host that deploys dist/ never gets half a site.
// HELP_OUT_DIR moves the final folder (the broken-content tests use it).
//
// Astro runs in a child process of this one (this same script, `--astro`), for two reasons: the
// bundler's allocator settings (allocator.mjs) only count from a process's start, and Pagefind then
// indexes the site after that process has ended and handed back its memory (some 900 MB on a site of
// 1,000 articles) rather than beside it.
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { withAllocatorEnv } from './allocator.mjs';

const out = resolve(process.env.HELP_OUT_DIR ?? 'dist');
const staging = `${out}.next`;
const previous = `${out}.previous`;
// Astro's server-side chunks of the pages, kept until Pagefind has indexed the site (src/integrations/render-chunks.ts).
const chunks = `${out}.render-chunks`;
const shown = relative(process.cwd(), out).startsWith('..') ? out : relative(process.cwd(), out) || out;

/** An error as a writer needs it: the message, the file and line when they mean something, no framework hints. */
function explain(error) {
  const message = String(error?.message ?? error)
    .replace(/\*\*/g, '')
    .replace(/^Build failed with \d+ errors?:\s*/, '')
    .replace(/^\[plugin [^\]]+\] /gm, '')
    .replace(/^\s+at .*$\n?/gm, '')
    .replaceAll(`${process.cwd()}/`, '')
    // "title: title: Required" (Astro names the field, then Zod again) → "title: Required".
    .replace(/^(\s*)([\w$.-]+): \2: /gm, '$1$2: ')
    // "nodes.0.answers.1.next" → "nodes item 1 › answers item 2 › next": counted as a writer counts.
    .replace(/^(\s*)([\w$-]+(?:\.[\w$-]+)+):/gm, (_, indent, path) => `${indent}${path.split('.').map((part) => (/^\d+$/.test(part) ? `item ${Number(part) + 1}` : part)).join(' › ').replace(/ › item/g, ' item')}:`)
    .trim();
  const loc = error?.loc;
  const where = loc?.file && loc.line > 0 ? `${relative(process.cwd(), loc.file)}:${loc.line}${loc.column > 0 ? `:${loc.column}` : ''}` : loc?.file ? relative(process.cwd(), loc.file) : '';
  return where && !message.includes(where) ? `${message}\n  at ${where}` : message;
}

/** Removes the staging folder, says what the deployed folder holds, and stops. */
function stop() {
  rmSync(staging, { recursive: true, force: true });
  rmSync(chunks, { recursive: true, force: true });
  console.error(existsSync(out) ? `Nothing changed in ${shown}/: it still holds the previous build.` : `No ${shown}/ was written.`);
  process.exit(1);
}

/** Says why the build failed, as a writer needs it. */
function report(error) {
  console.error(`\nBuild failed: ${explain(error)}\n`);
  if (process.env.HELP_DEBUG && error?.stack) console.error(error.stack);
}

/** The child: Astro's build into the staging folder; a failure is explained here, where the error is. */
async function buildWithAstro() {
  const { build } = await import('astro');
  try {
    await build({ outDir: staging });
  } catch (error) {
    report(error);
    process.exit(1);
  }
}

function main() {
  rmSync(staging, { recursive: true, force: true });
  rmSync(chunks, { recursive: true, force: true });
  const built = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--astro'], { stdio: 'inherit', env: { ...withAllocatorEnv(), HELP_RENDER_CHUNKS: chunks } });
  if (built.status !== 0) {
    if (built.status === null) report(new Error(`Astro's build stopped (${built.signal ?? built.error?.message}).`));
    stop();
  }

  const pagefind = join(dirname(fileURLToPath(import.meta.resolve('pagefind'))), 'runner/bin.cjs');
  const indexed = spawnSync(process.execPath, [pagefind, '--site', staging], { stdio: 'inherit' });
  if (indexed.status !== 0) {
    report(new Error(`Pagefind could not index the site (exit code ${indexed.status ?? indexed.signal}).`));
    stop();
  }

  rmSync(previous, { recursive: true, force: true });
  if (existsSync(out)) renameSync(out, previous);
  renameSync(staging, out);
  rmSync(previous, { recursive: true, force: true });
  rmSync(chunks, { recursive: true, force: true });
  console.log(`\nBuilt and checked: ${shown}/ now holds the new site.`);
}

if (process.argv[2] === '--astro') await buildWithAstro();
else main();
