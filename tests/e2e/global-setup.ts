import { createServer, type Server } from 'node:http';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import type { TestProject } from 'vitest/node';
import { ensureBrowser } from '../../scripts/find-browser.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    chromePath: string;
  }
}

/**
 * Serves the built site (DIST_DIR, default dist/) on a free loopback port and hands the URL and the browser
 * path to the tests. A plain static server (sirv) rather than `astro preview`: it takes any folder, several
 * runs can serve at once, and it answers unknown paths with the site's own 404 page like a static host.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dist = resolve(process.env.DIST_DIR ?? 'dist');
  if (!existsSync(`${dist}/index.html`)) {
    throw new Error(`${dist} has no index.html: run \`npm run build\` before the browser tests (npm test does it).`);
  }
  const chromePath = (ensureBrowser as () => string)();
  const serve = sirv(dist, { dev: false, etag: true, extensions: ['html'] });
  const notFound = sirv(dist, { dev: false });
  const server: Server = createServer((req, res) => {
    serve(req, res, () => {
      res.statusCode = 404;
      req.url = '/404.html';
      notFound(req, res, () => {
        res.end('Not found');
      });
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  project.provide('baseURL', `http://127.0.0.1:${port}`);
  project.provide('chromePath', chromePath);
  return () => new Promise<void>((ok) => server.close(() => ok()));
}
