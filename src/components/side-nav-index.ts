/**
 * SideNav's view of a category, built once per category and build rather than on every article page:
 * `helpCenter().articlesIn()` hands every page of a category the same array.
 */
import type { Article } from '../data/content.ts';
import type { SideNavItem } from '../lib/side-nav.ts';

const cache = new WeakMap<readonly Article[], { items: SideNavItem[]; byId: Map<string, Article> }>();

export function sideNavIndex(articles: readonly Article[]) {
  let index = cache.get(articles);
  if (!index) {
    index = { items: articles.map((a) => ({ id: a.id, featured: a.data.featured })), byId: new Map(articles.map((a) => [a.id, a])) };
    cache.set(articles, index);
  }
  return index;
}
