/** What a reader hands to support when the troubleshooter could not solve their problem. */
export interface ReportInput {
  treeTitle: string;
  answers: { question: string; answer: string }[];
  reached: string;
  url: string;
}

export function supportReport({ treeTitle, answers, reached, url }: ReportInput): string {
  const lines = [`Troubleshooter: ${treeTitle}`, ''];
  answers.forEach(({ question, answer }, i) => lines.push(`${i + 1}. ${question}`, `   Answer: ${answer}`));
  if (answers.length === 0) lines.push('(No answers: opened straight at this step.)');
  lines.push('', `Reached: ${reached}`, `Page: ${url}`);
  return lines.join('\n');
}

const supportSubject = (treeTitle: string) => `Still stuck after the troubleshooter: ${treeTitle}`;

/** A mailto: link with the subject and, when there is one, the report as body. */
export function supportMailto(email: string, treeTitle: string, report?: string): string {
  const subject = supportSubject(treeTitle);
  if (report === undefined) return `mailto:${email}?subject=${encodeURIComponent(subject)}`;
  const body = `Hello,\n\nI followed the troubleshooter and my problem is not solved. Here is what I answered:\n\n${report}\n`;
  return `mailto:${email}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
