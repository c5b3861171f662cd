import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { limitFormBodies } from './body-limit.ts';

const LIMIT = 1_000;
let server: Server;
let url: string;

beforeAll(async () => {
  const app = express();
  app.use(limitFormBodies(LIMIT));
  app.all('/{*path}', async (req, res) => {
    let size = 0;
    for await (const chunk of req) size += (chunk as Buffer).length;
    res.type('text/plain').end(`read ${size}`);
  });
  server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/form`;
});

afterAll(() => {
  server.close();
});

function chunked(bytes: number): RequestInit {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new Uint8Array(bytes));
      controller.close();
    },
  });
  return { method: 'POST', body, duplex: 'half' } as RequestInit;
}

describe('limitFormBodies', () => {
  it('hands a form within the limit on without reading it', async () => {
    const response = await fetch(url, { method: 'POST', body: new Uint8Array(LIMIT) });
    expect(await response.text()).toBe(`read ${LIMIT}`);
  });

  it('refuses a declared length over the limit with 413 before reading it', async () => {
    const response = await fetch(url, { method: 'POST', body: new Uint8Array(LIMIT + 1) });
    expect(response.status).toBe(413);
    expect(await response.text()).toBe(`The form is larger than ${LIMIT} bytes.`);
  });

  it('refuses a chunked body over the limit with 413, and asks a smaller one for its length', async () => {
    expect((await fetch(url, chunked(LIMIT + 1))).status).toBe(413);
    expect((await fetch(url, chunked(10))).status).toBe(411);
  });

  it('leaves pages alone', async () => {
    expect(await (await fetch(url)).text()).toBe('read 0');
  });
});
