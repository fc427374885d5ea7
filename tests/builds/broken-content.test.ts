// `npm run build` (scripts/build.mjs) over deliberately broken content, onto a folder that holds an
// earlier good build: each must fail with a message a writer can act on (the file and the field or
// page, indexes counted from 1) and leave that earlier build byte for byte as it was.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFolder, buildSite } from './build-fixture.ts';

/** Every file under dir with a hash of its bytes. */
function snapshot(dir: string) {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((f) => f.isFile())
      .map((f) => [join(f.parentPath, f.name).slice(dir.length), createHash('sha256').update(readFileSync(join(f.parentPath, f.name))).digest('hex')]),
  );
}

describe('a failed build names the file and the field and leaves the deployed site exactly as it was', () => {
  const out = buildFolder('deployed');
  let deployed: Record<string, string>;
  beforeAll(() => {
    const { status, output } = buildSite(undefined, out);
    expect(status, output).toBe(0);
    deployed = snapshot(out);
    expect(Object.keys(deployed)).toEqual(expect.arrayContaining(['/index.html', '/_redirects', '/_headers', '/pagefind/pagefind.js']));
  }, 300_000);

  it.each([
    ['missing-title', 'a missing title', ['title: Required', 'at tests/fixtures/missing-title/articles/no-title.mdx']],
    ['unknown-category', 'a category that points nowhere', ['tests/fixtures/unknown-category/articles/lost.mdx: category "billing" is not a category']],
    [
      'broken-tree',
      'a troubleshooter answer that points nowhere',
      ['nodes item 1 › answers item 2 › next: [node first] node "first" leads to "ghost", which does not exist', 'at tests/fixtures/broken-tree/troubleshooters/broken.yaml'],
    ],
    [
      'bad-frontmatter',
      'impossible dates and dot segments in legacy paths',
      [
        'updated: "2026-02-30" is not a real date; write it as YYYY-MM-DD',
        'published: "last Tuesday" is not a real date; write it as YYYY-MM-DD',
        'legacy item 1: "/faq/../articles/x" has a ".." segment',
        'legacy item 2: "/faq/./old" has a "." segment',
        'at tests/fixtures/bad-frontmatter/articles/bad-dates.mdx',
      ],
    ],
    [
      'bad-senders',
      'documentation values published as real senders, a carrier-grade NAT range and a wide range after a narrow one',
      [
        'entries item 2 › example: [entry doc-range-as-real] "192.0.2.0/24" is in a documentation range',
        'entries item 3 › value: [entry cgnat] "100.64.0.0/16" is in a shared (carrier-grade NAT) range (100.64.0.0/10)',
        'entries item 5 › value: [entry wide] "198.51.100.0/24" overlaps entry "narrow" (198.51.100.7/32)',
        'at tests/fixtures/bad-senders/senders/senders.yaml',
      ],
    ],
    ['bad-callout', 'a render-time error', ['/articles/bad-callout/: <Callout type="constructor">: type must be one of note, tip, warning']],
    [
      'inline-code',
      'inline code the page’s own Content-Security-Policy would block',
      [
        '/articles/inline-code/: its policy\'s script-src does not allow the inline script "alert(1)"',
        '/articles/inline-code/: its policy\'s style-src-attr does not allow the inline style attribute "color:red"',
      ],
    ],
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
    const summary = output.slice(output.indexOf('\nBuild failed:'));
    for (const message of messages) expect(summary).toContain(message);
    // Read as a writer reads it: no markup, no meaningless :0:0 location, no framework hints, no
    // field named twice, no list index counted from 0 ("nodes.0.answers"), no "problem(s)".
    expect(summary).not.toMatch(/\*\*|:0:0|Hint:|docs\.astro\.build|^\s*([\w.-]+): \1:|[a-z]\.\d+\.[a-z]|\w\(s\)/m);
    expect(summary).toContain('it still holds the previous build');
    expect(snapshot(out)).toEqual(deployed);
  });
});
