/** The practice Directory island inside its error boundary (see ../IslandBoundary.tsx). */
import Sandbox, { type DirectorySandboxProps } from '../directory/DirectorySandbox.tsx';
import { IslandBoundary } from '../IslandBoundary.tsx';
import { STORAGE_KEY } from '../../lib/directory/storage.ts';
import { SCENARIO_PARAM } from '../../lib/paths.ts';

export default function DirectorySandbox(props: DirectorySandboxProps) {
  return (
    <IslandBoundary tool="The practice Directory" storageKeys={[props.storageKey ?? STORAGE_KEY]} urlParams={props.syncUrl === false ? [] : [SCENARIO_PARAM]}>
      <Sandbox {...props} />
    </IslandBoundary>
  );
}
