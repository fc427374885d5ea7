/**
 * The report the feedback service answers the support dashboard (`GET /api/feedback/summary`), as a
 * zod/mini schema: the service declares it as its response (through `jsonSchema` in schema.ts) and
 * the dashboard parses the answer with it. zod/mini, not zod: this file runs in the browser, where
 * the practice Directory's saved-data checks share the same small library.
 */
import * as z from 'zod/mini';

const day = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
const count = z.int().check(z.minimum(0));
const text = z.string();

export const summarySchema = z.object({
  from: day,
  to: day,
  days: z.array(day),
  articles: z.array(
    z.object({
      id: text,
      title: text,
      category: text,
      categoryTitle: text,
      yes: count,
      no: count,
      /** Helpful share, 0–1; null without votes. */
      share: z.nullable(z.number()),
      /** Votes per day over `days`. */
      trendYes: z.array(count),
      trendNo: z.array(count),
    }),
  ),
  outcomes: z.array(
    z.object({
      tree: text,
      treeTitle: text,
      node: text,
      title: text,
      solved: count,
      notSolved: count,
      escalates: z.boolean(),
      /** Paths that ended in "not solved" here, most common first. */
      paths: z.array(z.object({ from: text, path: text, labels: z.array(text), count })),
    }),
  ),
  comments: z.array(z.object({ page: text, title: text, category: text, text, at: text })),
  searchesNothing: z.array(z.object({ query: text, count })),
  searchesOpened: z.array(z.object({ query: text, opened: text, count })),
});

export type Summary = z.infer<typeof summarySchema>;
