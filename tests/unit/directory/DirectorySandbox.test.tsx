// @vitest-environment jsdom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import DirectorySandbox from '../../../src/components/directory/DirectorySandbox.tsx';
import { STORAGE_KEY } from '../../../src/lib/directory/storage.ts';

const open = (search = '?scenario=free') => {
  window.history.replaceState(null, '', `/practice/directory/${search}`);
  return render(<DirectorySandbox />);
};
// The sticky banner: its step number is a <strong>, so the text is matched on the banner, not the number.
const progress = () => screen.getByText(/^(Step \d of \d:?|All \d steps done)/).closest('.dir__progress') as HTMLElement;
/** After Save the person's page stays a moment (its button saying "Saved"), then the list returns. */
/** Opens Avery Collins, adds " II" to the Job Title and clicks Save. */
async function saveAJobTitle(user: ReturnType<typeof userEvent.setup>) {
  open();
  await user.click(screen.getByRole('button', { name: 'Edit Avery Collins' }));
  await user.type(screen.getByLabelText(/^Job Title/), ' II');
  await user.click(screen.getByRole('button', { name: 'Save' }));
}
const backAtList = () => screen.findByText(/^\d+ of 20 people$/, {}, { timeout: 3000 });

beforeEach(() => localStorage.clear());
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('DirectorySandbox island', () => {
  it('opens on a chooser of exercises when the link names none, and starts the one picked', async () => {
    const user = userEvent.setup();
    open('');
    expect(screen.getByRole('heading', { name: 'Choose an exercise' })).toBeInTheDocument();
    expect(screen.queryByText('20 of 20 people')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Explore: Explore freely/ })).toHaveAttribute('href', '/practice/directory/?scenario=free');
    await user.click(screen.getByRole('link', { name: /^Start: 5 steps: A person’s messages are switched off/ }));
    expect(progress()).toHaveTextContent('Step 1 of 5: Find Dana Whitfield');
    expect(location.search).toBe('?scenario=setting-off');
  });


  it('says plainly that it is a practice copy', () => {
    open();
    expect(screen.getAllByRole('note')[0]).toHaveTextContent('Practice copy. Nothing you do here changes a real Procore account.');
    expect(screen.getByText('20 of 20 people')).toBeInTheDocument();
  });

  it('runs the setting-off exercise to the end through the real controls', async () => {
    const user = userEvent.setup();
    open('?scenario=setting-off');
    expect(progress()).toHaveTextContent('Step 1 of 5: Find Dana Whitfield');
    await user.type(screen.getByLabelText('Search people'), 'whitfield');
    expect(progress()).toHaveTextContent('Step 2 of 5');
    await user.click(screen.getByRole('button', { name: 'Edit Dana Whitfield' }));
    expect(screen.getByRole('heading', { name: /Dana Whitfield/ })).toHaveFocus();
    await user.selectOptions(screen.getByLabelText('Send This User Messages'), 'via-email');
    expect(progress()).toHaveTextContent('Step 4 of 5');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(progress()).toHaveTextContent('Step 5 of 5');
    await backAtList();
    await user.click(screen.getByRole('button', { name: 'Send a practice test email to Dana Whitfield' }));
    expect(progress()).toHaveTextContent('All 5 steps done.');
    expect(screen.getByText(/Dana’s messages are on and the practice test email was delivered/)).toHaveFocus();
    expect(screen.getByText('Practice test email to Dana Whitfield: delivered')).toBeInTheDocument();
    expect(screen.getByText(/^Practice aid: the real Procore Directory has no test email button/)).toBeInTheDocument();
  });

  it('says “Saved” on the Save button itself, then returns to the list with focus on the person’s Edit button', async () => {
    const user = userEvent.setup();
    await saveAJobTitle(user);
    const form = screen.getByLabelText(/^Job Title/).closest('form')!;
    expect(within(form).getByRole('button', { name: 'Saved' })).toHaveAttribute('type', 'submit');
    expect(screen.getByRole('status')).toHaveTextContent('Saved 1 change.');
    await backAtList();
    const edit = screen.getByRole('button', { name: 'Saved' });
    expect(edit).toHaveAttribute('id', 'dir-edit-p01');
    // Focus moves in an effect after the list is drawn: on a busy machine a moment after the text appears.
    await waitFor(() => expect(edit).toHaveFocus());
  });

  it('goes straight back to the list when the reader leaves a just-saved page', async () => {
    const user = userEvent.setup();
    await saveAJobTitle(user);
    await user.click(screen.getByRole('button', { name: '← Back to the Directory' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(screen.getByText('20 of 20 people')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Saved' })).toHaveFocus();
  });

  it('gives a hint after a wrong move', async () => {
    const user = userEvent.setup();
    open('?scenario=setting-off');
    await user.click(screen.getByRole('button', { name: 'Edit Avery Collins' }));
    expect(screen.getByText(/Hint: That is Avery Collins/)).toBeInTheDocument();
  });

  it('makes admin-only fields read-only for a Standard user, and hides Edit without edit rights', async () => {
    const user = userEvent.setup();
    open();
    await user.selectOptions(screen.getByLabelText('Viewing as'), 'standard-edit');
    await user.click(screen.getByRole('button', { name: 'Edit Dana Whitfield' }));
    expect(screen.getByLabelText('Send This User Messages')).toBeDisabled();
    expect(screen.getByLabelText(/^Email Address/)).toHaveAttribute('readonly');
    expect(screen.getByLabelText(/^Email Address/)).toHaveAccessibleDescription('Directory admins only');
    expect(screen.getByLabelText(/^Job Title/)).not.toHaveAttribute('readonly');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await user.selectOptions(screen.getByLabelText('Viewing as'), 'read-only');
    expect(screen.queryByRole('button', { name: /^Edit / })).toBeNull();
    expect(screen.getByText(/ask your company’s Procore administrator/)).toBeInTheDocument();
  });

  it('lets Read Only with Create and Edit Users edit a person’s details but not the admin-only fields', async () => {
    const user = userEvent.setup();
    open();
    await user.selectOptions(screen.getByLabelText('Viewing as'), 'read-only-edit');
    await user.click(screen.getByRole('button', { name: 'Edit Dana Whitfield' }));
    expect(screen.getByLabelText('Send This User Messages')).toBeDisabled();
    expect(screen.getByLabelText(/^Email Address/)).toHaveAttribute('readonly');
    await user.type(screen.getByLabelText(/^Job Title/), ' II');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await backAtList();
    expect(screen.getByRole('rowheader', { name: /Dana Whitfield/ })).toHaveTextContent('Project Engineer II');
  });

  it('blocks saving an invalid email with an announced error beside the field', async () => {
    const user = userEvent.setup();
    open();
    await user.click(screen.getByRole('button', { name: 'Edit Avery Collins' }));
    const email = screen.getByLabelText(/^Email Address/);
    await user.clear(email);
    await user.type(email, 'avery@harborline');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByRole('alert')).toHaveTextContent('One field needs fixing before you can save.');
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription('Enter a full email address, such as name@company.example.');
    expect(screen.getByText(/^Practice simplification: this copy checks that an email address looks complete/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: /Avery Collins/ })).toBeInTheDocument();
    await user.click(screen.getByRole('tab', { name: /Change History/ }));
    expect(screen.getByText(/No saved changes yet/)).toBeVisible();
    expect(screen.getByText(/^Practice simplification: the real Directory keeps every edit in a Change History tab/)).toBeVisible();
  });

  it('asks before leaving with unsaved changes', async () => {
    const user = userEvent.setup();
    open();
    await user.click(screen.getByRole('button', { name: 'Edit Avery Collins' }));
    await user.type(screen.getByLabelText(/^Job Title/), ' II');
    await user.click(screen.getByRole('button', { name: '← Back to the Directory' }));
    const dialog = screen.getByRole('alertdialog');
    expect(dialog).toHaveTextContent('You have unsaved changes to Avery Collins');
    expect(within(dialog).getByRole('button', { name: 'Keep editing' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Discard changes' }));
    expect(screen.getByText('20 of 20 people')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Edit Avery Collins' })).toHaveFocus();
  });

  it('keeps saved edits and the change history in storage, and Reset restores the seed', async () => {
    const user = userEvent.setup();
    const { unmount } = open();
    await user.click(screen.getByRole('button', { name: 'Edit Avery Collins' }));
    await user.type(screen.getByLabelText(/^Job Title/), ' II');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await backAtList();
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!).people.find((p: { id: string }) => p.id === 'p01').jobTitle).toBe('Project Executive II');
    unmount();
    open();
    await user.click(screen.getByRole('button', { name: 'Edit Avery Collins' }));
    expect(screen.getByLabelText(/^Job Title/)).toHaveValue('Project Executive II');
    await user.click(screen.getByRole('tab', { name: 'Change History (1)' }));
    expect(screen.getByRole('cell', { name: 'Project Executive II' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '← Back to the Directory' }));
    await user.click(screen.getByRole('button', { name: 'Reset practice data' }));
    await user.click(screen.getByRole('button', { name: 'Edit Avery Collins' }));
    expect(screen.getByLabelText(/^Job Title/)).toHaveValue('Project Executive');
  });

  it('works in memory when storage is blocked, and says so', async () => {
    const user = userEvent.setup();
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    open();
    expect(screen.getByText(/works in memory only/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Send a practice test email to Dana Whitfield' }));
    expect(screen.getByText('Practice test email to Dana Whitfield: not delivered')).toBeInTheDocument();
  });

  it('explains an unknown exercise in the link', () => {
    open('?scenario=nope');
    expect(screen.getByText(/exercise called “\u2068nope\u2069”, which does not exist/)).toBeInTheDocument();
  });
});
