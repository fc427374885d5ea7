/**
 * Search in the browser: the header dialog (opened from any search form's field, "/" or Ctrl/⌘-K)
 * and the /search/ page. Loaded only when the reader reaches for search; Pagefind's library and
 * index are fetched on first use. The rules live in src/lib/search; this file wires the DOM.
 */
import { fragmentId, paths } from '../../lib/paths.ts';
import { applyFilters, filterCounts, findPages, loadFilterPages, pagefindRanking, searchText, type FilterPages, type FoundPage, type PagefindHit } from '../../lib/search/engine.ts';
import { isSearchShortcut, moveActive } from '../../lib/search/keys.ts';
import { emptyQuery, filterNames, formatQuery, parseQuery, toggleFilter, type FilterName, type SearchQuery } from '../../lib/search/query.ts';
import { escapeHtml, searchStatus, toResultView, type ResultView } from '../../lib/search/results.ts';
import { queryWords } from '../../lib/search/words.ts';
import type { Suggestion } from './suggestions.ts';
import { createSearchReporter } from '../feedback/search-reporter.ts';

/** Issue 17: what readers could not find, and what they opened, for the support dashboard. */
const reporter = createSearchReporter();

/** The part of Pagefind's browser API this file uses. */
export interface PagefindApi {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void> | void;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(q: string | null, o?: { filters?: Record<string, unknown> }): Promise<{ results: PagefindHit[] }>;
  debouncedSearch(q: string, o: Record<string, unknown>, ms: number): Promise<{ results: PagefindHit[] } | null>;
}

/** Built in by the /search-client.js endpoint (src/pages/search-client.js.ts). */
declare const __SEARCH_SUGGESTIONS__: Suggestion[] | undefined;
const suggestions: Suggestion[] = typeof __SEARCH_SUGGESTIONS__ === 'undefined' ? [] : __SEARCH_SUGGESTIONS__;

const filterLegends: Record<FilterName, string> = { category: 'Topic', audience: 'Who it’s for' };
/** The dialog shows the first few results and links to the search page, which shows them all, a batch at a time. */
const DIALOG_RESULTS = 8;
const PAGE_BATCH = 20;

const PAGEFIND = '/pagefind/pagefind.js';
const importPagefind = () => import(/* @vite-ignore */ PAGEFIND) as Promise<PagefindApi>;
const loaded = new WeakMap<() => Promise<PagefindApi>, Promise<{ pf: PagefindApi; filterPages: FilterPages }>>();

