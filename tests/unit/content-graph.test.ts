import { describe, expect, it } from 'vitest';
import { anchorAliases, checkContentGraph, ContentGraphError, legacyPathProblem, type GraphArticle } from '../../src/lib/content-graph.ts';

const categories = [{ id: 'email' }, { id: 'signing-in' }];
const article = (over: Partial<GraphArticle> & { id: string }): GraphArticle => ({
  file: `src/content/articles/${over.id}.mdx`,
  category: 'email',
  related: [],
  legacy: [],
  draft: false,
  ...over,
});

describe('checkContentGraph', () => {
  it('accepts articles whose categories and related articles exist', () => {
    const problems = checkContentGraph(
      [article({ id: 'a', related: ['b'], legacy: ['/faq/a'] }), article({ id: 'b', category: 'signing-in', related: ['a'] })],
      categories,
    );
    expect(problems).toEqual([]);
  });

  it('names the file and the field of a category that points nowhere', () => {
    const [problem] = checkContentGraph([article({ id: 'a', category: 'billing' })], categories);
    expect(problem).toContain('src/content/articles/a.mdx');
    expect(problem).toContain('category "billing"');
    expect(problem).toContain('email, signing-in');
  });

  it('names the related article that does not exist by its value', () => {
    const problems = checkContentGraph([article({ id: 'a', related: ['b', 'ghost'] }), article({ id: 'b' })], categories);
    expect(problems).toEqual(['src/content/articles/a.mdx: related "ghost" is not a published article']);
  });

  it('treats a related draft as pointing nowhere, since drafts are not built', () => {
    const problems = checkContentGraph([article({ id: 'a', related: ['b'] }), article({ id: 'b', draft: true })], categories);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('related "b"');
  });

  it('rejects an article related to itself and a related article listed twice', () => {
    const problems = checkContentGraph([article({ id: 'a', related: ['a'] }), article({ id: 'c', related: ['a', 'a'] })], categories);
    expect(problems.some((p) => p.includes('a.mdx: related "a" is the article itself'))).toBe(true);
    expect(problems.some((p) => p.includes('c.mdx: related lists the same article twice'))).toBe(true);
  });

  it('rejects a legacy path claimed by two articles, naming both files', () => {
    const problems = checkContentGraph([article({ id: 'a', legacy: ['/faq/old'] }), article({ id: 'b', legacy: ['/faq/old'] })], categories);
    expect(problems).toEqual(['src/content/articles/b.mdx: legacy "/faq/old" is already claimed by src/content/articles/a.mdx']);
  });

  it.each([
    ['/faq/../articles/x', 'has a ".." segment'],
    ['/faq/./old', 'has a "." segment'],
    ['/..', 'has a ".." segment'],
  ])('rejects the legacy path %s, which resolves to another path', (path, message) => {
    expect(legacyPathProblem(path)).toContain(message);
  });

  it('accepts a legacy path with dots inside a segment', () => {
    expect(legacyPathProblem('/faq/old.html')).toBeUndefined();
  });

  it('reports every problem in one error, counted in plain words', () => {
    const error = new ContentGraphError(['one', 'two']);
    expect(error.message).toMatch(/^The help-center content has 2 problems:\n {2}- one\n {2}- two$/);
    expect(new ContentGraphError(['one']).message).toMatch(/^The help-center content has 1 problem:/);
  });
});

describe('anchorAliases', () => {
  const headings = ['find-your-situation', 'one-tool-is-silent'];

  it('groups old ids under the heading they now belong to', () => {
    const { aliases, problems } = anchorAliases('a.mdx', { 'old-one': 'one-tool-is-silent', 'older-one': 'one-tool-is-silent' }, headings);
    expect(problems).toEqual([]);
    expect([...aliases]).toEqual([['one-tool-is-silent', ['old-one', 'older-one']]]);
  });

  it('names the file and the anchor that points nowhere or is still in use', () => {
    const { problems } = anchorAliases('a.mdx', { gone: 'no-such-heading', 'find-your-situation': 'one-tool-is-silent' }, headings);
    expect(problems).toEqual([
      'a.mdx: anchors.gone points to "no-such-heading", which is not a heading id on the page (known: find-your-situation, one-tool-is-silent)',
      'a.mdx: anchors.find-your-situation is still a heading id on the page; only list ids that no longer exist',
    ]);
  });
});
