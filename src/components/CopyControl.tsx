/**
 * A copy button that says what happened (the button itself shows "Copied" for a moment, and the
 * island's status region says what was copied), and offers the text to copy by hand when it cannot.
 */
import { useId, useRef, useState } from 'react';
import { copyText, whyNotCopied, type CopyResult } from '../lib/clipboard.ts';
import { DoneLabel, useDone } from './DoneLabel.tsx';

interface Props {
  text: string;
  label: string;
  /** What is being copied, for the messages ("Link to this step"). */
  what: string;
  /** Said in the status region after a successful copy; defaults to "<what> copied." */
  copiedMessage?: string;
  onResult: (message: string) => void;
  buttonClass?: string;
  /**
   * Words screen readers hear after the visible label ("for Mimecast"). The accessible name then
   * always starts with what is on screen, so voice control ("click Copy CDN hosts") finds it.
   */
  context?: string;
  disabled?: boolean;
}

export function CopyControl({ text, label, what, copiedMessage, onResult, buttonClass = 'control', context, disabled = false }: Props) {
  /** Why the text is offered to copy by hand, once copying failed. */
  const [fallback, setFallback] = useState<Exclude<CopyResult, 'copied'>>();
  const field = useRef<HTMLTextAreaElement>(null);
  const id = useId();
  const [done, flash] = useDone();

  const copy = async () => {
    const result = await copyText(text);
    if (result === 'copied') {
      setFallback(undefined);
      flash();
      onResult(copiedMessage ?? `${what} copied.`);
      return;
    }
    setFallback(result);
    onResult(`Could not copy automatically. ${what} is selected in the box below: press Ctrl+C (or ⌘C) to copy it.`);
    requestAnimationFrame(() => field.current?.select());
  };

  return (
    <span className="copy-control">
      {/* While it shows "Copied", that word alone is the button's name, as on screen. */}
      <button type="button" className={buttonClass} onClick={copy} disabled={disabled} aria-label={!done && context ? `${label} ${context}` : undefined}>
        <DoneLabel done={done} label={label} doneLabel="Copied" />
      </button>
      {fallback && (
        <span className="copy-control__fallback">
          <label htmlFor={id}>{whyNotCopied(fallback)} Select and copy this instead:</label>
          <textarea id={id} ref={field} readOnly rows={Math.min(8, text.split('\n').length)} value={text} onFocus={(e) => e.currentTarget.select()} />
        </span>
      )}
    </span>
  );
}
