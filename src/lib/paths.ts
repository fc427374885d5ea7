/** The site's URL scheme in one place: every link, redirect and URL parameter is built from these. */

/** The query parameter that names the practice Directory's exercise: `?scenario=setting-off`. */
export const SCENARIO_PARAM = 'scenario';

/**
 * Which paths a legacy redirect may not take is not listed here: the build derives it from what it
 * actually emits (src/lib/built-site.ts).
 *
 * The search client module (src/pages/search-client.js.ts), loaded on first use by the inline
 * search loader; a constant of its own so that inline script does not carry the whole URL scheme.
 */
export const searchClientPath = '/search-client.js';

const practiceDirectory = '/practice/directory/';

/** The search page, and the action of every search form (the inline search loader finds them by it). */
export const searchPath = '/search/';

export const paths = {
  home: '/',
  article: (id: string) => `/articles/${id}/`,
  category: (id: string) => `/categories/${id}/`,
  troubleshooters: '/troubleshoot/',
  troubleshooter: (tree: string) => `/troubleshoot/${tree}/`,
  troubleshooterStep: (tree: string, node: string) => `/troubleshoot/${tree}/${node}/`,
  troubleshooterMap: (tree: string) => `/troubleshoot/${tree}/map/`,
  allowlist: '/allowlist/',
  /** One mail system's texts for the allowlist panel, fetched when the reader chooses that system. */
  allowlistFormat: (system: string) => `/allowlist/formats/${encodeURIComponent(system)}.json`,
  /** One mail system's own page: the sender list in that system's form, readable without JavaScript. */
  allowlistSystem: (system: string) => `/allowlist/${encodeURIComponent(system)}/`,
  practiceDirectory,
  /** The practice Directory opened on one exercise (or `free` to explore without checks). */
  practiceExercise: (scenario: string) => `${practiceDirectory}?${SCENARIO_PARAM}=${encodeURIComponent(scenario)}`,
  search: searchPath,
  sendersJson: '/senders.json',
  sendersCsv: '/senders.csv',
  changesJson: '/senders/changes.json',
  changesAtom: '/senders/changes.xml',
  /** A link preview image (one per category and page type), drawn at build time. */
  previewImage: (key: string) => `/og/${key}.png`,
  /** The publisher logo for structured data, drawn from the favicon at build time. */
  logo: '/og/logo.png',
};

/** An absolute URL on the published site, for canonical links, feeds and structured data. */
export function absoluteUrl(path: string, baseUrl: string): string {
  return new URL(path, baseUrl).href;
}

/**
 * The element id a URL fragment names ("#what%20to-add" → "what to-add"), or "" for none. A malformed
 * fragment ("#%E0") names nothing, rather than throwing in the page that reads it.
 */
export function fragmentId(hash: string): string {
  try {
    return decodeURIComponent(hash.replace(/^#/, ''));
  } catch {
    return '';
  }
}
