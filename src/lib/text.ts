/** Small text helpers shared by the feeds, the sitemap and the pages. */

/** 2026-11-28 (UTC): for datetime attributes, feeds and structured data. */
export const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/**
 * A real calendar day written YYYY-MM-DD (UTC midnight), or undefined: "2026-02-30" and
 * "2026-13-45" are not days, where `new Date()` would quietly move them to another one.
 */
export function parseIsoDay(text: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return undefined;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return isoDay(date) === text ? date : undefined;
}

/** November 28, 2026: how dates read on the page. */
const longDateFormat = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
/** (One formatter for the whole build: `toLocaleDateString` with options builds a new one per call.) */
export const longDate = (d: Date) => longDateFormat.format(d);

export const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** One CSV cell, quoted when it holds a comma, a quote or a line break. */
export const csvCell = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/**
 * A long value (email address, host name, IPv6 range) cut into pieces at its natural separators, so
 * a view can offer a line break there instead of breaking it anywhere. As typesetters break an
 * address: after a colon, and before a dot, `@`, slash or hyphen, so the next line starts with the
 * separator and the line before it does not look finished ("smtp1.mail.procore" / ".example").
 * No piece of an IPv6 range looks like an address of its own ("4a0:", ":", not "4a0::").
 */
export const wrapPoints = (value: string): string[] => value.split(/(?<=:)(?=[^/])|(?<=[^/])(?=[@./-].)/);

/** "1 change", "2 changes": a count with its noun, plural when it is not one. */
export const counted = (n: number, noun: string, plural = `${noun}s`) => `${n} ${n === 1 ? noun : plural}`;

/** "Dana’s", "Summit Steel Erectors’": the possessive of a name, with a typographic apostrophe. */
export const possessive = (name: string) => (/s$/i.test(name) ? `${name}’` : `${name}’s`);

/**
 * Typographic quotes for text written with straight ones (frontmatter titles, summaries, quick
 * answers), as Markdown bodies already get: ’ for apostrophes, ‘…’ and “…” for quotations.
 */
export const smartQuotes = (s: string) =>
  s
    .replace(/(^|[\s([{“‘—-])"/g, '$1“')
    .replace(/"/g, '”')
    .replace(/(^|[\s([{“—-])'/g, '$1‘')
    .replace(/'/g, '’');

/** Unicode bidirectional controls (marks, embeddings, overrides, isolates). */
const bidiControls = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text from outside (a URL parameter) as an isolated run inside a sentence: wrapped in Unicode
 * isolates, its own bidirectional controls removed, so a right-to-left override cannot reorder the
 * words around it.
 */
export const isolate = (text: string) => `\u2068${text.replace(bidiControls, '')}\u2069`;

/** Right-to-left letters: Hebrew, Arabic, Syriac, Thaana, NKo and the rest of U+0590–U+08FF, and their presentation forms. */
const rightToLeft = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;

/**
 * `isolate` for text that could change direction (it holds right-to-left letters or direction
 * controls); other text as it is, so a sentence that echoes "spam" reads and copies as plain text.
 */
export const bidiSafe = (text: string) => (rightToLeft.test(text) || new RegExp(bidiControls.source).test(text) ? isolate(text) : text);
