/**
 * The troubleshooter island: one question at a time, every step a real link to its own page, the
 * answers kept in the URL so reloads, Back/Forward and pasted links all show the step the URL names.
 * It shows only what it knows: without a `?path=` (or before hydration) a step has no history and
 * no step number. All decisions are made in src/lib/troubleshooter; this component only shows them.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type MouseEvent, type ReactNode } from 'react';
import { Navigator, stepTitle as titleOf, type Walk } from '../../lib/troubleshooter/engine.ts';
import { nodeAt, readAddress, stepUrl, withWalk, type Located } from '../../lib/troubleshooter/address.ts';
import { supportMailto } from '../../lib/troubleshooter/report.ts';
import { NOT_SOLVED, nodeText, type Tree } from '../../lib/troubleshooter/tree.ts';
import { CopyControl } from '../CopyControl.tsx';
import { DidThisSolveIt } from './DidThisSolveIt.tsx';
import { recordOutcome } from '../feedback/outcome-vote.ts';
import { SupportRequest } from './SupportRequest.tsx';

export interface TroubleshooterProps {
  tree: Tree;
  /** The node whose standalone page this is; leave out when embedded in an article. */
  nodeId?: string;
  supportEmail: string;
  /** Shown with the support address while it is a placeholder. */
  supportNote?: string | undefined;
  /** Suffix for the page title in standalone mode, e.g. " | Help Center". */
  titleSuffix?: string;
  headingLevel?: 2 | 3;
  /** The page the troubleshooter is embedded in: a step's links to that very page are left out. */
  pagePath?: string;
}

/** The fragment an embedded troubleshooter gives the entries it adds, so a reload scrolls back to it. */
const OWN_FRAGMENT = '#troubleshooter';

const isPlainClick = (e: MouseEvent) => e.button === 0 && !e.metaKey && !e.ctrlKey && !e.shiftKey && !e.altKey;
const currentAddress = () => location.pathname + location.search + location.hash;
const bare = (path: string) => path.replace(/\/+$/, '');
/** Whether a link goes to `page` itself (any fragment counts as the same page only without one). */
const linksTo = (href: string, page: string | undefined) => page !== undefined && !href.includes('#') && bare(href.split('?')[0]!) === bare(page);

