/**
 * What crosses the wire between the browser and the feedback service, as Zod schemas. The service
 * hands their JSON Schema form to Fastify (one validation per route, errors naming the field);
 * the dashboard parses the service's answers with them.
 */
import { z } from 'zod';
import { COMMENT_MAX, QUERY_MAX, SEARCH_BATCH_MAX } from './rules.ts';

const pageId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,99}$/);
const clientId = z.uuid();
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const articleVoteSchema = z.strictObject({
  clientId,
  article: pageId,
  helpful: z.boolean(),
});

export const outcomeVoteSchema = z.strictObject({
  clientId,
  tree: pageId,
  node: pageId,
  /** Where the reader's known answers begin (`?from=`): the tree's start when left out. */
  from: pageId.optional(),
  /** The `?path=` value: answer ids from `from`, comma-separated ('' when there are none). */
  path: z.string().max(1000).regex(/^(?:[a-z0-9-]+(?:,[a-z0-9-]+)*)?$/),
  helpful: z.boolean(),
});

export const commentSchema = z.strictObject({
  /** The "No" vote this comment explains. */
  clientId,
  text: z.string().min(1).max(COMMENT_MAX),
});

export const searchReportSchema = z.strictObject({
  events: z
    .array(
      z.strictObject({
        query: z.string().min(1).max(QUERY_MAX),
        /** The site path of the result the reader opened; absent when the query found nothing. */
        opened: z.string().regex(/^\/[a-z0-9/_-]{0,199}$/).optional(),
      }),
    )
    .min(1)
    .max(SEARCH_BATCH_MAX),
});

export const loginSchema = z.strictObject({ token: z.string().min(1).max(200) });

export const rangeQuerySchema = z.strictObject({ from: day.optional(), to: day.optional() });

export const exportQuerySchema = z.strictObject({ from: day.optional(), to: day.optional(), kind: z.enum(['votes', 'comments']) });

export type ArticleVote = z.infer<typeof articleVoteSchema>;
export type OutcomeVote = z.infer<typeof outcomeVoteSchema>;
export type CommentInput = z.infer<typeof commentSchema>;
export type SearchReport = z.infer<typeof searchReportSchema>;

/** What the service answers to a vote: created (201) or already counted (200). */
export const voteAnswerSchema = z.object({ status: z.enum(['created', 'duplicate']) });

const count = z.number().int().nonnegative();

export const summarySchema = z.object({
  from: day,
  to: day,
  days: z.array(day),
  articles: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      category: z.string(),
      categoryTitle: z.string(),
      yes: count,
      no: count,
      /** Helpful share, 0–1; null without votes. */
      share: z.number().nullable(),
      /** Votes per day over `days`. */
      trendYes: z.array(count),
      trendNo: z.array(count),
    }),
  ),
  outcomes: z.array(
    z.object({
      tree: z.string(),
      treeTitle: z.string(),
      node: z.string(),
      title: z.string(),
      solved: count,
      notSolved: count,
      escalates: z.boolean(),
      /** Paths that ended in "not solved" here, most common first. */
      paths: z.array(z.object({ from: z.string(), path: z.string(), labels: z.array(z.string()), count })),
    }),
  ),
  comments: z.array(z.object({ page: z.string(), title: z.string(), category: z.string(), text: z.string(), at: z.string() })),
  searchesNothing: z.array(z.object({ query: z.string(), count })),
  searchesOpened: z.array(z.object({ query: z.string(), opened: z.string(), count })),
});

export type Summary = z.infer<typeof summarySchema>;

/** A schema as Fastify's validator reads it (JSON Schema draft-07). */
export function jsonSchema(schema: z.ZodType): Record<string, unknown> {
  const out = z.toJSONSchema(schema, { target: 'draft-07', io: 'input' }) as Record<string, unknown>;
  delete out.$schema;
  return out;
}
