/**
 * The one storage interface the feedback service talks to. Two implementations: SQLite in a file
 * (the default, `sqlite.ts`) and Postgres for several service instances (`postgres.ts`). Both run
 * the same versioned migrations (`migrations.ts`) and pass the same tests.
 */
import type { PathCount, SearchCount, StoredComment, VoteCount } from '../../lib/feedback/aggregate.ts';

export interface NewVote {
  /** The browser's id for this vote: a repeat with the same id is not counted again. */
  id: string;
  kind: 'article' | 'outcome';
  target: string;
  /** The troubleshooter `?path=` (answer ids) for outcomes; '' for articles. */
  path: string;
  /** The troubleshooter `?from=` when the reader's answers began at a step opened from a link; '' otherwise. */
  from: string;
  helpful: boolean;
  day: string;
  at: string;
}

export type CommentResult = 'created' | 'duplicate' | 'no-vote' | 'not-a-no';

export interface ExportVote {
  day: string;
  kind: string;
  target: string;
  path: string;
  helpful: boolean;
}

export interface ExportComment {
  day: string;
  kind: string;
  target: string;
  text: string;
}

export interface FeedbackStore {
  /** true when stored, false when a vote with this id was already there. Resolves only once durable. */
  addVote(vote: NewVote): Promise<boolean>;
  addComment(voteId: string, text: string, day: string, at: string): Promise<CommentResult>;
  addSearchEvents(events: { query: string; opened: string | null }[], day: string): Promise<void>;
  report(from: string, to: string): Promise<{ votes: VoteCount[]; notSolvedPaths: PathCount[]; comments: StoredComment[]; searches: SearchCount[] }>;
  exportVotes(from: string, to: string): Promise<ExportVote[]>;
  exportComments(from: string, to: string): Promise<ExportComment[]>;
  getSetting(key: string): Promise<string | undefined>;
  setSetting(key: string, value: string): Promise<void>;
  close(): Promise<void>;
}
