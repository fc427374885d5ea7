/**
 * The feedback API, in-process, against both stores: SQLite (the default) and Postgres (PGlite
 * behind a Postgres wire endpoint, reached through `pg`). Every test runs on both.
 */
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../../src/server/app.ts';
import { ensureAdminToken, hashToken } from '../../../src/server/admin.ts';
import type { FeedbackStore } from '../../../src/server/store/store.ts';
import { ADMIN_TOKEN, manifest, postgresKind, sqliteKind, type StoreKind } from './fixture.ts';

const NOW = new Date('2026-11-28T10:00:00Z');
let n = 0;
/** A fresh client id for each vote (a real browser makes one per vote). */
const uuid = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;

const kinds: [string, () => Promise<StoreKind>][] = [
  ['SQLite', async () => sqliteKind()],
  ['Postgres', postgresKind],
];

describe.each(kinds)('feedback API on %s', (_name, makeKind) => {
  let kind: StoreKind;
  let store: FeedbackStore;
  let app: FastifyInstance;

  const start = async (options: { rateLimit?: number } = {}) => {
    store = await kind.open();
    app = await buildApp({ store, manifest, adminTokenHash: hashToken(ADMIN_TOKEN), now: () => NOW, ...options });
  };
  const stop = async () => {
    await app.close();
    await store.close();
  };
  const post = (url: string, payload: unknown) => app.inject({ method: 'POST', url: `/api/feedback${url}`, payload: payload as object });
  const login = async () => {
    const res = await post('/login', { token: ADMIN_TOKEN });
    return String(res.headers['set-cookie']).split(';')[0]!;
  };
  const summary = async () => {
    const res = await app.inject({ url: '/api/feedback/summary', headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
    expect(res.statusCode).toBe(200);
    return res.json();
  };

  beforeAll(async () => {
    kind = await makeKind();
  }, 120_000);
  afterAll(async () => {
    await kind.cleanup();
  });
  beforeEach(async () => {
    await start({ rateLimit: 1000 });
  });
  afterEach(async () => {
    await stop();
  });

  it('records an article vote once, however often it is sent, and sets no cookie', async () => {
    const vote = { clientId: uuid(), article: 'missing-email', helpful: false };
    const first = await post('/votes/article', vote);
    expect(first.statusCode).toBe(201);
    expect(first.json()).toEqual({ status: 'created' });
    expect(first.headers['set-cookie']).toBeUndefined();
    const again = await post('/votes/article', vote);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual({ status: 'duplicate' });
    const row = (await summary()).articles.find((a: { id: string }) => a.id === 'missing-email');
    expect(row.no).toBe(1);
  });

  it('records an outcome vote with the path that led to it', async () => {
    expect((await post('/votes/outcome', { clientId: uuid(), tree: 'no-email', node: 'turn-on', path: 'yes,off', helpful: false })).statusCode).toBe(201);
    expect((await post('/votes/outcome', { clientId: uuid(), tree: 'no-email', node: 'check-spam', path: 'no', helpful: true })).statusCode).toBe(201);
    const { outcomes } = await summary();
    const turnOn = outcomes.find((o: { node: string }) => o.node === 'turn-on');
    expect(turnOn).toMatchObject({ notSolved: 1, solved: 0, escalates: true, paths: [{ from: '', path: 'yes,off', labels: ['Yes', 'Off'], count: 1 }] });
    expect(outcomes.find((o: { node: string }) => o.node === 'check-spam')).toMatchObject({ solved: 1, notSolved: 0 });
  });

  it('records an outcome vote from a step opened straight from a link (?from=)', async () => {
    expect((await post('/votes/outcome', { clientId: uuid(), tree: 'no-email', node: 'turn-on', from: 'setting', path: 'off', helpful: false })).statusCode).toBe(201);
    // From the start, said explicitly, counts with the paths from the start.
    expect((await post('/votes/outcome', { clientId: uuid(), tree: 'no-email', node: 'turn-on', from: 'spam', path: 'yes,off', helpful: false })).statusCode).toBe(201);
    const turnOn = (await summary()).outcomes.find((o: { node: string }) => o.node === 'turn-on');
    expect(turnOn.paths).toContainEqual({ from: 'setting', path: 'off', labels: ['(opened at “Is the setting on?”)', 'Off'], count: 1 });
    expect(turnOn.paths.find((p: { from: string; path: string }) => p.from === '' && p.path === 'yes,off').count).toBeGreaterThanOrEqual(1);
  });

  const bad: [string, string, unknown, number, string][] = [
    ['a missing clientId', '/votes/article', { article: 'missing-email', helpful: true }, 400, 'clientId'],
    ['a clientId that is not a UUID', '/votes/article', { clientId: 'abc', article: 'missing-email', helpful: true }, 400, 'clientId'],
    ['helpful as a string', '/votes/article', { clientId: 'UUID', article: 'missing-email', helpful: 'yes' }, 400, 'helpful'],
    ['helpful as a number', '/votes/article', { clientId: 'UUID', article: 'missing-email', helpful: 1 }, 400, 'helpful'],
    ['a missing helpful', '/votes/article', { clientId: 'UUID', article: 'missing-email' }, 400, 'helpful'],
    ['an unknown article', '/votes/article', { clientId: 'UUID', article: 'no-such-page', helpful: true }, 400, 'article'],
    ['an article id with odd characters', '/votes/article', { clientId: 'UUID', article: '../etc', helpful: true }, 400, 'article'],
    ['an extra field', '/votes/article', { clientId: 'UUID', article: 'missing-email', helpful: true, email: 'a@b.example' }, 400, 'email'],
    ['a list instead of an object', '/votes/article', [1, 2], 400, 'body'],
    ['an unknown tree', '/votes/outcome', { clientId: 'UUID', tree: 'nope', node: 'turn-on', path: 'yes,off', helpful: true }, 400, 'tree'],
    ['a node that is not an outcome', '/votes/outcome', { clientId: 'UUID', tree: 'no-email', node: 'setting', path: 'yes', helpful: true }, 400, 'node'],
    ['an unknown node', '/votes/outcome', { clientId: 'UUID', tree: 'no-email', node: 'nowhere', path: '', helpful: true }, 400, 'node'],
    ['a path that does not lead to the node', '/votes/outcome', { clientId: 'UUID', tree: 'no-email', node: 'turn-on', path: 'no', helpful: true }, 400, 'path'],
    ['a path with an unknown answer', '/votes/outcome', { clientId: 'UUID', tree: 'no-email', node: 'turn-on', path: 'yes,maybe', helpful: true }, 400, 'path'],
    ['a from that is not a step', '/votes/outcome', { clientId: 'UUID', tree: 'no-email', node: 'turn-on', from: 'elsewhere', path: 'off', helpful: true }, 400, 'from'],
    ['a path that does not lead from its from', '/votes/outcome', { clientId: 'UUID', tree: 'no-email', node: 'turn-on', from: 'setting', path: 'on', helpful: true }, 400, 'path'],
    ['a path that is not answer ids', '/votes/outcome', { clientId: 'UUID', tree: 'no-email', node: 'turn-on', path: 'yes;off', helpful: true }, 400, 'path'],
    ['a missing path', '/votes/outcome', { clientId: 'UUID', tree: 'no-email', node: 'turn-on', helpful: true }, 400, 'path'],
    ['a comment over 1,000 characters', '/comments', { clientId: 'UUID', text: 'x'.repeat(1001) }, 400, 'text'],
    ['an empty comment', '/comments', { clientId: 'UUID', text: '' }, 400, 'text'],
    ['a comment of spaces', '/comments', { clientId: 'UUID', text: '   ' }, 400, 'text'],
    ['a comment for no vote', '/comments', { clientId: 'UUID', text: 'Where is the setting?' }, 404, 'clientId'],
    ['a comment as a number', '/comments', { clientId: 'UUID', text: 5 }, 400, 'text'],
    ['a search report without events', '/searches', { events: [] }, 400, 'events'],
    ['a search report with too many events', '/searches', { events: Array.from({ length: 21 }, () => ({ query: 'q' })) }, 400, 'events'],
    ['a search query over 200 characters', '/searches', { events: [{ query: 'q'.repeat(201) }] }, 400, 'events.0.query'],
    ['an opened result that is not a site path', '/searches', { events: [{ query: 'spam', opened: 'https://elsewhere.example/' }] }, 400, 'events.0.opened'],
    ['a wrong login field', '/login', { password: 'x' }, 400, 'token'],
  ];
  it.each(bad)('rejects %s with a 4xx naming the field', async (_what, url, body, status, field) => {
    const payload = JSON.parse(JSON.stringify(body).replace('"UUID"', JSON.stringify(uuid())));
    const res = await post(url, payload);
    expect(res.statusCode).toBe(status);
    expect(res.json()).toMatchObject({ field });
    expect(res.json().error).toMatch(new RegExp(field.split('.').at(-1)!));
  });

  it('rejects a comment on a "Yes" vote', async () => {
    const clientId = uuid();
    await post('/votes/article', { clientId, article: 'missing-email', helpful: true });
    const res = await post('/comments', { clientId, text: 'Nice' });
    expect(res.statusCode).toBe(409);
    expect(res.json().field).toBe('clientId');
  });

  it('rejects bodies that are not JSON, not JSON-typed, or over 4 KB', async () => {
    const notJson = await app.inject({ method: 'POST', url: '/api/feedback/votes/article', headers: { 'content-type': 'application/json' }, payload: '{"clientId":' });
    expect(notJson.statusCode).toBe(400);
    expect(notJson.json()).toMatchObject({ field: 'body' });
    const text = await app.inject({ method: 'POST', url: '/api/feedback/votes/article', headers: { 'content-type': 'text/plain' }, payload: 'yes' });
    expect(text.statusCode).toBe(415);
    expect(text.json()).toMatchObject({ field: 'content-type' });
    const big = await post('/comments', { clientId: uuid(), text: 'x'.repeat(900), padding: 'y'.repeat(4000) });
    expect(big.statusCode).toBe(413);
    expect(big.json()).toMatchObject({ field: 'body' });
  });

  it('keeps a comment on a "No" vote and shows it, as text, on the report', async () => {
    const clientId = uuid();
    await post('/votes/article', { clientId, article: 'reset-password', helpful: false });
    expect((await post('/comments', { clientId, text: '  <b>No</b> mention of SSO  ' })).statusCode).toBe(201);
    expect((await post('/comments', { clientId, text: 'second try' })).json()).toEqual({ status: 'duplicate' });
    const { comments } = await summary();
    expect(comments).toContainEqual(expect.objectContaining({ page: 'reset-password', title: 'Reset your password', text: '<b>No</b> mention of SSO' }));
  });

  it('keeps votes across a restart', async () => {
    const clientId = uuid();
    await post('/votes/article', { clientId, article: 'reset-password', helpful: true });
    const before = (await summary()).articles.find((a: { id: string }) => a.id === 'reset-password').yes;
    await stop();
    await start();
    expect((await summary()).articles.find((a: { id: string }) => a.id === 'reset-password').yes).toBe(before);
    expect((await post('/votes/article', { clientId, article: 'reset-password', helpful: true })).statusCode).toBe(200);
  });

  it('answers 429 with Retry-After once a reader sends too many requests', async () => {
    await stop();
    await start({ rateLimit: 3 });
    for (let i = 0; i < 3; i++) expect((await post('/votes/article', { clientId: uuid(), article: 'missing-email', helpful: true })).statusCode).toBe(201);
    const res = await post('/votes/article', { clientId: uuid(), article: 'missing-email', helpful: true });
    expect(res.statusCode).toBe(429);
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    expect(res.json().error).toMatch(/too many requests/i);
  });

  it('stores search reports without personal data and reports them', async () => {
    const res = await post('/searches', {
      events: [
        { query: 'SSO  login' },
        { query: 'sso login' },
        { query: 'mail for jane.doe@example.com' },
        { query: 'junk folder', opened: '/articles/missing-email/' },
      ],
    });
    expect(res.statusCode).toBe(202);
    const { searchesNothing, searchesOpened } = await summary();
    expect(searchesNothing).toContainEqual({ query: 'sso login', count: 2 });
    expect(searchesNothing).toContainEqual({ query: 'mail for [email]', count: 1 });
    expect(searchesOpened).toContainEqual({ query: 'junk folder', opened: '/articles/missing-email/', count: 1 });
  });

  it('keeps the report and exports behind the token', async () => {
    expect((await app.inject({ url: '/api/feedback/summary' })).statusCode).toBe(401);
    expect((await app.inject({ url: '/api/feedback/summary', headers: { authorization: 'Bearer wrong' } })).statusCode).toBe(401);
    const wrong = await post('/login', { token: 'wrong' });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().field).toBe('token');

    const res = await post('/login', { token: ADMIN_TOKEN });
    expect(res.statusCode).toBe(204);
    expect(String(res.headers['set-cookie'])).toMatch(/HttpOnly/);
    expect(String(res.headers['set-cookie'])).toMatch(/SameSite=Strict/);
    const cookie = await login();
    expect((await app.inject({ url: '/api/feedback/summary', headers: { cookie } })).statusCode).toBe(200);
    expect((await app.inject({ url: '/api/feedback/summary', headers: { cookie: 'feedback_admin=4102444800000.forged' } })).statusCode).toBe(401);
  });

  it('exports votes and comments as CSV, with formulas defused', async () => {
    const clientId = uuid();
    await post('/votes/outcome', { clientId, tree: 'no-email', node: 'turn-on', path: 'yes,off', helpful: false });
    await post('/comments', { clientId, text: '=HYPERLINK("x")' });
    const headers = { authorization: `Bearer ${ADMIN_TOKEN}` };
    const votes = await app.inject({ url: '/api/feedback/export?kind=votes', headers });
    expect(votes.headers['content-type']).toMatch(/text\/csv/);
    expect(votes.body).toContain('2026-11-28,outcome,/troubleshoot/no-email/turn-on/,"yes,off",no');
    const comments = await app.inject({ url: '/api/feedback/export?kind=comments', headers });
    expect(comments.body).toContain(`2026-11-28,outcome,/troubleshoot/no-email/turn-on/,"'=HYPERLINK(""x"")"`);
    const noKind = await app.inject({ url: '/api/feedback/export', headers });
    expect(noKind.statusCode).toBe(400);
    expect(noKind.json().field).toBe('kind');
  });

  it('rejects a report range that is backwards or malformed', async () => {
    const headers = { authorization: `Bearer ${ADMIN_TOKEN}` };
    const backwards = await app.inject({ url: '/api/feedback/summary?from=2026-11-20&to=2026-11-01', headers });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().field).toBe('from');
    const malformed = await app.inject({ url: '/api/feedback/summary?from=yesterday', headers });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().field).toBe('from');
  });

  it('generates a token once when none is set, and stores only its hash', async () => {
    const first = await ensureAdminToken(store, undefined);
    const second = await ensureAdminToken(store, undefined);
    expect(second.generated).toBeUndefined();
    expect(second.hash).toBe(first.hash);
    if (first.generated) expect(first.hash).toBe(hashToken(first.generated));
    const fromEnv = await ensureAdminToken(store, 'chosen-token');
    expect(fromEnv.hash).toBe(hashToken('chosen-token'));
    expect(fromEnv.hash).not.toContain('chosen-token');
  });
});
