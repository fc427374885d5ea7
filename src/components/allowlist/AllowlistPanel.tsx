/**
 * The sender allowlist panel: entries by group, each copyable on its own, by group or all at once,
 * in the exact form the reader's mail system takes. All text is computed at build time (src/lib/
 * allowlist); this island only remembers the chosen system, fetches its texts and copies. The page
 * carries the first system's texts only: each other system's come from its own small file when
 * chosen, so the page stays light.
 */
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { CopyControl } from '../CopyControl.tsx';
import { Breakable } from '../Breakable.tsx';
import { ExampleWarning, ExamplesNotice } from './ExampleNotes.tsx';
import { SystemHowTo } from './SystemHowTo.tsx';
import { EntriesTableHead } from './EntriesTableHead.tsx';
import { SYSTEM_PARAM, SYSTEM_STORAGE_KEY, chooseSystem } from '../../lib/allowlist/choice.ts';
import { browserStorage, readItem, writeItem } from '../../lib/storage.ts';
import { senderKinds } from '../../lib/allowlist/kinds.ts';
import type { PanelSystem, PanelView } from '../../lib/allowlist/panel.ts';
import { groupCount, systemGroups } from '../../lib/allowlist/system-groups.ts';
import { readSystemFile } from '../../lib/allowlist/system-file.ts';
import { fragmentId, paths } from '../../lib/paths.ts';

export interface AllowlistPanelProps {
  data: PanelView;
  /** Fetches a system's file (`paths.allowlistFormat`); tests pass their own. */
  load?: (systemId: string) => Promise<unknown>;
  /** Heading level of the group headings. */
  headingLevel?: 2 | 3;
  /** Keep `?system=` in the address bar (on the allowlist page; not when embedded in an article). */
  syncUrl?: boolean;
}

async function fetchSystem(systemId: string): Promise<unknown> {
  const response = await fetch(paths.allowlistFormat(systemId)).catch(() => {
    throw new Error('the request did not reach the site');
  });
  if (!response.ok) throw new Error(`the server answered ${response.status}`);
  return response.json();
}

