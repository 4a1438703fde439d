/**
 * A plain static file server, as a ministry's web server would serve dist/ under a sub-path
 * (docs/DEPLOY.md): files under `prefix` only (404 elsewhere, no rewriting), with the headers the
 * recipe asks for. Used by the sub-path browser test; stopped with close().
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../vite.config';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** The response headers of docs/DEPLOY.md, by file. */
export function deployHeaders(file: string): Record<string, string> {
  const headers: Record<string, string> = {
    'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
    'X-Content-Type-Options': 'nosniff',
  };
  if (file.endsWith('.html')) {
    // The header adds what a <meta> cannot say: no framing.
    headers['Content-Security-Policy'] = `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`;
  }
  // The service worker and the page must be revalidated on every visit, or an update never
  // arrives; hashed assets never change under their name.
  if (file.endsWith('sw.js') || file.endsWith('.html')) headers['Cache-Control'] = 'no-cache';
  else if (file.includes(`${sep}assets${sep}`)) {
    headers['Cache-Control'] = 'public, max-age=31536000, immutable';
  }
  return headers;
}

export interface StaticServer {
  url: string;
  /** Paths asked for and not served: outside the prefix, or no such file. */
  misses: readonly string[];
  close: () => Promise<void>;
}

export function serveStatic(root: string, prefix: string): Promise<StaticServer> {
  const base = resolve(root);
  const misses: string[] = [];
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    if (`${path}/` === prefix) {
      response.writeHead(301, { Location: prefix }).end();
      return;
    }
    if (!path.startsWith(prefix)) {
      misses.push(path);
      response.writeHead(404).end('not under the prefix');
      return;
    }
    let file = normalize(join(base, path.slice(prefix.length)));
    if (!file.startsWith(base)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      misses.push(path);
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, deployHeaders(file));
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).pipe(response);
  });
  return new Promise((done) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      done({
        url: `http://127.0.0.1:${port}`,
        misses,
        close: () => new Promise((closed) => server.close(() => closed())),
      });
    });
  });
}
