/**
 * Search in the browser: the header dialog (opened by typing in the header field, "/" or Ctrl/⌘-K)
 * and the /search/ page. Loaded only when the reader reaches for search; Pagefind's library and
 * index are fetched on first use. The rules live in src/lib/search; this file wires the DOM.
 */
import { isSearchShortcut, moveActive } from '../../lib/search/keys.ts';
import { emptyQuery, filterNames, formatQuery, pagefindFilters, parseQuery, toggleFilter, type FilterName, type SearchQuery } from '../../lib/search/query.ts';
import { resultSummary, toResultView, type PagefindResultData, type ResultView } from '../../lib/search/results.ts';

/** The part of Pagefind's browser API this file uses. */
export interface PagefindApi {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void> | void;
  filters(): Promise<Record<string, Record<string, number>>>;
  debouncedSearch(
    q: string,
    o: { filters: Record<string, unknown> },
    ms: number,
  ): Promise<{ results: { id: string; data(): Promise<PagefindResultData> }[]; filters: Record<string, Record<string, number>>; unfilteredResultCount: number } | null>;
}

const filterLegends: Record<FilterName, string> = { category: 'Topic', audience: 'Who it’s for' };
const MAX_RESULTS = 8;

const PAGEFIND = '/pagefind/pagefind.js';
const importPagefind = () => import(/* @vite-ignore */ PAGEFIND) as Promise<PagefindApi>;
const loaded = new WeakMap<() => Promise<PagefindApi>, Promise<PagefindApi>>();

