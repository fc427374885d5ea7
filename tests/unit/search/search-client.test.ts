// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SearchView, type PagefindApi } from '../../../src/components/search/search-client.ts';

const pages = [
  { url: '/articles/allowlist/', meta: { title: 'Allowlist Procore' }, raw_content: 'Allowlist Procore. Add the senders to the whitelist today.', content: '', excerpt: '', filters: { category: ['IT'] }, weighted_locations: [{ weight: 1, balanced_score: 5, location: 7 }] },
  { url: '/allowlist/', meta: { title: 'Sender allowlist' }, raw_content: 'Sender allowlist. The whitelist values.', content: '', excerpt: '', filters: { category: ['IT'] }, weighted_locations: [{ weight: 1, balanced_score: 5, location: 3 }] },
];
const ids = ['p0', 'p1'];

function fakePagefind(): PagefindApi & { calls: string[] } {
  const calls: string[] = [];
  const hits = (q: string) => (q === 'nothing' || q.includes('zzz') ? [] : pages.map((d, i) => ({ id: ids[i]!, score: 2 - i, data: async () => d })));
  return {
    calls,
    options: async () => {},
    init: () => {},
    filters: async () => ({ category: { IT: 1, Email: 1, Billing: 1 }, audience: { Everyone: 3 } }),
    search: async (q, o) => {
      if (q === null) {
        const byFilter: Record<string, string[]> = { IT: ['p0'], Email: ['p1'], Billing: ['p9'], Everyone: ['p0', 'p1', 'p9'] };
        const [value] = Object.values(o!.filters as Record<string, string>);
        return { results: byFilter[value!]!.map((id) => ({ id, score: 0, data: async () => pages[0]! })) };
      }
      calls.push(q);
      return { results: hits(q) };
    },
    debouncedSearch: async (q) => {
      calls.push(q);
      return { results: hits(q) };
    },
  };
}

function markup() {
  document.body.innerHTML = `
    <div id="root">
      <input data-search-input id="q" role="combobox" />
      <div data-search-filters></div>
      <p data-search-status></p>
      <ul id="results" data-search-results role="listbox"></ul>
      <div data-search-empty hidden><a href="/troubleshoot/x/">Troubleshooter</a></div>
      <a data-search-more hidden href="/search/">See all</a>
    </div>`;
  return { root: document.getElementById('root')!, input: document.getElementById('q') as HTMLInputElement };
}

const settle = () => new Promise((r) => setTimeout(r, 0));
/** A promise that waits until release() is called. */
function gated() {
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  return { gate, release };
}
const settleAll = async () => {
  for (let i = 0; i < 5; i++) await settle();
};
let assign: ReturnType<typeof vi.fn>;
beforeEach(() => {
  assign = vi.fn();
  Object.defineProperty(window, 'location', { value: { ...window.location, assign, pathname: '/', search: '' }, configurable: true });
  HTMLElement.prototype.scrollIntoView = vi.fn();
});
afterEach(() => {
  document.body.innerHTML = '';
});

