import { describe, expect, it } from 'vitest';
import { absoluteUrl, paths } from '../../src/lib/paths.ts';

describe('site paths', () => {
  it('builds absolute URLs from the site paths', () => {
    expect(absoluteUrl(paths.article('a'), 'https://h.example')).toBe('https://h.example/articles/a/');
    expect(absoluteUrl(paths.category('c'), 'https://h.example/')).toBe('https://h.example/categories/c/');
  });
});
