/** Readers' votes ("Was this helpful?", "Did this solve it?") and the comment after a "No". */
import type { FastifyInstance } from 'fastify';
import { articleVoteSchema, commentSchema, jsonSchema, outcomeVoteSchema, voteAnswerSchema, type ArticleVote, type CommentInput, type OutcomeVote } from '../../lib/feedback/schema.ts';
import { outcomeKey } from '../../lib/feedback/manifest.ts';
import { utcDay } from '../../lib/feedback/rules.ts';
import { ApiError, type ApiContext } from '../context.ts';

const voteAnswer = jsonSchema(voteAnswerSchema);
const answers = { 200: voteAnswer, 201: voteAnswer };

export function voteRoutes(api: FastifyInstance, { store, index, now }: ApiContext) {
  const record = async (vote: { clientId: string; helpful: boolean; kind: 'article' | 'outcome'; target: string; path: string; from: string }) => {
    const at = now();
    const created = await store.addVote({ id: vote.clientId, kind: vote.kind, target: vote.target, path: vote.path, from: vote.from, helpful: vote.helpful, day: utcDay(at), at: at.toISOString() });
    return created ? ([201, 'created'] as const) : ([200, 'duplicate'] as const);
  };

  api.post<{ Body: ArticleVote }>('/votes/article', { schema: { body: jsonSchema(articleVoteSchema), response: answers } }, async (req, reply) => {
    const { clientId, article, helpful } = req.body;
    if (!index.hasArticle(article)) throw new ApiError(400, `article "${article}" is not an article on this site`, 'article');
    const [code, status] = await record({ clientId, helpful, kind: 'article', target: article, path: '', from: '' });
    return reply.code(code).send({ status });
  });

  api.post<{ Body: OutcomeVote }>('/votes/outcome', { schema: { body: jsonSchema(outcomeVoteSchema), response: answers } }, async (req, reply) => {
    const { clientId, tree, node, path, from, helpful } = req.body;
    const problem = index.outcomeProblem(tree, node, path, from);
    if (problem) throw new ApiError(400, problem[1], problem[0]);
    // Stored as '' when the answers began at the tree's start, so paths from the start group together.
    const begin = from === undefined || from === index.tree(tree)?.start ? '' : from;
    const [code, status] = await record({ clientId, helpful, kind: 'outcome', target: outcomeKey(tree, node), path, from: begin });
    return reply.code(code).send({ status });
  });

  api.post<{ Body: CommentInput }>('/comments', { schema: { body: jsonSchema(commentSchema), response: answers } }, async (req, reply) => {
    const text = req.body.text.trim();
    if (!text) throw new ApiError(400, 'text is empty', 'text');
    const at = now();
    const result = await store.addComment(req.body.clientId, text, utcDay(at), at.toISOString());
    if (result === 'no-vote') throw new ApiError(404, 'there is no vote with this clientId: send the vote first', 'clientId');
    if (result === 'not-a-no') throw new ApiError(409, 'a comment can only follow a “No” vote', 'clientId');
    return reply.code(result === 'created' ? 201 : 200).send({ status: result });
  });
}
