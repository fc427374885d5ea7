/** The dashboard's CSV exports: one row per vote, one row per comment. */
import { csvCell } from '../text.ts';
import { paths } from '../paths.ts';

/**
 * A cell a spreadsheet will show as text: a reader's comment starting with =, +, - or @ would
 * otherwise run as a formula when support opens the file.
 */
const safeCell = (s: string) => csvCell(/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);

/** The page a vote was cast on: an article, or a troubleshooter outcome's step page. */
function pageOf(kind: string, target: string): string {
  if (kind === 'article') return paths.article(target);
  const [tree = '', node = ''] = target.split('/');
  return paths.troubleshooterStep(tree, node);
}

const table = (header: string[], rows: string[][]) => [header, ...rows].map((r) => r.map(safeCell).join(',')).join('\r\n') + '\r\n';

export function votesCsv(votes: { day: string; kind: string; target: string; path: string; helpful: boolean }[]): string {
  return table(
    ['day', 'kind', 'page', 'path', 'helpful'],
    votes.map((v) => [v.day, v.kind, pageOf(v.kind, v.target), v.path, v.helpful ? 'yes' : 'no']),
  );
}

export function commentsCsv(comments: { day: string; kind: string; target: string; text: string }[]): string {
  return table(['day', 'kind', 'page', 'comment'], comments.map((c) => [c.day, c.kind, pageOf(c.kind, c.target), c.text]));
}
