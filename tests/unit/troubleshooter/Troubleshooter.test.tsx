// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { renderToStaticMarkup } from 'react-dom/server';
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

  it('marks the answer chosen before at a step the reader goes back to, and no other', async () => {
    const user = userEvent.setup();
    open('setting', '?path=me,yes');
    await user.click(screen.getByRole('link', { name: '← Back' }));
    expect(screen.getByRole('link', { name: 'Yes (your answer before)' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'No' })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Change answer to “Who is affected?”' }));
    expect(screen.getByRole('link', { name: 'Only me (your answer before)' })).toBeInTheDocument();
    // Answering again, forward: nothing to mark.
    await user.click(screen.getByRole('link', { name: /^Everyone/ }));
    expect(screen.queryByText('(your answer before)')).toBeNull();
    // The browser's Back to a step answered before marks it too.
    window.history.pushState(null, '', '/troubleshoot/sample/who/');
    await act(async () => window.dispatchEvent(new PopStateEvent('popstate')));
    expect(screen.getByText('(your answer before)').closest('a')).toHaveTextContent(/^Everyone/);
  });

  it('restores the answers from ?path= and follows the browser history', async () => {
    open('setting', '?path=me,yes');
    expect(heading()).toHaveTextContent('Step 3: Turn the setting on');
    window.history.pushState(null, '', '/troubleshoot/sample/admin/?path=me');
    await act(async () => window.dispatchEvent(new PopStateEvent('popstate')));
    expect(heading()).toHaveTextContent('Step 2: Are you an admin?');
  });

  it('shows the step the URL names when history returns to a URL without a path', async () => {
    open('setting', '?path=me,yes');
    window.history.pushState(null, '', '/troubleshoot/sample/');
    await act(async () => window.dispatchEvent(new PopStateEvent('popstate')));
    expect(heading()).toHaveTextContent('Step 1: Who is affected?');
    window.history.pushState(null, '', '/troubleshoot/sample/admin/');
    await act(async () => window.dispatchEvent(new PopStateEvent('popstate')));
    expect(heading()).toHaveTextContent(/^Are you an admin\?$/);
  });

  it('opened from a link without a path, claims no earlier answers and no step number', async () => {
    const user = userEvent.setup();
    open('admin');
    expect(heading()).toHaveTextContent(/^Are you an admin\?$/);
    expect(document.title).toBe('Are you an admin? | Sample problem');
    expect(screen.queryByRole('navigation', { name: 'Your answers so far' })).toBeNull();
    expect(screen.queryByRole('link', { name: '← Back' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Start over' })).toHaveAttribute('href', '/troubleshoot/sample/who/');

    await user.click(screen.getByRole('link', { name: 'No' }));
    expect(location.pathname + location.search).toBe('/troubleshoot/sample/support/?from=admin&path=no');
    const answers = screen.getByRole('navigation', { name: 'Your answers so far' });
    expect(answers).toHaveTextContent('You opened “Are you an admin?” from a link, so only the answers since then are known.');
    expect(within(answers).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Are you an admin? No Change', 'Now: Contact support']);
    const report = screen.getByLabelText('Summary of your answers').textContent!;
    expect(report).toContain('(Opened from a link at “Are you an admin?”: answers given before it are not known.)\n\n1. Are you an admin?\n   Answer: No');
  });

  it('ignores the second click of a double click, wherever it lands, and adds one history entry', () => {
    open('who');
    const before = history.length;
    fireEvent.click(screen.getByRole('link', { name: 'Only me' }), { detail: 1 });
    // The second click lands on what the first one brought up: the next question's first answer.
    fireEvent.click(screen.getByRole('link', { name: 'Yes' }), { detail: 2 });
    expect(heading()).toHaveTextContent('Step 2: Are you an admin?');
    expect(history.length).toBe(before + 1);
    expect(within(screen.getByRole('navigation', { name: 'Your answers so far' })).getAllByRole('listitem')).toHaveLength(2);
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
    await user.click(screen.getByRole('button', { name: 'Yes, it’s solved' }));
    // The button is gone: keyboard focus moves to the answer rather than back to the top of the page.
    expect(screen.getByText(/glad that sorted it/)).toHaveFocus();
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

    // The button itself says it worked for a moment.
    await user.click(screen.getByRole('button', { name: 'Copied' }));
    expect(screen.getByRole('status')).toHaveTextContent('Could not copy automatically');
    expect(screen.getByLabelText(/did not allow copying/)).toHaveValue('http://localhost:3000/troubleshoot/sample/admin/?path=me');
  });

  it('says copying is not available, rather than refused, where the browser has no clipboard, and still offers the link', async () => {
    const user = userEvent.setup();
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    open('admin', '?path=me');
    await user.click(screen.getByRole('button', { name: 'Copy link to this step' }));
    expect(screen.getByLabelText('Copying is not available here. Select and copy this instead:')).toHaveValue('http://localhost:3000/troubleshoot/sample/admin/?path=me');
  });

  it('keeps the article URL when embedded, with the path in its query', async () => {
    const user = userEvent.setup();
    open(undefined);
    await user.click(screen.getByRole('link', { name: 'Everyone' }));
    expect(location.pathname + location.search + location.hash).toBe('/articles/x/?path=all#troubleshooter');
    expect(document.title).toBe('');
  });

  it('when embedded in an article, leaves out a step’s link to that same article', () => {
    window.history.replaceState(null, '', '/articles/x/?path=me,yes');
    render(<Troubleshooter tree={tree} supportEmail="help@h.example" pagePath="/articles/x/" />);
    expect(heading()).toHaveTextContent('Turn the setting on');
    expect(screen.queryByRole('link', { name: 'Steps' })).toBeNull();
    cleanup();
    window.history.replaceState(null, '', '/articles/y/?path=me,yes');
    render(<Troubleshooter tree={tree} supportEmail="help@h.example" pagePath="/articles/y" />);
    expect(screen.getByRole('link', { name: 'Steps' })).toHaveAttribute('href', '/articles/x/');
  });

  it('when embedded, leaves the fragment of a link to a section alone, and a jump to a section moves nothing', async () => {
    open(undefined, '?path=all#only-you');
    expect(heading()).toHaveTextContent('Step 2: Allowlist the senders');
    expect(location.search + location.hash).toBe('?path=all#only-you');
    window.history.pushState(null, '', '/articles/x/?path=all#late-email');
    await act(async () => window.dispatchEvent(new PopStateEvent('popstate')));
    expect(heading()).not.toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent('');
  });
});

describe('Troubleshooter without JavaScript (its static HTML)', () => {
  const html = (nodeId: string) => {
    document.body.innerHTML = renderToStaticMarkup(<Troubleshooter tree={tree} nodeId={nodeId} supportEmail="help@h.example" />);
  };

  it('shows a later step with its answers and a way to the start, and no history or step number', () => {
    html('setting');
    expect(heading()).toHaveTextContent(/^Turn the setting on$/);
    expect(screen.queryByRole('navigation')).toBeNull();
    expect(screen.queryByText(/Step \d/)).toBeNull();
    expect(screen.getByRole('link', { name: 'Start over' })).toHaveAttribute('href', '/troubleshoot/sample/who/');
    expect(screen.getByRole('link', { name: 'No, still not working' })).toHaveAttribute('href', '/troubleshoot/sample/allowlist/?from=setting&path=not-solved');
  });

  it('lets the reader email support from the escalation, asking for their answers without filling any in', () => {
    html('support');
    const mail = new URL(screen.getByRole('link', { name: 'Contact support by email' }).getAttribute('href')!);
    const body = mail.searchParams.get('body')!;
    expect(body).toContain('reached “Contact support”');
    expect(body).toMatch(/please list them/);
    expect(body).not.toMatch(/Only me|Everyone|Answer:/);
  });
});
