/**
 * The store for deployments that run several service instances: Postgres through `pg`, chosen by
 * DATABASE_URL. Same interface, same migrations (taken under an advisory lock so instances starting
 * together do not race), same tests as SQLite.
 */
import pg from 'pg';
import { migrations, MIGRATIONS_TABLE } from './migrations.ts';
import type { CommentResult, FeedbackStore } from './store.ts';

const MIGRATION_LOCK = 7_140_014;

export async function openPostgresStore(connectionString: string, { poolSize = 10 }: { poolSize?: number } = {}): Promise<FeedbackStore> {
  const pool = new pg.Pool({ connectionString, max: poolSize });
  await migrate(pool);
  const rows = async (sql: string, params: unknown[]) => (await pool.query(sql, params)).rows as Record<string, string | number | null>[];

  return {
    async addVote(v) {
      const result = await pool.query('INSERT INTO votes (id, kind, target, path, from_node, helpful, day, at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (id) DO NOTHING', [
        v.id, v.kind, v.target, v.path, v.from, v.helpful ? 1 : 0, v.day, v.at,
      ]);
      return result.rowCount === 1;
    },
    async addComment(voteId, text, day, at): Promise<CommentResult> {
      const [vote] = await rows('SELECT helpful FROM votes WHERE id = $1', [voteId]);
      if (!vote) return 'no-vote';
      if (Number(vote.helpful) !== 0) return 'not-a-no';
      const result = await pool.query('INSERT INTO comments (vote_id, text, day, at) VALUES ($1, $2, $3, $4) ON CONFLICT (vote_id) DO NOTHING', [voteId, text, day, at]);
      return result.rowCount === 1 ? 'created' : 'duplicate';
    },
    async addSearchEvents(events, day) {
      const values = events.map((_, i) => `($${i * 3 + 1}, $${i * 3 + 2}, $${i * 3 + 3})`).join(', ');
      await pool.query(`INSERT INTO search_events (query, opened, day) VALUES ${values}`, events.flatMap((e) => [e.query, e.opened, day]));
    },
    async report(from, to) {
      const [votes, paths, comments, searches] = await Promise.all([
        rows('SELECT kind, target, day, helpful, COUNT(*) AS count FROM votes WHERE day BETWEEN $1 AND $2 GROUP BY kind, target, day, helpful', [from, to]),
        rows("SELECT target, from_node, path, COUNT(*) AS count FROM votes WHERE kind = 'outcome' AND helpful = 0 AND day BETWEEN $1 AND $2 GROUP BY target, from_node, path", [from, to]),
        rows('SELECT v.kind, v.target, c.text, c.at FROM comments c JOIN votes v ON v.id = c.vote_id WHERE c.day BETWEEN $1 AND $2 ORDER BY c.at DESC LIMIT 200', [from, to]),
        rows('SELECT query, opened, COUNT(*) AS count FROM search_events WHERE day BETWEEN $1 AND $2 GROUP BY query, opened', [from, to]),
      ]);
      return {
        votes: votes.map((r) => ({ kind: r.kind as 'article' | 'outcome', target: String(r.target), day: String(r.day), helpful: Number(r.helpful) === 1, count: Number(r.count) })),
        notSolvedPaths: paths.map((r) => ({ target: String(r.target), from: String(r.from_node), path: String(r.path), count: Number(r.count) })),
        comments: comments.map((r) => ({ kind: r.kind as 'article' | 'outcome', target: String(r.target), text: String(r.text), at: String(r.at) })),
        searches: searches.map((r) => ({ query: String(r.query), opened: r.opened === null ? null : String(r.opened), count: Number(r.count) })),
      };
    },
    async exportVotes(from, to) {
      const result = await rows('SELECT day, kind, target, path, helpful FROM votes WHERE day BETWEEN $1 AND $2 ORDER BY at, id', [from, to]);
      return result.map((r) => ({ day: String(r.day), kind: String(r.kind), target: String(r.target), path: String(r.path), helpful: Number(r.helpful) === 1 }));
    },
    async exportComments(from, to) {
      const result = await rows('SELECT c.day, v.kind, v.target, c.text FROM comments c JOIN votes v ON v.id = c.vote_id WHERE c.day BETWEEN $1 AND $2 ORDER BY c.at, c.vote_id', [from, to]);
      return result.map((r) => ({ day: String(r.day), kind: String(r.kind), target: String(r.target), text: String(r.text) }));
    },
    async getSetting(key) {
      const [row] = await rows('SELECT value FROM settings WHERE key = $1', [key]);
      return row ? String(row.value) : undefined;
    },
    async setSetting(key, value) {
      await pool.query('INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value', [key, value]);
    },
    async close() {
      await pool.end();
    },
  };
}

async function migrate(pool: pg.Pool) {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query(MIGRATIONS_TABLE);
    const applied = new Set((await client.query('SELECT version FROM schema_migrations')).rows.map((r: { version: number }) => Number(r.version)));
    for (const m of migrations) {
      if (applied.has(m.version)) continue;
      await client.query(m.postgres);
      await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [m.version, m.name, new Date().toISOString()]);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}
