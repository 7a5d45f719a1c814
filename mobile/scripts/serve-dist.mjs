// A tiny static server for the web export (dist/), with the single-page fallback to index.html.
//   node scripts/serve-dist.mjs [port]      (default 8081, loopback only)
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DIST = fileURLToPath(new URL('../dist/', import.meta.url));

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.css': 'text/css',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.ttf': 'font/ttf',
  '.svg': 'image/svg+xml',
};

async function fileFor(urlPath) {
  const path = normalize(join(DIST, decodeURIComponent(urlPath)));
  if (!path.startsWith(DIST)) return null; // no way out of dist/
  const info = await stat(path).catch(() => null);
  if (info?.isFile()) return path;
  // a route of the app (no extension): the page that boots it
  return extname(path) ? null : join(DIST, 'index.html');
}

/** Resolves with the listening server once it is up on 127.0.0.1:`port` (0: any free port). */
export function serveDist(port = 0) {
  const server = createServer(async (request, response) => {
    const path = await fileFor(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (!path) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream' });
    createReadStream(path).pipe(response);
  });
  return new Promise((done) => server.listen(port, '127.0.0.1', () => done(server)));
}

if (resolve(process.argv[1] ?? '') === fileURLToPath(import.meta.url)) {
  const server = await serveDist(Number(process.argv[2] ?? 8081));
  console.log(`dist/ on http://127.0.0.1:${server.address().port}`);
}