describe('SearchView', () => {
  it('shows results with a status, filters with counts, and a link to all results', async () => {
    const { root, input } = markup();
    const pf = fakePagefind();
    const view = new SearchView({ root, input, style: 'listbox', load: async () => pf });
    view.set({ q: 'whitelist', filters: { category: [], audience: [] } });
    await settle();
    await settle();
    expect(root.querySelector('[data-search-status]')!.textContent).toBe('2 results for “whitelist”.');
    const options = [...root.querySelectorAll('[role="option"]')];
    expect(options.map((o) => o.querySelector('.search-result__title')!.textContent)).toEqual(['Allowlist Procore', 'Sender allowlist']);
    expect(options[0]!.innerHTML).toContain('<mark>whitelist</mark>');
    expect(root.querySelector('summary')!.textContent).toBe('Filters');
    const labels = [...root.querySelectorAll('label')].map((l) => l.textContent!.trim());
    expect(labels).toEqual(['Email (1)', 'IT (1)', 'Everyone (2)']); // "Billing" would give nothing, so it is not offered
    expect((root.querySelector('[data-search-more]') as HTMLAnchorElement).getAttribute('href')).toBe('/search/?q=whitelist');
  });

  it('moves the highlight with the arrow keys and opens the highlighted result with Enter', async () => {
    const { root, input } = markup();
    const view = new SearchView({ root, input, style: 'listbox', load: async () => fakePagefind() });
    view.set({ q: 'whitelist', filters: { category: [], audience: [] } });
    await settle();
    await settle();
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown' }));
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown' }));
    expect(input.getAttribute('aria-activedescendant')).toBe('results-1');
    expect(root.querySelector('#results-1')!.getAttribute('aria-selected')).toBe('true');
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    expect(assign).toHaveBeenCalledWith('/allowlist/');
  });

  it('narrows the results to the ticked filters', async () => {
    const { root, input } = markup();
    const pf = fakePagefind();
    const view = new SearchView({ root, input, style: 'links', load: async () => pf });
    view.set({ q: 'whitelist', filters: { category: [], audience: [] } });
    await settle();
    await settle();
    const it = root.querySelector<HTMLInputElement>('input[name="category"][value="IT"]')!;
    it.checked = true;
    it.dispatchEvent(new Event('change', { bubbles: true }));
    await settle();
    expect([...root.querySelectorAll('.search-result a')].map((a) => a.getAttribute('href'))).toEqual(['/articles/allowlist/']);
    expect(root.querySelector('[data-search-status]')!.textContent).toBe('1 result for “whitelist” with the chosen filters.');
    expect(root.querySelector<HTMLInputElement>('input[name="category"][value="IT"]')!.checked).toBe(true);
  });

  it('suggests the troubleshooter when nothing is found', async () => {
    const { root, input } = markup();
    const view = new SearchView({ root, input, style: 'listbox', load: async () => fakePagefind() });
    view.set({ q: 'nothing', filters: { category: [], audience: [] } });
    await settle();
    await settle();
    expect(root.querySelector('[data-search-status]')!.textContent).toBe('No results for “nothing”.');
    expect((root.querySelector('[data-search-empty]') as HTMLElement).hidden).toBe(false);
  });

  it('when no page has every word, shows the pages that match some and says so', async () => {
    const { root, input } = markup();
    const pf = fakePagefind();
    const view = new SearchView({ root, input, style: 'listbox', load: async () => pf });
    view.set({ q: 'whitelist zzzword', filters: { category: [], audience: [] } });
    await settle();
    expect(pf.calls).toEqual(['whitelist zzzword', 'whitelist', 'zzzword']);
    expect(root.querySelector('[data-search-status]')!.textContent).toBe('No page has every word; showing pages that match most of them. 2 results for “whitelist zzzword”.');
    expect(root.querySelectorAll('[role="option"]')).toHaveLength(2);
    expect((root.querySelector('[data-search-empty]') as HTMLElement).hidden).toBe(true);
  });

  it('on the search page, shows every result a batch at a time, focus moving to the first new one', async () => {
    const many = Array.from({ length: 45 }, (_, i) => ({ ...pages[0]!, url: `/articles/a${i}/`, meta: { title: `Article ${i}` } }));
    const hits = many.map((d, i) => ({ id: `m${i}`, score: 100 - i, data: async () => d }));
    const pf: PagefindApi = { ...fakePagefind(), search: async () => ({ results: hits }), debouncedSearch: async () => ({ results: hits }) };
    const { root, input } = markup();
    root.querySelector('[data-search-results]')!.removeAttribute('role');
    root.insertAdjacentHTML('beforeend', '<button data-search-show-more hidden>Show more results</button>');
    const button = root.querySelector<HTMLButtonElement>('[data-search-show-more]')!;
    const view = new SearchView({ root, input, style: 'links', load: async () => pf });
    view.set({ q: 'whitelist', filters: { category: [], audience: [] } });
    await settleAll();
    const titles = () => [...root.querySelectorAll('.search-result__title')].map((t) => t.textContent);
    expect(root.querySelector('[data-search-status]')!.textContent).toBe('45 results for “whitelist”.');
    expect(titles()).toHaveLength(20);
    expect(button.hidden).toBe(false);
    expect(button.textContent).toBe('Show 20 more results');

    button.click();
    await settleAll();
    expect(titles()).toHaveLength(40);
    expect(titles()[20]).toBe('Article 20');
    expect(document.activeElement).toBe(root.querySelector('[data-index="20"] a'));
    expect(button.textContent).toBe('Show 5 more results');

    button.click();
    await settleAll();
    expect(titles()).toEqual(many.map((p) => p.meta.title));
    expect(button.hidden).toBe(true);

    view.set({ q: '', filters: { category: [], audience: [] } });
    await settleAll();
    expect(titles()).toEqual([]);
    expect(button.hidden).toBe(true);
  });

  it('in the search dialog, shows the first eight results and links to the rest', async () => {
    const many = Array.from({ length: 12 }, (_, i) => ({ ...pages[0]!, url: `/articles/a${i}/`, meta: { title: `Article ${i}` } }));
    const hits = many.map((d, i) => ({ id: `m${i}`, score: 100 - i, data: async () => d }));
    const pf: PagefindApi = { ...fakePagefind(), search: async () => ({ results: hits }), debouncedSearch: async () => ({ results: hits }) };
    const { root, input } = markup();
    const view = new SearchView({ root, input, style: 'listbox', load: async () => pf });
    view.set({ q: 'whitelist', filters: { category: [], audience: [] } });
    await settleAll();
    expect(root.querySelectorAll('[role="option"]')).toHaveLength(8);
    expect((root.querySelector('[data-search-more]') as HTMLAnchorElement).hidden).toBe(false);
  });

  it('says so, and keeps the suggestions, when the index cannot load', async () => {
    const { root, input } = markup();
    const view = new SearchView({ root, input, style: 'links', load: () => Promise.reject(new Error('404')) });
    view.set({ q: 'spam', filters: { category: [], audience: [] } });
    await settle();
    await settle();
    expect(root.querySelector('[data-search-status]')!.textContent).toMatch(/not available right now/);
    expect((root.querySelector('[data-search-empty]') as HTMLElement).hidden).toBe(false);
  });
});

