/**
 * The one feedback pattern for every copy and save button: for about two seconds after it did its
 * job the button itself shows a check and says so ("Copied", "Saved"), while the island's polite
 * status region says the same in words. The button keeps its width, so nothing around it moves.
 * Styles: `.done-label` in global.css.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { DONE_MS } from '../lib/done.ts';

/** `[done, flash]`: `flash()` turns `done` on for DONE_MS (again from the start when called twice). */
export function useDone(): [boolean, () => void] {
  const [done, setDone] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const flash = useCallback(() => {
    clearTimeout(timer.current);
    setDone(true);
    timer.current = setTimeout(() => setDone(false), DONE_MS);
  }, []);
  return [done, flash];
}

interface Props {
  done: boolean;
  label: string;
  /** What the button says while `done`: "Copied", "Saved". */
  doneLabel: string;
}

export function DoneLabel({ done, label, doneLabel }: Props) {
  // Only the visible label is text; the other one is drawn, invisible and unnamed, by CSS
  // (`data-other`) to keep the width, so the button's name and text are always what it shows.
  return (
    <span className="done-label" data-done={done || undefined} data-other={done ? label : doneLabel}>
      <span>{done ? doneLabel : label}</span>
    </span>
  );
}