export default function Troubleshooter({ tree, nodeId, supportEmail, supportNote, titleSuffix = '', headingLevel = 2, pagePath }: TroubleshooterProps) {
  const nav = useMemo(() => new Navigator(tree), [tree]);
  const embedded = nodeId === undefined;
  // Before hydration (and without JavaScript) only the page's own step is known.
  // `earlier`: the answer chosen before at this step, when the reader came back to it.
  const [view, setView] = useState<Located & { earlier?: string | undefined }>(() => ({ walk: nodeId === undefined ? nav.start() : nav.openedAt(nodeId) }));
  const [hydrated, setHydrated] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  /** What became of the reader's "Did this solve it?" answer, for the step it was given on. */
  const [voteNote, setVoteNote] = useState<{ url: string; text: string }>();
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  /** The step URL of the walk on screen, to tell a real move from a jump to a section of the page. */
  const shownUrl = useRef('');

  const { walk } = view;
  const node = nav.node(walk.current);
  const stepTitle = titleOf(node, nav.stepNumber(walk));
  const answered = nav.describe(walk);
  const links = node.type === 'question' ? [] : node.links.filter((l) => !linksTo(l.href, pagePath));
  const fromStart = walk.from === tree.start;
  const pageUrl = useCallback((w: Walk) => stepUrl(tree, w), [tree]);
  /** Where the address bar points for a walk: the step's page, or this article with `fragment`. */
  const addressFor = useCallback(
    (w: Walk, fragment: string) => (embedded ? location.pathname + withWalk(location.search, tree, w) : pageUrl(w)) + fragment,
    [embedded, tree, pageUrl],
  );

  // After hydration: show the step the URL names, and follow Back/Forward.
  useEffect(() => {
    const fromUrl = () => readAddress(nav, embedded ? undefined : (nodeAt(tree, location.pathname) ?? nodeId), location.search);
    const first = fromUrl();
    shownUrl.current = pageUrl(first.walk);
    // On a step's own page the island places each step itself (see the effect below): the browser's
    // own restoring of the scroll position on Back and Forward, which lands after that, would leave
    // the focused heading off the screen. In an article the page's scroll position is the reader's.
    if (!embedded) history.scrollRestoration = 'manual';
    setView(first);
    setHydrated(true);
    // A link with answers is tidied to what fitted; its fragment is the reader's, and stays.
    const tidy = addressFor(first.walk, location.hash);
    if (/[?&](path|from)=/.test(location.search) && tidy !== currentAddress()) history.replaceState(history.state, '', tidy);
    const onPop = () => {
      const next = fromUrl();
      // Following a link to a section of the page also pops: the walk has not changed, so leave it be.
      if (pageUrl(next.walk) === shownUrl.current && !next.notice) return;
      shownUrl.current = pageUrl(next.walk);
      moved.current = true;
      setView((shown) => ({ ...next, earlier: nav.earlierAnswer(shown.walk, next.walk) }));
    };
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, [nav, nodeId, embedded, tree, pageUrl, addressFor]);

  // After every move: title, focus on the new step's heading, and a polite announcement.
  useEffect(() => {
    if (!embedded) document.title = `${stepTitle} | ${tree.title}${titleSuffix}`;
    if (!moved.current) return;
    moved.current = false;
    const stepHeading = heading.current;
    if (stepHeading) {
      // Focus without the browser's own scroll, which lands the heading flush with the top edge (or
      // clips the header by a few pixels): a step that starts above the screen, as after "Change" or
      // "Back" from lower down, is shown from the top of the troubleshooter instead.
      stepHeading.focus({ preventScroll: true });
      const top = stepHeading.getBoundingClientRect().top;
      if (top < 0 || top > innerHeight) stepHeading.closest('.ts')?.scrollIntoView({ block: 'start' });
    }
    setAnnouncement(stepTitle);
  }, [walk, embedded, stepTitle, tree.title, titleSuffix]);

  const go = (next: Walk) => (e: MouseEvent) => {
    if (!hydrated || !isPlainClick(e)) return;
    e.preventDefault();
    // The second click of a double click lands on whatever the first one brought up: it is not an answer.
    if (e.detail > 1) return;
    const address = addressFor(next, embedded ? OWN_FRAGMENT : '');
    if (address === currentAddress()) return;
    shownUrl.current = pageUrl(next);
    moved.current = true;
    setView({ walk: next, earlier: nav.earlierAnswer(walk, next) });
    history.pushState(null, '', address);
  };

  const Heading = `h${headingLevel}` as const;
  const SubHeading = `h${headingLevel + 1}` as 'h3' | 'h4';
  const stepLink = (w: Walk, label: ReactNode, className?: string, onFollow?: () => void) => (
    <a
      href={pageUrl(w)}
      onClick={(e) => {
        onFollow?.();
        go(w)(e);
      }}
      className={className}
    >
      {label}
    </a>
  );
  const History = fromStart ? 'ol' : 'ul';

  return (
    <div className="ts" data-tree={tree.id}>
      {view.notice && (
        <p className="notice notice--warning" role="note">
          {view.notice}
        </p>
      )}
      <section className={`ts__step ts__step--${node.type}`} aria-labelledby={`ts-${tree.id}-heading`}>
        <Heading id={`ts-${tree.id}-heading`} ref={heading} tabIndex={-1} className="ts__heading">
          {stepTitle}
        </Heading>

        {node.type === 'question' && (
          <>
            {node.help && <div className="ts__help" dangerouslySetInnerHTML={{ __html: node.help }} />}
            <ul className="ts__answers" aria-label="Answers">
              {node.answers.map((a) => {
                const before = a.id === view.earlier;
                const label = before ? (
                  <>
                    {a.label} <span className="ts__earlier">(your answer before)</span>
                  </>
                ) : (
                  a.label
                );
                return <li key={a.id}>{stepLink(nav.answer(walk, a.id), label, before ? 'ts__answer ts__answer--earlier' : 'ts__answer')}</li>;
              })}
            </ul>
          </>
        )}

        {node.type !== 'question' && <div className="ts__body" dangerouslySetInnerHTML={{ __html: node.body }} />}
        {links.length > 0 && (
          <ul className="ts__links">
            {links.map((l) => (
              <li key={l.href}>
                <a href={l.href}>{l.label}</a>
              </li>
            ))}
          </ul>
        )}

        {node.type === 'outcome' && (
          <DidThisSolveIt
            key={pageUrl(walk)}
            headingId={`ts-${tree.id}-solved`}
            headingLevel={(headingLevel + 1) as 3 | 4}
            hydrated={hydrated}
            notSolved={stepLink(nav.answer(walk, NOT_SOLVED), 'No, still not working', 'ts__answer', () => {
              if (hydrated) void recordOutcome(tree.id, walk, false).then(setAnnouncement);
            })}
            onSolved={() => {
              setAnnouncement('Marked as solved.');
              const url = pageUrl(walk);
              void recordOutcome(tree.id, walk, true).then((text) => setVoteNote({ url, text }));
            }}
          />
        )}
        {node.type === 'outcome' && voteNote?.url === pageUrl(walk) && <p className="ts__vote-note">{voteNote.text}</p>}

        {node.type === 'escalation' && hydrated && (
          <SupportRequest
            treeTitle={tree.title}
            answers={answered}
            openedAt={fromStart ? undefined : nodeText(nav.node(walk.from))}
            reached={node.title}
            url={new URL(pageUrl(walk), location.href).href}
            supportEmail={supportEmail}
            supportNote={supportNote}
            headingLevel={(headingLevel + 1) as 3 | 4}
          />
        )}
        {node.type === 'escalation' && !hydrated && (
          <div className="ts__support">
            <SubHeading>Send support your answers</SubHeading>
            <p>Your email opens with this step in it. List the answers you chose, in order, so support can pick up where you are.</p>
            <p>
              <a className="button" href={supportMailto(supportEmail, tree.title, { reached: node.title })}>
                Contact support by email
              </a>
            </p>
            {supportNote && <p className="notice notice--warning placeholder-note">{supportNote}</p>}
          </div>
        )}
      </section>

      {/* After the step, not before it: the answers so far are known only once the island has read the
          address, and a list that appeared above the step then would push the question down the screen. */}
      {walk.steps.length > 0 && (
        <nav className="ts__history" aria-labelledby={`ts-${tree.id}-history`} data-pagefind-ignore>
          <p id={`ts-${tree.id}-history`} className="ts__history-label">
            Your answers so far
          </p>
          {!fromStart && <p className="ts__deeplink">You opened “{nodeText(nav.node(walk.from))}” from a link, so only the answers since then are known.</p>}
          <History>
            {answered.map((item, i) => (
              <li key={i}>
                <span className="ts__q">{item.question}</span> <strong className="ts__a">{item.answer}</strong>{' '}
                <a href={pageUrl(nav.changeAnswer(walk, i))} onClick={go(nav.changeAnswer(walk, i))} className="ts__change" aria-label={`Change answer to “${item.question}”`}>
                  Change
                </a>
              </li>
            ))}
            {/* For screen readers the list ends where they are; on screen the step itself is just above, so it is not repeated. */}
            <li aria-current="step" className="ts__now sr-only">
              Now: {nodeText(node)}
            </li>
          </History>
        </nav>
      )}

      <div className="ts__controls" data-pagefind-ignore>
        {walk.steps.length > 0 && stepLink(nav.back(walk), '← Back', 'control')}
        {walk.current !== tree.start && stepLink(nav.start(), 'Start over', 'control')}
        {hydrated && <CopyControl text={new URL(pageUrl(walk), location.href).href} label="Copy link to this step" what="Link to this step" onResult={setAnnouncement} />}
      </div>
      <p className="sr-only" role="status" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
