// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { renderToStaticMarkup } from 'react-dom/server';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import AllowlistPanel from '../../../src/components/allowlist/AllowlistPanel.tsx';
import { panelData, panelView } from '../../../src/lib/allowlist/panel.ts';
import { sampleList } from './sample-list.ts';

const full = panelData(sampleList());
const data = panelView(full);
/** What the site serves as /allowlist/formats/<id>.json, without a network. */
const fromSite = vi.fn(async (id: string) => ({ version: full.version, system: full.systems.find((s) => s.id === id) }));
const Panel = (props: Partial<Parameters<typeof AllowlistPanel>[0]>) => <AllowlistPanel data={data} load={fromSite} {...props} />;
const status = () => screen.getAllByRole('status').at(-1)!;
let writeText: ReturnType<typeof vi.fn>;

/** user-event installs its own clipboard stub, so ours goes in after it. */
function setup() {
  const user = userEvent.setup();
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  return user;
}

beforeEach(() => {
  localStorage.clear();
  window.history.replaceState(null, '', '/allowlist/');
  writeText = vi.fn().mockResolvedValue(undefined);
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('AllowlistPanel', () => {
  it('shows every current entry in a table per group, with stable anchors and the example notice', () => {
    render(<Panel />);
    expect(screen.getAllByRole('note')[0]).toHaveTextContent('Example values.');
    expect(screen.getAllByRole('note')[0]).toHaveTextContent('Only vendor.com is real.');
    expect(document.getElementById('ip-addresses')).toHaveTextContent('IP addresses (3)');
    const ips = screen.getByRole('region', { name: 'IP addresses (3)' });
    expect(within(ips).getAllByRole('row').slice(1).map((r) => r.querySelector('code')!.textContent)).toEqual(['192.0.2.0/24', '198.51.100.7', '2001:db8:10::/48']);
    expect(screen.queryByText('203.0.113.9')).toBeNull();
  });

  it('copies everything in the chosen system’s format and says how many of what', async () => {
    const user = setup();
    render(<Panel />);
    await user.selectOptions(screen.getByLabelText('My mail system'), 'mimecast');
    expect(location.search).toBe('?system=mimecast');
    expect(localStorage.getItem('allowlist-system')).toBe('mimecast');
    await user.click(await screen.findByRole('button', { name: 'Copy everything for Mimecast: Permitted Senders policy' }));
    expect(writeText).toHaveBeenCalledWith('192.0.2.0/24\n198.51.100.7/32\n2001:db8:10::/48');
    expect(status()).toHaveTextContent('Copied 3 IP ranges for Mimecast: Permitted Senders policy, all of them examples.');
  });

  it('warns beside the button when the copied format cannot say which values are examples', async () => {
    const user = setup();
    render(<Panel />);
    const all = screen.getByRole('button', { name: 'Copy everything for Plain list' });
    expect(all.closest('.allowlist__all')).toHaveTextContent('5 of these 6 values are examples, not real senders: replace them before you paste.');
    await user.click(all);
    expect(status()).toHaveTextContent('Copied 6 entries for Plain list, 5 of them examples.');
    const domains = screen.getByRole('region', { name: 'Domains (1)' });
    expect(within(domains).queryByText(/are examples/)).toBeNull();
  });

  it('puts the example notice into a format that takes comments, and shows the vendor’s page', async () => {
    const user = setup();
    render(<Panel />);
    await user.selectOptions(screen.getByLabelText('My mail system'), 'exchange-online');
    expect(await screen.findByRole('link', { name: 'Configure connection filtering (Microsoft Learn)' })).toHaveAttribute('href', 'https://learn.microsoft.com/defender-office-365/connection-filter-policies-configure');
    const all = screen.getByRole('button', { name: /^Copy everything for Microsoft 365/ });
    await user.click(all);
    expect(writeText.mock.calls.at(-1)![0]).toMatch(/^# Example values, not real senders \(replace them before use\): 192\.0\.2\.0\/24, 198\.51\.100\.7\n/);
    // A command is not ready to run just because its first line is a comment: the warning shows too.
    expect(all.closest('.allowlist__all')).toHaveTextContent('Both values are examples, not real senders: replace them before you paste. The copied text names them in a comment on its first line.');
  });

  it.each(full.systems.filter((s) => s.docs).map((s) => [s.name, s] as const))('%s: shows that vendor’s own page for the setting beside its format', async (_, system) => {
    const user = setup();
    render(<Panel />);
    await user.selectOptions(screen.getByLabelText('My mail system'), system.id);
    const link = await screen.findByRole('link', { name: system.docs!.title });
    expect(link).toHaveAttribute('href', system.docs!.url);
    expect(link.closest('.allowlist__howto')).toHaveTextContent(system.instructions[0]!);
  });

  it('copies one group and one value', async () => {
    const user = setup();
    render(<Panel />);
    await user.selectOptions(screen.getByLabelText('My mail system'), 'barracuda');
    await user.click(await screen.findByRole('button', { name: 'Copy IP addresses for Barracuda Email Gateway Defense: IP Address Policies' }));
    expect(writeText).toHaveBeenLastCalledWith('192.0.2.0 255.255.255.0\n198.51.100.7 255.255.255.255');
    expect(status()).toHaveTextContent('Copied 2 IPv4 ranges for Barracuda Email Gateway Defense: IP Address Policies, all of them examples.');
    await user.click(screen.getByRole('button', { name: 'Copy 198.51.100.7' }));
    expect(writeText).toHaveBeenLastCalledWith('198.51.100.7 255.255.255.255');
    expect(status()).toHaveTextContent('an example value, not a real sender');
  });

  it('shows what a system cannot take instead of a copy button', async () => {
    const user = setup();
    render(<Panel />);
    await user.selectOptions(screen.getByLabelText('My mail system'), 'barracuda');
    // Groups it cannot take say so in plain text, not as buttons that do nothing.
    expect(await screen.findAllByText('Not used by this mail system')).toHaveLength(3);
    expect(screen.queryByRole('button', { name: /^Not used/ })).not.toBeInTheDocument();
    expect(screen.getAllByText(/^Not used$/).length).toBeGreaterThan(0);
    expect(screen.getAllByText(/The Barracuda Email Gateway Defense: IP Address Policies format leaves out IPv6 ranges/)[0]).toBeInTheDocument();
    expect(screen.getByText(/entries are left out for Barracuda/)).toBeInTheDocument();
  });

  it('preselects the system named in the link, and explains an unknown one', async () => {
    window.history.replaceState(null, '', '/allowlist/?system=google-workspace');
    const { unmount } = render(<Panel />);
    expect(screen.getByLabelText('My mail system')).toHaveValue('google-workspace');
    expect(await screen.findByRole('button', { name: /^Copy everything for Google Workspace/ })).toBeEnabled();
    unmount();
    window.history.replaceState(null, '', '/allowlist/?system=lotus-notes');
    render(<Panel />);
    expect(screen.getByLabelText('My mail system')).toHaveValue('plain');
    expect(screen.getByText(/“\u2068lotus-notes\u2069”, which this page does not know/)).toBeInTheDocument();
  });

  it('offers the text to copy by hand when the clipboard is refused', async () => {
    const user = setup();
    writeText.mockRejectedValue(new DOMException('denied', 'NotAllowedError'));
    render(<Panel />);
    await user.click(screen.getByRole('button', { name: 'Copy everything for Plain list' }));
    expect(status()).toHaveTextContent('Could not copy automatically');
    const box = screen.getByLabelText(/did not allow copying/) as HTMLTextAreaElement;
    expect(box.value).toBe(data.first.all.text);
    expect(box).toHaveAttribute('readonly');
  });

  it('keeps working in memory when storage is blocked, and says so', async () => {
    const user = setup();
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    render(<Panel />);
    expect(screen.getByText(/blocking saved settings/)).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('My mail system'), 'mimecast');
    expect(await screen.findByRole('button', { name: 'Copy everything for Mimecast: Permitted Senders policy' })).toBeEnabled();
    expect(status()).toHaveTextContent('Not remembered');
  });

  it('carries only the first system’s texts, and fetches another system’s when it is chosen', async () => {
    const user = setup();
    fromSite.mockClear();
    render(<Panel />);
    expect(fromSite).not.toHaveBeenCalled();
    await user.selectOptions(screen.getByLabelText('My mail system'), 'mimecast');
    expect(fromSite).toHaveBeenCalledWith('mimecast');
    expect(await screen.findByRole('button', { name: /^Copy everything for Mimecast/ })).toBeEnabled();
    expect(status()).toHaveTextContent('Showing the format for Mimecast: Permitted Senders policy.');
    await user.selectOptions(screen.getByLabelText('My mail system'), 'plain');
    await user.selectOptions(screen.getByLabelText('My mail system'), 'mimecast');
    expect(fromSite).toHaveBeenCalledTimes(1);
  });

  it('keeps the list in its format, and says why, when another system’s texts cannot be had', async () => {
    const user = setup();
    const stale = vi.fn(async (id: string) => ({ version: 'older', system: full.systems.find((s) => s.id === id) }));
    render(<Panel load={stale} />);
    await user.selectOptions(screen.getByLabelText('My mail system'), 'mimecast');
    expect(await screen.findByText(/The format for Mimecast: Permitted Senders policy could not be loaded \(the file is for sender list version older/)).toBeInTheDocument();
    expect(screen.getByLabelText('My mail system')).toHaveValue('plain');
    await user.click(screen.getByRole('button', { name: 'Copy everything for Plain list' }));
    expect(writeText).toHaveBeenCalledWith(data.first.all.text);
    // A fresh visit: nothing remembered, no system in the link.
    cleanup();
    localStorage.clear();
    window.history.replaceState(null, '', '/allowlist/');
    render(<Panel load={() => Promise.reject(new Error('the server answered 404'))} />);
    await user.selectOptions(screen.getByLabelText('My mail system'), 'barracuda');
    expect(await screen.findByText(/could not be loaded \(the server answered 404\)/)).toBeInTheDocument();
  });
});

describe('AllowlistPanel without JavaScript (its static HTML)', () => {
  it('links every mail system’s own page, where its exact form needs no JavaScript', () => {
    document.body.innerHTML = renderToStaticMarkup(<Panel />);
    expect(screen.queryByText(/needs JavaScript/)).toBeNull();
    const links = within(document.querySelector<HTMLElement>('.allowlist__nojs')!).getAllByRole('link');
    // Mail systems (those with a vendor's page) first, then the generic formats, each under its label.
    const inOrder = [...full.systems.filter((s) => s.docs), ...full.systems.filter((s) => !s.docs)];
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual(inOrder.map((s) => [s.name, `/allowlist/${s.id}/`]));
    expect(screen.getByText('Mail systems')).toBeInTheDocument();
    expect(screen.getByText('Generic formats, for any system')).toBeInTheDocument();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('groups the chooser the same way: mail systems, then generic formats, still opening on the plain list', async () => {
    render(<Panel />);
    const select = await screen.findByLabelText('My mail system');
    const groups = [...select.querySelectorAll('optgroup')].map((g) => [g.label, [...g.querySelectorAll('option')].map((o) => o.value)]);
    expect(groups).toEqual([
      ['Mail systems', full.systems.filter((s) => s.docs).map((s) => s.id)],
      ['Generic formats, for any system', full.systems.filter((s) => !s.docs).map((s) => s.id)],
    ]);
    expect(select).toHaveValue('plain');
  });
});

describe('AllowlistPanel and each system’s own page', () => {
  it('links the chosen system’s own page, to send to whoever manages the mail system', async () => {
    const user = setup();
    const { container } = render(<Panel />);
    await user.selectOptions(await screen.findByLabelText('My mail system'), 'barracuda');
    expect(await screen.findByRole('link', { name: 'The Barracuda Email Gateway Defense: IP Address Policies format on a page of its own' })).toHaveAttribute('href', '/allowlist/barracuda/');
    expect(container.querySelector('.allowlist__nojs')).toBeNull();
  });
});
