/** A static server for a built site on a free loopback port, the way the browser tests serve it. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

export interface Served {
  origin: string;
  close: () => Promise<void>;
}

/** Serves `dir` on 127.0.0.1; unknown paths get the site's 404 page. */
export async function serveDir(dir: string): Promise<Served> {
  const serve = sirv(dir, { dev: false, etag: true, extensions: ['html'] });
  const notFound = sirv(dir, { dev: false });
  const server: Server = createServer((req, res) => {
    serve(req, res, () => {
      res.statusCode = 404;
      req.url = '/404.html';
      notFound(req, res, () => res.end('Not found'));
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
