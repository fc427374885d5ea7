/**
 * The troubleshooter island: one question at a time, every step a real link to its own page, the
 * answers kept in the URL (`?path=`) so reloads, Back/Forward and pasted links all restore them.
 * All decisions are made by the Navigator in src/lib; this component only shows them.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import { Navigator, PATH_PARAM, formatPath, stepTitle as titleOf, stepUrl, type Walk } from '../../lib/troubleshooter/engine.ts';
import { supportMailto } from '../../lib/troubleshooter/report.ts';
import { NOT_SOLVED, nodeText, type Tree } from '../../lib/troubleshooter/tree.ts';
import { CopyControl } from '../CopyControl.tsx';
import { SupportRequest } from './SupportRequest.tsx';

export interface TroubleshooterProps {
  tree: Tree;
  /** The node whose standalone page this is; leave out when embedded in an article. */
  nodeId?: string;
  supportEmail: string;
  /** Suffix for the page title in standalone mode, e.g. " | Help Center". */
  titleSuffix?: string;
  headingLevel?: 2 | 3;
}

interface View {
  walk: Walk;
  notice?: string;
  deepLinked: boolean;
}

const isPlainClick = (e: MouseEvent) => e.button === 0 && !e.metaKey && !e.ctrlKey && !e.shiftKey && !e.altKey;

