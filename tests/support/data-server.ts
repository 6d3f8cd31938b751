/**
 * A real HTTP server on 127.0.0.1 that serves dataset files from memory, so integration
 * tests load data through the app's real fetch path instead of a mocked fetch.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** An answer, or `hang`: the request is accepted and never answered (a stalled network). */
export type Route = { status: number; body: string } | { hang: true };

export interface DataServer {
  baseUrl: string;
  /** Replace what a path answers (e.g. a 404 or a malformed file). */
  set(path: string, route: Route): void;
  close(): Promise<void>;
}

export async function startDataServer(files: Record<string, unknown>): Promise<DataServer> {
  const routes = new Map<string, Route>();
  for (const [path, body] of Object.entries(files))
    routes.set(path, { status: 200, body: JSON.stringify(body) });
  const server: Server = createServer((req, res) => {
    const route = routes.get(new URL(req.url ?? '/', 'http://x').pathname);
    if (route && 'hang' in route) return;
    res.writeHead(route?.status ?? 404, {
      'content-type': 'application/json',
      'access-control-allow-origin': '*',
    });
    res.end(route?.body ?? '{}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/`,
    set: (path, route) => routes.set(path, route),
    close: () => {
      // Hung requests would hold the server open forever.
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
