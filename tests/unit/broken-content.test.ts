// Builds deliberately broken content and checks the build fails with a message a writer can act on.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const scratch = mkdtempSync(join(tmpdir(), 'help-broken-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function build(fixture: string) {
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    encoding: 'utf8',
    env: {
      ...process.env,
      HELP_CONTENT_DIR: `./tests/fixtures/${fixture}`,
      HELP_OUT_DIR: join(scratch, fixture, 'dist'),
      HELP_CACHE_DIR: join(scratch, fixture, 'cache'),
      NO_COLOR: '1',
      FORCE_COLOR: '0',
    },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('a broken article fails the build', () => {
  it('names the file and the field when the title is missing', () => {
    const { status, output } = build('missing-title');
    expect(status).not.toBe(0);
    expect(output).toContain('tests/fixtures/missing-title/articles/no-title.mdx');
    expect(output).toMatch(/title\W+.*Required|title: Invalid input/i);
  }, 120_000);

  it('names the file and the field when the category points nowhere', () => {
    const { status, output } = build('unknown-category');
    expect(status).not.toBe(0);
    expect(output).toContain('tests/fixtures/unknown-category/articles/lost.mdx');
    expect(output).toContain('category "billing" is not a category');
  }, 120_000);

  it('names the tree file, the node and the problem when a troubleshooter answer points nowhere', () => {
    const { status, output } = build('broken-tree');
    expect(status).not.toBe(0);
    expect(output).toContain('tests/fixtures/broken-tree/troubleshooters/broken.yaml');
    expect(output).toContain('[node first] node "first" leads to "ghost", which does not exist');
    expect(output).toMatch(/nodes\.0\.answers\.1\.next/);
  }, 120_000);
});
