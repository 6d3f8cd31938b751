/**
 * A `data=` link's file is read while it downloads (load-path.ts, byte-file.ts): over a real
 * HTTP server that holds back the second half of the file, the reading must begin before that
 * half is sent, and the dataset must be the one the whole file gives. A download cut off
 * part-way stops with a message instead of loading what came as if it were the file.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { acledCsv } from '../../scripts/bench/acled-csv.mjs';
import { loadFromPath, type PathProgress } from '../../src/import/load-path';

/** Large enough that the held-back half comes after several of the reader's 1 MB slices. */
const ROWS = 12_000;
const csv = Buffer.from(acledCsv(ROWS));

interface Held {
  baseUrl: string;
  /** Sends the rest of the file (or, `cut`, drops the connection instead). */
  release(cut?: boolean): void;
  sentAll(): boolean;
}

let servers: Server[] = [];
afterEach(async () => {
  for (const s of servers) {
    s.closeAllConnections();
    await new Promise((resolve) => s.close(resolve));
  }
  servers = [];
});

/** Serves the CSV with its length announced, the first half at once and the rest on release. */
async function holdingServer(): Promise<Held> {
  let release: (cut: boolean) => void = () => {};
  const released = new Promise<boolean>((resolve) => {
    release = resolve;
  });
  let sentAll = false;
  const half = Math.floor(csv.length / 2);
  const server = createServer(async (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/csv', 'content-length': String(csv.length) });
    res.write(csv.subarray(0, half));
    const cut = await released;
    if (cut) return void res.destroy();
    sentAll = true;
    res.end(csv.subarray(half));
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/`,
    release: (cut = false) => release(cut),
    sentAll: () => sentAll,
  };
}

describe('a linked file read as it downloads', () => {
  it('begins reading before the last byte arrives, and loads every row', { timeout: 60_000 }, async () => {
    const held = await holdingServer();
    const phases: PathProgress['phase'][] = [];
    const loading = loadFromPath('data/acled.csv', held.baseUrl, (p) => phases.push(p.phase));
    // Reading has begun while the server still holds half the file back.
    await expect.poll(() => phases.includes('parsing'), { timeout: 30_000, interval: 20 }).toBe(true);
    expect(held.sentAll()).toBe(false);
    expect(phases[0]).toBe('fetching');
    held.release();
    const { dataset, report } = await loading;
    expect(held.sentAll()).toBe(true);
    expect(dataset.events).toHaveLength(ROWS);
    expect(report?.rejected ?? 0).toBe(0);
    // The last row of the file is in: the reading did not stop at the bytes it had.
    const lastId = (csv.toString('utf8').trim().split('\n').at(-1) ?? '').split(',')[0]?.toLowerCase();
    expect(dataset.events.some((e) => e.id.toLowerCase().includes(lastId ?? '?'))).toBe(true);
  });

  it('stops with a message when the download is cut off part-way', { timeout: 60_000 }, async () => {
    const held = await holdingServer();
    const phases: PathProgress['phase'][] = [];
    const loading = loadFromPath('data/acled.csv', held.baseUrl, (p) => phases.push(p.phase));
    await expect.poll(() => phases.includes('parsing'), { timeout: 30_000, interval: 20 }).toBe(true);
    held.release(true);
    await expect(loading).rejects.toThrow(
      'The download of data/acled.csv stopped before the end of the file.',
    );
  });
});
