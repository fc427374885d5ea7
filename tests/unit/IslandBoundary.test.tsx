// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, it, vi } from 'vitest';
import { IslandBoundary } from '../../src/components/IslandBoundary.tsx';

afterEach(() => {
  cleanup();
  localStorage.clear();
  vi.restoreAllMocks();
});

/** A tool that cannot start while its saved value is "broken". */
function Tool() {
  if (localStorage.getItem('tool-state') === 'broken') throw new Error('saved state is broken');
  return <p>The tool works.</p>;
}

it('shows what happened instead of a blank tool, and Reset clears the saved data and the address, then starts it again', async () => {
  vi.spyOn(console, 'error').mockImplementation(() => {}); // React reports the caught error
  localStorage.setItem('tool-state', 'broken');
  localStorage.setItem('other-tool', 'kept');
  window.history.replaceState(null, '', '/page/?tool=x&other=y');
  const user = userEvent.setup();
  render(
    <IslandBoundary tool="The test tool" storageKeys={['tool-state']} urlParams={['tool']}>
      <Tool />
    </IslandBoundary>,
  );
  expect(screen.getByRole('alert')).toHaveTextContent('The test tool stopped working.');
  expect(screen.getByText('saved state is broken')).toBeInTheDocument();

  await user.click(screen.getByRole('button', { name: 'Reset this tool' }));
  expect(screen.getByText('The tool works.')).toBeInTheDocument();
  expect(screen.queryByRole('alert')).toBeNull();
  expect(screen.getByRole('status')).toHaveTextContent('The test tool was reset and started again.');
  expect(localStorage.getItem('tool-state')).toBeNull();
  expect(localStorage.getItem('other-tool')).toBe('kept');
  expect(location.search).toBe('?other=y');
});
