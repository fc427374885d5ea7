import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { absoluteUrl, fragmentId, paths } from '../../src/lib/paths.ts';

describe('site paths', () => {
  it('builds absolute URLs from the site paths', () => {
    expect(absoluteUrl(paths.article('a'), 'https://h.example')).toBe('https://h.example/articles/a/');
    expect(absoluteUrl(paths.category('c'), 'https://h.example/')).toBe('https://h.example/categories/c/');
  });

  it('links an exercise of the practice Directory by its scenario id', () => {
    expect(paths.practiceExercise('setting-off')).toBe('/practice/directory/?scenario=setting-off');
  });

  it('are spelled nowhere else in the code: no other file writes the search page or the exercise parameter into a URL', () => {
    const src = join(import.meta.dirname, '..', '..', 'src');
    const code = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(ts|tsx|astro|mjs)$/.test(f) && f !== join('lib', 'paths.ts'));
    const spelled = code.flatMap((file) =>
      readFileSync(join(src, file), 'utf8')
        .split('\n')
        .filter((line) => !/^\s*(\/\/|\/?\*)/.test(line)) // comments may name them
        .filter((line) => /["'`=]\/search\/["'`]|[?&]scenario=/.test(line))
        .map((line) => `${file}: ${line.trim()}`),
    );
    expect(spelled).toEqual([]);
  });
});

describe('fragmentId', () => {
  it('names the element a fragment points to, decoded, and nothing for a malformed one', () => {
    expect(fragmentId('#what-to-add')).toBe('what-to-add');
    expect(fragmentId('#caf%C3%A9')).toBe('café');
    expect(fragmentId('')).toBe('');
    expect(fragmentId('#%E0%A4%A')).toBe('');
  });
});
