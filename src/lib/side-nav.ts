/**
 * The side navigation beside an article on wide screens: its category's featured articles and the
 * article's neighbours in the category, never more than `max` entries, so a page's size does not
 * grow with the number of articles in the site or the category (the full list is the category page).
 */

export interface SideNavItem {
  id: string;
  /** `featured` rank, if any (1 = most useful). */
  featured?: number;
}

/**
 * Ids to list, in the category's own order: the current article, up to `neighbours` before and
 * after it, and the featured articles (best first) while room is left.
 */
export function sideNavIds(inCategory: SideNavItem[], currentId: string, max = 15, neighbours = 4): string[] {
  const at = inCategory.findIndex((a) => a.id === currentId);
  if (at < 0) return [];
  const chosen = new Set<string>();
  // The neighbourhood first, nearest first, so it survives when `max` is small.
  chosen.add(currentId);
  for (let d = 1; d <= neighbours && chosen.size < max; d++) {
    for (const i of [at - d, at + d]) {
      const item = inCategory[i];
      if (item && chosen.size < max) chosen.add(item.id);
    }
  }
  const featured = inCategory.filter((a) => a.featured !== undefined).sort((a, b) => a.featured! - b.featured!);
  for (const a of featured) {
    if (chosen.size >= max) break;
    chosen.add(a.id);
  }
  return inCategory.filter((a) => chosen.has(a.id)).map((a) => a.id);
}
