/** What a reader hands to support when the troubleshooter could not solve their problem. */
export interface ReportInput {
  treeTitle: string;
  answers: { question: string; answer: string }[];
  /** The step the reader opened from a link, when the answers before it are not known. */
  openedAt?: string;
  reached: string;
  url: string;
}

export function supportReport({ treeTitle, answers, openedAt, reached, url }: ReportInput): string {
  const lines = [`Troubleshooter: ${treeTitle}`, ''];
  if (answers.length === 0) lines.push('(No answers: opened straight at this step.)');
  else if (openedAt !== undefined) lines.push(`(Opened from a link at “${openedAt}”: answers given before it are not known.)`, '');
  answers.forEach(({ question, answer }, i) => lines.push(`${i + 1}. ${question}`, `   Answer: ${answer}`));
  lines.push('', `Reached: ${reached}`, `Page: ${url}`);
  return lines.join('\n');
}

const supportSubject = (treeTitle: string) => `Still stuck after the troubleshooter: ${treeTitle}`;

/**
 * A mailto: link to support. With the reader's `report` as its body; without one (no JavaScript,
 * so their answers are unknown) the body names the step they `reached` and asks them to list
 * their answers, filling in none.
 */
export function supportMailto(email: string, treeTitle: string, content: { report: string } | { reached: string }): string {
  const body =
    'report' in content
      ? `Hello,\n\nI followed the troubleshooter and my problem is not solved. Here is what I answered:\n\n${content.report}\n`
      : `Hello,\n\nI followed the troubleshooter “${treeTitle}” and reached “${content.reached}”, and my problem is not solved.\n\nThe answers I chose, in order (please list them here):\n\n1. \n2. \n3. \n`;
  return `mailto:${email}?subject=${encodeURIComponent(supportSubject(treeTitle))}&body=${encodeURIComponent(body)}`;
}
