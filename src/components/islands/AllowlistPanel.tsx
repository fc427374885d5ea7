/** The allowlist panel island inside its error boundary (see ../IslandBoundary.tsx). */
import Panel, { type AllowlistPanelProps } from '../allowlist/AllowlistPanel.tsx';
import { IslandBoundary } from '../IslandBoundary.tsx';
import { SYSTEM_PARAM, SYSTEM_STORAGE_KEY } from '../../lib/allowlist/choice.ts';

export default function AllowlistPanel(props: AllowlistPanelProps) {
  return (
    <IslandBoundary tool="The allowlist panel" storageKeys={[SYSTEM_STORAGE_KEY]} urlParams={props.syncUrl === false ? [] : [SYSTEM_PARAM]}>
      <Panel {...props} />
    </IslandBoundary>
  );
}
