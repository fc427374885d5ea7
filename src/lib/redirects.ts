/** Legacy URLs and where they now live, in the forms static hosts understand. */
export interface Redirect {
  from: string;
  to: string;
}

/**
 * A `_redirects` file (Netlify and Cloudflare Pages syntax): one permanent redirect a line,
 * with and without the trailing slash so either form of an old link keeps working. Rules are
 * forced (`301!`): the redirect stub page exists as a file at the old path (for hosts without
 * `_redirects`), and hosts that let files win over plain rules would otherwise serve the stub.
 */
export function redirectsFile(redirects: readonly Redirect[]): string {
  const lines = ['# Old help-center URLs and their new pages. Generated at build time; do not edit.'];
  for (const { from, to } of [...redirects].sort((a, b) => a.from.localeCompare(b.from))) {
    lines.push(`${from} ${to} 301!`, `${from}/ ${to} 301!`);
  }
  return `${lines.join('\n')}\n`;
}
