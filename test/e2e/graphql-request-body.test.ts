import http from 'node:http';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { capturedLogger } from '../support/captured-logger.ts';
import { adminHeaders, startTestServer } from '../support/test-server.ts';
import type { TestServer } from '../support/test-server.ts';

/**
 * A GraphQL POST's body is read by the HTTP layer, not by Yoga (src/http/read-body.ts): every
 * way a body can arrive, or fail to, must still end in the answer it had before.
 */
const log = capturedLogger();
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ logger: log.logger, env: { GRAPHQL_MAX_BYTES: '4096' } });
});
afterAll(() => server.stop());

const typename = JSON.stringify({ query: '{ __typename }' });

function postInPieces(pieces: string[], delayMs: number): Promise<{ status: number; text: string }> {
  const body = pieces.join('');
  return new Promise((resolve, reject) => {
    const request = http.request(
      `${server.url}/graphql`,
      {
        method: 'POST',
        headers: { ...adminHeaders, 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(body)) },
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk) => (text += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, text }));
      },
    );
    request.on('error', reject);
    request.flushHeaders();
    const next = (index: number) => {
      if (index === pieces.length) return void request.end();
      request.write(pieces[index]);
      setTimeout(() => next(index + 1), delayMs);
    };
    next(0);
  });
}

describe('the body of a GraphQL POST', () => {
  it('is read whole when it arrives in many pieces', async () => {
    const pieces = typename.match(/.{1,3}/gs)!;
    const answer = await postInPieces(pieces, 5);
    expect(answer).toEqual({ status: 200, text: '{"data":{"__typename":"Query"}}' });
  });

  it('is answered with a 400 when it is not JSON, with the reason', async () => {
    const answer = await postInPieces(['{"query":'], 0);
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.text).errors[0].message).toBe('POST body sent invalid JSON.');
  });

  it('is parsed as the multipart form of the GraphQL multipart request spec, as before', async () => {
    const form = new FormData();
    form.set('operations', typename);
    form.set('map', '{}');
    const answer = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { ...adminHeaders, 'x-graphql-yoga-csrf': '1' },
      body: form,
    });
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('may be empty, and then is refused as invalid JSON', async () => {
    const answer = await postInPieces([], 0);
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.text).errors[0].message).toBe('POST body sent invalid JSON.');
  });

  it('may stop half-way when the client goes away: nothing is logged as a failure and the server answers the next request', async () => {
    const linesBefore = log.lines.length;
    const url = new URL(server.url);
    const socket = net.connect(Number(url.port), url.hostname);
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    socket.write(
      `POST /graphql HTTP/1.1\r\nHost: ${url.host}\r\nAuthorization: ${adminHeaders.Authorization}\r\n` +
        `Content-Type: application/json\r\nContent-Length: ${typename.length}\r\n\r\n${typename.slice(0, 10)}`,
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    socket.destroy();
    await new Promise((resolve) => setTimeout(resolve, 100));

    expect((await postInPieces([typename], 0)).status).toBe(200);
    const failures = log.lines.slice(linesBefore).filter((line) => /"level":(50|60)/.test(line));
    expect(failures).toEqual([]);
  });
});
