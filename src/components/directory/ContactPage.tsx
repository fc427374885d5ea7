/**
 * A person's Contact Information page: the real fields, admin-only ones read-only for others,
 * validation shown beside each field and announced, a Change History tab, and a check before
 * leaving with unsaved changes.
 */
import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { canEditField, fields, fullName, practiceNote, sendMessagesLabels, type ChangeRecord, type Company, type FieldErrors, type Person, type Role, type SendMessages } from '../../lib/directory/model.ts';
import type { Outcome } from '../../lib/directory/sandbox.ts';
import type { SandboxEvent } from '../../lib/directory/state.ts';
import { possessive } from '../../lib/text.ts';
import { DoneLabel } from '../DoneLabel.tsx';

interface Props {
  person: Person;
  company: Company;
  role: Role;
  history: ChangeRecord[];
  headingLevel: 2 | 3 | 4;
  onEvent: (event: SandboxEvent) => Outcome;
  /** Called when the page closes (after save or discard), with a message to announce and whether it saved. */
  onLeave: (message?: string, saved?: boolean) => void;
  /** Just saved: the page stays a moment with its Save button saying "Saved", then the list returns. */
  saved?: boolean;
}

export function ContactPage({ person, company, role, history, headingLevel, onEvent, onLeave, saved = false }: Props) {
  const [draft, setDraft] = useState<Person>(person);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [summary, setSummary] = useState('');
  const [invite, setInvite] = useState(false);
  const [tab, setTab] = useState<'info' | 'history'>('info');
  const [confirming, setConfirming] = useState(false);
  const base = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const keepEditing = useRef<HTMLButtonElement>(null);
  const H = `h${headingLevel}` as const;
  const dirty = fields.some((f) => draft[f.name] !== person[f.name]) || invite;

  useEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    addEventListener('beforeunload', warn);
    return () => removeEventListener('beforeunload', warn);
  }, [dirty]);
  useEffect(() => {
    if (confirming) keepEditing.current?.focus();
  }, [confirming]);

  const change = (name: keyof Person, value: string | boolean) => {
    setDraft((d) => ({ ...d, [name]: value }));
    onEvent({ type: 'change-field', personId: person.id, field: name, value });
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (saved) return;
    const outcome = onEvent({ type: 'save', personId: person.id, draft, sendInvitation: invite, now: new Date() });
    if (outcome.save && !outcome.save.ok) {
      setErrors(outcome.save.errors);
      setSummary(outcome.save.message);
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    onLeave(outcome.save?.message, !!outcome.save?.ok);
  };

  const leave = () => {
    if (dirty && !saved) {
      setConfirming(true);
      return;
    }
    onEvent({ type: 'close-edit' });
    onLeave();
  };

  const discard = () => {
    onEvent({ type: 'close-edit' });
    onLeave('Changes discarded.');
  };

  const onTabKey = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
    const next = tab === 'info' ? 'history' : 'info';
    setTab(next);
    document.getElementById(`${base}-tab-${next}`)?.focus();
  };

  const errorList = Object.entries(errors) as [keyof Person, string][];
  return (
    <section className="dir__edit" aria-labelledby={`${base}-h`}>
      <button type="button" className="control dir__back" onClick={leave}>
        ← Back to the Directory
      </button>
      <H id={`${base}-h`} ref={heading} tabIndex={-1} className="dir__heading">
        {fullName(person)} <span className="muted">· {company.name}</span>
      </H>

      {confirming && (
        <div className="dir__confirm" role="alertdialog" aria-labelledby={`${base}-confirm`} aria-modal="false">
          <p id={`${base}-confirm`}>You have unsaved changes to {fullName(person)}. Leave without saving?</p>
          <button type="button" ref={keepEditing} className="control" onClick={() => setConfirming(false)}>
            Keep editing
          </button>
          <button type="button" className="control" onClick={discard}>
            Discard changes
          </button>
        </div>
      )}

      <div role="tablist" aria-label={`${possessive(fullName(person))} page`} className="dir__tabs">
        {(['info', 'history'] as const).map((t) => (
          <button
            key={t}
            type="button"
            role="tab"
            id={`${base}-tab-${t}`}
            aria-selected={tab === t}
            aria-controls={`${base}-panel-${t}`}
            tabIndex={tab === t ? 0 : -1}
            onClick={() => setTab(t)}
            onKeyDown={onTabKey}
          >
            {t === 'info' ? 'Contact Information' : `Change History (${history.length})`}
          </button>
        ))}
      </div>

      <div role="tabpanel" id={`${base}-panel-info`} aria-labelledby={`${base}-tab-info`} hidden={tab !== 'info'}>
        <form noValidate onSubmit={submit}>
          <div ref={summaryRef} tabIndex={-1} role="alert" className={errorList.length || summary ? 'dir__errors' : undefined}>
            {(errorList.length > 0 || summary) && (
              <>
                <p>{summary}</p>
                <ul>
                  {errorList.map(([name, message]) => (
                    <li key={name}>
                      <a href={`#${base}-${name}`}>{message}</a>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </div>
          <div className="dir__form">
            {fields.map((f) => {
              const id = `${base}-${f.name}`;
              const editable = canEditField(role, f.name);
              const error = errors[f.name];
              const described = [error ? `${id}-error` : '', !editable ? `${id}-note` : ''].filter(Boolean).join(' ') || undefined;
              const note = !editable && (
                <span id={`${id}-note`} className="dir__note">
                  {f.adminOnly ? 'Directory admins only' : 'You cannot edit people'}
                </span>
              );
              const errorText = error && (
                <span id={`${id}-error`} className="dir__error">
                  {error}
                </span>
              );
              if (f.type === 'checkbox') {
                return (
                  <div key={f.name} className="dir__row dir__row--check">
                    <input id={id} type="checkbox" checked={draft[f.name] as boolean} disabled={!editable} aria-describedby={described} onChange={(e) => change(f.name, e.currentTarget.checked)} />
                    <label htmlFor={id}>{f.label}</label>
                    {note}
                  </div>
                );
              }
              if (f.type === 'select') {
                return (
                  <div key={f.name} className="dir__row">
                    <label htmlFor={id}>{f.label}</label>
                    <select id={id} value={draft.sendMessages} disabled={!editable} aria-describedby={described} onChange={(e) => change(f.name, e.currentTarget.value as SendMessages)}>
                      {(Object.keys(sendMessagesLabels) as SendMessages[]).map((v) => (
                        <option key={v} value={v}>
                          {sendMessagesLabels[v]}
                        </option>
                      ))}
                    </select>
                    {note}
                  </div>
                );
              }
              return (
                <div key={f.name} className="dir__row">
                  <label htmlFor={id}>{f.label}</label>
                  <input
                    id={id}
                    type={f.type ?? 'text'}
                    value={draft[f.name] as string}
                    readOnly={!editable}
                    aria-invalid={error ? true : undefined}
                    aria-describedby={described}
                    onChange={(e) => change(f.name, e.currentTarget.value)}
                  />
                  {errorText}
                  {note}
                  {f.name === 'email' && editable && <span className="dir__note">{practiceNote.emailCheck}</span>}
                </div>
              );
            })}
          </div>
          <p className="dir__required muted">{practiceNote.requiredFields}</p>
          <div className="dir__row dir__row--check">
            <input id={`${base}-invite`} type="checkbox" checked={invite} onChange={(e) => setInvite(e.currentTarget.checked)} />
            <label htmlFor={`${base}-invite`}>Send an invitation to {fullName(person)} when I save</label>
          </div>
          <div className="dir__buttons">
            <button type="submit" className="button">
              <DoneLabel done={saved} label="Save" doneLabel="Saved" />
            </button>
            <button type="button" className="control" onClick={leave}>
              Cancel
            </button>
          </div>
        </form>
      </div>

      <div role="tabpanel" id={`${base}-panel-history`} aria-labelledby={`${base}-tab-history`} hidden={tab !== 'history'} tabIndex={0}>
        <p className="muted dir__practice">{practiceNote.changeHistory}</p>
        {history.length === 0 ? (
          <p>No saved changes yet.</p>
        ) : (
          <table className="dir__table">
            <caption className="sr-only">Saved changes to {fullName(person)}, newest first</caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Field</th>
                <th scope="col">Before</th>
                <th scope="col">After</th>
                <th scope="col">By</th>
              </tr>
            </thead>
            <tbody>
              {history.map((h, i) => (
                <tr key={i}>
                  <td>
                    <time dateTime={h.at}>{new Date(h.at).toLocaleString('en-US', { dateStyle: 'medium', timeStyle: 'short' })}</time>
                  </td>
                  <td>{h.field}</td>
                  <td>{h.before || '—'}</td>
                  <td>{h.after || '—'}</td>
                  <td>{h.by}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </section>
  );
}

