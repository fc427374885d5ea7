import { describe, expect, it } from 'vitest';
import { resultSummary, searchStatus, toResultView, type PagefindResultData } from '../../../src/lib/search/results.ts';

// Shaped like Pagefind's data for a page: the h1 first, then the keywords paragraph, then the body.
const text = [
  'The reset email never arrived.', // 0-4: the title
  'password reset, forgot password, locked out.', // 5-10: the keywords
  'If the reset email does not come, look in spam at once.', // 11-22
  'Check your spam', // 23-25: a section heading
  'Junk and spam folders hold it at times.', // 26-33
  'Try again', // 34-35: a section heading
  'Ask for a new reset, then another reset.', // 36-43
].join(' ');
const at = (word: string, from = 0) => text.split(' ').indexOf(word, from);
const loc = (location: number, score = 10) => ({ weight: 1, balanced_score: score, location });
const page = (locations: ReturnType<typeof loc>[]): PagefindResultData => ({
  url: '/articles/reset/',
  raw_content: text,
  content: text,
  excerpt: 'Pagefind’s own excerpt',
  meta: { title: 'The reset email never arrived', keywords: 'password reset, forgot password, locked out' },
  filters: { category: ['Signing in'] },
  anchors: [
    { element: 'h2', id: 'check-your-spam', text: 'Check your spam', location: 23 },
    { element: 'h2', id: 'try-again', text: 'Try again', location: 34 },
  ],
  weighted_locations: locations,
});

describe('result views', () => {
  it('says what kind of page a result is when the page names it, and nothing when it does not', () => {
    const data = page([loc(at('reset', 11))]);
    expect(toResultView({ ...data, meta: { ...data.meta, kind: 'Troubleshooter step' } }).kind).toBe('Troubleshooter step');
    expect(toResultView(data).kind).toBeUndefined();
  });

  it('links to the section with the most matches, with its heading and an excerpt of it', () => {
    const view = toResultView(page([loc(at('reset,')), loc(at('reset', 11)), loc(at('reset,', 36)), loc(at('reset.', 36))]));
    expect(view).toMatchObject({ url: '/articles/reset/#try-again', title: 'The reset email never arrived', section: 'Try again', category: 'Signing in' });
    // The mark leaves out the punctuation around a word.
    expect(view.excerpt).toContain('a new <mark>reset</mark>, then another <mark>reset</mark>.');
  });

  it('links to the section with the most of the reader’s words before the one with the most matches', () => {
    // "reset spam": the opening part has both words once; the last section has "reset" twice, scored higher.
    const data = page([loc(at('reset', 11)), loc(at('spam', 11)), loc(at('reset,', 36), 15), loc(at('reset.', 36), 15)]);
    const both = toResultView(data, [], ['reset', 'spam']);
    expect(both.url).toBe('/articles/reset/');
    expect(both.section).toBeUndefined();
    // Without the reader's words, only the matches' scores count.
    expect(toResultView(data).section).toBe('Try again');
    // "emails in spam folders": a word matches the reader's word it starts with ("folders", "folder").
    const spam = page([loc(at('spam', 26)), loc(at('folders')), loc(at('reset,', 36), 30), loc(at('reset.', 36), 30)]);
    expect(toResultView(spam, [], ['emails', 'in', 'spam', 'folder']).section).toBe('Check your spam');
    // A looser match of Pagefind's ("new" for "newer") is not one of the reader's words: "newer spam"
    // leads to the section with "spam", though the other one scores higher; with "reset" too, each
    // section has one of the words and the score decides.
    const loose = page([loc(at('spam', 26)), loc(at('new', 36), 30), loc(at('reset,', 36), 30)]);
    expect(toResultView(loose, [], ['newer', 'spam']).section).toBe('Check your spam');
    expect(toResultView(loose, [], ['newer', 'reset', 'spam']).section).toBe('Try again');
  });

  it('leads to one of the quick answers only when it has more of the reader’s words than any section', () => {
    // The last part as a quick answer (a <details> with its own id, which Pagefind gives no text): its question, then its answer.
    const withAnswer = (locations: ReturnType<typeof loc>[]) => {
      const data = page(locations);
      const answer = { element: 'details', id: 'faq-try-again', text: '', location: 34 };
      const asked = text.replace('Try again', 'Try again?');
      return { ...data, raw_content: asked, content: asked, anchors: [...data.anchors!.filter((a) => a.id !== 'try-again'), answer] };
    };
    // One word each: the section, not the folded answer.
    const tie = withAnswer([loc(at('spam', 26)), loc(at('reset,', 36), 30)]);
    expect(toResultView(tie, [], ['spam', 'reset']).section).toBe('Check your spam');
    // Two of the words in the answer: straight to it, named by its question.
    const more = withAnswer([loc(at('spam', 26)), loc(at('new', 36)), loc(at('reset,', 36))]);
    expect(toResultView(more, [], ['spam', 'reset', 'new'])).toMatchObject({ url: '/articles/reset/#faq-try-again', section: 'Try again?' });
  });

  it('never shows the keywords or the title again in the excerpt, even when only they matched', () => {
    const view = toResultView(page([loc(1, 50), loc(at('forgot'), 90)]));
    expect(view.url).toBe('/articles/reset/');
    expect(view.section).toBeUndefined();
    expect(view.excerpt).not.toMatch(/forgot|locked|never arrived/);
    expect(view.excerpt).toMatch(/^If the reset email does not come/);
    expect(view.excerpt).not.toContain('<mark>');
  });

  it('does not highlight stop words', () => {
    const view = toResultView(page([loc(at('spam', 11)), loc(at('at')), loc(at('spam', 26)), loc(at('at', 26))]));
    expect(view.excerpt).toContain('<mark>spam</mark>');
    expect(view.excerpt).not.toContain('<mark>at</mark>');
  });

  it('counts and highlights the words found by other searches for the same page', () => {
    const spam = page([loc(at('spam', 26))]);
    const again = page([loc(at('Junk'))]);
    const view = toResultView(spam, [again]);
    expect(view.section).toBe('Check your spam');
    expect(view.excerpt).toContain('<mark>Junk</mark> and <mark>spam</mark>');
  });

  it('escapes the page text', () => {
    const data = { ...page([loc(1)]), raw_content: 'A <b>bold</b> & plain claim', meta: { title: 'Elsewhere' } };
    expect(toResultView(data).excerpt).toBe('A <mark>&#60;b&#62;bold&#60;/b&#62;</mark> &#38; plain claim');
  });

  it('says how many results were found, for a query isolated when it could reorder the sentence', () => {
    expect(resultSummary(0, 'zzz', false)).toBe('No results for “zzz”.');
    expect(resultSummary(1, 'spam', true)).toBe('1 result for “spam” with the chosen filters.');
    // A query from the address cannot reorder the sentence: a right-to-left override stays inside its quotes.
    expect(resultSummary(2, '\u202Emaps', false)).toBe('2 results for “\u2068maps\u2069”.');
    expect(resultSummary(3, '', false)).toBe('');
  });

  it('says plainly when results do not have every word', () => {
    expect(searchStatus(4, 4, 'spam', false)).toBe('4 results for “spam”.');
    expect(searchStatus(4, 0, 'new hire spam', false)).toBe('No page has every word; showing pages that match most of them. 4 results for “new hire spam”.');
    expect(searchStatus(4, 1, 'spam folder', false)).toBe('4 results for “spam folder”. Only 1 page has every word; the others match most of them.');
    expect(searchStatus(0, 0, 'spam', true)).toBe('No results for “spam” with the chosen filters.');
  });
});
