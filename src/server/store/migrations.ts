/**
 * The database schema, one numbered step at a time. A step never changes once released: add a new
 * one. Each store records the steps it has applied in `schema_migrations` and runs the rest in order.
 */
export interface Migration {
  version: number;
  name: string;
  sqlite: string;
  postgres: string;
}

const tables = (autoId: string) => `
  CREATE TABLE votes (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    target TEXT NOT NULL,
    path TEXT NOT NULL DEFAULT '',
    helpful INTEGER NOT NULL,
    day TEXT NOT NULL,
    at TEXT NOT NULL
  );
  CREATE INDEX votes_day ON votes (day);
  CREATE TABLE comments (
    vote_id TEXT PRIMARY KEY REFERENCES votes (id),
    text TEXT NOT NULL,
    day TEXT NOT NULL,
    at TEXT NOT NULL
  );
  CREATE INDEX comments_day ON comments (day);
  CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
  );
  CREATE TABLE search_events (
    id ${autoId},
    query TEXT NOT NULL,
    opened TEXT,
    day TEXT NOT NULL
  );
  CREATE INDEX search_events_day ON search_events (day);
`;

export const migrations: Migration[] = [
  { version: 1, name: 'votes, comments, settings and search reports', sqlite: tables('INTEGER PRIMARY KEY'), postgres: tables('BIGSERIAL PRIMARY KEY') },
  {
    version: 2,
    name: "outcome votes record where the reader's answers began (?from=)",
    sqlite: "ALTER TABLE votes ADD COLUMN from_node TEXT NOT NULL DEFAULT ''",
    postgres: "ALTER TABLE votes ADD COLUMN from_node TEXT NOT NULL DEFAULT ''",
  },
];

export const MIGRATIONS_TABLE = 'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)';
