/** The troubleshooter island inside its error boundary (see ../IslandBoundary.tsx). */
import Tree, { type TroubleshooterProps } from '../troubleshooter/Troubleshooter.tsx';
import { IslandBoundary } from '../IslandBoundary.tsx';
import { PATH_PARAM } from '../../lib/troubleshooter/engine.ts';

export default function Troubleshooter(props: TroubleshooterProps) {
  return (
    <IslandBoundary tool="The troubleshooter" urlParams={[PATH_PARAM]}>
      <Tree {...props} />
    </IslandBoundary>
  );
}
