/** The troubleshooter island inside its error boundary (see ../IslandBoundary.tsx). */
import Tree, { type TroubleshooterProps } from '../troubleshooter/Troubleshooter.tsx';
import { IslandBoundary } from '../IslandBoundary.tsx';
import { walkParams } from '../../lib/troubleshooter/address.ts';

export default function Troubleshooter(props: TroubleshooterProps) {
  return (
    <IslandBoundary tool="The troubleshooter" urlParams={walkParams}>
      <Tree {...props} />
    </IslandBoundary>
  );
}
