import { createSearchReporter } from '../../../src/components/feedback/search-reporter.ts';

function fakeSend() {
  const calls: { url: string; body: unknown; keepalive: boolean | undefined; credentials: string | undefined }[] = [];
  const send = (async (url: string, init: RequestInit) => {
    calls.push({ url, body: JSON.parse(String(init.body)), keepalive: init.keepalive, credentials: init.credentials });
    return new Response(null, { status: 202 });
  }) as typeof fetch;
  return { calls, send };
}

describe('the search reporter', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('sends the queries that found nothing together, after a pause, with no credentials', () => {
    const { calls, send } = fakeSend();
    const reporter = createSearchReporter({ api: '/api/feedback', send, delayMs: 1000 });
    reporter.noResults('sso logn');
    reporter.noResults('forgot pasword');
    expect(calls).toEqual([]);
    vi.advanceTimersByTime(1000);
    expect(calls).toEqual([{ url: '/api/feedback/searches', body: { events: [{ query: 'sso logn' }, { query: 'forgot pasword' }] }, keepalive: false, credentials: 'omit' }]);
  });

  it('sends an opened result at once, kept alive as the page leaves', () => {
    const { calls, send } = fakeSend();
    createSearchReporter({ api: '/api/feedback', send }).opened('junk mail', '/articles/allowlist-procore-email/');
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ keepalive: true, body: { events: [{ query: 'junk mail', opened: '/articles/allowlist-procore-email/' }] } });
  });

  it('sends nothing when the build has feedback off', () => {
    const { calls, send } = fakeSend();
    const reporter = createSearchReporter({ api: null, send, delayMs: 10 });
    reporter.noResults('anything at all');
    reporter.opened('anything', '/articles/x/');
    vi.advanceTimersByTime(100);
    expect(calls).toEqual([]);
  });

  it('keeps search working when the service cannot be reached', async () => {
    const reporter = createSearchReporter({ api: '/api/feedback', send: (async () => Promise.reject(new TypeError('offline'))) as typeof fetch });
    expect(() => reporter.opened('spam folder', '/articles/x/')).not.toThrow();
  });
});
