/** The guided exercise as a checklist: the current step highlighted, hints, completion. ("Step n of N" stays in view above the sandbox.) */
import { useEffect, useRef } from 'react';
import type { Scenario } from '../../lib/directory/guide.ts';
import type { GuideProgress } from '../../lib/directory/state.ts';

interface Props {
  scenario: Scenario;
  progress: GuideProgress;
  finished: boolean;
  onRestart: () => void;
  headingLevel: 2 | 3 | 4;
}

export function GuidePanel({ scenario, progress, finished, onRestart, headingLevel }: Props) {
  const H = `h${headingLevel}` as const;
  const done = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (finished) done.current?.focus();
  }, [finished]);
  return (
    <section className="dir__guide" aria-label="Guided exercise">
      <H className="dir__guide-title">{scenario.title}</H>
      <p className="dir__brief">{scenario.brief}</p>
      <ol className="dir__steps">
        {scenario.steps.map((s, i) => (
          <li key={i} className={i < progress.step ? 'is-done' : i === progress.step ? 'is-current' : undefined} aria-current={i === progress.step ? 'step' : undefined}>
            <span className="sr-only">{i < progress.step ? 'Done: ' : i === progress.step ? 'Current step: ' : 'To do: '}</span>
            {s.label}
          </li>
        ))}
      </ol>
      {!finished && progress.hint && (
        <p className="dir__hint" role="status">
          Hint: {progress.hint}
        </p>
      )}
      {finished && (
        <p ref={done} tabIndex={-1} className="dir__done">
          {scenario.finished}
        </p>
      )}
      <button type="button" className="control" onClick={onRestart}>
        Restart exercise
      </button>
    </section>
  );
}
