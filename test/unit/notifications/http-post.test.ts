import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { postOnce } from '../../../src/notifications/http-post.ts';

const servers: http.Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

/** A local endpoint answering `status` with `body` (never answering for status 0); counts connections and keeps request bodies. */
async function endpoint(status: number, body = '', headers: http.OutgoingHttpHeaders = {}) {
  const received: { headers: http.IncomingHttpHeaders; body: string }[] = [];
  let connections = 0;
  const server = http.createServer((req, res) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => (text += chunk));
    req.on('end', () => {
      received.push({ headers: req.headers, body: text });
      if (status === 0) return;
      res.writeHead(status, headers);
      res.end(body);
    });
  });
  server.on('connection', () => connections++);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/topic`;
  return { url, received, connections: () => connections };
}

describe('postOnce', () => {
  it('sends the body with its headers and length, and reuses the connection for the next send', async () => {
    const target = await endpoint(200, '{"id":"1"}');
    const request = { url: target.url, headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: 'Backup failed ✗' };
    expect(await postOnce(request, 2_000)).toEqual({ ok: true, responseCode: 200 });
    expect(await postOnce(request, 2_000)).toEqual({ ok: true, responseCode: 200 });
    expect(target.received.map((r) => r.body)).toEqual(['Backup failed ✗', 'Backup failed ✗']);
    expect(target.received[0]!.headers).toMatchObject({
      'content-type': 'text/plain; charset=utf-8',
      'content-length': String(Buffer.byteLength('Backup failed ✗')),
      'user-agent': 'dupligraph',
    });
    expect(target.connections()).toBe(1);
  });

  it('retries a 503 and keeps the start of its answer; a 4xx and a redirect are final', async () => {
    const down = await endpoint(503, 'maintenance');
    expect(await postOnce({ url: down.url, headers: {}, body: 'x' }, 2_000)).toEqual({
      ok: false,
      retryable: true,
      responseCode: 503,
      error: 'HTTP 503: maintenance',
    });
    const forbidden = await endpoint(403, 'bad token');
    expect(await postOnce({ url: forbidden.url, headers: {}, body: 'x' }, 2_000)).toMatchObject({
      ok: false,
      retryable: false,
      responseCode: 403,
    });
    const moved = await endpoint(302, '', { Location: 'http://example.invalid/' });
    expect(await postOnce({ url: moved.url, headers: {}, body: 'x' }, 2_000)).toMatchObject({
      ok: false,
      retryable: false,
      responseCode: 302,
    });
  });

  it('gives up at the deadline, on a refused connection and when stopped, each as an attempt to retry, never throwing', async () => {
    const silent = await endpoint(0);
    expect(await postOnce({ url: silent.url, headers: {}, body: 'x' }, 200)).toEqual({
      ok: false,
      retryable: true,
      responseCode: null,
      error: 'no answer: timed out',
    });
    const closed = await endpoint(200);
    const refusedUrl = closed.url;
    const server = servers.pop()!;
    await new Promise((resolve) => server.close(resolve));
    expect(await postOnce({ url: refusedUrl, headers: {}, body: 'x' }, 2_000)).toMatchObject({
      ok: false,
      retryable: true,
      error: 'no answer: ECONNREFUSED',
    });
    const stopping = new AbortController();
    const pending = postOnce({ url: (await endpoint(0)).url, headers: {}, body: 'x' }, 10_000, stopping.signal);
    setTimeout(() => stopping.abort(), 50);
    expect(await pending).toMatchObject({ ok: false, retryable: true });
  });

  it('refuses what is not an http(s) URL without sending anything', async () => {
    expect(await postOnce({ url: 'ftp://example.com/x', headers: {}, body: 'x' }, 1_000)).toMatchObject({ ok: false, retryable: false });
    expect(await postOnce({ url: 'not a url', headers: {}, body: 'x' }, 1_000)).toMatchObject({ ok: false, retryable: false });
  });
});
