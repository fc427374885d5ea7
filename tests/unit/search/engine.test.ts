import { describe, expect, it } from 'vitest';
import { applyFilters, filterCounts, findPages, loadFilterPages, searchText, type PagefindHit } from '../../../src/lib/search/engine.ts';

// A tiny index: which page has which words. Pagefind returns pages that have every word.
const index: Record<string, string[]> = {
  flagship: ['missing', 'project', 'email', 'spam'],
  setting: ['project', 'email', 'setting'],
  reset: ['password', 'reset', 'email'],
  team: ['team', 'member'],
};
function fakeSearch() {
  const asked: string[] = [];
  const search = async (text: string): Promise<PagefindHit[]> => {
    asked.push(text);
    const words = text.split(' ');
    return Object.entries(index)
      .filter(([, has]) => words.every((w) => has.includes(w)))
      .map(([id, has]) => ({ id, score: 10 / has.length, data: async () => ({ url: `/${id}/`, content: '', excerpt: '', meta: {} }) }));
  };
  return { asked, search };
}
const ids = (found: { pages: { id: string }[] }) => found.pages.map((p) => p.id);

describe('finding pages for a reader’s question', () => {
  const find = async (q: string, search: ReturnType<typeof fakeSearch>['search']) => findPages(q, await search(searchText(q)), search);

  it('keeps Pagefind’s results when enough pages have every word', async () => {
    const { asked, search } = fakeSearch();
    index.other = ['project', 'email'];
    const found = await find('project email', search);
    delete index.other;
    expect(found).toMatchObject({ match: 'every', complete: 3 });
    expect(ids(found)).toEqual(['flagship', 'setting', 'other']); // in Pagefind's order, nothing added
    expect(asked).toEqual(['project email', 'project', 'email']);
  });

  it('drops stop words first: a page need not say "how do I" to answer it', async () => {
    const { asked, search } = fakeSearch();
    const found = await find('How do I reset my password?', search);
    expect(asked[0]).toBe('reset password');
    expect(found.match).toBe('every');
    expect(ids(found)[0]).toBe('reset');
  });

  it('ranks pages by how many of the reader’s words they cover when no page has all of them', async () => {
    const { search } = fakeSearch();
    const found = await find('new team member missing project emails in spam', search);
    expect(found).toMatchObject({ match: 'most', complete: 0, unmatched: ['new', 'emails'] });
    // flagship has missing, project, spam; team has team, member; setting has project.
    expect(found.pages.map((p) => [p.id, p.covered])).toEqual([
      ['flagship', 3],
      ['team', 2],
      ['setting', 1],
    ]);
    expect(found.pages[0]!.hits).toHaveLength(3);
  });

  it('adds pages with most of the words after too few pages with all of them', async () => {
    const { search } = fakeSearch();
    const found = await find('missing spam setting', search);
    expect(found).toMatchObject({ match: 'most', complete: 0 });
    const some = await find('password reset setting', search);
    expect(some.match).toBe('most');
    const one = await find('reset password email', search);
    expect(one).toMatchObject({ match: 'every', complete: 1 });
    expect(ids(one)).toEqual(['reset', 'setting', 'flagship']);
  });

  it('says no page has every word when Pagefind quietly left out a word no page uses', async () => {
    const { search } = fakeSearch();
    // Pagefind ignores a word missing from the whole index, as this fake search does not.
    const found = await findPages('xylophone spam', await search('spam'), search);
    expect(found).toMatchObject({ match: 'most', complete: 0, unmatched: ['xylophone'] });
    expect(ids(found)).toEqual(['flagship']);
  });

  it('finds nothing only when no word matches at all', async () => {
    const { search } = fakeSearch();
    expect(await find('xylophone quartet', search)).toEqual({ match: 'none', pages: [], complete: 0, unmatched: ['xylophone', 'quartet'] });
    expect((await find('the', search)).match).toBe('none');
  });
});

describe('filters over found pages', () => {
  const loadPages = () =>
    loadFilterPages({ category: { Email: 2, Signing: 1, Billing: 1 }, audience: { Admins: 2 } }, async (f) => {
      const sets: Record<string, string[]> = { Email: ['flagship', 'setting'], Signing: ['reset'], Billing: ['invoice'], Admins: ['setting', 'reset'] };
      return sets[Object.values(f)[0]!]!.map((id) => ({ id }));
    });
  const found = [{ id: 'flagship' }, { id: 'setting' }, { id: 'reset' }];

  it('keeps pages with any chosen value of a filter, and all filters together', async () => {
    const pages = await loadPages();
    expect(applyFilters(found, { category: ['Email', 'Signing'], audience: [] }, pages)).toEqual(found);
    expect(applyFilters(found, { category: ['Email'], audience: ['Admins'] }, pages)).toEqual([{ id: 'setting' }]);
    expect(applyFilters(found, { category: [], audience: [] }, pages)).toEqual(found);
  });

  it('counts each value with the other filters applied, and leaves out values with no result', async () => {
    const pages = await loadPages();
    expect(filterCounts(found, { category: [], audience: [] }, pages)).toEqual({ category: { Email: 2, Signing: 1 }, audience: { Admins: 2 } });
    // Ticking Email does not hide Signing; it does narrow the audience counts.
    expect(filterCounts(found, { category: ['Email'], audience: [] }, pages)).toEqual({ category: { Email: 2, Signing: 1 }, audience: { Admins: 1 } });
  });
});
