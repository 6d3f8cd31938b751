/**
 * Every wait ends: the data fetch over real HTTP (a local server that can hang, stall mid-way,
 * send too much or send garbage). The stall limit is shortened here; one browser test proves
 * the real 20 s.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DatasetLoadError, fetchJson, type Progress } from '../../src/data/fetch-json';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;
const handlers: Record<string, Handler> = {
  '/good.json': (_, res) => {
    const body = JSON.stringify({ hello: 'world', list: Array.from({ length: 2000 }, (_, i) => i) });
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
    res.end(body);
  },
  '/chunked.json': (_, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.write('{"a":');
    setTimeout(() => res.end('1}'), 20);
  },
  // Never answers.
  '/hang.json': () => {},
  // Answers, sends half, then goes silent.
  '/stall.json': (_, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.write('{"half":');
  },
  // Answers, sends half, then drops the connection.
  '/reset.json': (_, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.write('{"half":', () => res.socket?.destroy());
  },
  '/big.json': (_, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(`"${'x'.repeat(5000)}"`);
  },
  // Says its size up front, then sends nothing.
  '/announced.json': (_, res) => {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': 5000 });
    res.flushHeaders();
  },
  // Compressed: its Content-Length counts fewer bytes than the file has.
  '/gzip.json': (_, res) => {
    const body = gzipSync(JSON.stringify({ list: Array.from({ length: 500 }, () => 'same') }));
    res.writeHead(200, {
      'content-type': 'application/json',
      'content-encoding': 'gzip',
      'content-length': body.length,
    });
    res.end(body);
  },
  '/identity.json': (_, res) => {
    res.writeHead(200, {
      'content-type': 'application/json',
      'content-encoding': 'identity',
      'content-length': 7,
    });
    res.end('{"a":1}');
  },
  // Answers "no content": there is no body to stream.
  '/empty.json': (_, res) => {
    res.writeHead(204).end();
  },
  '/garbage.json': (_, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end('<!doctype html><script>alert(1)</script>');
  },
};

let base = '';
const server = createServer((req, res) => {
  const handler = handlers[new URL(req.url ?? '/', 'http://x').pathname];
  if (handler) handler(req, res);
  else res.writeHead(404).end();
});
beforeAll(async () => {
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((done) => server.close(done));
});

const get = (path: string, options: Parameters<typeof fetchJson>[2] = {}) =>
  fetchJson(new URL(path, base), `data${path}`, options);

describe('fetchJson', () => {
  it('parses a file and reports progress up to its known size', async () => {
    const seen: Progress[] = [];
    const data = (await get('/good.json', { onProgress: (p) => seen.push(p) })) as { hello: string };
    expect(data.hello).toBe('world');
    const last = seen.at(-1);
    expect(last?.total).not.toBeNull();
    expect(last?.received).toBe(last?.total);
    expect(seen[0]?.received).toBe(0);
  });

  it('reports bytes with an unknown total when the server does not say the size', async () => {
    const seen: Progress[] = [];
    expect(await get('/chunked.json', { onProgress: (p) => seen.push(p) })).toEqual({ a: 1 });
    expect(seen.at(-1)).toEqual({ received: 7, total: null });
  });

  it('gives up a request that never answers, with a message naming the file and the limit', async () => {
    await expect(get('/hang.json', { stallMs: 300 })).rejects.toThrow(
      new DatasetLoadError('data/hang.json did not arrive: nothing was received for 300 ms.'),
    );
  });

  it('gives up a file that stops arriving mid-way', async () => {
    await expect(get('/stall.json', { stallMs: 400 })).rejects.toThrow(
      'data/stall.json did not arrive: nothing was received for 400 ms.',
    );
  });

  it('says so when the connection breaks off mid-file', async () => {
    await expect(get('/reset.json')).rejects.toThrow(
      new DatasetLoadError('Could not load data/reset.json: the connection broke off.'),
    );
  });

  it('refuses a file past the size limit as it streams', async () => {
    await expect(get('/big.json', { maxBytes: 4096 })).rejects.toThrow(
      'data/big.json is larger than 4 kB, the most this app reads.',
    );
  });

  it('refuses at once a file whose stated size is past the limit, without waiting for it', async () => {
    await expect(get('/announced.json', { maxBytes: 4096, stallMs: 60_000 })).rejects.toThrow(
      'data/announced.json is larger than 4 kB, the most this app reads.',
    );
  });

  it('reads a file of exactly the size limit, whether its size is stated or not', async () => {
    const size = Buffer.byteLength(
      JSON.stringify({ hello: 'world', list: Array.from({ length: 2000 }, (_, i) => i) }),
    );
    expect(await get('/good.json', { maxBytes: size })).toMatchObject({ hello: 'world' });
    expect(await get('/chunked.json', { maxBytes: 7 })).toEqual({ a: 1 });
  });

  it('knows the total only when the stated size counts the bytes it reads (not compressed)', async () => {
    const zipped: Progress[] = [];
    const data = (await get('/gzip.json', { onProgress: (p) => zipped.push(p) })) as { list: string[] };
    expect(data.list).toHaveLength(500);
    expect(zipped.at(-1)).toEqual({ received: JSON.stringify(data).length, total: null });
    const plain: Progress[] = [];
    expect(await get('/identity.json', { onProgress: (p) => plain.push(p) })).toEqual({ a: 1 });
    expect(plain.at(-1)).toEqual({ received: 7, total: 7 });
  });

  it('says the network failed when nothing answers at the address', async () => {
    const closed = createServer();
    await new Promise<void>((done) => closed.listen(0, '127.0.0.1', done));
    const { port } = closed.address() as AddressInfo;
    await new Promise((done) => closed.close(done));
    await expect(fetchJson(new URL(`http://127.0.0.1:${port}/x.json`), 'data/x.json')).rejects.toThrow(
      new DatasetLoadError('Could not reach data/x.json: the network request failed.'),
    );
  });

  it('words a stall limit of a second or more in seconds', async () => {
    await expect(get('/hang.json', { stallMs: 1500 })).rejects.toThrow(
      'data/hang.json did not arrive: nothing was received for 2 seconds.',
    );
  });

  it('says which file is not JSON, and an unknown path is an HTTP error', async () => {
    await expect(get('/garbage.json')).rejects.toThrow(/^data\/garbage\.json is not valid JSON \(.+\)\.$/);
    await expect(get('/missing.json')).rejects.toThrow('Could not load data/missing.json (HTTP 404).');
    // An answer with no body at all is read as empty text, which is not JSON either.
    await expect(get('/empty.json')).rejects.toThrow(/^data\/empty\.json is not valid JSON \(.+\)\.$/);
  });

  it('stops when its caller cancels, without calling it a timeout', async () => {
    const controller = new AbortController();
    const pending = get('/hang.json', { signal: controller.signal, stallMs: 60_000 });
    controller.abort();
    await expect(pending).rejects.toThrow(/abort/i);
  });
});