export default function AllowlistPanel({ data, headingLevel = 2, syncUrl = true, load = fetchSystem }: AllowlistPanelProps) {
  const fallback = data.first.id;
  /** Every system whose texts are here: the first from the page, the others once fetched. */
  const [loaded, setLoaded] = useState<Record<string, PanelSystem>>(() => ({ [fallback]: data.first }));
  const [systemId, setSystemId] = useState(fallback);
  /** A system chosen whose texts are still on their way: the select shows it, copying waits. */
  const [wanted, setWanted] = useState<string | undefined>(undefined);
  const latest = useRef(fallback);
  const [hydrated, setHydrated] = useState(false);
  const [notices, setNotices] = useState<string[]>([]);
  const [status, setStatus] = useState('');
  const selectId = useId();
  const system = loaded[systemId] ?? data.first;
  const nameOf = useCallback((id: string) => data.systems.find((s) => s.id === id)?.name ?? id, [data.systems]);

  /** Shows a system's texts, fetching them first if need be; false (with a notice) when they cannot be had. */
  const show = useCallback(
    async (id: string): Promise<boolean> => {
      latest.current = id;
      if (loaded[id]) {
        setSystemId(id);
        setWanted(undefined);
        return true;
      }
      setWanted(id);
      let problem: string;
      try {
        const read = readSystemFile(await load(id), { id, version: data.version });
        if ('system' in read) {
          setLoaded((all) => ({ ...all, [id]: read.system }));
          if (latest.current !== id) return false;
          setSystemId(id);
          setWanted(undefined);
          return true;
        }
        problem = read.problem;
      } catch (error) {
        problem = error instanceof Error ? error.message : 'the request failed';
      }
      if (latest.current !== id) return false;
      setWanted(undefined);
      latest.current = systemId;
      setNotices((n) => [...n, `The format for ${nameOf(id)} could not be loaded (${problem}), so the lists below are still in the ${system.name} format. Reload the page to try again.`]);
      return false;
    },
    [loaded, load, data.version, nameOf, systemId, system.name],
  );
  const Heading = `h${headingLevel}` as const;

  // A link to a group or an entry (#ip-addresses): where the browser jumped before the panel drew its
  // chooser and the chosen system's texts, which moves everything down. Jump there again once they
  // are drawn, unless the reader has scrolled since.
  const root = useRef<HTMLDivElement>(null);
  const landing = useRef<{ id: string; y: number } | undefined>(undefined);
  useEffect(() => {
    const at = landing.current;
    if (!hydrated || wanted !== undefined || !at) return;
    landing.current = undefined;
    if (Math.abs(window.scrollY - at.y) > 2) return;
    const target = document.getElementById(at.id);
    if (target && root.current?.contains(target)) target.scrollIntoView();
  }, [hydrated, wanted]);

  // Once, after hydration (later choices go through choose()): the system from the link or the last visit.
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    // A malformed fragment points nowhere: nothing to return to.
    const id = fragmentId(location.hash);
    if (id) landing.current = { id, y: window.scrollY };
    const remembered = readItem(browserStorage(), SYSTEM_STORAGE_KEY);
    const choice = chooseSystem({
      fromUrl: new URLSearchParams(location.search).get(SYSTEM_PARAM),
      remembered: remembered === 'blocked' ? null : remembered,
      known: data.systems,
      fallback,
    });
    setNotices([choice.notice, remembered === 'blocked' ? 'Your browser is blocking saved settings, so your mail system will not be remembered next time. Everything else works.' : undefined].filter((n): n is string => !!n));
    setHydrated(true);
    if (choice.id !== fallback) void show(choice.id);
  }, [data.systems, fallback, show]);

  const choose = (id: string) => {
    const name = nameOf(id);
    const saved = writeItem(browserStorage(), SYSTEM_STORAGE_KEY, id);
    setStatus(loaded[id] ? '' : `Loading the format for ${name}…`);
    void show(id).then((shown) => shown && setStatus(`Showing the format for ${name}.${saved ? '' : ' (Not remembered: your browser blocks saved settings.)'}`));
    if (syncUrl) {
      const url = new URL(location.href);
      url.searchParams.set(SYSTEM_PARAM, id);
      history.replaceState(history.state, '', url);
    }
  };

  return (
    <div className="allowlist" ref={root}>
      {data.examples && <ExamplesNotice groups={data.groups} />}
      {notices.map((n) => (
        <p key={n} className="notice notice--warning" role="note">
          {n}
        </p>
      ))}

      {hydrated ? (
        <SystemChooser data={data} system={system} chosen={wanted ?? system.id} busy={wanted !== undefined} selectId={selectId} onChoose={choose} onStatus={setStatus} />
      ) : (
        // What the page shows before (or without) JavaScript: each system's own page, where its texts need none.
        <div className="allowlist__nojs">
          <p>These entries in the exact form your mail system takes, ready to select and copy, on a page of their own:</p>
          {systemGroups(data.systems).map((group) => (
            <div key={group.label}>
              <p className="allowlist__system-links-label">{group.label}</p>
              <ul className="allowlist__system-links">
                {group.systems.map((s) => (
                  <li key={s.id}>
                    <a href={paths.allowlistSystem(s.id)}>{s.name}</a>
                  </li>
                ))}
              </ul>
            </div>
          ))}
          <p>Every value below can also be selected and copied by hand.</p>
        </div>
      )}

      {data.groups.map((group) => {
        const formatted = system.groups[group.id]!;
        return (
          <section key={group.id} className="allowlist__group" aria-labelledby={group.id}>
            <div className="allowlist__group-head">
              {/* Heading and its link stay together on one line; the Copy button may wrap below them. */}
              <div className="allowlist__group-name">
                <Heading id={group.id} className="allowlist__group-title">
                  {group.title} <span className="allowlist__count">{groupCount(group.entries.length, group.entries.filter((e) => 'text' in (system.values[e.id] ?? {})).length)}</span>
                </Heading>
                {/* The same section link articles have (its copying is done by the site script for every page). */}
                <a className="heading__link" href={`#${group.id}`} data-copy-link data-pagefind-ignore>
                  <span className="sr-only">Copy link to section: {group.title}</span>
                </a>
              </div>
              {hydrated &&
                (formatted.count ? (
                  <CopyControl
                    text={formatted.text}
                    label={`Copy ${group.short}`}
                    context={`for ${system.name}`}
                    what={group.title}
                    copiedMessage={formatted.copied}
                    onResult={setStatus}
                    disabled={wanted !== undefined}
                  />
                ) : (
                  <span className="allowlist__unused">Not used by this mail system</span>
                ))}
            </div>
            {hydrated && <ExampleWarning copy={formatted} />}
            <table className="allowlist__table">
              <EntriesTableHead caption={group.title} copyColumn={hydrated} />
              <tbody>
                {group.entries.map((e) => {
                  const one = system.values[e.id]!;
                  return (
                    <tr key={e.id} id={`entry-${e.id}`}>
                      <td>
                        <code className="allowlist__value">
                          <Breakable value={e.value} />
                        </code>
                        {/* A space before the badge: it wraps to the next line before the value has to. */}
                        {e.example && <> <span className="allowlist__badge">example</span></>}
                      </td>
                      <td>{senderKinds[e.kind].label}</td>
                      <td>{e.purpose}</td>
                      {hydrated && (
                        <td>
                          {'text' in one ? (
                            <CopyControl text={one.text} label="Copy" context={e.value} what={e.value} copiedMessage={one.copied} onResult={setStatus} disabled={wanted !== undefined} />
                          ) : (
                            <span className="allowlist__skip">
                              Not used<span className="sr-only">: {one.skip}</span>
                            </span>
                          )}
                        </td>
                      )}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </section>
        );
      })}
      <p className="sr-only" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}

interface ChooserProps {
  data: PanelView;
  /** The texts on screen. */
  system: PanelSystem;
  /** The system picked in the select (its texts may still be loading). */
  chosen: string;
  busy: boolean;
  selectId: string;
  onChoose: (id: string) => void;
  onStatus: (message: string) => void;
}

function SystemChooser({ data, system, chosen, busy, selectId, onChoose, onStatus }: ChooserProps) {
  return (
    <div className="allowlist__system">
      <label htmlFor={selectId} className="allowlist__label">
        My mail system
      </label>
      <select id={selectId} value={chosen} onChange={(e) => onChoose(e.currentTarget.value)}>
        {systemGroups(data.systems).map((group) => (
          <optgroup key={group.label} label={group.label}>
            {group.systems.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      <div className="allowlist__howto" aria-live="off">
        <SystemHowTo system={system} />
        {system.all.skipped.length > 0 && (
          <details className="allowlist__skipped">
            <summary>
              {system.all.skipped.length} {system.all.skipped.length === 1 ? 'entry is' : 'entries are'} left out for {system.name}
            </summary>
            <ul>
              {system.all.skipped.map((s) => (
                <li key={s.id}>
                  <code>{s.value}</code>: {s.reason}
                </li>
              ))}
            </ul>
          </details>
        )}
      </div>
      <div className="allowlist__all">
        {/* Read before the button, so nobody copies examples without seeing that they are examples. */}
        <ExampleWarning copy={system.all} />
        <CopyControl
          text={system.all.text}
          label="Copy everything"
          context={`for ${system.name}`}
          what="Everything"
          copiedMessage={system.all.copied}
          onResult={onStatus}
          buttonClass="button"
          disabled={busy || system.all.count === 0}
        />
        <details className="allowlist__preview">
          <summary>Preview what will be copied</summary>
          {/* A <pre> takes no accessible name: the scrollable, focusable region around it carries it. */}
          <div role="region" tabIndex={0} aria-label={`What will be copied for ${system.name}`} className="allowlist__preview-text">
            <pre>{system.all.text}</pre>
          </div>
        </details>
        <p className="allowlist__page-link">
          <a href={paths.allowlistSystem(system.id)}>The {system.name} format on a page of its own</a>, to read or to send as a link to whoever manages your mail system.
        </p>
      </div>
    </div>
  );
}
