/**
 * Serves a production build with `vite preview` on a free loopback port, as the browser tests do
 * (tests/e2e/global-setup.ts), but in-process through Vite's API: the server is closed by its own
 * handle, so no child process can be left holding the port. vite preview compresses responses
 * (gzip), so the transfer sizes the browser reports are gzip sizes.
 */
import { createServer } from 'node:net';
import { preview, type PreviewServer } from 'vite';

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

export interface Served {
  url: string;
  close: () => Promise<void>;
}

export async function serve(root: string, outDir: string): Promise<Served> {
  const port = await freePort();
  const server: PreviewServer = await preview({
    root,
    configFile: false,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  });
  const url = `http://127.0.0.1:${port}`;
  const response = await fetch(`${url}/`);
  if (!response.ok) throw new Error(`vite preview of ${outDir} answered ${response.status}`);
  return { url, close: () => server.close() };
}
