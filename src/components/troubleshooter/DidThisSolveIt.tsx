/**
 * "Did this solve it?" under an outcome. "Yes" is answered in place (keyboard focus moves to the
 * answer, as the button it was on is gone); "No" is a link to the next step, made by the caller.
 * Give it a `key` per step so a new outcome asks afresh.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';

interface Props {
  /** Id of the group's heading (unique on the page). */
  headingId: string;
  headingLevel: 3 | 4;
  /** False until the island has hydrated: "Yes" is then a disclosure that needs no script. */
  hydrated: boolean;
  /** The "No, still not working" link. */
  notSolved: ReactNode;
  /** Called when the reader says it is solved. */
  onSolved: () => void;
}

export function DidThisSolveIt({ headingId, headingLevel, hydrated, notSolved, onSolved }: Props) {
  const [solved, setSolved] = useState(false);
  const answer = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (solved) answer.current?.focus();
  }, [solved]);
  const Heading = `h${headingLevel}` as const;
  return (
    <div className="ts__followup" data-pagefind-ignore role="group" aria-labelledby={headingId}>
      <Heading id={headingId}>Did this solve it?</Heading>
      {solved ? (
        <p className="ts__solved" ref={answer} tabIndex={-1}>
          Great, glad that sorted it. You can close this page, or start over for another problem.
        </p>
      ) : (
        <div className="ts__followup-actions">
          {hydrated ? (
            <button
              type="button"
              className="ts__answer"
              onClick={() => {
                setSolved(true);
                onSolved();
              }}
            >
              Yes, it’s solved
            </button>
          ) : (
            <details className="ts__yes">
              <summary>Yes, it’s solved</summary>
              <p>Great, glad that sorted it.</p>
            </details>
          )}
          {notSolved}
        </div>
      )}
    </div>
  );
}
