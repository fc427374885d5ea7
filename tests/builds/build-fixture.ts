// Builds a fixture content folder (through HELP_CONTENT_DIR) as its own site with `npm run build`'s script. Everything the build
// writes stays in the git-ignored .test-builds/ inside the project: the system temp folder may be
// another filesystem (a tmpfs /tmp), and Astro moves files between its cache and the output.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';

const testBuilds = join(import.meta.dirname, '..', '..', '.test-builds');

/**
 * Runs the production build (scripts/build.mjs: Astro, the built-site checks, Pagefind, then the
 * swap into `out`) over a fixture, or over the real content when `fixture` is undefined.
 */
export function buildSite(fixture: string | undefined, out: string) {
  const result = spawnSync(process.execPath, ['scripts/build.mjs'], {
    encoding: 'utf8',
    env: {
      ...process.env,
      ...(fixture ? { HELP_CONTENT_DIR: `./tests/fixtures/${fixture}` } : {}),
      HELP_OUT_DIR: out,
      HELP_CACHE_DIR: join(testBuilds, fixture ?? 'site', 'cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      FORCE_COLOR: '0',
    },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** A folder for a test's own build output inside .test-builds/, emptied first. */
export function buildFolder(name: string) {
  const root = join(testBuilds, name);
  rmSync(root, { recursive: true, force: true });
  return join(root, 'dist');
}
