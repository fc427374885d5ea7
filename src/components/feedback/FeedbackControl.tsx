/**
 * "Was this helpful? Yes / No" at the end of an article. A thin view over cast-vote.ts: a thank-you
 * after a vote, and after "No" an optional comment (never shown back as HTML) and the support route.
 * Before hydration (or without JavaScript) it says that voting needs JavaScript and offers support.
 * The support sentence stays (the same element) when the buttons arrive, so a reader who has reached
 * or focused it does not lose it; after a vote, focus goes to what comes next.
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { COMMENT_MAX, newClientId } from '../../lib/feedback/rules.ts';
import { alreadyVoted, castVote, openNoVote, rememberComment } from './cast-vote.ts';
import { feedbackApi, sendComment, serviceUp, type VoteTarget } from './feedback-client.ts';

interface Props {
  target: VoteTarget;
  question?: string;
  supportHref: string;
  supportLabel: string;
  headingLevel?: 2 | 3;
}

type Phase = 'static' | 'checking' | 'ready' | 'sending' | 'voted' | 'already' | 'unavailable' | 'off' | 'failed';
type CommentPhase = 'idle' | 'sending' | 'sent' | 'failed';

export default function FeedbackControl({ target, question = 'Was this helpful?', supportHref, supportLabel, headingLevel = 2 }: Props) {
  const [phase, setPhase] = useState<Phase>('static');
  const [helpful, setHelpful] = useState<boolean | null>(null);
  /** The "No" was given earlier today, on an earlier visit: its comment can still follow. */
  const [earlier, setEarlier] = useState(false);
  const [comment, setComment] = useState('');
  const [commentPhase, setCommentPhase] = useState<CommentPhase>('idle');
  const clientId = useRef('');
  const busy = useRef(false);
  const status = useRef<HTMLDivElement>(null);
  const commentBox = useRef<HTMLTextAreaElement>(null);
  /** Where keyboard focus goes once the next state has rendered (the buttons it was on are gone). */
  const [focusNext, setFocusNext] = useState<'status' | 'comment' | null>(null);
  const id = useId();
  const Heading = `h${headingLevel}` as const;

  useEffect(() => {
    clientId.current = newClientId(crypto);
    if (feedbackApi === null) return setPhase(alreadyVoted(target) ? 'already' : 'off');
    const noWithoutComment = openNoVote(target);
    if (noWithoutComment) {
      clientId.current = noWithoutComment;
      setHelpful(false);
      setEarlier(true);
      return setPhase('voted');
    }
    if (alreadyVoted(target)) return setPhase('already');
    setPhase('checking');
    let live = true;
    void serviceUp(feedbackApi).then((up) => live && setPhase(up ? 'ready' : 'unavailable'));
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    if (focusNext === 'comment') commentBox.current?.focus();
    if (focusNext === 'status') status.current?.focus();
    if (focusNext) setFocusNext(null);
  }, [focusNext]);

  const vote = async (answer: boolean) => {
    if (busy.current) return;
    busy.current = true;
    setHelpful(answer);
    setPhase('sending');
    const result = await castVote(target, answer, clientId.current);
    busy.current = false;
    const next = result === 'sent' ? 'voted' : result === 'already' ? 'already' : result === 'off' ? 'off' : 'failed';
    setPhase(next);
    // A failed vote keeps its buttons (and focus); otherwise they are gone.
    if (next !== 'failed') setFocusNext(next === 'voted' && !answer ? 'comment' : 'status');
  };

  const submitComment = async (e: FormEvent) => {
    e.preventDefault();
    if (!comment.trim() || commentPhase === 'sending' || feedbackApi === null) return;
    setCommentPhase('sending');
    try {
      await sendComment(feedbackApi, clientId.current, comment.trim());
      rememberComment(target);
      setCommentPhase('sent');
      setFocusNext('status');
    } catch {
      setCommentPhase('failed');
    }
  };

  /** The reader can still answer (or is answering): the buttons show, and the support sentence stays. */
  const answering = phase === 'checking' || phase === 'ready' || phase === 'sending';

  const support = (
    <a href={supportHref} className="feedback__support">
      {`contact ${supportLabel}`}
    </a>
  );

  return (
    <section className="feedback" aria-labelledby={`${id}-q`} data-state={phase} data-pagefind-ignore>
      <Heading id={`${id}-q`} className="feedback__question">
        {question}
      </Heading>
      {(answering || phase === 'failed') && (
        <div className="feedback__buttons">
          <button type="button" className="control" disabled={phase !== 'ready' && phase !== 'failed'} onClick={() => void vote(true)}>
            Yes
          </button>
          <button type="button" className="control" disabled={phase !== 'ready' && phase !== 'failed'} onClick={() => void vote(false)}>
            No
          </button>
        </div>
      )}
      {/* Server-rendered, and kept while the reader can still answer; the first sentence shows only where JavaScript is off. */}
      {(phase === 'static' || answering) && (
        <p className="feedback__static">
          <span className="no-js-only">Answering needs JavaScript, which is off in this browser. </span>If this page did not help, {support}.
        </p>
      )}
      <div role="status" aria-live="polite" ref={status} tabIndex={-1} className="feedback__status">
        {phase === 'failed' && (
          <p className="notice notice--warning">
            Your answer could not be sent: the feedback service cannot be reached right now. Try again later, or if this page did not help, {support}.
          </p>
        )}
        {phase === 'unavailable' && (
          <p className="notice notice--warning">Feedback cannot be sent right now: the feedback service is not reachable. If this page did not help, {support}.</p>
        )}
        {phase === 'off' && <p className="notice">This copy of the help center does not collect feedback. If this page did not help, {support}.</p>}
        {phase === 'already' && (
          <p>
            You already answered for this page today. Thank you! If it did not help, {support}.
          </p>
        )}
        {phase === 'voted' && helpful && <p>Thank you! Your answer helps us improve this page.</p>}
        {phase === 'voted' && !helpful && !earlier && <p>Thank you for telling us. Sorry this page did not help.</p>}
        {phase === 'voted' && !helpful && earlier && <p>You answered “No” for this page earlier today. Thank you for telling us.</p>}
        {commentPhase === 'sent' && <p>Your comment was sent. Thank you.</p>}
        {commentPhase === 'failed' && <p className="notice notice--warning">Your comment could not be sent. It is still in the box: try again, or {support}.</p>}
      </div>
      {phase === 'voted' && !helpful && commentPhase !== 'sent' && (
        <form className="feedback__comment" onSubmit={(e) => void submitComment(e)}>
          <label htmlFor={`${id}-comment`}>What were you looking for? (optional)</label>
          <p id={`${id}-note`} className="feedback__note">
            Please do not include personal data such as names, email addresses or phone numbers. At most {COMMENT_MAX.toLocaleString('en-US')} characters.
          </p>
          <textarea
            ref={commentBox}
            id={`${id}-comment`}
            aria-describedby={`${id}-note ${id}-count`}
            maxLength={COMMENT_MAX}
            rows={4}
            value={comment}
            onChange={(e) => setComment(e.target.value)}
          />
          <p id={`${id}-count`} className="feedback__count">
            {comment.length} of {COMMENT_MAX.toLocaleString('en-US')} characters
          </p>
          <button type="submit" className="control" disabled={commentPhase === 'sending' || !comment.trim()}>
            Send comment
          </button>
        </form>
      )}
      {phase === 'voted' && !helpful && <p>You can also {support} and tell them what you tried.</p>}
    </section>
  );
}
