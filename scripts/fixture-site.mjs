// The fixture site the browser journeys run against: tests/fixtures/site/ built (and indexed)
// into .test-builds/site/ through HELP_CONTENT_DIR, so editing a real article cannot break them.
// `node scripts/fixture-site.mjs` builds it; playwright.config.ts serves it.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(fileURLToPath(import.meta.url), '..', '..');
const at = join(root, '.test-builds', 'site');

export const fixtureSite = { content: './tests/fixtures/site', outDir: join(at, 'dist') };

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const env = { ...process.env, HELP_CONTENT_DIR: fixtureSite.content, HELP_OUT_DIR: fixtureSite.outDir, HELP_CACHE_DIR: join(at, 'cache') };
  for (const [command, ...args] of [
    ['astro', 'build'],
    ['pagefind', '--site', fixtureSite.outDir],
  ]) {
    const run = spawnSync(join(root, 'node_modules', '.bin', command), args, { cwd: root, env, stdio: 'inherit' });
    if (run.status !== 0) process.exit(run.status ?? 1);
  }
}
