/**
 * The Directory practice sandbox: a safe copy of the Directory where admins rehearse the fix, with
 * an optional guided exercise. All rules live in src/lib/directory; this island shows and dispatches.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { findScenario, isFinished, scenarios } from '../../lib/directory/guide.ts';
import { fullName, permissions, roles, type Role } from '../../lib/directory/model.ts';
import { FREE, resume } from '../../lib/directory/resume.ts';
import { SCENARIO_PARAM } from '../../lib/paths.ts';
import { initialState, reduce, scenarioState } from '../../lib/directory/sandbox.ts';
import type { SandboxEvent, SandboxState } from '../../lib/directory/state.ts';
import { clear, persist, STORAGE_KEY } from '../../lib/directory/storage.ts';
import { browserStorage } from '../../lib/storage.ts';
import { site } from '../../site.config.ts';
import { ContactPage } from './ContactPage.tsx';
import { GuidePanel } from './GuidePanel.tsx';
import { PeopleList } from './PeopleList.tsx';
import { ExerciseChooser } from './ExerciseChooser.tsx';
import { useDone } from '../DoneLabel.tsx';

/** How long a saved person's page stays, its Save button saying "Saved", before the list returns. */
const SAVED_PAUSE_MS = 1000;

export interface DirectorySandboxProps {
  /** Exercise to start in when the page's URL names none (embedded use). */
  scenario?: string;
  /** Read and write `?scenario=` (the standalone page). */
  syncUrl?: boolean;
  headingLevel?: 2 | 3 | 4;
  /** Where progress is kept, so the article's copy and the standalone page do not overwrite each other. */
  storageKey?: string;
}

