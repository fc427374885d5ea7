// Builds deliberately broken content and checks the build fails with a message a writer can act on.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFixture as build, buildFolder, buildSite } from './build-fixture.ts';

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

  it('refuses impossible dates and dot segments in legacy paths, naming file, field and the expected form', () => {
    const { status, output } = buildSite('bad-frontmatter', buildFolder('bad-frontmatter-site'));
    expect(status).not.toBe(0);
    const summary = output.slice(output.indexOf('Build failed:'));
    expect(summary).toContain('at tests/fixtures/bad-frontmatter/articles/bad-dates.mdx');
    expect(summary).toContain('updated: "2026-02-30" is not a real date; write it as YYYY-MM-DD');
    expect(summary).toContain('legacy item 1: "/faq/../articles/x" has a ".." segment');
    expect(summary).toContain('legacy item 2: "/faq/./old" has a "." segment');
    // Read as a writer reads it: no markup, no meaningless :0:0 location, no framework hints.
    expect(summary).not.toMatch(/\*\*|:0:0|Hint:|docs\.astro\.build/);
  });
});

/** Every file under dir with a hash of its bytes. */
function snapshot(dir: string) {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((f) => f.isFile())
      .map((f) => [join(f.parentPath, f.name).slice(dir.length), createHash('sha256').update(readFileSync(join(f.parentPath, f.name))).digest('hex')]),
  );
}

describe('a failed build leaves the deployed site exactly as it was', () => {
  const out = buildFolder('deployed');
  let deployed: Record<string, string>;
  beforeAll(() => {
    const { status, output } = buildSite(undefined, out);
    expect(status, output).toBe(0);
    deployed = snapshot(out);
    expect(Object.keys(deployed)).toEqual(expect.arrayContaining(['/index.html', '/_redirects', '/_headers', '/pagefind/pagefind.js']));
  }, 300_000);

  it.each([
    ['bad-callout', 'a render-time error', ['/articles/bad-callout/: <Callout type="constructor">: type must be one of note, tip, warning']],
    ['mdx-syntax', 'an MDX syntax error', ['tests/fixtures/mdx-syntax/articles/unclosed.mdx:8:1', 'Expected a closing tag for `<Callout>`']],
    [
      'broken-links',
      'broken links, a renamed fragment and legacy paths that shadow what the build emits',
      [
        '/articles/allowlist-procore-email/: link "/articles/send-this-user-messages-setting/#old-heading" points to #old-heading, which is not an id on /articles/send-this-user-messages-setting/',
        '/articles/allowlist-procore-email/: link "/articles/gone/" points to /articles/gone/, which the build does not emit',
        'legacy path "/robots.txt" (redirecting to /articles/send-this-user-messages-setting/) would shadow /robots.txt, which the build emits',
        'legacy path "/_astro/old-page" (redirecting to /articles/send-this-user-messages-setting/) is inside /_astro/, a folder the site itself uses',
      ],
    ],
  ])('%s: %s fails the build, says what is wrong and changes nothing deployed', (fixture, _, messages) => {
    const { status, output } = buildSite(fixture, out);
    expect(status).not.toBe(0);
    for (const message of messages) expect(output).toContain(message);
    expect(output).toContain('it still holds the previous build');
    expect(snapshot(out)).toEqual(deployed);
  });
});
