// Loads the search client only when the reader reaches for search: focusing or typing in a search
// field, or pressing "/" or Ctrl/⌘-K. Without JavaScript each field is a plain form that opens the
// search page.
// Nothing typed is lost while the client loads: a shortcut puts the caret in the search field, so the
// letters land there, and the client opens its dialog with them once it is ready. When no field can
// take focus (hidden on this layout), the keys are kept here and handed over instead.
import { searchClientPath, searchPath } from '../lib/paths.ts';
import { isSearchShortcut } from '../lib/search/keys.ts';
import { parseQuery } from '../lib/search/query.ts';

/** What the search client's start() hands back (see src/components/search/search-client.ts). */
interface SearchApi {
  dialog?: { open(query: string | undefined, field?: HTMLInputElement, returnTo?: Element | null): void };
}

const fields = [...document.querySelectorAll<HTMLInputElement>(`form[action="${searchPath}"] input[name="q"]`)].filter((f) => !f.closest('#search-page'));
const pageInput = document.querySelector('#search-page [data-search-input]');
let ready: Promise<SearchApi> | undefined;
let typed: string | null = null; // keys kept while no field has focus; null when not keeping any
let started = false; // the client is running and listens to the fields itself
let opening = false; // the dialog is on its way: letters typed meanwhile ask for nothing more

function load(): Promise<SearchApi> {
  if (!ready) {
    // A URL, not a module path: the client is its own file, fetched on first use.
    const client: string = searchClientPath;
    ready = import(/* @vite-ignore */ client).then((m: { start(): SearchApi }) => {
      // From here on the client listens for the shortcuts itself.
      document.removeEventListener('keydown', onKey, true);
      started = true;
      return m.start();
    });
    ready.catch(() => {
      ready = undefined;
    });
  }
  return ready;
}

function open(field: HTMLInputElement | undefined, returnTo?: Element | null) {
  opening = true;
  load().then(
    (api) => {
      opening = false;
      const text = typed;
      typed = null;
      api.dialog?.open(text === null ? field?.value : text, field, returnTo);
    },
    () => {
      opening = false;
      typed = null;
      if (field?.value) field.form?.submit();
    },
  );
}

for (const field of fields) {
  field.addEventListener('focus', load, { once: true });
  // The first letter typed opens the dialog; emptying the field (Esc does, in a search field) does not.
  field.addEventListener('input', () => {
    if (!started && !opening && field.value) open(field);
  });
}

function onKey(e: KeyboardEvent) {
  if (typed !== null) {
    // Keeping keys for the dialog while the client loads.
    if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) typed += e.key;
    else if (e.key === 'Backspace') typed = typed.slice(0, -1);
    else return;
    e.preventDefault();
    return;
  }
  if (!isSearchShortcut(e)) return;
  e.preventDefault();
  const before = document.activeElement;
  const field = fields.find((f) => f.getClientRects().length > 0);
  field?.focus();
  if (!field || document.activeElement !== field) typed = '';
  open(field, before);
}

document.addEventListener('keydown', onKey, true);
if (pageInput) {
  const q = parseQuery(location.search).q;
  if (q) {
    // Opened with a query: say it is searching, and hold back the "try other words" suggestions (shown
    // before any search runs, for readers without JavaScript) until the client has an answer, so they
    // do not flash up before the results. If the client cannot load, they come back.
    const page = pageInput.closest<HTMLElement>('#search-page');
    const status = page?.querySelector('[data-search-status]');
    if (page) page.dataset.searching = '';
    if (status) status.textContent = 'Searching…';
    load().catch(() => {
      page?.removeAttribute('data-searching');
      if (status) status.textContent = 'Search is not available right now.';
    });
  } else pageInput.addEventListener('focus', load, { once: true });
}
