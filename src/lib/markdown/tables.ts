/**
 * Article tables on phones: each body cell learns its column's header (`data-label`), so the
 * stylesheet can show every row as a card ("What you notice: …") instead of a table squeezed until
 * its words break. Works on the HTML of a Markdown table (thead of th, tbody of td); any other
 * table is returned unchanged.
 */

/** Text taken from HTML is already escaped except for quotes, which an attribute needs escaped too. */
const escapeAttr = (s: string) => s.replace(/"/g, '&quot;');
/** Visible text of a fragment of cell HTML, entities left as they are. */
const textOf = (html: string) => html.replace(/<[^>]*>/g, '').replace(/\s+/g, ' ').trim();

/** The table's inner HTML with `data-label` on every body cell, or `undefined` when it has no header row. */
export function labelTableCells(html: string): string | undefined {
  const head = /<thead[^>]*>([\s\S]*?)<\/thead>/.exec(html);
  if (!head) return undefined;
  const headers = [...head[1]!.matchAll(/<th\b[^>]*>([\s\S]*?)<\/th>/g)].map((m) => textOf(m[1]!));
  if (headers.length === 0) return undefined;
  const labelRow = (row: string) => {
    let i = 0;
    return row.replace(/<td\b/g, (td) => {
      const label = headers[i++];
      return label ? `${td} data-label="${escapeAttr(label)}"` : td;
    });
  };
  return html.replace(/<tbody[^>]*>[\s\S]*?<\/tbody>/g, (body) => body.replace(/<tr\b[^>]*>[\s\S]*?<\/tr>/g, labelRow));
}
