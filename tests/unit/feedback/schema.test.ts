import { articleVoteSchema, commentSchema, exportQuerySchema, jsonSchema, outcomeVoteSchema, searchReportSchema } from '../../../src/lib/feedback/schema.ts';
import { COMMENT_MAX, QUERY_MAX, SEARCH_BATCH_MAX } from '../../../src/lib/feedback/rules.ts';

const clientId = '1b4e28ba-2fa1-41d2-883f-0016d3cca427';
/** The fields a parse refused, as dotted paths. */
const refused = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) => (result.success ? [] : result.error!.issues.map((i) => i.path.join('.')));

describe('what the browser may send the feedback service', () => {
  it('takes an article vote from a reader id, an article id and yes or no', () => {
    expect(articleVoteSchema.safeParse({ clientId, article: 'why-cant-i-receive-email', helpful: false }).success).toBe(true);
  });

  it('refuses a vote with a reader id that is not a UUID, an article id that is not a page id, or a field it does not know', () => {
    expect(refused(articleVoteSchema.safeParse({ clientId: 'me', article: 'Why?', helpful: 'yes' }))).toEqual(['clientId', 'article', 'helpful']);
    expect(refused(articleVoteSchema.safeParse({ clientId, article: 'a', helpful: true, ip: '192.0.2.1' }))).toEqual(['']);
  });

  it('takes an outcome vote whose path is a comma-separated list of answer ids, or empty', () => {
    const vote = { clientId, tree: 'not-receiving-email', node: 'check-spam', helpful: true };
    expect(outcomeVoteSchema.safeParse({ ...vote, path: 'yes,no-spam' }).success).toBe(true);
    expect(outcomeVoteSchema.safeParse({ ...vote, path: '', from: 'check-spam' }).success).toBe(true);
    expect(refused(outcomeVoteSchema.safeParse({ ...vote, path: 'yes,,no' }))).toEqual(['path']);
    expect(refused(outcomeVoteSchema.safeParse({ ...vote, path: 'a'.repeat(1001) }))).toEqual(['path']);
  });

  it(`takes a comment of 1 to ${COMMENT_MAX} characters`, () => {
    expect(commentSchema.safeParse({ clientId, text: 'x'.repeat(COMMENT_MAX) }).success).toBe(true);
    expect(refused(commentSchema.safeParse({ clientId, text: 'x'.repeat(COMMENT_MAX + 1) }))).toEqual(['text']);
    expect(refused(commentSchema.safeParse({ clientId, text: '' }))).toEqual(['text']);
  });

  it(`takes 1 to ${SEARCH_BATCH_MAX} search reports, each a query of at most ${QUERY_MAX} characters and the site path opened`, () => {
    const event = { query: 'quarantine', opened: '/articles/email-quarantined/' };
    expect(searchReportSchema.safeParse({ events: Array.from({ length: SEARCH_BATCH_MAX }, () => event) }).success).toBe(true);
    expect(refused(searchReportSchema.safeParse({ events: [] }))).toEqual(['events']);
    expect(refused(searchReportSchema.safeParse({ events: Array.from({ length: SEARCH_BATCH_MAX + 1 }, () => event) }))).toEqual(['events']);
    expect(refused(searchReportSchema.safeParse({ events: [{ query: 'x'.repeat(QUERY_MAX + 1) }, { query: 'q', opened: 'https://elsewhere.example/' }] }))).toEqual([
      'events.0.query',
      'events.1.opened',
    ]);
  });

  it('takes an export request for votes or comments over an optional range of days', () => {
    expect(exportQuerySchema.safeParse({ kind: 'votes', from: '2026-11-01' }).success).toBe(true);
    expect(refused(exportQuerySchema.safeParse({ kind: 'readers', to: '1 Nov' }))).toEqual(['to', 'kind']);
  });
});

describe('jsonSchema', () => {
  it('gives Fastify the draft-07 form of a schema, with the same limits and no $schema line', () => {
    const out = jsonSchema(commentSchema);
    expect(out).not.toHaveProperty('$schema');
    expect(out).toMatchObject({ type: 'object', additionalProperties: false, required: ['clientId', 'text'], properties: { text: { type: 'string', minLength: 1, maxLength: COMMENT_MAX } } });
  });
});
