/**
 * The feedback service as a Fastify app (no listening here: main.ts does that, tests inject).
 * Under /api/feedback/: votes, comments, search reports, and the support staff's report and
 * exports. Optionally also the built site from dist/, with its `_headers` applied, so one process
 * serves both.
 */
import Fastify, { LogController, type FastifyError, type FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';
import rateLimit from '@fastify/rate-limit';
import cors from '@fastify/cors';
import cookie from '@fastify/cookie';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ManifestIndex, type FeedbackManifest } from '../lib/feedback/manifest.ts';
import { BODY_LIMIT, utcDay } from '../lib/feedback/rules.ts';
import { headersFor, parseHeadersFile } from '../lib/headers-file.ts';
import { AdminAuth } from './admin.ts';
import { ApiError, type ApiContext } from './context.ts';
import type { FeedbackStore } from './store/store.ts';
import { voteRoutes } from './routes/votes.ts';
import { searchRoutes } from './routes/searches.ts';
import { adminRoutes } from './routes/admin.ts';

const API_PREFIX = '/api/feedback';

export interface AppOptions {
  store: FeedbackStore;
  manifest: FeedbackManifest;
  /** SHA-256 of the support token (see admin.ts). */
  adminTokenHash: string;
  /** Serve this built site next to the API (omit for the API alone). */
  distDir?: string;
  /** The site's origin when it is hosted elsewhere (a CDN): the only origin CORS lets in. */
  siteOrigin?: string;
  /** Requests per minute per reader address (counted by a salted daily hash, never stored). */
  rateLimit?: number;
  /** Trust X-Forwarded-For from a proxy or CDN in front of the service. */
  trustProxy?: boolean;
  logger?: boolean;
  now?: () => Date;
}

/**
 * Rate limiting needs to tell readers apart without keeping their addresses: a hash of the
 * address with a random salt that is replaced every UTC day and lives only in memory.
 */
function dailyAddressHash(now: () => Date) {
  let day = '';
  let salt = Buffer.alloc(0);
  return (address: string) => {
    const today = utcDay(now());
    if (today !== day) {
      day = today;
      salt = randomBytes(16);
    }
    return createHash('sha256').update(salt).update(address).digest('base64url');
  };
}

/** The field a validation error is about: "helpful", "events.0.query", or "body" for the whole thing. */
function fieldOf(v: { instancePath: string; params: Record<string, unknown> }): string {
  const base = v.instancePath.replace(/^\//, '').replace(/\//g, '.');
  const child = (v.params.missingProperty ?? v.params.additionalProperty) as string | undefined;
  if (child) return base ? `${base}.${child}` : child;
  return base || 'body';
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const now = options.now ?? (() => new Date());
  const app = Fastify({
    bodyLimit: BODY_LIMIT,
    trustProxy: options.trustProxy ?? false,
    // No request logging: it would write readers' addresses and user agents to the log.
    logController: new LogController({ disableRequestLogging: true }),
    logger: options.logger ? { level: 'warn' } : false,
    ajv: { customOptions: { coerceTypes: false, removeAdditional: false, allErrors: false } },
  });

  // JSON only: a text/plain body is refused (415) rather than read as a string.
  app.removeContentTypeParser('text/plain');

  app.setErrorHandler((error: FastifyError & { field?: string }, _req, reply) => {
    if (error.validation?.length) {
      const v = error.validation[0]!;
      const field = error.validationContext === 'querystring' ? fieldOf(v).replace(/^body$/, 'query') : fieldOf(v);
      const what = v.keyword === 'required' ? 'is missing' : v.keyword === 'additionalProperties' ? 'is not a field this endpoint takes' : v.message;
      return reply.code(400).send({ error: `${field} ${what}`, field });
    }
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return reply.code(413).send({ error: `the body is larger than ${BODY_LIMIT} bytes`, field: 'body' });
    if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return reply.code(415).send({ error: 'send the body as application/json', field: 'content-type' });
    if (error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' || error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error instanceof SyntaxError) {
      return reply.code(400).send({ error: 'the body is not valid JSON', field: 'body' });
    }
    if (error instanceof ApiError) return reply.code(error.statusCode).send(error.field ? { error: error.message, field: error.field } : { error: error.message });
    const status = error.statusCode ?? 500;
    if (status < 500) return reply.code(status).send({ error: error.message });
    app.log.error(error);
    return reply.code(500).send({ error: 'the feedback service could not do this just now; please try again' });
  });

  const ctx: ApiContext = { store: options.store, index: new ManifestIndex(options.manifest), auth: new AdminAuth(options.adminTokenHash), now };
  const addressHash = dailyAddressHash(now);

  await app.register(
    async (api) => {
      await api.register(cookie);
      await api.register(cors, { origin: options.siteOrigin ?? false, credentials: true, methods: ['GET', 'POST'] });
      await api.register(rateLimit, {
        max: options.rateLimit ?? 60,
        timeWindow: 60_000,
        keyGenerator: (req) => addressHash(req.ip),
        errorResponseBuilder: (_req, context) => new ApiError(429, `too many requests: try again in ${context.after}`),
      });
      api.get('/health', { schema: { response: { 200: { type: 'object', properties: { ok: { type: 'boolean' } } } } } }, async () => ({ ok: true }));
      voteRoutes(api, ctx);
      searchRoutes(api, ctx);
      adminRoutes(api, ctx);
      api.setNotFoundHandler((_req, reply) => reply.code(404).send({ error: 'there is no such feedback endpoint' }));
    },
    { prefix: API_PREFIX },
  );

  if (options.distDir) await serveSite(app, resolve(options.distDir));
  return app;
}

/** The built site, with `_headers` applied as a static host would, and the site's 404 page. */
async function serveSite(app: FastifyInstance, root: string) {
  const headersFile = join(root, '_headers');
  const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
  const notFound = existsSync(join(root, '404.html')) ? readFileSync(join(root, '404.html')) : '<h1>Page not found</h1>';

  app.addHook('onSend', async (req, reply, payload) => {
    if (req.url.startsWith(`${API_PREFIX}/`)) return payload;
    const path = req.url.split('?')[0] ?? '/';
    for (const [name, value] of headersFor(rules, path)) reply.header(name, value);
    return payload;
  });
  await app.register(fastifyStatic, { root, redirect: true, index: ['index.html'], wildcard: true, serveDotFiles: false });
  app.setNotFoundHandler((_req, reply) => reply.code(404).type('text/html; charset=utf-8').send(notFound));
}
