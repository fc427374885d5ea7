import { readFileSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { glob, file, type Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { audienceIds } from './lib/audience.ts';
import { legacyPathProblem } from './lib/content-graph.ts';
import { parseIsoDay } from './lib/text.ts';
import { datesAsWritten, yamlOf } from './lib/dates-as-written.ts';
import { slugify } from './lib/slug.ts';
import { categoriesFile, contentDir } from './content-dir.ts';
import { validateTree } from './lib/troubleshooter/tree.ts';
import { kinds } from './lib/allowlist/kinds.ts';
import { validateSenderList } from './lib/allowlist/senders.ts';


/** The glob loader `loader`, handing the schema each date as the writer typed it (src/lib/dates-as-written.ts), so `isoDate` can refuse an impossible one. */
function withDatesAsWritten(loader: Loader): Loader {
  return {
    ...loader,
    load: (context) =>
      loader.load({
        ...context,
        parseData: (entry) => {
          const { filePath } = entry;
          return context.parseData(filePath ? { ...entry, data: datesAsWritten(entry.data, () => yamlOf(readFileSync(filePath, 'utf8'), /\.mdx?$/.test(filePath))) } : entry);
        },
      }),
  };
}

/** A real calendar day written YYYY-MM-DD. */
const isoDate = z.union([z.string(), z.date()]).transform((value, ctx) => {
  const date = value instanceof Date ? value : parseIsoDay(value.trim());
  if (date) return date;
  ctx.addIssue({ code: 'custom', message: `"${String(value)}" is not a real date; write it as YYYY-MM-DD, for example 2026-11-28` });
  return z.NEVER;
});

const legacyPath = z.string().superRefine((path, ctx) => {
  const problem = legacyPathProblem(path);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug such as "email-and-notifications"');

const articles = defineCollection({
  loader: withDatesAsWritten(glob({ pattern: '**/*.mdx', base: `${contentDir}/articles` })),
  schema: z.object({
    title: z.string().min(3, 'is required and must be a real title'),
    summary: z.string().min(20, 'must be one sentence of at least 20 characters').max(220, 'must fit in one line of a search result (220 characters at most)'),
    category: slug,
    audience: z.array(z.enum(audienceIds)).min(1, 'must name at least one audience'),
    updated: isoDate,
    /** First published (optional): structured data's datePublished; `updated` stands in when it is missing. */
    published: isoDate.optional(),
    related: z.array(slug).default([]),
    legacy: z.array(legacyPath).default([]),
    keywords: z.array(z.string().min(2)).default([]),
    /** Rank among the home page's "Most useful articles" (1 first); leave out to keep it off the home page. */
    featured: z.number().int().positive().optional(),
    /** Short questions answered on the page, shown as "Quick answers" and published as FAQPage data. */
    faq: z.array(z.object({ question: z.string().min(5), answer: z.string().min(5) })).default([]),
    draft: z.boolean().default(false),
    /** Old section ids that must keep working after a heading is renamed: { old-id: current-heading-id }. */
    anchors: z.record(slug, slug).default({}),
  }),
});

const categories = defineCollection({
  loader: file(categoriesFile),
  schema: z.object({
    title: z.string().min(3),
    description: z.string().min(10),
    order: z.number().int(),
  }),
});

const nodeId = slug;
const link = z.object({
  label: z.string().min(2),
  href: z.string().regex(/^\/[^\s]*$/, 'must be a site path such as "/articles/x/#section"'),
});
const answer = z
  .object({ id: slug.optional(), label: z.string().min(1), next: nodeId })
  .transform(({ id, label, next }) => ({ id: id ?? slugify(label), label, next }));

const question = z.object({
  type: z.literal('question'),
  id: nodeId,
  prompt: z.string().min(5),
  /** Markdown. */
  help: z.string().optional(),
  answers: z.array(answer).min(2, 'a question needs at least two answers').max(8, 'a question can have at most eight answers'),
});
const escalation = z.object({
  type: z.literal('escalation'),
  id: nodeId,
  title: z.string().min(5),
  /** Markdown: the fix (outcome) or what to tell support (escalation). */
  body: z.string().min(10),
  links: z.array(link).default([]),
  /** Words readers search for that the text may not use. */
  keywords: z.array(z.string().min(2)).default([]),
});
const outcome = escalation.extend({
  type: z.literal('outcome'),
  /** The node "No, it is not solved" leads to. */
  notSolved: nodeId,
});

const troubleshooters = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${contentDir}/troubleshooters` }),
  schema: z
    .object({
      title: z.string().min(5),
      summary: z.string().min(20),
      /** Words readers search for that the troubleshooter's title and summary may not use. */
      keywords: z.array(z.string().min(2)).default([]),
      start: nodeId,
      nodes: z.array(z.discriminatedUnion('type', [question, outcome, escalation])).min(2),
    })
    .superRefine((tree, ctx) => {
      for (const problem of validateTree(tree)) {
        ctx.addIssue({ code: 'custom', path: problem.path, message: `[node ${problem.at}] ${problem.message}` });
      }
    }),
});

const versionId = z.string().regex(/^[0-9]+(?:\.[0-9]+)*$/, 'must be a version number such as "2" or "2.1"');
const senders = defineCollection({
  loader: withDatesAsWritten(glob({ pattern: '*.yaml', base: `${contentDir}/senders` })),
  schema: z
    .object({
      version: versionId,
      published: isoDate,
      note: z.string().optional(),
      versions: z.array(z.object({ version: versionId, date: isoDate, summary: z.string().min(5), example: z.boolean().default(false) })).min(1),
      entries: z
        .array(
          z.object({
            id: slug,
            kind: z.enum(kinds),
            value: z.string().min(1),
            purpose: z.string().min(5),
            added: versionId,
            removed: versionId.optional(),
            example: z.boolean(),
          }),
        )
        .min(1),
    })
    .superRefine((list, ctx) => {
      for (const problem of validateSenderList(list)) {
        ctx.addIssue({ code: 'custom', path: problem.path, message: `[entry ${problem.at}] ${problem.message}` });
      }
    }),
});

export const collections = { articles, categories, troubleshooters, senders };
