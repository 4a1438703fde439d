/**
 * Serves the production build (dist/, built by `npm run test:e2e`) with `vite preview` on a free
 * loopback port, and hands its URL to the tests. The server is started by its own binary and
 * stopped by its PID (STACK.md: killing npx leaves vite holding the port).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { findChromium } from './chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

const root = resolve(__dirname, '../..');

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

async function waitForHttp(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview exited with code ${child.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`vite preview did not answer at ${url} within ${timeoutMs} ms`);
}

export default async function setup(project: TestProject) {
  if (!existsSync(resolve(root, 'dist/index.html'))) {
    throw new Error(
      'dist/ is missing: run `npm run test:e2e` (it builds first) or `npm run build`',
    );
  }
  const chromium = await findChromium();
  console.log(`[e2e] Chromium from ${chromium.origin}: ${chromium.path}`);
  const port = await freePort();
  const vite = resolve(root, 'node_modules/.bin/vite');
  const child = spawn(
    vite,
    ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitForHttp(baseUrl, child, 30_000);
  } catch (error) {
    child.kill();
    throw new Error(`${String(error)}\n${output}`, { cause: error });
  }
  project.provide('baseUrl', baseUrl);
  return () => {
    child.kill('SIGTERM');
  };
}
