/** The support dashboard island inside its error boundary (see ../IslandBoundary.tsx). It saves nothing in the browser. */
import Dashboard from '../feedback/FeedbackDashboard.tsx';
import { IslandBoundary } from '../IslandBoundary.tsx';

export default function FeedbackDashboard() {
  return (
    <IslandBoundary tool="The feedback dashboard">
      <Dashboard />
    </IslandBoundary>
  );
}
