import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { buildDuplicatiReport } from '../support/report-builder.ts';
import { wsUrl } from '../support/live-client.ts';
import { startTestServer } from '../support/test-server.ts';
import type { TestServer } from '../support/test-server.ts';

const ADMIN = 'bad-input-admin-token-0123';
const UPLOAD = 'bad-input-upload-token-0123';
const valid = () => buildDuplicatiReport({ beginTime: new Date(Date.UTC(2025, 0, 1) + Math.floor(Math.random() * 1e10)) });

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({
    env: {
      ADMIN_TOKEN: ADMIN,
      UPLOAD_TOKEN: UPLOAD,
      UPLOAD_MAX_BYTES: '65536',
      GRAPHQL_MAX_BYTES: '16384',
      MAX_QUERY_DEPTH: '8',
      MAX_ALIASES: '5',
      MAX_QUERY_TOKENS: '800',
      MAX_PAGE_SIZE: '100',
    },
  });
});
afterAll(() => server.stop());

interface RawResponse {
  status: number;
  text: string;
}

function rawRequest(
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string | Buffer; chunked?: boolean } = {},
): Promise<RawResponse> {
  const url = new URL(path, server.url);
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: options.method ?? 'POST', headers: options.headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', reject);
    if (options.chunked) {
      req.write(options.body ?? '');
      req.end();
    } else {
      req.end(options.body);
    }
  });
}

const json = { 'Content-Type': 'application/json' };
const uploadPath = `/api/upload?token=${UPLOAD}`;
const gqlHeaders = { ...json, Accept: 'application/graphql-response+json', Authorization: `Bearer ${ADMIN}` };
const gql = (query: string, variables?: unknown) => JSON.stringify({ query, variables });
const deep = (depth: number) => `{ servers { edges { node { ${'backupJobs { server { '.repeat(depth)}name${' } }'.repeat(depth)} } } } }`;

interface HttpCase {
  name: string;
  path: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  chunked?: boolean;
  status: number;
  message: RegExp;
}

