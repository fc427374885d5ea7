// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { IslandBoundary } from '../../src/components/IslandBoundary.tsx';

// Each island's tool, failing as it starts: what the island around it must catch.
vi.mock('../../src/components/allowlist/AllowlistPanel.tsx', () => ({ default: () => { throw new Error('AllowlistPanel failed'); } }));
vi.mock('../../src/components/directory/DirectorySandbox.tsx', () => ({ default: () => { throw new Error('DirectorySandbox failed'); } }));
vi.mock('../../src/components/feedback/FeedbackControl.tsx', () => ({ default: () => { throw new Error('FeedbackControl failed'); } }));
vi.mock('../../src/components/feedback/FeedbackDashboard.tsx', () => ({ default: () => { throw new Error('FeedbackDashboard failed'); } }));
vi.mock('../../src/components/troubleshooter/Troubleshooter.tsx', () => ({ default: () => { throw new Error('Troubleshooter failed'); } }));

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

describe('every island a page hydrates runs inside the boundary', () => {
  const src = join(import.meta.dirname, '..', '..', 'src');
  const sources = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(astro|mdx)$/.test(f));

  it.each(sources.flatMap((file) => hydrated(file)))('%s hydrates <%s> from src/components/islands/', (file, name) => {
    const text = readFileSync(join(src, file), 'utf8');
    const from = new RegExp(`import ${name} from '([^']+)'`).exec(text)?.[1];
    expect(from && resolve(dirname(join(src, file)), from)).toBe(join(src, 'components', 'islands', `${name}.tsx`));
  });

  // An island the site loads itself (the article feedback control, see feedback/load-when-visible.ts).
  const loaders = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((f) => /\.ts$/.test(f));
  const loaded = (file: string) => [...readFileSync(join(src, file), 'utf8').matchAll(/import\('([^']*\/islands\/(\w+)\.tsx)'\)/g)].map((m) => [file, m[2]!, m[1]!] as const);

  it.each(loaders.flatMap((file) => loaded(file)))('%s loads <%s> from src/components/islands/', (file, _, from) => {
    expect(resolve(dirname(join(src, file)), from)).toMatch(new RegExp(`${join('components', 'islands')}/\\w+\\.tsx$`));
  });

  it('finds the islands it checks', () => {
    expect(new Set([...sources.flatMap((file) => hydrated(file).map(([, name]) => name)), ...loaders.flatMap((file) => loaded(file).map(([, name]) => name))])).toEqual(
      new Set(readdirSync(join(src, 'components', 'islands')).map((f) => f.replace(/\.tsx$/, ''))),
    );
  });

  /** [file, component] for each `<Component client:…>` in a page or component. */
  function hydrated(file: string): [string, string][] {
    return [...readFileSync(join(src, file), 'utf8').matchAll(/<([A-Z]\w*)\s[^>]*\bclient:/g)].map((m) => [file, m[1]!]);
  }
});

it.each([
  ['AllowlistPanel', 'The allowlist panel'],
  ['DirectorySandbox', 'The practice Directory'],
  ['FeedbackControl', 'The feedback form'],
  ['FeedbackDashboard', 'The feedback dashboard'],
  ['Troubleshooter', 'The troubleshooter'],
])('the %s island shows what happened when the tool inside it fails', async (island, tool) => {
  vi.spyOn(console, 'error').mockImplementation(() => {});
  const { default: Island } = (await import(`../../src/components/islands/${island}.tsx`)) as { default: (props: object) => ReactNode };
  render(<Island />);
  expect(screen.getByRole('alert')).toHaveTextContent(`${tool} stopped working.`);
  expect(screen.getByText(`${island} failed`)).toBeInTheDocument();
});
