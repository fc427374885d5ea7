import { describe, expect, it } from 'vitest';
import { slugify } from '../../src/lib/slug.ts';

describe('slugify', () => {
  it('lowercases words and joins them with single hyphens, dropping punctuation at the ends', () => {
    expect(slugify('Only me, or a few people')).toBe('only-me-or-a-few-people');
    expect(slugify('  -- Yes! --  ')).toBe('yes');
  });

  it('drops apostrophes inside words and accents from letters', () => {
    expect(slugify('I can’t sign in')).toBe('i-cant-sign-in');
    expect(slugify("Don't know")).toBe('dont-know');
    expect(slugify('Café déjà vu')).toBe('cafe-deja-vu');
  });
});
