/**
 * The search client as one small ES module at a stable URL (/search-client.js), so the inline loader
 * in the header can import it on first use and no page carries a script bundle on load. The no-results
 * suggestions are built into it, because the client draws the header dialog itself.
 */
import type { APIRoute } from 'astro';
import { build } from 'esbuild';
import { join } from 'node:path';
import { feedbackApiBase } from '../lib/feedback/config.ts';
import { searchSuggestions } from '../components/search/suggestions.ts';

export const GET: APIRoute = async () => {
  const result = await build({
    entryPoints: [join(process.cwd(), 'src/components/search/search-client.ts')],
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    write: false,
    legalComments: 'none',
    external: ['/pagefind/*'],
    define: {
      __SEARCH_SUGGESTIONS__: JSON.stringify(await searchSuggestions()),
      // Where the search reports go, fixed at build time like the feedback controls' (FEEDBACK_URL).
      __FEEDBACK_API__: JSON.stringify(feedbackApiBase(process.env.FEEDBACK_URL)),
    },
  });
  return new Response(result.outputFiles[0]!.text, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
