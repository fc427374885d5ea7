// @vitest-environment jsdom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import Troubleshooter from '../../../src/components/troubleshooter/Troubleshooter.tsx';
import { sampleTree } from './sample-tree.ts';

const tree = sampleTree();
const open = (nodeId: string | undefined, search = '') => {
  window.history.replaceState(null, '', `${nodeId ? `/troubleshoot/sample/${nodeId}/` : '/articles/x/'}${search}`);
  return render(<Troubleshooter tree={tree} nodeId={nodeId} supportEmail="help@h.example" />);
};
const heading = () => screen.getByRole('heading', { level: 2 });

beforeEach(() => {
  document.title = '';
});
afterEach(cleanup);

describe('Troubleshooter island', () => {
  it('asks the first question with "Step 1" in the heading and the page title', () => {
    open('who');
    expect(heading()).toHaveTextContent('Step 1: Who is affected?');
    expect(document.title).toBe('Step 1: Who is affected? | Sample problem');
    expect(screen.getByRole('link', { name: 'Only me' })).toHaveAttribute('href', '/troubleshoot/sample/admin/?path=me');
  });

  it('moves to the next step in place, focuses its heading, announces it and updates the URL', async () => {
    const user = userEvent.setup();
    open('who');
    await user.click(screen.getByRole('link', { name: 'Only me' }));
    expect(heading()).toHaveTextContent('Step 2: Are you an admin?');
    expect(heading()).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent('Step 2: Are you an admin?');
    expect(location.pathname + location.search).toBe('/troubleshoot/sample/admin/?path=me');
  });

  it('lists the answers so far, marks the current step, and lets an earlier answer be changed', async () => {
    const user = userEvent.setup();
    open('who');
    await user.click(screen.getByRole('link', { name: 'Only me' }));
    await user.click(screen.getByRole('link', { name: 'Yes' }));
    const answers = screen.getByRole('navigation', { name: 'Your answers so far' });
    const items = within(answers).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      'Who is affected? Only me Change',
      'Are you an admin? Yes Change',
      'Now: Turn the setting on',
    ]);
    expect(items[2]).toHaveAttribute('aria-current', 'step');

    await user.click(within(answers).getByRole('link', { name: 'Change answer to “Who is affected?”' }));
    expect(heading()).toHaveTextContent('Step 1: Who is affected?');
    expect(screen.queryByRole('navigation', { name: 'Your answers so far' })).toBeNull();
  });

  it('goes back one step and starts over', async () => {
    const user = userEvent.setup();
    open('who');
    await user.click(screen.getByRole('link', { name: 'Only me' }));
    await user.click(screen.getByRole('link', { name: 'No' }));
    await user.click(screen.getByRole('link', { name: '← Back' }));
    expect(heading()).toHaveTextContent('Step 2: Are you an admin?');
    await user.click(screen.getByRole('link', { name: 'Start over' }));
    expect(heading()).toHaveTextContent('Step 1: Who is affected?');
    expect(location.pathname + location.search).toBe('/troubleshoot/sample/who/');
  });

  it('restores the answers from ?path= and follows the browser history', async () => {
    open('setting', '?path=me,yes');
    expect(heading()).toHaveTextContent('Step 3: Turn the setting on');
    window.history.pushState(null, '', '/troubleshoot/sample/admin/?path=me');
    await act(async () => window.dispatchEvent(new PopStateEvent('popstate')));
    expect(heading()).toHaveTextContent('Step 2: Are you an admin?');
  });

  it('explains a tampered path and continues from the part that fits', () => {
    open('setting', '?path=me,bogus');
    expect(screen.getByRole('note')).toHaveTextContent('Only the first 1 of the 2 answers in this link still fit');
    expect(heading()).toHaveTextContent('Step 2: Are you an admin?');
    expect(location.pathname + location.search).toBe('/troubleshoot/sample/admin/?path=me');
  });

  it('asks "Did this solve it?" on an outcome, and "No" leads on', async () => {
    const user = userEvent.setup();
    open('allowlist', '?path=all');
    expect(screen.getByRole('group', { name: 'Did this solve it?' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: "Yes, it's solved" }));
    expect(screen.getByText(/glad that sorted it/)).toBeInTheDocument();
  });

  it('escalates with a copyable report and a pre-filled email', async () => {
    const user = userEvent.setup();
    open('allowlist', '?path=all');
    await user.click(screen.getByRole('link', { name: 'No, still not working' }));
    expect(heading()).toHaveTextContent('Step 3: Contact support');
    const report = screen.getByLabelText('Summary of your answers');
    expect(report.textContent).toContain('1. Who is affected?\n   Answer: Everyone');
    expect(report.textContent).toContain('2. Allowlist the senders: did this solve it?\n   Answer: No');
    expect(report.textContent).toContain('Page: http://localhost:3000/troubleshoot/sample/support/?path=all,not-solved');
    const mail = screen.getByRole('link', { name: 'Email support with this summary' });
    expect(decodeURIComponent(mail.getAttribute('href')!)).toContain('Answer: Everyone');
  });

  it('copies the link to the step, and shows it to copy by hand when the browser refuses', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn().mockResolvedValueOnce(undefined).mockRejectedValueOnce(new Error('denied'));
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    open('admin', '?path=me');
    await user.click(screen.getByRole('button', { name: 'Copy link to this step' }));
    expect(writeText).toHaveBeenCalledWith('http://localhost:3000/troubleshoot/sample/admin/?path=me');
    expect(screen.getByRole('status')).toHaveTextContent('Link to this step copied.');

    await user.click(screen.getByRole('button', { name: 'Copy link to this step' }));
    expect(screen.getByRole('status')).toHaveTextContent('Could not copy automatically');
    expect(screen.getByLabelText(/did not allow copying/)).toHaveValue('http://localhost:3000/troubleshoot/sample/admin/?path=me');
  });

  it('keeps the article URL when embedded, with the path in its query', async () => {
    const user = userEvent.setup();
    open(undefined);
    await user.click(screen.getByRole('link', { name: 'Everyone' }));
    expect(location.pathname + location.search + location.hash).toBe('/articles/x/?path=all#troubleshooter');
    expect(document.title).toBe('');
  });
});
