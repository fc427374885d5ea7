// Reports each React island's own JavaScript, gzipped: its component chunk plus the chunks it
// imports, not counting React and Astro's React renderer (shared by every island). An island the site
// loads itself rather than through Astro (the article feedback control: an element with
// `data-island="Name"`, loaded by the page's module script) counts that script and everything it loads.
// Run after a build: `node scripts/island-sizes.mjs [dist]`.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const htmlFiles = (dir) => readdirSync(dir, { recursive: true }).filter((f) => f.endsWith('.html')).map((f) => join(dir, f));

const importsOf = (code) => [...code.matchAll(/(?:import|from)\s*["']\.\/([^"']+\.js)["']/g)].map((m) => m[1]);

/** @returns {{ name: string, file: string, bytes: number, gzip: number }[]} */
export function islandSizes(dist = 'dist') {
  const islands = new Map();
  /** Islands the site loads itself: name → the module scripts that load it. */
  const loaded = new Map();
  const shared = new Set();
  for (const file of htmlFiles(dist)) {
    const html = readFileSync(file, 'utf8');
    for (const m of html.matchAll(/<astro-island[^>]*component-url="\/_astro\/([^"]+)"[^>]*renderer-url="\/_astro\/([^"]+)"/g)) {
      islands.set(m[1], true);
      shared.add(m[2]);
    }
    for (const [, name] of html.matchAll(/data-island="([^"]+)"/g)) {
      loaded.set(name, [...html.matchAll(/<script type="module" src="\/_astro\/([^"]+)"/g)].map((m) => m[1]));
    }
  }
  const read = (name) => readFileSync(join(dist, '_astro', name), 'utf8');
  // React and the renderer: the renderer's own imports, and any chunk named after React.
  for (const renderer of [...shared]) for (const dep of importsOf(read(renderer))) shared.add(dep);
  for (const name of readdirSync(join(dist, '_astro'))) if (/^(react|client|jsx-runtime)[.-]/.test(name)) shared.add(name);

  const measure = (name, file, entries, withLoaded = false) => {
    const seen = new Set();
    const walk = (chunk) => {
      if (seen.has(chunk) || shared.has(chunk)) return;
      seen.add(chunk);
      const code = read(chunk);
      importsOf(code).forEach(walk);
      // What a loader script loads on demand: Vite lists those chunks in its __vite__mapDeps.
      if (withLoaded) [...code.matchAll(/"_astro\/([^"]+\.js)"/g)].forEach((m) => walk(m[1]));
    };
    entries.forEach(walk);
    const code = [...seen].map(read).join('\n');
    return { name, file, bytes: Buffer.byteLength(code), gzip: gzipSync(code, { level: 9 }).length };
  };
  return [
    ...[...islands.keys()].map((component) => measure(component.replace(/\.[\w-]+\.js$/, ''), component, [component])),
    ...[...loaded].map(([name, scripts]) => measure(name, scripts.join(', '), scripts, true)),
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const sizes = islandSizes(process.argv[2] ?? 'dist');
  console.log('Island JavaScript (own code, without React):');
  for (const s of sizes) console.log(`  ${s.name.padEnd(20)} ${(s.gzip / 1024).toFixed(1).padStart(6)} kB gzipped  (${(s.bytes / 1024).toFixed(1)} kB raw)`);
}
