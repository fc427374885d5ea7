/** Builds the "On this page" outline from an article's headings (h2 with their h3 children). */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface TocEntry {
  slug: string;
  text: string;
  children: TocEntry[];
}

export function buildToc(headings: readonly Heading[]): TocEntry[] {
  const toc: TocEntry[] = [];
  for (const { depth, slug, text } of headings) {
    if (depth === 2) toc.push({ slug, text, children: [] });
    else if (depth === 3) {
      const parent = toc.at(-1);
      // An h3 before any h2 still belongs in the outline, at the top level.
      (parent ? parent.children : toc).push({ slug, text, children: [] });
    }
  }
  return toc;
}