export default function DirectorySandbox({ scenario, syncUrl = true, headingLevel = 2, storageKey = STORAGE_KEY }: DirectorySandboxProps) {
  const start = () => (scenario ? scenarioState(scenario) : initialState());
  const [state, setState] = useState<SandboxState>(start);
  const [hydrated, setHydrated] = useState(false);
  const [notices, setNotices] = useState<string[]>([]);
  const [status, setStatus] = useState('');
  const [inMemory, setInMemory] = useState(false);
  // A first visit without an exercise in the link opens on the list of exercises.
  const [choosing, setChoosing] = useState(!scenario && syncUrl);
  const [saved, flashSaved] = useDone();
  const [savedId, setSavedId] = useState<string | undefined>(undefined);
  /** The person just saved, whose page stays a moment with "Saved" on its Save button. */
  const [closing, setClosing] = useState<string | undefined>(undefined);
  const closeTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(closeTimer.current), []);
  const modeId = useId();
  const roleId = useId();
  const H = `h${headingLevel}` as const;
  const listHeading = useRef<HTMLHeadingElement>(null);
  const returnFocusTo = useRef<string | undefined>(undefined);

  // After hydration: the exercise from the link, then anything saved from an earlier visit.
  useEffect(() => {
    const fromUrl = syncUrl ? new URLSearchParams(location.search).get(SCENARIO_PARAM) : null;
    const resumed = resume({ fromUrl, fallback: scenario, store: browserStorage(), key: storageKey });
    setState(resumed.state);
    setNotices(resumed.notices);
    setInMemory(resumed.inMemory);
    setChoosing(!fromUrl && !scenario && syncUrl && !resumed.state.guide && resumed.state.history.length === 0);
    setHydrated(true);
  }, [syncUrl, scenario, storageKey]);

  // Keep edits and progress across reloads.
  useEffect(() => {
    if (!hydrated || inMemory) return;
    if (!persist(browserStorage(), state, storageKey)) {
      setInMemory(true);
      setNotices((n) => [...n, 'Your browser would not store the practice copy, so it now works in memory only.']);
    }
  }, [state, hydrated, inMemory, storageKey]);

  const run = (event: SandboxEvent) => {
    const result = reduce(state, event);
    setState(result.state);
    return result;
  };

  const setUrlScenario = (id: string) => {
    if (!syncUrl) return;
    const url = new URL(location.href);
    url.searchParams.set(SCENARIO_PARAM, id);
    history.replaceState(history.state, '', url);
  };

  const chooseMode = (id: string) => {
    setChoosing(false);
    if (id === FREE) {
      run({ type: 'free-explore' });
      setStatus('Free explore: try anything, nothing is checked.');
    } else {
      run({ type: 'scenario', scenarioId: id });
      setStatus(`Exercise started: ${findScenario(id)!.title}. Step 1.`);
    }
    setUrlScenario(id);
  };

  const reset = () => {
    clear(browserStorage(), storageKey);
    const fresh = state.guide ? scenarioState(state.guide.scenarioId) : initialState();
    setState(fresh);
    setStatus('The practice Directory is back to its starting data.');
    listHeading.current?.focus();
  };

  const restart = () => {
    if (!state.guide) return;
    setState(scenarioState(state.guide.scenarioId));
    setStatus('Exercise restarted from step 1.');
    listHeading.current?.focus();
  };

  const changeRole = (role: Role) => {
    run({ type: 'role', role });
    setStatus(`Viewing as ${roles.find((r) => r.id === role)!.label}.`);
  };

  const editing = state.editing ? state.people.find((p) => p.id === state.editing) : undefined;
  const shown = editing ?? (closing ? state.people.find((p) => p.id === closing) : undefined);
  /** Back to the list after a save: the Edit button the reader returns to says "Saved" for a moment. */
  const finishClosing = (id: string) => {
    clearTimeout(closeTimer.current);
    setClosing(undefined);
    setSavedId(id);
    flashSaved();
  };
  const scenarioNow = state.guide ? findScenario(state.guide.scenarioId) : undefined;

  useEffect(() => {
    if (shown || !returnFocusTo.current) return;
    const target = document.getElementById(returnFocusTo.current);
    returnFocusTo.current = undefined;
    (target ?? listHeading.current)?.focus();
  }, [shown]);

  return (
    <div className="dir">
      <p className="notice dir__banner" role="note">
        <strong>Practice copy.</strong> Nothing you do here changes a real {site.productName} account. The people and companies are made up. Where this copy works differently from what {site.productName}’s help pages describe, it says “practice simplification” or “practice aid”.
      </p>
      {notices.map((n) => (
        <p key={n} className="notice notice--warning" role="note">
          {n}
        </p>
      ))}

      {choosing ? (
        <ExerciseChooser hydrated={hydrated} headingLevel={headingLevel} onChoose={chooseMode} />
      ) : (
      <>
      <div className="dir__toolbar">
        <div className="dir__field">
          <label htmlFor={modeId}>Exercise</label>
          <select id={modeId} value={state.guide?.scenarioId ?? FREE} onChange={(e) => chooseMode(e.currentTarget.value)} disabled={!hydrated}>
            <option value={FREE}>Free explore (no checks)</option>
            {scenarios.map((s) => (
              <option key={s.id} value={s.id}>
                Guided: {s.title}
              </option>
            ))}
          </select>
        </div>
        <div className="dir__field">
          <label htmlFor={roleId}>Viewing as</label>
          <select id={roleId} value={state.role} onChange={(e) => changeRole(e.currentTarget.value as Role)} disabled={!hydrated}>
            {roles.map((r) => (
              <option key={r.id} value={r.id}>
                {r.label}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className="control" onClick={reset} disabled={!hydrated}>
          Reset practice data
        </button>
      </div>

      <div className={scenarioNow ? 'dir__layout dir__layout--guided' : 'dir__layout'}>
        {scenarioNow && state.guide && (
          <GuidePanel scenario={scenarioNow} progress={state.guide} finished={isFinished(state.guide)} onRestart={restart} headingLevel={headingLevel} />
        )}
        <div className="dir__main">
          {scenarioNow && state.guide && (
            <p className="dir__progress" aria-live="polite">
              {isFinished(state.guide) ? (
                `All ${scenarioNow.steps.length} steps done.`
              ) : (
                <span className="dir__progress-text">
                  <strong>{`Step ${state.guide.step + 1} of ${scenarioNow.steps.length}:`}</strong> {scenarioNow.steps[state.guide.step]!.label}
                </span>
              )}
            </p>
          )}
          {shown ? (
            <ContactPage
              key={shown.id}
              person={shown}
              company={state.companies.find((c) => c.id === shown.companyId)!}
              role={state.role}
              history={state.history.filter((h) => h.personId === shown.id)}
              headingLevel={headingLevel}
              saved={!editing}
              onEvent={run}
              onLeave={(message, didSave) => {
                returnFocusTo.current = `dir-edit-${shown.id}`;
                if (message) setStatus(message);
                if (!editing) finishClosing(shown.id);
                else if (didSave) {
                  // The Save button says "Saved" for a moment before the list comes back.
                  setClosing(shown.id);
                  closeTimer.current = setTimeout(() => finishClosing(shown.id), SAVED_PAUSE_MS);
                }
              }}
            />
          ) : (
            <PeopleList
              state={state}
              hydrated={hydrated}
              canEdit={permissions(state.role).canEdit}
              savedId={saved ? savedId : undefined}
              headingRef={listHeading}
              Heading={H}
              onEvent={(e) => {
                const result = run(e);
                if (e.type === 'test-email') {
                  const t = result.state.lastTestEmail;
                  const who = fullName(result.state.people.find((p) => p.id === e.personId)!);
                  setStatus(t?.delivered ? `Practice test email to ${who}: delivered.` : `Practice test email to ${who}: not delivered.`);
                }
              }}
            />
          )}
        </div>
      </div>
      </>
      )}
      <p className="sr-only" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}
