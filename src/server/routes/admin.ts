/** Support staff: login (cookie), the dashboard's report and the CSV exports. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { exportQuerySchema, jsonSchema, loginSchema, rangeQuerySchema } from '../../lib/feedback/schema.ts';
import { summarySchema } from '../../lib/feedback/summary.ts';
import { buildSummary } from '../../lib/feedback/aggregate.ts';
import { daysBetween, reportRange, utcDay } from '../../lib/feedback/rules.ts';
import { votesCsv, commentsCsv } from '../../lib/feedback/csv.ts';
import { SESSION_COOKIE, SESSION_HOURS } from '../admin.ts';
import { ApiError, type ApiContext } from '../context.ts';

const MAX_DAYS = 366;

export function adminRoutes(api: FastifyInstance, { store, index, auth, now }: ApiContext) {
  const requireAdmin = async (req: FastifyRequest) => {
    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    if (bearer ? auth.checkToken(bearer) : auth.checkSession(req.cookies[SESSION_COOKIE], now())) return;
    throw new ApiError(401, 'log in with the support token first', 'token');
  };
  const range = (query: { from?: string; to?: string }) => {
    const r = reportRange(utcDay(now()), query.from, query.to);
    if (r.from > r.to) throw new ApiError(400, 'from is after to', 'from');
    if (daysBetween(r.from, r.to).length > MAX_DAYS) throw new ApiError(400, `the range is longer than ${MAX_DAYS} days`, 'from');
    return r;
  };
  const cookieOptions = { path: '/api/feedback', httpOnly: true, sameSite: 'strict', secure: 'auto' } as const;

  api.post<{ Body: { token: string } }>('/login', { schema: { body: jsonSchema(loginSchema) }, config: { rateLimit: { max: 10, timeWindow: 60_000 } } }, async (req, reply: FastifyReply) => {
    if (!auth.checkToken(req.body.token)) throw new ApiError(401, 'that token is not right', 'token');
    reply.setCookie(SESSION_COOKIE, auth.newSession(now()), { ...cookieOptions, maxAge: SESSION_HOURS * 3600 });
    return reply.code(204).send();
  });

  api.post('/logout', async (_req, reply) => {
    reply.clearCookie(SESSION_COOKIE, cookieOptions);
    return reply.code(204).send();
  });

  api.get<{ Querystring: { from?: string; to?: string } }>('/summary', { schema: { querystring: jsonSchema(rangeQuerySchema), response: { 200: jsonSchema(summarySchema) } }, preHandler: requireAdmin }, async (req, reply) => {
    const { from, to } = range(req.query);
    const summary = buildSummary(index, { from, to, ...(await store.report(from, to)) });
    return reply.header('cache-control', 'no-store').send(summary);
  });

  api.get<{ Querystring: { from?: string; to?: string; kind: 'votes' | 'comments' } }>(
    '/export',
    { schema: { querystring: jsonSchema(exportQuerySchema) }, preHandler: requireAdmin },
    async (req, reply) => {
      const { from, to } = range(req.query);
      const csv = req.query.kind === 'votes' ? votesCsv(await store.exportVotes(from, to)) : commentsCsv(await store.exportComments(from, to));
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="feedback-${req.query.kind}-${from}-to-${to}.csv"`)
        .header('cache-control', 'no-store')
        .send(csv);
    },
  );
}
