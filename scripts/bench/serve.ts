/** A static server for a built site on a free loopback port, the way the browser tests serve it. */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

export interface Served {
  origin: string;
  close: () => Promise<void>;
}

/** Serves `dir` on 127.0.0.1; unknown paths get the site's 404 page. */
export async function serveDir(dir: string): Promise<Served> {
  const serve = sirv(dir, { dev: false, etag: true, extensions: ['html'] });
  const notFoundFile = join(dir, '404.html');
  const notFound = existsSync(notFoundFile) ? readFileSync(notFoundFile) : Buffer.from('Not found');
  const server: Server = createServer((req, res) => {
    serve(req, res, () => {
      // A real 404 status, as static hosts send (Lighthouse reads it for robots.txt, for one).
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      res.end(notFound);
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
