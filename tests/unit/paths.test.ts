import { describe, expect, it } from 'vitest';
import { absoluteUrl, isReservedPath, paths } from '../../src/lib/paths.ts';

describe('site paths', () => {
  it('builds absolute URLs from the site paths', () => {
    expect(absoluteUrl(paths.article('a'), 'https://h.example')).toBe('https://h.example/articles/a/');
    expect(absoluteUrl(paths.category('c'), 'https://h.example/')).toBe('https://h.example/categories/c/');
  });

  it('links an exercise of the practice Directory by its scenario id', () => {
    expect(paths.practiceExercise('setting-off')).toBe('/practice/directory/?scenario=setting-off');
  });

  it('reserves every page and file the site builds, so a legacy redirect cannot hide one', () => {
    for (const path of ['/articles/x', '/categories', '/troubleshoot/not-receiving-email', '/allowlist', '/search', '/senders.json', '/pagefind/pagefind.js', '/search-client.js', '/sitemap.xml', '/robots.txt', '/404']) {
      expect(isReservedPath(path), path).toBe(true);
    }
  });

  it('leaves old vendor paths free for redirects', () => {
    for (const path of ['/faq/email', '/support/old-article', '/article', '/searching-tips']) {
      expect(isReservedPath(path), path).toBe(false);
    }
  });
});
