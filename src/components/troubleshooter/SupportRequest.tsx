/** Escalation: a summary of the reader's answers to copy, or to send in a pre-filled email. */
import { useState } from 'react';
import { supportMailto, supportReport } from '../../lib/troubleshooter/report.ts';
import { CopyControl } from '../CopyControl.tsx';

interface Props {
  treeTitle: string;
  answers: { question: string; answer: string }[];
  /** The step opened from a link, when the answers before it are not known. */
  openedAt?: string | undefined;
  reached: string;
  url: string;
  supportEmail: string;
  /** Shown with the support address while it is a placeholder. */
  supportNote?: string | undefined;
  headingLevel: 3 | 4;
}

export function SupportRequest({ treeTitle, answers, openedAt, reached, url, supportEmail, supportNote, headingLevel }: Props) {
  const report = supportReport({ treeTitle, answers, openedAt, reached, url });
  const [message, setMessage] = useState('');
  const Heading = `h${headingLevel}` as const;
  return (
    <div className="ts__support">
      <Heading>Send support your answers</Heading>
      <p>This summary goes nowhere until you send it. Copy it into a message, or open a pre-filled email.</p>
      {/* A <pre> takes no accessible name: the scrollable, focusable region around it carries it. */}
      <div role="region" tabIndex={0} aria-label="Summary of your answers" className="ts__report">
        <pre>{report}</pre>
      </div>
      <div className="ts__support-actions">
        <CopyControl text={report} label="Copy summary" what="Summary" onResult={setMessage} buttonClass="button button--secondary" />
        <a className="button" href={supportMailto(supportEmail, treeTitle, { report })}>
          Email support with this summary
        </a>
      </div>
      {supportNote && (
        <p className="notice notice--warning placeholder-note" role="note">
          {supportNote}
        </p>
      )}
      <p className="ts__message" role="status" aria-live="polite">
        {message}
      </p>
    </div>
  );
}
