/** The Company Directory list: search, a company filter, Edit and "Send a test email" per person. */
import { useId, type RefObject } from 'react';
import { fullName, roleLabel, searchPeople, sendMessagesLabels } from '../../lib/directory/model.ts';
import type { SandboxEvent, SandboxState } from '../../lib/directory/state.ts';
import { TestEmailResult } from './TestEmailResult.tsx';
import { Breakable } from '../Breakable.tsx';
import { DoneLabel } from '../DoneLabel.tsx';
import { possessive } from '../../lib/text.ts';
import { site } from '../../site.config.ts';

interface Props {
  state: SandboxState;
  hydrated: boolean;
  canEdit: boolean;
  /** The person just saved: their Edit button says "Saved" for a moment. */
  savedId?: string;
  headingRef: RefObject<HTMLHeadingElement | null>;
  Heading: 'h2' | 'h3' | 'h4';
  onEvent: (event: SandboxEvent) => void;
}

export function PeopleList({ state, hydrated, canEdit, savedId, headingRef, Heading, onEvent }: Props) {
  const searchId = useId();
  const filterId = useId();
  const shown = searchPeople(state.people, state.companies, state.query, state.companyFilter);
  const company = (id: string) => state.companies.find((c) => c.id === id)!;
  const owner = state.companies.find((c) => c.owner)!;
  const tested = state.lastTestEmail && state.people.find((p) => p.id === state.lastTestEmail!.personId);

  return (
    <section className="dir__list" aria-labelledby={`${searchId}-heading`}>
      <Heading id={`${searchId}-heading`} ref={headingRef} tabIndex={-1} className="dir__heading">
        Company Directory <span className="muted">({owner.name})</span>
      </Heading>
      {!canEdit && (
        <div className="dir__noedit" role="note">
          <p>
            As <strong>{roleLabel(state.role)}</strong> you can see people but not edit them, so there is no Edit button. To get someone’s messages turned on:
          </p>
          <ul>
            <li>if you work for {owner.name}, the company that owns this account, ask your company’s {site.productName} administrator;</li>
            <li>if you are a collaborator from another company, ask someone on {possessive(owner.name)} project team to pass the request to their administrator.</li>
          </ul>
        </div>
      )}
      <div className="dir__filters">
        <div className="dir__field">
          <label htmlFor={searchId}>Search people</label>
          <input id={searchId} type="search" value={state.query} placeholder="Name, email or company" onChange={(e) => onEvent({ type: 'search', query: e.currentTarget.value })} disabled={!hydrated} />
        </div>
        <div className="dir__field">
          <label htmlFor={filterId}>Company</label>
          <select id={filterId} value={state.companyFilter} onChange={(e) => onEvent({ type: 'filter', companyId: e.currentTarget.value })} disabled={!hydrated}>
            <option value="">All companies</option>
            {state.companies.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p className="dir__count" aria-live="polite">
        {shown.length} of {state.people.length} people
      </p>
      <div className="dir__table-wrap" role="region" aria-label="People list" tabIndex={0}>
        <table className="dir__table">
          <caption className="sr-only">People in the Company Directory</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Company</th>
              <th scope="col">Email</th>
              <th scope="col">Messages</th>
              <th scope="col">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((p) => (
              <tr key={p.id} className={p.active ? undefined : 'dir__inactive'}>
                <th scope="row">
                  {fullName(p)}
                  <span className="dir__sub">{p.jobTitle}{p.active ? '' : ' · inactive'}</span>
                </th>
                <td>{company(p.companyId).name}</td>
                <td className="dir__email">
                  <Breakable value={p.email} />
                </td>
                <td>
                  {/* On a phone the rows become cards without the column headers: the value says what it is. */}
                  <span className="dir__cell-label">Send This User Messages: </span>
                  {sendMessagesLabels[p.sendMessages]}
                </td>
                <td className="dir__actions">
                  {canEdit && (
                    <button type="button" id={`dir-edit-${p.id}`} className="control" onClick={() => onEvent({ type: 'open-edit', personId: p.id })} aria-label={savedId === p.id ? undefined : `Edit ${fullName(p)}`} disabled={!hydrated}>
                      <DoneLabel done={savedId === p.id} label="Edit" doneLabel="Saved" />
                    </button>
                  )}
                  <button type="button" className="control" onClick={() => onEvent({ type: 'test-email', personId: p.id })} aria-label={`Send a practice test email to ${fullName(p)}`} disabled={!hydrated}>
                    Practice test email
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {shown.length === 0 && <p>No one matches. Try part of a name, an email address or a company.</p>}
      {tested && state.lastTestEmail && (
        <TestEmailResult person={tested} company={company(tested.companyId)} result={state.lastTestEmail} allowlisted={state.allowlists[tested.companyId] ?? true} onAllowlist={(on) => onEvent({ type: 'allowlist', companyId: tested.companyId, on })} />
      )}
    </section>
  );
}
