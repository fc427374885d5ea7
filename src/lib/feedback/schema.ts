/**
 * What the browser sends the feedback service, as Zod schemas. The service hands their JSON Schema
 * form to Fastify (one validation per route, errors naming the field). What the service answers the
 * dashboard is in summary.ts (zod/mini, so the browser carries only the small schema library).
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

/** A schema as Fastify's validator reads it (JSON Schema draft-07). */
export function jsonSchema(schema: z.core.$ZodType): Record<string, unknown> {
  const out = z.toJSONSchema(schema, { target: 'draft-07', io: 'input' }) as Record<string, unknown>;
  delete out.$schema;
  return out;
}
