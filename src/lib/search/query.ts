/** The search query and filters as they live in the URL: /search/?q=spam&category=…&audience=… */
export const filterNames = ['category', 'audience'] as const;
export type FilterName = (typeof filterNames)[number];

export interface SearchQuery {
  q: string;
  filters: Record<FilterName, string[]>;
}

export const emptyQuery = (): SearchQuery => ({ q: '', filters: { category: [], audience: [] } });

export function parseQuery(search: string): SearchQuery {
  const params = new URLSearchParams(search);
  const clean = (values: string[]) => [...new Set(values.map((v) => v.trim()).filter((v) => v.length > 0 && v.length <= 80))];
  return {
    q: (params.get('q') ?? '').trim().slice(0, 200),
    filters: { category: clean(params.getAll('category')), audience: clean(params.getAll('audience')) },
  };
}

export function formatQuery(query: SearchQuery): string {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  for (const name of filterNames) for (const value of query.filters[name]) params.append(name, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Pagefind's filter argument: any of the chosen values within a group, all groups together. */
export function pagefindFilters(query: SearchQuery): Record<string, { any: string[] }> {
  const out: Record<string, { any: string[] }> = {};
  for (const name of filterNames) if (query.filters[name].length) out[name] = { any: query.filters[name] };
  return out;
}

export function toggleFilter(query: SearchQuery, name: FilterName, value: string, on: boolean): SearchQuery {
  const current = query.filters[name].filter((v) => v !== value);
  return { ...query, filters: { ...query.filters, [name]: on ? [...current, value] : current } };
}
