import { describe, expect, it } from 'vitest';
import { isSearchShortcut, moveActive } from '../../../src/lib/search/keys.ts';
import { emptyQuery, formatQuery, pagefindFilters, parseQuery, toggleFilter } from '../../../src/lib/search/query.ts';
import { resultSummary, toResultView } from '../../../src/lib/search/results.ts';

describe('search query in the URL', () => {
  it('round-trips the query and filters', () => {
    const query = parseQuery('?q=spam&category=Email+and+notifications&audience=Everyone&audience=Collaborators');
    expect(query).toEqual({ q: 'spam', filters: { category: ['Email and notifications'], audience: ['Everyone', 'Collaborators'] } });
    expect(parseQuery(formatQuery(query))).toEqual(query);
  });

  it('tidies what it cannot use', () => {
    expect(parseQuery('?q=%20%20spam%20&category=&category=A&category=A&nonsense=1')).toEqual({ q: 'spam', filters: { category: ['A'], audience: [] } });
    expect(parseQuery(`?q=${'x'.repeat(500)}`).q).toHaveLength(200);
    expect(formatQuery(emptyQuery())).toBe('');
  });

  it('turns filters into Pagefind "any of" groups and toggles them', () => {
    let query = toggleFilter(emptyQuery(), 'category', 'A', true);
    query = toggleFilter(query, 'category', 'B', true);
    expect(pagefindFilters(query)).toEqual({ category: { any: ['A', 'B'] } });
    expect(pagefindFilters(toggleFilter(query, 'category', 'A', false))).toEqual({ category: { any: ['B'] } });
    expect(pagefindFilters(emptyQuery())).toEqual({});
  });
});

describe('result views', () => {
  const data = {
    url: '/articles/reset/',
    excerpt: 'page <mark>reset</mark>',
    meta: { title: 'The reset email never arrived' },
    filters: { category: ['Signing in'] },
    sub_results: [
      { title: 'The reset email never arrived', url: '/articles/reset/', excerpt: 'top', weighted_locations: [{ weight: 7, balanced_score: 900 }] },
      { title: 'Check your spam', url: '/articles/reset/#check-your-spam', excerpt: 'a <mark>reset</mark>', weighted_locations: [{ weight: 1, balanced_score: 10 }] },
      { title: 'Try again', url: '/articles/reset/#try-again', excerpt: 'new <mark>reset</mark> twice', weighted_locations: [{ weight: 1, balanced_score: 30 }, { weight: 1, balanced_score: 5 }] },
    ],
  };

  it('links to the best matching section with its heading and excerpt', () => {
    expect(toResultView(data)).toEqual({ url: '/articles/reset/#try-again', title: 'The reset email never arrived', section: 'Try again', excerpt: 'new <mark>reset</mark> twice', category: 'Signing in' });
  });

  it('links to the page when no section matches', () => {
    expect(toResultView({ ...data, sub_results: [data.sub_results[0]!] })).toEqual({ url: '/articles/reset/', title: 'The reset email never arrived', excerpt: 'page <mark>reset</mark>', category: 'Signing in' });
  });

  it('says how many results were found', () => {
    expect(resultSummary(0, 'zzz', false)).toBe('No results for “zzz”.');
    expect(resultSummary(1, 'spam', true)).toBe('1 result for “spam” with the chosen filters.');
    expect(resultSummary(3, '', false)).toBe('');
  });
});

describe('keys', () => {
  const key = (key: string, extra: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean; target: unknown }> = {}) => ({ key, ctrlKey: false, metaKey: false, altKey: false, target: { tagName: 'BODY' }, ...extra });

  it('opens search on "/" outside fields and on Ctrl/⌘-K anywhere', () => {
    expect(isSearchShortcut(key('/'))).toBe(true);
    expect(isSearchShortcut(key('/', { target: { tagName: 'INPUT' } }))).toBe(false);
    expect(isSearchShortcut(key('/', { target: { tagName: 'DIV', isContentEditable: true } }))).toBe(false);
    expect(isSearchShortcut(key('k', { ctrlKey: true, target: { tagName: 'INPUT' } }))).toBe(true);
    expect(isSearchShortcut(key('K', { metaKey: true }))).toBe(true);
    expect(isSearchShortcut(key('k'))).toBe(false);
  });

  it('moves through results with wrap-around', () => {
    expect(moveActive(-1, 'ArrowDown', 3)).toBe(0);
    expect(moveActive(2, 'ArrowDown', 3)).toBe(0);
    expect(moveActive(0, 'ArrowUp', 3)).toBe(2);
    expect(moveActive(-1, 'ArrowUp', 3)).toBe(2);
    expect(moveActive(1, 'End', 3)).toBe(2);
    expect(moveActive(1, 'Home', 3)).toBe(0);
    expect(moveActive(0, 'ArrowDown', 0)).toBe(-1);
  });
});
