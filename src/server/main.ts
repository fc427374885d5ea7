/**
 * `npm start` runs this after the build: one Node process serving dist/ and the feedback API.
 * Settings come from the environment (see the README's "Feedback service" section).
 * SIGTERM / SIGINT: stop taking connections, finish the requests in flight, close the store.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildApp } from './app.ts';
import { ensureAdminToken } from './admin.ts';
import { openSqliteStore } from './store/sqlite.ts';
import { openPostgresStore } from './store/postgres.ts';
import { MANIFEST_FILE, type FeedbackManifest } from '../lib/feedback/manifest.ts';
import type { FeedbackStore } from './store/store.ts';

const env = process.env;
const distDir = resolve(env.FEEDBACK_DIST ?? 'dist');
const port = Number(env.PORT ?? 4321);
const host = env.HOST ?? 'localhost';

let manifest: FeedbackManifest;
try {
  manifest = JSON.parse(readFileSync(join(distDir, MANIFEST_FILE), 'utf8')) as FeedbackManifest;
} catch {
  console.error(`Cannot read ${join(distDir, MANIFEST_FILE)}: build the site first (npm run build).`);
  process.exit(1);
}

const store: FeedbackStore = env.DATABASE_URL
  ? await openPostgresStore(env.DATABASE_URL)
  : openSqliteStore(resolve(env.FEEDBACK_DATA_DIR ?? 'data', 'feedback.sqlite'));

const token = await ensureAdminToken(store, env.FEEDBACK_ADMIN_TOKEN || undefined);
const app = await buildApp({
  store,
  manifest,
  adminTokenHash: token.hash,
  distDir,
  siteOrigin: env.FEEDBACK_SITE_ORIGIN || undefined,
  rateLimit: env.FEEDBACK_RATE_LIMIT ? Number(env.FEEDBACK_RATE_LIMIT) : undefined,
  trustProxy: env.FEEDBACK_TRUST_PROXY === '1',
  logger: true,
});

let stopping = false;
const stop = async (signal: string) => {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: finishing requests in flight, then stopping.`);
  await app.close();
  await store.close();
  process.exit(0);
};
process.on('SIGTERM', () => void stop('SIGTERM'));
process.on('SIGINT', () => void stop('SIGINT'));

await app.listen({ port, host });
const address = app.server.address();
const listening = `http://${host}:${typeof address === 'object' && address ? address.port : port}`;
console.log(`Help center and feedback service on ${listening}/ (${env.DATABASE_URL ? 'Postgres' : 'SQLite in ' + resolve(env.FEEDBACK_DATA_DIR ?? 'data')})`);
if (token.generated) {
  console.log(`\nSupport dashboard: ${listening}/support/feedback/`);
  console.log(`Its token, shown this once (only a hash is stored; set FEEDBACK_ADMIN_TOKEN to choose your own):\n\n  ${token.generated}\n`);
}
