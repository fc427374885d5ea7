/** Rewrites each built page so it loads Astro's island runtime from one cached file (see island-runtime.ts). */
import { defineMiddleware } from 'astro:middleware';
import { withIslandRuntime } from './island-runtime.ts';

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (response.status !== 200 || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  return new Response(withIslandRuntime(await response.text()), response);
});
