/**
 * The real service process (src/server/main.ts) on a SQLite file: a SIGKILL in the middle of a
 * stream of votes loses none that were answered 201, and SIGTERM lets requests in flight finish.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { manifest } from './fixture.ts';

const node = join(process.cwd(), 'node_modules/.bin/node');
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'feedback-main-'));
  mkdirSync(join(dir, 'dist'));
  writeFileSync(join(dir, 'dist', 'feedback-manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(dir, 'dist', 'index.html'), '<!doctype html><title>Home</title>');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Starts the service on a free port and resolves with its URL once it listens. */
function startServer(): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const child = spawn(node, ['src/server/main.ts'], {
    env: { ...process.env, PORT: '0', FEEDBACK_DIST: join(dir, 'dist'), FEEDBACK_DATA_DIR: join(dir, 'data'), FEEDBACK_ADMIN_TOKEN: 'token', FEEDBACK_RATE_LIMIT: '100000' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      out += chunk;
      const url = /on (http:\/\/\S+?)\/ /.exec(out)?.[1];
      if (url) resolve({ child, url, output: () => out });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`server exited (${code}) before listening:\n${out}`)));
  });
}

const exited = (child: ChildProcess) => new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));

const vote = (url: string, i: number) =>
  fetch(`${url}/api/feedback/votes/article`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ clientId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, article: 'missing-email', helpful: i % 2 === 0 }),
  }).then((r) => (r.status === 201 ? i : null), () => null);

it('loses no acknowledged vote when killed with SIGKILL mid-load', async () => {
  const { child, url } = await startServer();
  const acknowledged: number[] = [];
  let next = 1;
  let killed = false;
  // Eight streams of votes; the process is killed while they are still sending.
  const streams = Array.from({ length: 8 }, async () => {
    while (!killed) {
      const got = await vote(url, next++);
      if (got !== null) acknowledged.push(got);
    }
  });
  while (acknowledged.length < 300) await new Promise((r) => setTimeout(r, 5));
  const gone = exited(child);
  child.kill('SIGKILL');
  killed = true;
  await Promise.all(streams);
  await gone;
  expect(acknowledged.length).toBeGreaterThanOrEqual(300);

  // Restart on the same file: the service opens it (recovering the WAL) and every 201 is there.
  const again = await startServer();
  again.child.kill('SIGTERM');
  await exited(again.child);
  const db = new DatabaseSync(join(dir, 'data', 'feedback.sqlite'));
  const stored = new Set((db.prepare('SELECT id FROM votes').all() as { id: string }[]).map((r) => Number(r.id.slice(-12))));
  db.close();
  const lost = acknowledged.filter((i) => !stored.has(i));
  expect(lost).toEqual([]);
}, 120_000);

it('finishes requests in flight on SIGTERM, then exits cleanly', async () => {
  const { child, url, output } = await startServer();
  const gone = exited(child);
  const inFlight = Array.from({ length: 20 }, (_, i) => vote(url, 900_000 + i));
  await new Promise((r) => setTimeout(r, 5));
  child.kill('SIGTERM');
  const answered = await Promise.all(inFlight);
  expect(await gone).toBe(0);
  expect(output()).toMatch(/SIGTERM: finishing requests in flight/);
  // Whatever the server answered 201 before stopping is stored.
  const db = new DatabaseSync(join(dir, 'data', 'feedback.sqlite'));
  const stored = new Set((db.prepare('SELECT id FROM votes').all() as { id: string }[]).map((r) => Number(r.id.slice(-12))));
  db.close();
  for (const i of answered) if (i !== null) expect(stored.has(i)).toBe(true);
}, 60_000);