describe('SearchView under fast typing', () => {
  it('shows the results for the last thing typed even when earlier searches finish later', async () => {
    const { root, input } = markup();
    const pf = fakePagefind();
    let releaseFilters!: () => void;
    const slowFilters = new Promise<void>((r) => (releaseFilters = r));
    const filters = pf.filters;
    pf.filters = async () => {
      await slowFilters;
      return filters();
    };
    const view = new SearchView({ root, input, style: 'listbox', load: async () => pf });
    view.set({ q: 'whit', filters: { category: [], audience: [] } });
    view.set({ q: 'whitelist', filters: { category: [], audience: [] } });
    releaseFilters();
    await settle();
    await settle();
    await settle();
    expect(pf.calls).toEqual(['whitelist']);
    expect(root.querySelector('[data-search-status]')!.textContent).toBe('2 results for “whitelist”.');
  });

  it.each(['results', 'result pages'])(
    'never shows an earlier search when its %s arrive after the reader typed on, nor loads pages it no longer needs',
    async (slowPart) => {
      const { root, input } = markup();
      const pf = fakePagefind();
      const { gate, release } = gated();
      const loadedFor: string[] = [];
      pf.debouncedSearch = async (q) => {
        if (q === 'whit' && slowPart === 'results') await gate;
        const hits = q === 'whit' ? pages.slice(0, 1) : pages;
        const data = async (i: number) => {
          if (q === 'whit' && slowPart === 'result pages') await gate;
          loadedFor.push(q);
          return hits[i]!;
        };
        return { results: hits.map((_, i) => ({ id: String(i), score: 1, data: () => data(i) })) };
      };
      const view = new SearchView({ root, input, style: 'listbox', load: async () => pf });
      view.set({ q: 'whit', filters: { category: [], audience: [] } });
      await settleAll();
      view.set({ q: 'whitelist', filters: { category: [], audience: [] } });
      await settleAll();
      release();
      await settleAll();
      expect(root.querySelector('[data-search-status]')!.textContent).toBe('2 results for “whitelist”.');
      expect(root.querySelectorAll('[data-search-results] li')).toHaveLength(2);
      // Pages already requested before the reader typed on may finish; none is requested after.
      expect(loadedFor.filter((q) => q === 'whit')).toEqual(slowPart === 'results' ? [] : ['whit']);
    },
  );

  it('runs no word-by-word searches for an earlier search whose results arrive after the reader typed on', async () => {
    const { root, input } = markup();
    const pf = fakePagefind();
    const { gate, release } = gated();
    const debounced = pf.debouncedSearch;
    pf.debouncedSearch = async (q, o, ms) => {
      if (q === 'sender whitelist') await gate;
      return debounced(q, o, ms);
    };
    const view = new SearchView({ root, input, style: 'listbox', load: async () => pf });
    view.set({ q: 'sender whitelist', filters: { category: [], audience: [] } });
    await settleAll();
    view.set({ q: 'allowlist', filters: { category: [], audience: [] } });
    await settleAll();
    release();
    await settleAll();
    expect(pf.calls).toEqual(['allowlist', 'sender whitelist']);
    expect(root.querySelector('[data-search-status]')!.textContent).toBe('2 results for “allowlist”.');
  });
});
