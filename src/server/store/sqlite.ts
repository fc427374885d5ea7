/**
 * The default store: one SQLite file through Node's built-in `node:sqlite` (nothing to install or
 * compile). WAL mode, and every write is committed before the service answers, so a vote that was
 * acknowledged survives the process being killed.
 */
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { migrations, MIGRATIONS_TABLE } from './migrations.ts';
import type { CommentResult, ExportComment, ExportVote, FeedbackStore, NewVote } from './store.ts';

type Row = Record<string, string | number | null>;

export function openSqliteStore(file: string): FeedbackStore {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new DatabaseSync(file);
  db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;');
  migrate(db);

  const q = (sql: string): StatementSync => db.prepare(sql);
  const insertVote = q('INSERT INTO votes (id, kind, target, path, from_node, helpful, day, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING');
  const findVote = q('SELECT helpful FROM votes WHERE id = ?');
  const insertComment = q('INSERT INTO comments (vote_id, text, day, at) VALUES (?, ?, ?, ?) ON CONFLICT (vote_id) DO NOTHING');
  const insertSearch = q('INSERT INTO search_events (query, opened, day) VALUES (?, ?, ?)');
  const voteCounts = q('SELECT kind, target, day, helpful, COUNT(*) AS count FROM votes WHERE day BETWEEN ? AND ? GROUP BY kind, target, day, helpful');
  const paths = q("SELECT target, from_node, path, COUNT(*) AS count FROM votes WHERE kind = 'outcome' AND helpful = 0 AND day BETWEEN ? AND ? GROUP BY target, from_node, path");
  const comments = q('SELECT v.kind, v.target, c.text, c.at FROM comments c JOIN votes v ON v.id = c.vote_id WHERE c.day BETWEEN ? AND ? ORDER BY c.at DESC LIMIT 200');
  const searches = q('SELECT query, opened, COUNT(*) AS count FROM search_events WHERE day BETWEEN ? AND ? GROUP BY query, opened');
  const votesExport = q('SELECT day, kind, target, path, helpful FROM votes WHERE day BETWEEN ? AND ? ORDER BY at, id');
  const commentsExport = q('SELECT c.day, v.kind, v.target, c.text FROM comments c JOIN votes v ON v.id = c.vote_id WHERE c.day BETWEEN ? AND ? ORDER BY c.at, c.vote_id');
  const getSetting = q('SELECT value FROM settings WHERE key = ?');
  const setSetting = q('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');

  return {
    async addVote(v: NewVote) {
      return insertVote.run(v.id, v.kind, v.target, v.path, v.from, v.helpful ? 1 : 0, v.day, v.at).changes === 1;
    },
    async addComment(voteId, text, day, at): Promise<CommentResult> {
      const vote = findVote.get(voteId) as Row | undefined;
      if (!vote) return 'no-vote';
      if (vote.helpful !== 0) return 'not-a-no';
      return insertComment.run(voteId, text, day, at).changes === 1 ? 'created' : 'duplicate';
    },
    async addSearchEvents(events, day) {
      db.exec('BEGIN');
      try {
        for (const e of events) insertSearch.run(e.query, e.opened, day);
        db.exec('COMMIT');
      } catch (error) {
        db.exec('ROLLBACK');
        throw error;
      }
    },
    async report(from, to) {
      return {
        votes: (voteCounts.all(from, to) as Row[]).map((r) => ({
          kind: r.kind as 'article' | 'outcome',
          target: String(r.target),
          day: String(r.day),
          helpful: r.helpful === 1,
          count: Number(r.count),
        })),
        notSolvedPaths: (paths.all(from, to) as Row[]).map((r) => ({ target: String(r.target), from: String(r.from_node), path: String(r.path), count: Number(r.count) })),
        comments: (comments.all(from, to) as Row[]).map((r) => ({ kind: r.kind as 'article' | 'outcome', target: String(r.target), text: String(r.text), at: String(r.at) })),
        searches: (searches.all(from, to) as Row[]).map((r) => ({ query: String(r.query), opened: r.opened === null ? null : String(r.opened), count: Number(r.count) })),
      };
    },
    async exportVotes(from, to): Promise<ExportVote[]> {
      return (votesExport.all(from, to) as Row[]).map((r) => ({ day: String(r.day), kind: String(r.kind), target: String(r.target), path: String(r.path), helpful: r.helpful === 1 }));
    },
    async exportComments(from, to): Promise<ExportComment[]> {
      return (commentsExport.all(from, to) as Row[]).map((r) => ({ day: String(r.day), kind: String(r.kind), target: String(r.target), text: String(r.text) }));
    },
    async getSetting(key) {
      const row = getSetting.get(key) as Row | undefined;
      return row ? String(row.value) : undefined;
    },
    async setSetting(key, value) {
      setSetting.run(key, value);
    },
    async close() {
      if (db.isOpen) db.close();
    },
  };
}

function migrate(db: DatabaseSync) {
  db.exec(MIGRATIONS_TABLE);
  const applied = new Set((db.prepare('SELECT version FROM schema_migrations').all() as Row[]).map((r) => Number(r.version)));
  for (const m of migrations) {
    if (applied.has(m.version)) continue;
    db.exec('BEGIN IMMEDIATE');
    try {
      db.exec(m.sqlite);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(m.version, m.name, new Date().toISOString());
      db.exec('COMMIT');
    } catch (error) {
      db.exec('ROLLBACK');
      throw error;
    }
  }
}
