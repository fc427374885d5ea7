// @ts-check
// Serves a built site (dist/) on a free localhost port, for the scripts that look at it in a browser
// (`npm run screenshots`, `npm run lighthouse`). Compressed like a real host, so page weights are honest.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml',
  '.json': 'application/json', '.png': 'image/png', '.xml': 'application/xml', '.wasm': 'application/wasm',
  '.woff2': 'font/woff2', '.txt': 'text/plain', '.csv': 'text/csv',
};
const compressible = new Set(['.html', '.js', '.css', '.svg', '.json', '.xml', '.txt', '.csv']);

/**
 * @param {string} dist the built site's folder
 * @returns {Promise<{ base: string, close: () => void }>} its address, and how to stop it
 */
export async function serveDist(dist) {
  if (!existsSync(join(dist, 'index.html'))) {
    console.error('No built site in dist/. Run `npm run build` first.');
    process.exit(1);
  }
  /** @param {string} pathname */
  const file = (pathname) => {
    const safe = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
    const direct = join(dist, safe);
    if (existsSync(direct) && statSync(direct).isFile()) return direct;
    const index = join(direct, 'index.html');
    return existsSync(index) ? index : undefined;
  };
  const server = createServer((req, res) => {
    const path = file(new URL(req.url ?? '/', 'http://x').pathname);
    const found = path ?? join(dist, '404.html');
    const type = extname(found);
    const gzip = compressible.has(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const body = readFileSync(found);
    res.writeHead(path ? 200 : 404, {
      'content-type': types[/** @type {keyof typeof types} */ (type)] ?? 'application/octet-stream',
      'cache-control': path?.includes('/_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    });
    res.end(gzip ? gzipSync(body) : body);
  });
  await new Promise((done) => server.listen(0, 'localhost', () => done(undefined)));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('The server has no port.');
  return { base: `http://localhost:${address.port}`, close: () => server.close() };
}
