/** How the search reads a reader's words: splitting a query, and which words carry no meaning on their own. */

/**
 * Words that say nothing about what a page is about. They are dropped first when a question finds
 * nothing as typed, and never highlighted in a result. Negations ("not", "no", "never") are kept:
 * "not getting email" means something different from "getting email".
 */
const stopWords = new Set(
  (
    'a about after again all also am an and any are as at be been before being but by can could did do does doing for from ' +
    'get got had has have having he her here him his how i if im in into is it its ive just me might more most much my ' +
    'of off on once only or other our out over please same she should so some such than that the their them then there ' +
    'these they this those through to too up us very was we were what when where which while who whom why will with ' +
    'would you your yours'
  ).split(' '),
);

/** A word as the search compares it: lower case, without punctuation around or inside it (“I’m” → "im"). */
export function normalizeWord(word: string): string {
  return word.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

export function isStopWord(word: string): boolean {
  return stopWords.has(normalizeWord(word));
}

/**
 * The distinct words of a query, lower case, in the order typed. Punctuation around a word goes;
 * punctuation inside it stays ("192.0.2", "can't"), because the index keeps it too.
 */
export function queryWords(q: string): string[] {
  const words = q
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((w) => w.length > 0);
  return [...new Set(words)];
}