export default function Troubleshooter({ tree, nodeId, supportEmail, titleSuffix = '', headingLevel = 2 }: TroubleshooterProps) {
  const nav = useMemo(() => new Navigator(tree), [tree]);
  const embedded = nodeId === undefined;
  const [view, setView] = useState<View>(() => nav.restore(nodeId, null));
  const [hydrated, setHydrated] = useState(false);
  const [solved, setSolved] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  const { walk } = view;
  const node = nav.node(walk.current);
  const stepNumber = walk.steps.length + 1;
  const stepTitle = titleOf(node, stepNumber);
  const answered = nav.describe(walk);
  const pageUrl = (w: Walk) => stepUrl(tree.id, w.current, w.steps);
  /** Where the browser's address bar points for a walk: the step's page, or this article. */
  const addressFor = useCallback((w: Walk) => {
    if (!embedded) return stepUrl(tree.id, w.current, w.steps);
    const url = new URL(location.href);
    const path = formatPath(w.steps);
    if (path) url.searchParams.set(PATH_PARAM, path);
    else url.searchParams.delete(PATH_PARAM);
    url.hash = 'troubleshooter';
    return url.pathname + url.search + url.hash;
  }, [embedded, tree.id]);

  // After hydration: take the answers from the URL, and follow Back/Forward.
  useEffect(() => {
    const fromUrl = () => {
      const param = new URLSearchParams(location.search).get(PATH_PARAM);
      let restored: View;
      try {
        restored = nav.restore(nodeId, param);
      } catch {
        restored = { walk: nav.start(), deepLinked: false, notice: 'This link could not be read, so the troubleshooter starts from the beginning.' };
      }
      return restored;
    };
    const first = fromUrl();
    setView(first);
    setHydrated(true);
    // A link with answers is tidied to what fitted; a plain deep link is left as it was pasted.
    if (new URLSearchParams(location.search).has(PATH_PARAM)) history.replaceState(null, '', addressFor(first.walk));
    const onPop = () => {
      moved.current = true;
      setSolved(false);
      setView({ ...fromUrl(), deepLinked: false });
    };
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, [nav, nodeId, addressFor]);

  // After every move: title, focus on the new step's heading, and a polite announcement.
  useEffect(() => {
    if (!embedded) document.title = `${stepTitle} | ${tree.title}${titleSuffix}`;
    if (!moved.current) return;
    moved.current = false;
    heading.current?.focus();
    setAnnouncement(stepTitle);
  }, [walk, embedded, stepTitle, tree.title, titleSuffix]);

  const go = (next: Walk) => (e: MouseEvent) => {
    if (!hydrated || !isPlainClick(e)) return;
    e.preventDefault();
    moved.current = true;
    setSolved(false);
    setView({ walk: next, deepLinked: false });
    history.pushState(null, '', addressFor(next));
  };

  const Heading = `h${headingLevel}` as const;
  const SubHeading = `h${headingLevel + 1}` as 'h3' | 'h4';
  const stepLink = (w: Walk, label: string, className?: string) => (
    <a href={pageUrl(w)} onClick={go(w)} className={className}>
      {label}
    </a>
  );

  return (
    <div className="ts" data-tree={tree.id}>
      {view.notice && (
        <p className="notice notice--warning" role="note">
          {view.notice}
        </p>
      )}
      {walk.steps.length > 0 && (
        <nav className="ts__history" aria-label="Your answers so far" data-pagefind-ignore>
          <ol>
            {answered.map((item, i) => (
              <li key={i}>
                <span className="ts__q">{item.question}</span> <strong className="ts__a">{item.answer}</strong>{' '}
                <a href={pageUrl(nav.changeAnswer(walk, i))} onClick={go(nav.changeAnswer(walk, i))} className="ts__change" aria-label={`Change answer to “${item.question}”`}>
                  Change
                </a>
              </li>
            ))}
            <li aria-current="step" className="ts__now">
              Now: {nodeText(node)}
            </li>
          </ol>
          {view.deepLinked && <p className="ts__deeplink">You opened this step from a link, so these are the usual answers that lead here. Change any that don’t fit.</p>}
        </nav>
      )}

      <section className={`ts__step ts__step--${node.type}`} aria-labelledby={`ts-${tree.id}-heading`}>
        <Heading id={`ts-${tree.id}-heading`} ref={heading} tabIndex={-1} className="ts__heading">
          {stepTitle}
        </Heading>

        {node.type === 'question' && (
          <>
            {node.help && <div className="ts__help" dangerouslySetInnerHTML={{ __html: node.help }} />}
            <ul className="ts__answers" aria-label="Answers">
              {node.answers.map((a) => (
                <li key={a.id}>{stepLink(nav.answer(walk, a.id), a.label, 'ts__answer')}</li>
              ))}
            </ul>
          </>
        )}

        {node.type !== 'question' && <div className="ts__body" dangerouslySetInnerHTML={{ __html: node.body }} />}
        {node.type !== 'question' && node.links.length > 0 && (
          <ul className="ts__links">
            {node.links.map((l) => (
              <li key={l.href}>
                <a href={l.href}>{l.label}</a>
              </li>
            ))}
          </ul>
        )}

        {node.type === 'outcome' && (
          <div className="ts__followup" data-pagefind-ignore role="group" aria-labelledby={`ts-${tree.id}-solved`}>
            <SubHeading id={`ts-${tree.id}-solved`}>Did this solve it?</SubHeading>
            {solved ? (
              <p className="ts__solved">Great, glad that sorted it. You can close this page, or start over for another problem.</p>
            ) : (
              <div className="ts__followup-actions">
                {hydrated ? (
                  <button type="button" className="ts__answer" onClick={() => { setSolved(true); setAnnouncement('Marked as solved.'); }}>
                    Yes, it's solved
                  </button>
                ) : (
                  <details className="ts__yes">
                    <summary>Yes, it's solved</summary>
                    <p>Great, glad that sorted it.</p>
                  </details>
                )}
                {stepLink(nav.answer(walk, NOT_SOLVED), 'No, still not working', 'ts__answer')}
              </div>
            )}
          </div>
        )}

        {node.type === 'escalation' && hydrated && (
          <SupportRequest
            treeTitle={tree.title}
            answers={answered}
            reached={node.title}
            url={new URL(pageUrl(walk), location.href).href}
            supportEmail={supportEmail}
            headingLevel={(headingLevel + 1) as 3 | 4}
          />
        )}
        {node.type === 'escalation' && !hydrated && (
          <p>
            <a className="button" href={supportMailto(supportEmail, tree.title)}>
              Contact support by email
            </a>
          </p>
        )}
      </section>

      <div className="ts__controls" data-pagefind-ignore>
        {walk.steps.length > 0 && stepLink(nav.back(walk), '← Back', 'control')}
        {(walk.steps.length > 0 || walk.current !== tree.start) && stepLink(nav.start(), 'Start over', 'control')}
        {hydrated && <CopyControl text={new URL(pageUrl(walk), location.href).href} label="Copy link to this step" what="Link to this step" onResult={setAnnouncement} />}
      </div>
      <p className="sr-only" role="status" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