/** Loads Pagefind once (per loader), from the index the build wrote to /pagefind/; a failure can be retried. */
function loadPagefind(load: () => Promise<PagefindApi> = importPagefind): Promise<{ pf: PagefindApi; filterPages: FilterPages }> {
  let ready = loaded.get(load);
  if (!ready) {
    ready = load().then(async (pf) => {
      await pf.options({ excerptLength: 22, ranking: pagefindRanking });
      await pf.init();
      const filterPages = await loadFilterPages(await pf.filters(), async (filters) => (await pf.search(null, { filters })).results);
      return { pf, filterPages };
    });
    ready.catch(() => loaded.delete(load));
    loaded.set(load, ready);
  }
  return ready;
}

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
  private readonly list: HTMLElement;
  private readonly status: HTMLElement;
  private readonly filterBox: HTMLElement;
  private readonly empty: HTMLElement;
  private readonly more: HTMLAnchorElement | null;
  private readonly showMore: HTMLButtonElement | null;
  /** Every page found for the current query and filters, best first (only the first are shown). */
  private found: FoundPage[] = [];
  private runId = 0;

  constructor(private readonly o: ViewOptions) {
    const part = (name: string) => o.root.querySelector<HTMLElement>(`[data-search-${name}]`)!;
    this.list = part('results');
    this.status = part('status');
    this.filterBox = part('filters');
    this.empty = part('empty');
    this.more = o.root.querySelector<HTMLAnchorElement>('[data-search-more]');
    this.showMore = o.root.querySelector<HTMLButtonElement>('[data-search-show-more]');
    this.showMore?.addEventListener('click', () => void this.showNextBatch());
    o.input.addEventListener('input', () => this.set({ ...this.query, q: o.input.value }));
    if (o.style === 'listbox') o.input.addEventListener('keydown', (e) => this.onKey(e));
    this.filterBox.addEventListener('change', (e) => {
      const box = e.target as HTMLInputElement;
      if (box.type === 'checkbox') this.set(toggleFilter(this.query, box.name as FilterName, box.value, box.checked));
    });
    this.list.addEventListener('click', (e) => {
      const target = (e.target as HTMLElement).closest<HTMLElement>('[role="option"], a');
      const index = Number(target?.closest<HTMLElement>('[data-index]')?.dataset.index ?? -1);
      if (index >= 0) this.opened(index, target?.tagName !== 'A');
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
    let pagefind: Awaited<ReturnType<typeof loadPagefind>>;
    try {
      pagefind = await loadPagefind(this.o.load);
    } catch {
      this.status.textContent = 'Search is not available right now. The topics and the troubleshooter below still work.';
      this.found = [];
      this.show([], true);
      return;
    }
    if (id !== this.runId) return; // the reader typed on while the index loaded; the newer run goes on
    const { pf, filterPages } = pagefind;
    const q = this.query.q.trim();
    if (!q) {
      this.renderFilters(undefined);
      this.status.textContent = '';
      this.found = [];
      this.show([], this.o.style === 'links'); // the search page keeps its suggestions until there is a query
      return;
    }
    const first = await pf.debouncedSearch(searchText(q), {}, 200);
    if (first === null || id !== this.runId) return; // a newer search replaced this one
    const found = await findPages(q, first.results, async (text) => (await pf.search(text)).results);
    if (id !== this.runId) return;
    const pages = applyFilters(found.pages, this.query.filters, filterPages);
    const views = await Promise.all(pages.slice(0, this.o.style === 'listbox' ? DIALOG_RESULTS : PAGE_BATCH).map((p) => this.view(p)));
    if (id !== this.runId) return;
    this.found = pages;
    this.renderFilters(found.pages.length > 0 ? filterCounts(found.pages, this.query.filters, filterPages) : undefined);
    const filtered = Object.values(this.query.filters).some((v) => v.length > 0);
    const complete = new Set(found.pages.slice(0, found.complete).map((p) => p.id));
    this.status.textContent = searchStatus(pages.length, pages.filter((p) => complete.has(p.id)).length, q, filtered);
    this.show(views, views.length === 0);
    if (found.match === 'none') this.nothingFound();
    if (this.more) {
      this.more.hidden = pages.length === 0;
      this.more.href = `${paths.search}${formatQuery(this.query)}`;
    }
  }

  /**
   * The one place that knows a search found nothing: no page has any of the reader's words.
   * (Issue 17's report of such searches to the feedback service belongs here.)
   */
  private nothingFound() {
    reporter.noResults(this.query.q);
  }

  /**
   * The one place that knows the reader opened a result: `index` into `results`, for `this.query`.
   * (Issue 17's report of what readers opened belongs here.) `navigate` is false for plain links,
   * which the browser follows itself.
   */
  private opened(index: number, navigate: boolean) {
    const result = this.results[index];
    if (result) reporter.opened(this.query.q, new URL(result.url, location.href).pathname);
    if (!result || !navigate) return;
    const target = new URL(result.url, location.href);
    if (target.origin !== location.origin || target.pathname !== location.pathname || target.search !== location.search) {
      location.assign(result.url);
      return;
    }
    // A section of the page the reader is on: the browser would only scroll behind the dialog, so the
    // dialog closes first (its "close" event hands focus back to the search field), then the section
    // is shown and takes the keyboard focus.
    const show = () => {
      if (location.hash !== target.hash) location.assign(result.url);
      const id = fragmentId(target.hash);
      const section = id ? document.getElementById(id) : null;
      if (!section) {
        if (!id) scrollTo(0, 0);
        return;
      }
      section.scrollIntoView();
      if (!section.hasAttribute('tabindex')) section.setAttribute('tabindex', '-1');
      section.focus({ preventScroll: true });
    };
    const dialog = this.o.root;
    if (dialog instanceof HTMLDialogElement && dialog.open) {
      dialog.addEventListener('close', show, { once: true });
      dialog.close();
    } else show();
  }

  /** The search page's "Show more results" button: there while results are left to show, saying how many come next. */
  private offerMore() {
    if (!this.showMore) return;
    const left = this.found.length - this.results.length;
    this.showMore.hidden = left <= 0;
    this.showMore.textContent = `Show ${Math.min(left, PAGE_BATCH)} more ${left === 1 ? 'result' : 'results'}`;
  }

  /** Adds the next batch of results below those shown, and moves keyboard focus to the first new one. */
  private async showNextBatch() {
    const id = this.runId;
    const from = this.results.length;
    const views = await Promise.all(this.found.slice(from, from + PAGE_BATCH).map((p) => this.view(p)));
    if (id !== this.runId || views.length === 0) return; // the reader searched again meanwhile
    this.show([...this.results, ...views], false);
    this.list.querySelector<HTMLElement>(`[data-index="${from}"] a`)?.focus();
  }

  private async view(page: FoundPage): Promise<ResultView> {
    const [data, ...more] = await Promise.all(page.hits.map((h) => h.data()));
    return toResultView(data!, more, queryWords(this.query.q));
  }

  /** Shows `views` as the results (of `this.found`, set first), with the search page's "Show more" button. */
  private show(views: ResultView[], noneFound: boolean) {
    this.results = views;
    this.offerMore();
    this.active = -1;
    this.empty.hidden = !noneFound;
    // The search page opened with a query holds its suggestions back until this first answer (search-loader.ts).
    this.empty.closest('[data-searching]')?.removeAttribute('data-searching');
    const listbox = this.o.style === 'listbox';
    this.list.innerHTML = views
      .map((r, i) => {
        const kind = r.kind ? `<span class="search-result__kind">${escapeHtml(r.kind)}</span>` : '';
        const body = `${kind}<span class="search-result__title">${escapeHtml(r.title)}</span>${
          r.section ? `<span class="search-result__section">${escapeHtml(r.section)}</span>` : ''
        }<span class="search-result__excerpt">${r.excerpt}</span>`;
        return listbox
          ? `<li role="option" id="${this.list.id}-${i}" class="search-result" aria-selected="false" data-index="${i}" data-url="${escapeHtml(r.url)}">${body}</li>`
          : `<li class="search-result" data-index="${i}"><a href="${escapeHtml(r.url)}">${body}</a></li>`;
      })
      .join('');
    this.o.input.removeAttribute('aria-activedescendant');
    if (listbox) this.o.input.setAttribute('aria-expanded', String(views.length > 0));
  }

  /** The filters, behind a "Filters" disclosure: only values that would give results, and those already ticked. */
  private renderFilters(counts: Record<FilterName, Record<string, number>> | undefined) {
    const focusedBox = this.filterBox.contains(document.activeElement) && (document.activeElement as HTMLInputElement).type === 'checkbox' ? (document.activeElement as HTMLInputElement) : undefined;
    const groups = filterNames
      .map((name) => {
        const chosen = this.query.filters[name];
        const values = [...new Set([...Object.keys(counts?.[name] ?? {}), ...chosen])].sort((a, b) => a.localeCompare(b));
        if (values.length === 0) return '';
        const boxes = values
          .map((value) => {
            const count = counts?.[name]?.[value] ?? 0;
            return `<label class="search-filter"><input type="checkbox" name="${name}" value="${escapeHtml(value)}"${chosen.includes(value) ? ' checked' : ''}> ${escapeHtml(value)} <span class="search-filter__count">(${count})</span></label>`;
          })
          .join('');
        return `<fieldset class="search-filters__group"><legend>${filterLegends[name]}</legend>${boxes}</fieldset>`;
      })
      .join('');
    let details = this.filterBox.querySelector('details');
    if (!groups) {
      this.filterBox.hidden = true;
      return;
    }
    this.filterBox.hidden = false;
    const ticked = Object.values(this.query.filters).flat().length;
    if (!details) {
      details = document.createElement('details');
      details.open = ticked > 0 || this.o.style === 'links'; // the page has room; the dialog keeps them folded
      this.filterBox.replaceChildren(details);
    }
    details.innerHTML = `<summary>Filters${ticked ? ` <span class="search-filters__chosen">(${ticked} chosen)</span>` : ''}</summary><div class="search-filters__groups">${groups}</div>`;
    if (focusedBox) details.querySelector<HTMLInputElement>(`input[name="${focusedBox.name}"][value="${CSS.escape(focusedBox.value)}"]`)?.focus();
  }

  private onKey(e: KeyboardEvent) {
    if (['ArrowDown', 'ArrowUp'].includes(e.key) || ((e.key === 'Home' || e.key === 'End') && this.active >= 0)) {
      if (this.results.length === 0) return;
      e.preventDefault();
      this.highlight(moveActive(this.active, e.key, this.results.length));
    } else if (e.key === 'Enter') {
      // Enter opens the highlighted result, or the first one; with no results yet, the full search page.
      e.preventDefault();
      if (this.results.length > 0) this.opened(Math.max(this.active, 0), true);
      else if (this.query.q.trim()) location.assign(`${paths.search}${formatQuery(this.query)}`);
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

/** The header dialog's markup, drawn the first time it opens. */
function createDialog(): HTMLDialogElement {
  const dialog = document.createElement('dialog');
  dialog.id = 'search-dialog';
  dialog.className = 'search-dialog';
  dialog.setAttribute('aria-labelledby', 'search-dialog-title');
  dialog.setAttribute('data-pagefind-ignore', '');
  const links = suggestions.map((s) => `<li><a href="${escapeHtml(s.href)}">${escapeHtml(s.label)}</a></li>`).join('');
  dialog.innerHTML = `
    <div class="search-dialog__head">
      <h2 id="search-dialog-title" class="sr-only">Search the help center</h2>
      <label for="search-dialog-input" class="sr-only">Search the help center</label>
      <input id="search-dialog-input" data-search-input type="text" role="combobox" aria-autocomplete="list" aria-expanded="false"
        aria-controls="search-dialog-results" autocomplete="off" enterkeyhint="search" placeholder="Search articles, steps and senders">
      <button type="button" class="control" data-search-close>Close<span class="sr-only"> search</span></button>
    </div>
    <div class="search-filters" data-search-filters hidden></div>
    <p class="search-status" role="status" aria-live="polite" data-search-status></p>
    <ul id="search-dialog-results" class="search-results" role="listbox" aria-label="Search results" data-search-results></ul>
    <div class="search-suggestions" data-search-empty hidden>
      <p>Try other words, or start from one of these:</p>
      <ul>${links}</ul>
    </div>
    <p class="search-dialog__foot">
      <a data-search-more href="${paths.search}" hidden>See all results</a>
      <span class="muted">↑ ↓ to choose, Enter to open, Esc to close</span>
    </p>`;
  document.body.append(dialog);
  return dialog;
}

/** The fields that open the dialog: every form to /search/ outside the search page itself. */
function searchFields(): HTMLInputElement[] {
  return [...document.querySelectorAll<HTMLInputElement>(`form[action="${paths.search}"] input[name="q"]`)].filter((f) => !f.closest('#search-page'));
}

/** Wires every search field on the page to the dialog. */
function mountDialog(load?: () => Promise<PagefindApi>) {
  const fields = searchFields();
  if (fields.length === 0) return undefined;
  let parts: { dialog: HTMLDialogElement; input: HTMLInputElement; view: SearchView } | undefined;
  let opener: HTMLElement | null = null;
  let from: HTMLInputElement = fields[0]!;

  const draw = () => {
    const dialog = createDialog();
    const input = dialog.querySelector<HTMLInputElement>('[data-search-input]')!;
    const view = new SearchView({ root: dialog, input, style: 'listbox', ...(load ? { load } : {}) });
    dialog.addEventListener('close', () => {
      from.value = view.query.q;
      (opener ?? from).focus();
    });
    dialog.addEventListener('click', (e) => {
      if (e.target === dialog) dialog.close(); // a click on the backdrop
    });
    // Esc closes at once (a search field's own Esc would first clear the text).
    dialog.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        dialog.close();
      }
    });
    dialog.querySelector('[data-search-close]')!.addEventListener('click', () => dialog.close());
    return { dialog, input, view };
  };

  /**
   * Opens the dialog with `text` (what was typed so far), moving it out of the field it was typed in.
   * Closing returns focus to `returnTo` (where the reader was before reaching for search), or to
   * whatever had focus.
   */
  const open = (text?: string, field?: HTMLInputElement, returnTo?: Element | null) => {
    parts ??= draw();
    const { dialog, input, view } = parts;
    if (dialog.open) return;
    from = field ?? fields.find((f) => f.value) ?? fields[0]!;
    const active = returnTo === undefined ? document.activeElement : returnTo;
    opener = active instanceof HTMLElement && active !== document.body ? active : from;
    const q = text ?? (from.value || view.query.q);
    for (const f of fields) f.value = '';
    dialog.showModal();
    input.focus();
    // Reopened, it starts from the top of its results, where the one Enter opens is.
    for (const scrolled of [dialog, ...dialog.querySelectorAll('[data-search-results]')]) scrolled.scrollTop = 0;
    view.set({ ...view.query, q });
    // Opened by its shortcut, it shows the last search selected: typing starts a new one, arrow keys keep it.
    if (text === undefined) input.select();
    else input.setSelectionRange(q.length, q.length);
  };
  for (const field of fields) {
    // Typing opens the dialog; emptying the field (Esc in a search field clears it) does not.
    field.addEventListener('input', () => field.value && open(field.value, field));
    field.addEventListener('click', () => open(field.value, field));
  }
  document.addEventListener('keydown', (e) => {
    if (!parts?.dialog.open && isSearchShortcut(e)) {
      e.preventDefault();
      open();
    }
  });
  return {
    open,
    get dialog() {
      return parts?.dialog;
    },
  };
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
