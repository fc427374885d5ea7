import { describe, expect, it } from 'vitest';
import { emptyQuery, formatQuery, pagefindFilters, parseQuery, toggleFilter } from '../../../src/lib/search/query.ts';

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
