/** A long value that may wrap only after its separators (`@ . : / -`), never inside a word. */
import { Fragment } from 'react';
import { wrapPoints } from '../lib/text.ts';

export function Breakable({ value }: { value: string }) {
  const parts = wrapPoints(value);
  return (
    <>
      {parts.map((part, i) => (
        <Fragment key={i}>
          {i > 0 && <wbr />}
          {part}
        </Fragment>
      ))}
    </>
  );
}
