import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { ensureBrowser } from '../../scripts/find-browser.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    chromePath: string;
  }
}

let server: ChildProcess | undefined;

/** Serves dist/ with `astro preview` on a free port and hands the URL and the browser path to the tests. */
export default async function setup(project: TestProject): Promise<() => void> {
  if (!existsSync('dist/index.html')) {
    throw new Error('dist/ is missing: run `npm run build` before the browser tests (npm test does it for you).');
  }
  const chromePath = (ensureBrowser as () => string)();
  const port = 4400 + Math.floor(Math.random() * 500);
  server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'preview', '--port', String(port), '--host', '127.0.0.1'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const baseURL = `http://127.0.0.1:${port}`;
  await waitForServer(baseURL, 30_000);
  project.provide('baseURL', baseURL);
  project.provide('chromePath', chromePath);
  return () => {
    server?.kill();
  };
}

async function waitForServer(url: string, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    try {
      const res = await fetch(`${url}/en/`);
      if (res.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`astro preview did not answer at ${url} within ${timeoutMs} ms`);
}
