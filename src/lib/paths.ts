/** The site's URL scheme in one place: every link and redirect is built from these. */
export const paths = {
  home: '/',
  article: (id: string) => `/articles/${id}/`,
  category: (id: string) => `/categories/${id}/`,
  troubleshooters: '/troubleshoot/',
  troubleshooter: (tree: string) => `/troubleshoot/${tree}/`,
  troubleshooterStep: (tree: string, node: string) => `/troubleshoot/${tree}/${node}/`,
  troubleshooterMap: (tree: string) => `/troubleshoot/${tree}/map/`,
  allowlist: '/allowlist/',
  practiceDirectory: '/practice/directory/',
  search: '/search/',
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
