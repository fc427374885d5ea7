/**
 * The article's "Was this helpful?" island inside its error boundary (see ../IslandBoundary.tsx).
 * Only what differs between pages crosses into the page as props (the article, and the support
 * team's name from the site config); the vote target and the support link are set here.
 */
import Control from '../feedback/FeedbackControl.tsx';
import { IslandBoundary } from '../IslandBoundary.tsx';
import { supportSectionId } from '../../lib/support.ts';

export default function FeedbackControl({ article, supportLabel }: { article: string; supportLabel: string }) {
  return (
    <IslandBoundary tool="The feedback form">
      <Control target={{ kind: 'article', article }} supportHref={`#${supportSectionId}`} supportLabel={supportLabel} />
    </IslandBoundary>
  );
}
