// Builds deliberately broken content and checks the build fails with a message a writer can act on.
import { describe, expect, it } from 'vitest';
import { buildFixture as build } from './build-fixture.ts';

describe('broken content fails the build', () => {
  it('names the file and the field when the title is missing', () => {
    const { status, output } = build('missing-title');
    expect(status).not.toBe(0);
    expect(output).toContain('tests/fixtures/missing-title/articles/no-title.mdx');
    expect(output).toMatch(/title\W+.*Required|title: Invalid input/i);
  });

  it('names the file and the field when the category points nowhere', () => {
    const { status, output } = build('unknown-category');
    expect(status).not.toBe(0);
    expect(output).toContain('tests/fixtures/unknown-category/articles/lost.mdx');
    expect(output).toContain('category "billing" is not a category');
  });

  it('names the tree file, the node and the problem when a troubleshooter answer points nowhere', () => {
    const { status, output } = build('broken-tree');
    expect(status).not.toBe(0);
    expect(output).toContain('tests/fixtures/broken-tree/troubleshooters/broken.yaml');
    expect(output).toContain('[node first] node "first" leads to "ghost", which does not exist');
    expect(output).toMatch(/nodes\.0\.answers\.1\.next/);
  });
});
