import { describe, expect, it } from 'vitest';
import { isStopWord, normalizeWord, queryWords } from '../../../src/lib/search/words.ts';

describe('query words', () => {
  it('splits a question into distinct lower-case words, keeping punctuation inside words', () => {
    expect(queryWords('  Forgot password? Email never came, email!')).toEqual(['forgot', 'password', 'email', 'never', 'came']);
    expect(queryWords('can’t reach 192.0.2.10')).toEqual(['can’t', 'reach', '192.0.2.10']);
    expect(queryWords(' … ')).toEqual([]);
  });

  it('knows words that carry no meaning, but keeps negations', () => {
    expect(['how', 'do', 'I', 'my', 'at', 'the', 'I’m'].every(isStopWord)).toBe(true);
    expect(['not', 'no', 'never', 'email', 'whitelist'].some(isStopWord)).toBe(false);
    expect(normalizeWord('Spam,')).toBe('spam');
  });
});
