/**
 * `npm run bench:feedback [seconds] [connections]`: load on the real feedback service.
 * Starts src/server/main.ts (SQLite in a temporary folder, a one-article manifest), then autocannon
 * sends article votes, each with a new client id, for the given time. Prints votes/s, latency
 * p50/p99, errors, and checks that every vote answered 201 is in the database.
 * Target (issue 14): at least 2,000 votes/s with p99 under 50 ms on a 2-core machine.
 */
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';

const seconds = Number(process.argv[2] ?? 10);
const connections = Number(process.argv[3] ?? 32);
const TARGET_RATE = 2000;
const TARGET_P99 = 50;

const dir = mkdtempSync(join(tmpdir(), 'bench-feedback-'));
mkdirSync(join(dir, 'dist'));
const manifest = { categories: [{ id: 'bench', title: 'Bench' }], articles: [{ id: 'bench-article', title: 'Bench article', category: 'bench' }], trees: [] };
writeFileSync(join(dir, 'dist', 'feedback-manifest.json'), JSON.stringify(manifest));

const server = spawn(process.execPath, ['src/server/main.ts'], {
  env: { ...process.env, PORT: '0', FEEDBACK_DIST: join(dir, 'dist'), FEEDBACK_DATA_DIR: join(dir, 'data'), FEEDBACK_ADMIN_TOKEN: 'bench', FEEDBACK_RATE_LIMIT: '100000000' },
  stdio: ['ignore', 'pipe', 'inherit'],
});
const url = await new Promise((resolve, reject) => {
  let out = '';
  server.stdout.on('data', (chunk) => {
    out += chunk;
    const found = /on (http:\/\/\S+?)\/ /.exec(out)?.[1];
    if (found) resolve(found);
  });
  server.on('exit', (code) => reject(new Error(`the service exited (${code}) before listening`)));
});

console.log(`Feedback service bench: ${seconds} s, ${connections} connections, POST ${url}/api/feedback/votes/article (SQLite, WAL)`);
let created = 0;
const result = await autocannon({
  url: `${url}/api/feedback/votes/article`,
  connections,
  duration: seconds,
  requests: [
    {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      setupRequest: (req) => ({ ...req, body: JSON.stringify({ clientId: randomUUID(), article: 'bench-article', helpful: Math.random() < 0.7 }) }),
      onResponse: (status) => {
        if (status === 201) created++;
      },
    },
  ],
});

server.kill('SIGTERM');
await new Promise((resolve) => server.on('exit', resolve));
const db = new DatabaseSync(join(dir, 'data', 'feedback.sqlite'));
const stored = db.prepare('SELECT COUNT(*) AS n FROM votes').get().n;
db.close();
rmSync(dir, { recursive: true, force: true });

const rate = result.requests.average;
const errors = result.errors + result.timeouts + result.non2xx;
const p99 = result.latency.p99;
console.log(`
  votes/s (mean)     ${Math.round(rate).toLocaleString('en-US')}
  votes answered 201 ${created.toLocaleString('en-US')} (stored: ${Number(stored).toLocaleString('en-US')})
  latency p50        ${result.latency.p50} ms
  latency p99        ${p99} ms
  errors             ${errors} (connection errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx})
`);
const ok = rate >= TARGET_RATE && p99 < TARGET_P99 && errors === 0 && Number(stored) >= created;
console.log(ok ? `Target met: ≥ ${TARGET_RATE} votes/s, p99 < ${TARGET_P99} ms, no errors, every 201 stored.` : `Target NOT met (≥ ${TARGET_RATE} votes/s, p99 < ${TARGET_P99} ms, no errors, every 201 stored).`);
process.exitCode = ok ? 0 : 1;
