// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { SystemHowTo } from '../../../src/components/allowlist/SystemHowTo.tsx';
import type { PanelSystem } from '../../../src/lib/allowlist/panel.ts';

const system = (instructions: string[]) => ({ name: 'Plain list', instructions, caveats: [], docs: undefined }) as unknown as PanelSystem;

afterEach(cleanup);

describe('SystemHowTo', () => {
  it('numbers two or more steps', () => {
    render(<SystemHowTo system={system(['Open the allowlist.', 'Paste the list and save.'])} />);
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Open the allowlist.', 'Paste the list and save.']);
    expect(screen.getByRole('list').tagName).toBe('OL');
  });

  it('writes a single instruction as a sentence, not a list numbered “1.” alone', () => {
    render(<SystemHowTo system={system(['Paste the list wherever your mail system takes one entry per line.'])} />);
    expect(screen.queryByRole('list')).toBeNull();
    expect(screen.getByText('Paste the list wherever your mail system takes one entry per line.').tagName).toBe('P');
  });
});
