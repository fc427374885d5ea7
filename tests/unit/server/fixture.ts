/** A small manifest and the two stores the service's tests run against (SQLite file, Postgres on PGlite). */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { buildManifest, type FeedbackManifest } from '../../../src/lib/feedback/manifest.ts';
import { openSqliteStore } from '../../../src/server/store/sqlite.ts';
import { openPostgresStore } from '../../../src/server/store/postgres.ts';
import type { FeedbackStore } from '../../../src/server/store/store.ts';

export const manifest: FeedbackManifest = buildManifest({
  categories: [
    { id: 'email', title: 'Email' },
    { id: 'account', title: 'Account' },
  ],
  articles: [
    { id: 'missing-email', title: 'Missing email', category: 'email' },
    { id: 'reset-password', title: 'Reset your password', category: 'account' },
  ],
  trees: [
    {
      id: 'no-email',
      title: 'Not receiving email',
      start: 'spam',
      nodes: [
        { type: 'question', id: 'spam', prompt: 'Did you check spam?', answers: [{ id: 'yes', label: 'Yes', next: 'setting' }, { id: 'no', label: 'No', next: 'check-spam' }] },
        { type: 'outcome', id: 'check-spam', title: 'Check your spam folder', body: '', links: [], notSolved: 'setting' },
        { type: 'question', id: 'setting', prompt: 'Is the setting on?', answers: [{ id: 'on', label: 'On', next: 'contact' }, { id: 'off', label: 'Off', next: 'turn-on' }] },
        { type: 'outcome', id: 'turn-on', title: 'Turn the setting on', body: '', links: [], notSolved: 'contact' },
        { type: 'escalation', id: 'contact', title: 'Contact support', body: '', links: [] },
      ],
    },
  ],
});

export const ADMIN_TOKEN = 'test-token-not-a-secret';

export interface StoreKind {
  name: string;
  /** Opens the store; a second call opens the same data again (a restart). */
  open(): Promise<FeedbackStore>;
  cleanup(): Promise<void>;
}

export function sqliteKind(): StoreKind {
  const dir = mkdtempSync(join(tmpdir(), 'feedback-test-'));
  return {
    name: 'SQLite',
    open: async () => openSqliteStore(join(dir, 'feedback.sqlite')),
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** A real Postgres engine (PGlite) behind a Postgres wire endpoint, reached through `pg` like production. */
export async function postgresKind(): Promise<StoreKind> {
  const db = await PGlite.create();
  const server = new PGLiteSocketServer({ db, port: 0, host: '127.0.0.1', maxConnections: 4 });
  await server.start();
  const url = `postgresql://postgres:postgres@${server.getServerConn()}/postgres`;
  return {
    name: 'Postgres',
    open: () => openPostgresStore(url, { poolSize: 1 }),
    cleanup: async () => {
      await server.stop();
      await db.close();
    },
  };
}
