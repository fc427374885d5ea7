/** Small text helpers shared by the feeds, the sitemap and the pages. */

/** 2026-11-28 (UTC): for datetime attributes, feeds and structured data. */
export const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** November 28, 2026: how dates read on the page. */
export const longDate = (d: Date) => d.toLocaleDateString('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });

export const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** One CSV cell, quoted when it holds a comma, a quote or a line break. */
export const csvCell = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/**
 * A long value (email address, host name, IPv6 range) cut into pieces after its natural separators
 * (`@ . : / -`), so a view can offer a line break there instead of breaking it anywhere.
 */
export const wrapPoints = (value: string): string[] => value.split(/(?<=[@.:/-])(?=.)/);

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
