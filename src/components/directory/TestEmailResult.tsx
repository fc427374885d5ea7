/** What happened to a test email, why, and the one switch the sandbox offers outside the Directory. */
import { useId } from 'react';
import { fullName, type Company, type Person } from '../../lib/directory/model.ts';
import type { TestEmail } from '../../lib/directory/state.ts';
import { paths } from '../../lib/paths.ts';

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
    <section className={`dir__test dir__test--${result.delivered ? 'ok' : 'fail'}`} aria-labelledby={`${id}-h`}>
      <p id={`${id}-h`} className="dir__test-title">
        Test email to {fullName(person)}: {result.delivered ? 'delivered' : 'not delivered'}
      </p>
      {result.delivered ? (
        <p>It reached {person.email}. Real messages such as assignments and password resets will arrive too.</p>
      ) : (
        <ul>
          {result.problems.map((p) => (
            <li key={p.code}>
              Not delivered because {p.message} <span className="muted">Fix: {p.fix}</span>
            </li>
          ))}
        </ul>
      )}
      {result.stale && <p className="dir__stale">You changed a setting since this test: send it again to check.</p>}
      <div className="dir__switch">
        <input id={id} type="checkbox" checked={allowlisted} onChange={(e) => onAllowlist(e.currentTarget.checked)} />
        <label htmlFor={id}>{company.name}’s mail server allowlists Procore</label>
        <a href={paths.allowlist}>What a mail server must allowlist</a>
      </div>
    </section>
  );
}
