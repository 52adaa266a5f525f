/**
 * Loopback server for e2e tests and benchmarks: serves the golden pages under
 * `/pages/<slug>/` (source.html as the page), with optional per-page headers
 * from `headers.json` beside it (a strict CSP, for example); a folder with
 * `page.json` `{ "sameAs": "<slug>" }` serves that case's page under its own headers. Binds to 127.0.0.1
 * on a free port; nothing else is reachable.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join, normalize } from 'node:path';

const HERE = dirname(fileURLToPath(import.meta.url));

export const PAGES_DIR = join(HERE, '../fixtures/pages');

export interface FixtureServer {
  origin: string;
  url(slug: string): string;
  close(): Promise<void>;
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    const match = /^\/pages\/([a-z0-9-]+)\/?$/.exec(path);
    if (!match) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const dir = normalize(join(PAGES_DIR, match[1]!));
    // A case may serve another case's page under other headers: page.json { "sameAs": "<slug>" }.
    const alias = existsSync(join(dir, 'page.json'))
      ? (JSON.parse(readFileSync(join(dir, 'page.json'), 'utf8')) as { sameAs?: string }).sameAs
      : undefined;
    const file = alias && /^[a-z0-9-]+$/.test(alias) ? join(PAGES_DIR, alias, 'source.html') : join(dir, 'source.html');
    if (!dir.startsWith(PAGES_DIR) || !existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const headersFile = join(dir, 'headers.json');
    const extra = existsSync(headersFile)
      ? (JSON.parse(readFileSync(headersFile, 'utf8')) as Record<string, string>)
      : {};
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...extra });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('fixture server has no port');
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    origin,
    url: (slug) => `${origin}/pages/${slug}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
