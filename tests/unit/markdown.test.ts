import { describe, expect, it } from 'vitest';
import { markdownToHtml } from '../../src/lib/markdown.ts';

describe('markdownToHtml', () => {
  it('keeps what Markdown writes: paragraphs, emphasis, lists, code and site links', () => {
    expect(markdownToHtml('Open **Directory**, then `Edit`.\n\n1. One\n2. [Two](/articles/x/#y)')).toBe(
      '<p>Open <strong>Directory</strong>, then <code>Edit</code>.</p>\n<ol>\n<li>One</li>\n<li><a href="/articles/x/#y">Two</a></li>\n</ol>\n',
    );
  });

  it.each([
    ['a script element', 'Hi <script>alert(1)</script>', /<script|alert/],
    ['an event handler', '<img src="x" onerror="alert(1)">', /onerror|<img/],
    ['a javascript: link', '[click](javascript:alert(1))', /javascript:/],
    ['an inline style', '<p style="position:fixed">x</p>', /style=/],
    ['an iframe', '<iframe src="https://evil.example"></iframe>', /<iframe/],
  ])('removes %s', (_, markdown, forbidden) => {
    expect(markdownToHtml(markdown)).not.toMatch(forbidden);
  });
});
