/**
 * What happened to a test email and why; then, apart from that result, the one switch the sandbox
 * offers outside the Directory (the company's mail server), so the verdict box holds no control.
 */
import { useId } from 'react';
import { fullName, practiceNote, type Company, type Person } from '../../lib/directory/model.ts';
import type { TestEmail } from '../../lib/directory/state.ts';
import { paths } from '../../lib/paths.ts';
import { possessive } from '../../lib/text.ts';
import { site } from '../../site.config.ts';

interface Props {
  person: Person;
  company: Company;
  result: TestEmail;
  allowlisted: boolean;
  onAllowlist: (on: boolean) => void;
}

export function TestEmailResult({ person, company, result, allowlisted, onAllowlist }: Props) {
  const id = useId();
  return (
    <>
      <section className={`dir__test dir__test--${result.delivered ? 'ok' : 'fail'}`} aria-labelledby={`${id}-h`}>
        <p id={`${id}-h`} className="dir__test-title">
          Practice test email to {fullName(person)}: {result.delivered ? 'delivered' : 'not delivered'}
        </p>
        {result.delivered ? (
          <p>In this practice copy, it reached {person.email}.</p>
        ) : (
          <ul>
            {result.problems.map((p) => (
              <li key={p.code}>
                Not delivered because {p.message} <span className="muted">Fix: {p.fix}</span>
              </li>
            ))}
          </ul>
        )}
        <p className="muted dir__practice">{practiceNote.testEmail}</p>
        {result.stale && <p className="dir__stale">You changed a setting since this test: send it again to check.</p>}
      </section>
      <fieldset className="dir__outside">
        <legend>Outside the Directory</legend>
        <div className="dir__switch">
          <label>
            <input type="checkbox" checked={allowlisted} onChange={(e) => onAllowlist(e.currentTarget.checked)} />
            <span>
              {possessive(company.name)} mail server allowlists {site.productName}
            </span>
          </label>
          <a href={paths.allowlist}>What a mail server must allowlist</a>
        </div>
      </fieldset>
    </>
  );
}