const httpCases: HttpCase[] = [
  // /api/upload
  { name: 'malformed JSON upload', path: uploadPath, headers: json, body: '{"Data": {', status: 400, message: /not valid JSON/ },
  {
    name: 'truncated report',
    path: uploadPath,
    headers: json,
    body: JSON.stringify(valid()).slice(0, 500),
    status: 400,
    message: /not valid JSON/,
  },
  { name: 'empty upload body', path: uploadPath, headers: json, body: '', status: 400, message: /empty/ },
  {
    name: 'binary garbage upload',
    path: uploadPath,
    headers: json,
    body: Buffer.from([0xff, 0xfe, 0x00, 0x13, 0x37, 0x80]),
    status: 400,
    message: /not valid JSON/,
  },
  {
    name: 'JSON array instead of a report',
    path: uploadPath,
    headers: json,
    body: '[]',
    status: 400,
    message: /Only backup operations are supported/,
  },
  { name: 'JSON null', path: uploadPath, headers: json, body: 'null', status: 400, message: /Only backup operations are supported/ },
  {
    name: 'report without Extra',
    path: uploadPath,
    headers: json,
    body: JSON.stringify({ ...valid(), Extra: undefined }),
    status: 400,
    message: /Missing Extra section/,
  },
  {
    name: 'report without machine-id',
    path: uploadPath,
    headers: json,
    body: JSON.stringify(buildDuplicatiReport({ extra: { 'machine-id': undefined } })),
    status: 400,
    message: /Missing required fields in Extra section: machine-id/,
  },
  {
    name: 'report without BeginTime',
    path: uploadPath,
    headers: json,
    body: JSON.stringify(buildDuplicatiReport({ data: { BeginTime: undefined } })),
    status: 400,
    message: /Missing required fields in Data section: BeginTime/,
  },
  {
    name: 'report with an impossible date',
    path: uploadPath,
    headers: json,
    body: JSON.stringify(buildDuplicatiReport({ data: { BeginTime: 'yesterday' } })),
    status: 400,
    message: /Invalid date in Data section: BeginTime/,
  },
  {
    name: 'report with a broken duration',
    path: uploadPath,
    headers: json,
    body: JSON.stringify(buildDuplicatiReport({ data: { Duration: 'forever' } })),
    status: 400,
    message: /Invalid duration/,
  },
  {
    name: 'report with absurd counts',
    path: uploadPath,
    headers: json,
    body: JSON.stringify(buildDuplicatiReport({ data: { ExaminedFiles: 1e12, SizeOfExaminedFiles: '99999999999999999999999' } })),
    status: 400,
    message: /Data\.SizeOfExaminedFiles.*Data\.ExaminedFiles/,
  },
  {
    name: 'oversized upload',
    path: uploadPath,
    headers: json,
    body: JSON.stringify(buildDuplicatiReport({ logLines: 2000 })),
    status: 413,
    message: /limit is 65536 bytes/,
  },
  {
    name: 'form body that is no Duplicati report',
    path: uploadPath,
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: 'a=b&c=d',
    status: 400,
    message: /message/,
  },
  { name: 'upload with GET', path: uploadPath, method: 'GET', status: 405, message: /POST/ },
  {
    name: 'upload without its token',
    path: '/api/upload',
    headers: json,
    body: JSON.stringify(valid()),
    status: 401,
    message: /Upload token required/,
  },
  {
    name: 'upload with a wrong token',
    path: '/api/upload?token=guess-guess-guess-guess',
    headers: json,
    body: JSON.stringify(valid()),
    status: 401,
    message: /Upload token required/,
  },
  // /graphql over HTTP
  { name: 'malformed GraphQL JSON', path: '/graphql', headers: gqlHeaders, body: '{"query": ', status: 400, message: /JSON|parse/i },
  {
    name: 'text/plain POST (cross-site)',
    path: '/graphql',
    headers: { 'Content-Type': 'text/plain' },
    body: gql('{ summary { totalServers } }'),
    status: 403,
    message: /A GraphQL POST needs .{1,2}Content-Type: application\/json/,
  },
  { name: 'no query', path: '/graphql', headers: gqlHeaders, body: '{}', status: 400, message: /query/i },
  { name: 'syntax error', path: '/graphql', headers: gqlHeaders, body: gql('{ summary { '), status: 400, message: /Syntax Error/ },
  {
    name: 'unknown field',
    path: '/graphql',
    headers: gqlHeaders,
    body: gql('{ nope }'),
    status: 400,
    message: /Cannot query field .{1,2}nope/,
  },
  {
    name: 'variable of the wrong type',
    path: '/graphql',
    headers: gqlHeaders,
    body: gql('query ($n: Int) { servers(first: $n) { totalCount } }', { n: 'ten' }),
    status: 400,
    message: /Int cannot represent/,
  },
  { name: 'query too deep', path: '/graphql', headers: gqlHeaders, body: gql(deep(6)), status: 400, message: /depth/i },
  {
    name: 'alias-heavy query',
    path: '/graphql',
    headers: gqlHeaders,
    body: gql(`{ ${Array.from({ length: 20 }, (_, i) => `a${i}: summary { totalServers }`).join(' ')} }`),
    status: 400,
    message: /alias/i,
  },
  {
    name: 'query with too many tokens',
    path: '/graphql',
    headers: gqlHeaders,
    body: gql(`{ summary { ${'totalServers '.repeat(900)} } }`),
    status: 400,
    message: /token/i,
  },
  {
    name: 'huge first (priced by the cost limit first)',
    path: '/graphql',
    headers: gqlHeaders,
    body: gql('{ backups(first: 1000000) { totalCount } }'),
    status: 400,
    message: /Cost limit .*MAX_QUERY_COST/,
  },
  {
    name: 'first just over the page size',
    path: '/graphql',
    headers: gqlHeaders,
    body: gql('{ backups(first: 101) { totalCount } }'),
    status: 400,
    message: /between 0 and 100/,
  },
  {
    name: 'huge first in a variable',
    path: '/graphql',
    headers: gqlHeaders,
    body: gql('query ($n: Int) { servers(first: $n) { totalCount } }', { n: 5000 }),
    status: 400,
    message: /between 0 and 100/,
  },
  {
    name: 'negative first',
    path: '/graphql',
    headers: gqlHeaders,
    body: gql('{ servers(first: -1) { totalCount } }'),
    status: 400,
    message: /between 0 and 100/,
  },
  // Relay: an id that names no object is null, not an error.
  {
    name: 'a global id that is garbage',
    path: '/graphql',
    headers: gqlHeaders,
    body: gql('{ node(id: "%%%not-an-id") { id } }'),
    status: 200,
    message: /^\{"data":\{"node":null\}\}$/,
  },
  {
    name: 'oversized GraphQL body',
    path: '/graphql',
    headers: gqlHeaders,
    body: gql(`{ summary { totalServers } } # ${'x'.repeat(20000)}`),
    status: 413,
    message: /limit is 16384 bytes/,
  },
  {
    name: 'chunked GraphQL body',
    path: '/graphql',
    headers: { ...gqlHeaders, 'Transfer-Encoding': 'chunked' },
    body: gql('{ summary { totalServers } }'),
    chunked: true,
    status: 411,
    message: /Content-Length/,
  },
  {
    name: 'mutation without the admin token',
    path: '/graphql',
    headers: { ...json, Accept: 'application/graphql-response+json' },
    body: gql('mutation { checkOverdueNow { message } }'),
    status: 403,
    message: /needs the admin token/,
  },
  {
    name: 'mutation with a wrong token',
    path: '/graphql',
    headers: { ...json, Accept: 'application/graphql-response+json', Authorization: 'Bearer not-it-not-it-not-it' },
    body: gql('mutation { checkOverdueNow { message } }'),
    status: 403,
    message: /needs the admin token/,
  },
  // the duplistatus REST reads
  {
    name: 'unknown server on the REST API',
    path: '/api/lastbackup/no-such-server',
    method: 'GET',
    status: 404,
    message: /Server not found/,
  },
  { name: 'unknown route', path: '/api/nothing-here', method: 'GET', status: 404, message: /Not found/ },
];

