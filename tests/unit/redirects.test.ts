import { describe, expect, it } from 'vitest';
import { redirectsFile } from '../../src/lib/redirects.ts';

describe('the _redirects file', () => {
  it('lists each legacy path with and without its trailing slash as a forced 301 (applies even where the stub page exists)', () => {
    const file = redirectsFile([{ from: '/faq/b', to: '/articles/b/' }, { from: '/faq/a', to: '/articles/a/' }]);
    expect(file.split('\n').filter((l) => l && !l.startsWith('#'))).toEqual([
      '/faq/a /articles/a/ 301!',
      '/faq/a/ /articles/a/ 301!',
      '/faq/b /articles/b/ 301!',
      '/faq/b/ /articles/b/ 301!',
    ]);
  });
});
