/** Search reports (issue 17): queries that found nothing, and which result a query led to. */
import type { FastifyInstance } from 'fastify';
import { jsonSchema, searchReportSchema, type SearchReport } from '../../lib/feedback/schema.ts';
import { cleanQuery, utcDay } from '../../lib/feedback/rules.ts';
import type { ApiContext } from '../context.ts';

export function searchRoutes(api: FastifyInstance, { store, now }: ApiContext) {
  api.post<{ Body: SearchReport }>(
    '/searches',
    { schema: { body: jsonSchema(searchReportSchema), response: { 202: { type: 'object', properties: { accepted: { type: 'integer' } } } } } },
    async (req, reply) => {
      const events = req.body.events.map((e) => ({ query: cleanQuery(e.query), opened: e.opened ?? null })).filter((e) => e.query !== '');
      if (events.length) await store.addSearchEvents(events, utcDay(now()));
      return reply.code(202).send({ accepted: events.length });
    },
  );
}