describe('bad input over HTTP', () => {
  it.each(httpCases)('answers $name with $status and a clear message', async (testCase) => {
    const response = await rawRequest(testCase.path, testCase);
    expect(response.status, response.text).toBe(testCase.status);
    expect(response.text).toMatch(testCase.message);
  });
});

interface SocketOutcome {
  code: number;
  reason: string;
  messages: unknown[];
}

/** Opens a raw graphql-transport-ws socket, sends the frames, and reports how it ended. */
function socketSession(
  frames: (string | Buffer)[],
  options: { protocol?: string; waitForMessages?: number; afterAck?: string[] } = {},
): Promise<SocketOutcome> {
  return new Promise((resolve) => {
    const socket = new WebSocket(wsUrl(server.url), options.protocol ?? 'graphql-transport-ws');
    const messages: unknown[] = [];
    const timer = setTimeout(() => {
      socket.close(1000);
      resolve({ code: -1, reason: 'still open', messages });
    }, 3000);
    socket.on('open', () => frames.forEach((frame) => socket.send(frame)));
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as { type?: string };
      messages.push(message);
      if (message.type === 'connection_ack') options.afterAck?.forEach((frame) => socket.send(frame));
      if (options.waitForMessages && messages.length >= options.waitForMessages) {
        clearTimeout(timer);
        socket.close(1000);
        resolve({ code: 0, reason: 'messages received', messages });
      }
    });
    socket.on('close', (code, reason) => {
      clearTimeout(timer);
      resolve({ code, reason: String(reason), messages });
    });
    socket.on('error', (error) => {
      clearTimeout(timer);
      resolve({ code: -2, reason: error.message, messages });
    });
  });
}

const init = JSON.stringify({ type: 'connection_init', payload: {} });
const subscribeFrame = (id: string, query: string) => JSON.stringify({ id, type: 'subscribe', payload: { query } });

describe('bad input over WebSocket', () => {
  it('closes with 4400 on binary garbage', async () => {
    const outcome = await socketSession([Buffer.from([0xde, 0xad, 0xbe, 0xef])]);
    expect(outcome.code).toBe(4400);
    expect(outcome.reason).toMatch(/./);
  });

  it('closes with 4400 on a message that is not a graphql-ws message', async () => {
    const outcome = await socketSession([JSON.stringify({ hello: 'world' })]);
    expect(outcome.code).toBe(4400);
    expect(outcome.reason).toMatch(/Invalid message/i);
  });

  it('closes with 4401 when a subscribe comes before connection_init', async () => {
    const outcome = await socketSession([subscribeFrame('1', 'subscription { backupReceived { receivedAt } }')]);
    expect(outcome.code).toBe(4401);
    expect(outcome.reason).toMatch(/Unauthorized/);
  });

  it('closes with 1009 on a message over the size limit', async () => {
    const outcome = await socketSession([
      init,
      subscribeFrame('1', `subscription { backupReceived { receivedAt } } # ${'x'.repeat(20000)}`),
    ]);
    expect(outcome.code).toBe(1009);
  });

  it('closes with 4409 when a subscription id is reused', async () => {
    const query = 'subscription { backupReceived { receivedAt } }';
    const outcome = await socketSession([init], { afterAck: [subscribeFrame('same', query), subscribeFrame('same', query)] });
    expect(outcome.code).toBe(4409);
    expect(outcome.reason).toMatch(/already exists/);
  });

  it('answers an invalid operation with an error message and keeps the socket', async () => {
    const outcome = await socketSession([init], { afterAck: [subscribeFrame('1', 'subscription { nope }')], waitForMessages: 2 });
    expect(outcome.messages[1]).toMatchObject({
      type: 'error',
      id: '1',
      payload: [{ message: expect.stringMatching(/Cannot query field "nope"/) }],
    });
  });

  it('refuses a wrong subprotocol', async () => {
    const outcome = await socketSession([init], { protocol: 'graphql-ws-wrong' });
    expect(outcome.code === 4406 || /subprotocol/i.test(outcome.reason), JSON.stringify(outcome)).toBe(true);
  });
});

describe('after all of that', () => {
  it('still answers the health check and stores a good report', async () => {
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
    expect((await server.upload(valid(), { Authorization: `Bearer ${UPLOAD}` })).status).toBe(200);
    expect(httpCases.length + 7).toBeGreaterThanOrEqual(30);
  });
});
