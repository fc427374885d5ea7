import { describe, expect, it } from 'vitest';
import { copyText, whyNotCopied } from '../../src/lib/clipboard.ts';

describe('copyText', () => {
  it('writes the text and reports it copied', async () => {
    const written: string[] = [];
    expect(await copyText('192.0.2.0/24', { writeText: async (t) => void written.push(t) })).toBe('copied');
    expect(written).toEqual(['192.0.2.0/24']);
  });

  it('reports a refused clipboard instead of throwing', async () => {
    expect(await copyText('x', { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) })).toBe('refused');
  });

  it('reports a browser without the Clipboard API as unavailable', async () => {
    expect(await copyText('x', {} as Pick<Clipboard, 'writeText'>)).toBe('unavailable');
  });
});

describe('whyNotCopied', () => {
  it('tells a browser that refused from one where copying cannot work, so neither message is untrue', () => {
    expect(whyNotCopied('refused')).toBe('Your browser did not allow copying.');
    expect(whyNotCopied('unavailable')).toBe('Copying is not available here.');
  });
});
