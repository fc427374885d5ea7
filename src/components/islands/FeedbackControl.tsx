/** The "Was this helpful?" island inside its error boundary (see ../IslandBoundary.tsx). */
import type { ComponentProps } from 'react';
import Control from '../feedback/FeedbackControl.tsx';
import { IslandBoundary } from '../IslandBoundary.tsx';

export default function FeedbackControl(props: ComponentProps<typeof Control>) {
  return (
    <IslandBoundary tool="The feedback form">
      <Control {...props} />
    </IslandBoundary>
  );
}