/** Loads Pagefind once (per loader), from the index the build wrote to /pagefind/; a failure can be retried. */
function loadPagefind(load: () => Promise<PagefindApi> = importPagefind): Promise<PagefindApi> {
  let ready = loaded.get(load);
  if (!ready) {
    ready = load().then(async (pf) => {
      await pf.options({ excerptLength: 22 });
      await pf.init();
      return pf;
    });
    ready.catch(() => loaded.delete(load));
    loaded.set(load, ready);
  }
  return ready;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

interface ViewOptions {
  root: HTMLElement;
  input: HTMLInputElement;
  /** "listbox": combobox results with a highlighted option (dialog); "links": a list of links (page). */
  style: 'listbox' | 'links';
  onChange?: (query: SearchQuery) => void;
  load?: () => Promise<PagefindApi>;
}

/** One search box with its results, filters, status and no-results suggestions. */
export class SearchView {
  query: SearchQuery = emptyQuery();
  results: ResultView[] = [];
  active = -1;
  private allFilters: Record<string, Record<string, number>> | undefined;
  private readonly list: HTMLElement;
  private readonly status: HTMLElement;
  private readonly filterBox: HTMLElement;
  private readonly empty: HTMLElement;
  private readonly more: HTMLAnchorElement | null;
  private runId = 0;

  constructor(private readonly o: ViewOptions) {
    const part = (name: string) => o.root.querySelector<HTMLElement>(`[data-search-${name}]`)!;
    this.list = part('results');
    this.status = part('status');
    this.filterBox = part('filters');
    this.empty = part('empty');
    this.more = o.root.querySelector<HTMLAnchorElement>('[data-search-more]');
    o.input.addEventListener('input', () => this.set({ ...this.query, q: o.input.value }));
    if (o.style === 'listbox') o.input.addEventListener('keydown', (e) => this.onKey(e));
    this.filterBox.addEventListener('change', (e) => {
      const box = e.target as HTMLInputElement;
      this.set(toggleFilter(this.query, box.name as FilterName, box.value, box.checked));
    });
    this.list.addEventListener('click', (e) => {
      const option = (e.target as HTMLElement).closest<HTMLElement>('[role="option"]');
      if (option?.dataset.url) location.assign(option.dataset.url);
    });
  }

  set(query: SearchQuery) {
    this.query = query;
    if (this.o.input.value !== query.q) this.o.input.value = query.q;
    this.o.onChange?.(query);
    void this.run();
  }

  async run() {
    const id = ++this.runId;
    let pf: PagefindApi;
    try {
      pf = await loadPagefind(this.o.load);
      this.allFilters ??= await pf.filters();
    } catch {
      this.status.textContent = 'Search is not available right now. The topics and the troubleshooter below still work.';
      this.show([], true);
      return;
    }
    if (id !== this.runId) return; // the reader typed on while the index loaded; the newer run goes on
    const q = this.query.q.trim();
    if (!q) {
      this.renderFilters(this.allFilters);
      this.status.textContent = '';
      this.show([], this.o.style === 'links'); // the search page keeps its suggestions until there is a query
      return;
    }
    const search = await pf.debouncedSearch(q, { filters: pagefindFilters(this.query) }, 200);
    if (search === null || id !== this.runId) return; // a newer search replaced this one
    const views = await Promise.all(search.results.slice(0, MAX_RESULTS).map(async (r) => toResultView(await r.data())));
    if (id !== this.runId) return;
    this.renderFilters(search.filters);
    const filtered = Object.values(this.query.filters).some((v) => v.length > 0);
    this.status.textContent = resultSummary(search.results.length, q, filtered);
    this.show(views, views.length === 0);
    if (this.more) {
      this.more.hidden = search.results.length === 0;
      this.more.href = `/search/${formatQuery(this.query)}`;
    }
  }

  private show(views: ResultView[], noneFound: boolean) {
    this.results = views;
    this.active = -1;
    this.empty.hidden = !noneFound;
    const listbox = this.o.style === 'listbox';
    this.list.innerHTML = views
      .map((r, i) => {
        const body = `<span class="search-result__title">${escapeHtml(r.title)}</span>${
          r.section ? `<span class="search-result__section">${escapeHtml(r.section)}</span>` : ''
        }<span class="search-result__excerpt">${r.excerpt}</span>`;
        return listbox
          ? `<li role="option" id="${this.list.id}-${i}" class="search-result" aria-selected="false" data-url="${escapeHtml(r.url)}">${body}</li>`
          : `<li class="search-result"><a href="${escapeHtml(r.url)}">${body}</a></li>`;
      })
      .join('');
    this.o.input.removeAttribute('aria-activedescendant');
    if (listbox) this.o.input.setAttribute('aria-expanded', String(views.length > 0));
  }

  private renderFilters(counts: Record<string, Record<string, number>> | undefined) {
    const all = this.allFilters ?? {};
    this.filterBox.innerHTML = filterNames
      .filter((name) => Object.keys(all[name] ?? {}).length > 0)
      .map((name) => {
        const values = Object.keys(all[name]!).sort((a, b) => a.localeCompare(b));
        const boxes = values
          .map((value) => {
            const count = counts?.[name]?.[value] ?? 0;
            const checked = this.query.filters[name].includes(value);
            return `<label class="search-filter"><input type="checkbox" name="${name}" value="${escapeHtml(value)}"${checked ? ' checked' : ''}> ${escapeHtml(value)} <span class="search-filter__count">(${count})</span></label>`;
          })
          .join('');
        return `<fieldset class="search-filters__group"><legend>${filterLegends[name]}</legend>${boxes}</fieldset>`;
      })
      .join('');
  }

  private onKey(e: KeyboardEvent) {
    if (['ArrowDown', 'ArrowUp'].includes(e.key) || ((e.key === 'Home' || e.key === 'End') && this.active >= 0)) {
      if (this.results.length === 0) return;
      e.preventDefault();
      this.highlight(moveActive(this.active, e.key, this.results.length));
    } else if (e.key === 'Enter' && this.active >= 0) {
      e.preventDefault();
      location.assign(this.results[this.active]!.url);
    }
  }

  private highlight(index: number) {
    this.active = index;
    const options = [...this.list.querySelectorAll<HTMLElement>('[role="option"]')];
    options.forEach((o, i) => o.setAttribute('aria-selected', String(i === index)));
    const current = options[index];
    if (current) {
      this.o.input.setAttribute('aria-activedescendant', current.id);
      current.scrollIntoView({ block: 'nearest' });
    } else this.o.input.removeAttribute('aria-activedescendant');
  }
}

/** Wires the header field and the dialog on every page. */
function mountDialog(load?: () => Promise<PagefindApi>) {
  const dialog = document.getElementById('search-dialog') as HTMLDialogElement | null;
  const header = document.getElementById('site-search') as HTMLInputElement | null;
  if (!dialog || !header) return undefined;
  const input = dialog.querySelector<HTMLInputElement>('[data-search-input]')!;
  const view = new SearchView({ root: dialog, input, style: 'listbox', ...(load ? { load } : {}) });
  let opener: HTMLElement | null = null;

  const open = (text?: string) => {
    if (dialog.open) return;
    opener = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : header;
    dialog.showModal();
    input.focus();
    view.set({ ...view.query, q: text ?? view.query.q });
  };
  dialog.addEventListener('close', () => {
    header.value = view.query.q;
    (opener ?? header).focus();
  });
  dialog.addEventListener('click', (e) => {
    if (e.target === dialog) dialog.close(); // a click on the backdrop
  });
  dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
  header.addEventListener('input', () => open(header.value));
  header.addEventListener('click', () => open(header.value));
  document.addEventListener('keydown', (e) => {
    if (!dialog.open && isSearchShortcut(e)) {
      e.preventDefault();
      open();
    }
  });
  return { open, view, dialog };
}

/** Wires the /search/ page: results from the URL on load, and the URL kept in step as the reader searches. */
function mountPage(load?: () => Promise<PagefindApi>) {
  const root = document.getElementById('search-page');
  const input = root?.querySelector<HTMLInputElement>('[data-search-input]');
  if (!root || !input) return undefined;
  const view = new SearchView({
    root,
    input,
    style: 'links',
    onChange: (q) => history.replaceState(history.state, '', `${location.pathname}${formatQuery(q)}`),
    ...(load ? { load } : {}),
  });
  root.querySelector('form')?.addEventListener('submit', (e) => e.preventDefault());
  const initial = parseQuery(location.search);
  if (initial.q) view.set(initial);
  else input.addEventListener('focus', () => view.set(view.query), { once: true });
  return view;
}

/** Called by the inline loader the first time the reader reaches for search. */
export function start() {
  void loadPagefind().catch(() => undefined); // fetch the index now, while the reader types
  return { dialog: mountDialog(), page: mountPage() };
}
