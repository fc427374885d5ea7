/**
 * The site's one way into the content collections: published articles and categories, checked
 * for references that point nowhere (the build fails with file and field if any do).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { checkContentGraph, ContentGraphError } from '../lib/content-graph.ts';

export type Article = CollectionEntry<'articles'>;
export type Category = CollectionEntry<'categories'>;

export interface HelpCenter {
  articles: Article[];
  categories: Category[];
  article(id: string): Article;
  category(id: string): Category;
  /** A category the site's own pages file themselves under, if this content has it. */
  findCategory(id: string): Category | undefined;
  articlesIn(categoryId: string): Article[];
  /** The home page's "most useful" articles, by their `featured` rank. */
  featured(limit: number): Article[];
}

let loaded: Promise<HelpCenter> | undefined;

export function helpCenter(): Promise<HelpCenter> {
  loaded ??= load();
  return loaded;
}

const byTitle = (a: Article, b: Article) => a.data.title.localeCompare(b.data.title);

async function load(): Promise<HelpCenter> {
  const all = await getCollection('articles');
  const categories = (await getCollection('categories')).sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title));
  const problems = checkContentGraph(
    all.map((a) => ({ id: a.id, file: a.filePath ?? `articles/${a.id}`, ...a.data })),
    categories,
  );
  if (problems.length) throw new ContentGraphError(problems);

  const articles = all.filter((a) => !a.data.draft).sort(byTitle);
  const articleById = new Map(articles.map((a) => [a.id, a]));
  const categoryById = new Map(categories.map((c) => [c.id, c]));
  // Ranked once per build: every page's search suggestions ask for the top few.
  const ranked = articles.filter((a) => a.data.featured !== undefined).sort((a, b) => (a.data.featured ?? 0) - (b.data.featured ?? 0));
  // Indexed once per build: every article page lists its category's articles beside it.
  const byCategory = Map.groupBy(articles, (a) => a.data.category);
  return {
    articles,
    categories,
    article: (id) => articleById.get(id) ?? fail(`no published article "${id}"`),
    category: (id) => categoryById.get(id) ?? fail(`no category "${id}"`),
    findCategory: (id) => categoryById.get(id),
    articlesIn: (categoryId) => byCategory.get(categoryId) ?? [],
    featured: (limit) => ranked.slice(0, limit),
  };
}

function fail(message: string): never {
  throw new Error(message);
}
