import { describe, expect, it } from 'vitest';
import { resultSummary, toResultView } from '../../../src/lib/search/results.ts';

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
