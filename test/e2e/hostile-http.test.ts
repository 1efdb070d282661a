import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { capturedLogger } from '../support/captured-logger.ts';
import { failEveryRow } from '../support/fault-injection.ts';
import { connectLiveClient, wsUrl } from '../support/live-client.ts';
import { buildDuplicatiReport } from '../support/report-builder.ts';
import { startServerProcess } from '../support/server-process.ts';
import type { ServerProcess } from '../support/server-process.ts';
import { testStorageEnv } from '../support/test-database.ts';
import { adminHeaders, expectData, makeTempDir, startTestServer } from '../support/test-server.ts';
import type { TestServer } from '../support/test-server.ts';

/**
 * Hostile and careless clients at the HTTP edge (issue 13, items 1, 7, 8, 9): each case gets a
 * 4xx that says what is wrong, never a crash, a 500 or an internal detail.
 */

interface RawAnswer {
  status: number;
  head: string;
  body: string;
}

/** Sends bytes exactly as written (no client library tidies the request line) and reads the answer. */
function rawExchange(baseUrl: string, request: string): Promise<RawAnswer> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname, () => socket.write(request));
    let received = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk) => (received += chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const [head = '', ...rest] = received.split('\r\n\r\n');
      resolve({ status: Number(/^HTTP\/1\.[01] (\d{3})/.exec(head)?.[1] ?? 0), head, body: rest.join('\r\n\r\n') });
    });
    socket.setTimeout(10_000, () =>
      socket.destroy(new Error(`no complete answer to ${JSON.stringify(request.split('\r\n')[0])}: ${received}`)),
    );
  });
}

const requestLine = (line: string, headers = 'Host: localhost') => `${line}\r\n${headers}\r\nConnection: close\r\n\r\n`;

/** Internal details a client must never see: stack frames, absolute paths, Prisma's wording. */
function expectNoInternals(text: string): void {
  expect(text).not.toMatch(/\n\s+at |node_modules|\/work\/|\/src\/|Invalid `|prisma/i);
}

describe('malformed request targets, against a real server process', () => {
  let server: ServerProcess;
  beforeAll(async () => {
    server = await startServerProcess(testStorageEnv(path.join(makeTempDir(), 'targets.db')));
  });
  afterAll(() => server?.stop());

  const cases: { name: string; request: string; status: number; body?: RegExp }[] = [
    { name: 'GET //[', request: requestLine('GET //[ HTTP/1.1'), status: 400, body: /Invalid request target/ },
    { name: 'a path with brackets', request: requestLine('GET /api/lastbackup/[x] HTTP/1.1'), status: 400, body: /Invalid request target/ },
    {
      name: 'a path with braces and a backslash',
      request: requestLine('GET /graphql\\{} HTTP/1.1'),
      status: 400,
      body: /Invalid request target/,
    },
    {
      name: 'an absolute-form target with port 99999',
      request: requestLine('GET http://localhost:99999/health HTTP/1.1'),
      status: 400,
      body: /Invalid request target/,
    },
    {
      name: 'an absolute-form target with a broken IPv6 host',
      request: requestLine('GET http://[::1/graphql HTTP/1.1'),
      status: 400,
      body: /Invalid request target/,
    },
    { name: 'an asterisk-form target', request: requestLine('OPTIONS * HTTP/1.1'), status: 400, body: /Invalid request target/ },
    // Node's own parser refuses this one before any of our code runs.
    { name: 'a target that is no path at all', request: requestLine('GET health HTTP/1.1'), status: 400 },
    {
      name: 'an unparsable Host header on /graphql',
      request: requestLine('GET /graphql?query=%7B__typename%7D HTTP/1.1', 'Host: ['),
      status: 400,
      body: /Invalid Host header/,
    },
    {
      name: 'a Host header with port 99999 on /graphql',
      request: requestLine('POST /graphql HTTP/1.1', 'Host: localhost:99999\r\nContent-Type: application/json\r\nContent-Length: 2'),
      status: 400,
      body: /Invalid Host header/,
    },
    {
      name: 'a WebSocket upgrade to //[',
      request: requestLine(
        'GET //[ HTTP/1.1',
        'Host: localhost\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==',
      ),
      status: 400,
    },
    { name: 'a request line that is not HTTP', request: 'HELLO\r\n\r\n', status: 400 },
    // Legal forms keep working.
    {
      name: 'an absolute-form target that is valid',
      request: requestLine('GET http://localhost/health HTTP/1.1'),
      status: 200,
      body: /"status":"ok"/,
    },
    {
      name: 'a valid absolute-form GraphQL GET',
      request: requestLine('GET http://localhost/graphql?query=%7B__typename%7D HTTP/1.1'),
      status: 200,
      body: /"__typename":"Query"/,
    },
  ];

  it.each(cases)('answers $name with $status, and /health still answers', async ({ request, status, body }) => {
    const answer = await rawExchange(server.url, request);
    expect(answer.status, `${answer.head}\n\n${answer.body}`).toBe(status);
    if (body) expect(answer.body).toMatch(body);
    expectNoInternals(answer.body);
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
  });

  it('is still the same process after all of them, and still stores a report', async () => {
    expect(server.child.exitCode).toBeNull();
    expect(server.child.signalCode).toBeNull();
    const upload = await fetch(`${server.url}/api/upload`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(buildDuplicatiReport()),
    });
    expect(upload.status).toBe(200);
    expect(server.output()).not.toMatch(/uncaught|unhandled/i);
  });
});

const b64 = (text: string) => Buffer.from(text).toString('base64');
const graphqlJson = { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json' };

async function postGraphQL(
  server: TestServer,
  body: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; text: string; json: any }> {
  const response = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { ...graphqlJson, ...adminHeaders, ...headers }, body });
  const text = await response.text();
  return { status: response.status, text, json: JSON.parse(text) };
}

describe('node(id:) and nodes(ids:)', () => {
  let server: TestServer;
  let kept: string;
  let deleted: string;
  beforeAll(async () => {
    server = await startTestServer();
    const keptId = 'bbbb0000000000000000000000000001';
    const deletedId = 'bbbb0000000000000000000000000002';
    expect((await server.upload(buildDuplicatiReport({ serverId: keptId, serverName: 'kept' }))).status).toBe(200);
    expect((await server.upload(buildDuplicatiReport({ serverId: deletedId, serverName: 'gone' }))).status).toBe(200);
    const ids = expectData(await server.graphql('{ servers { edges { node { id serverId } } } }')).servers.edges.map(
      (edge: any) => edge.node,
    );
    kept = ids.find((node: any) => node.serverId === keptId).id;
    deleted = ids.find((node: any) => node.serverId === deletedId).id;
    const deletion = expectData(
      await server.graphql(`mutation { deleteServer(input: { id: "${deletedId}" }) { ... on DeleteServerPayload { deletedId } } }`),
    );
    expect(deletion.deleteServer.deletedId).toBe(deleted);
  });
  afterAll(() => server.stop());

  const nameless: [string, string][] = [
    ['a deleted server', ''],
    ['a type that is no Node', b64('Summary:1')],
    ['a type that does not exist', b64('Nope:1')],
    ['an int-keyed type with a text id', b64('BackupJob:abc')],
    ['an int-keyed type with a fraction', b64('Alert:1.5')],
    ['an int-keyed type past 32 bits', b64('Alert:99999999999')],
    ['a missing row', b64('Backup:no-such-run')],
    ['an empty id part', b64('Server:')],
    ['text that is no global id', '%%%not-an-id'],
  ];

  it.each(nameless)('answers null for %s', async (_name, id) => {
    const response = await server.graphql('query ($id: ID!) { node(id: $id) { id } }', { id: id || deleted });
    expect(response).toEqual({ status: 200, data: { node: null } });
  });

  it('answers each id of nodes(ids:) on its own: the live one resolves, every other one is null', async () => {
    const ids = [kept, ...nameless.map(([, id]) => id || deleted), kept];
    const data = expectData(await server.graphql('query ($ids: [ID!]!) { nodes(ids: $ids) { id ... on Server { name } } }', { ids }));
    expect(data.nodes).toEqual([{ id: kept, name: 'kept' }, ...nameless.map(() => null), { id: kept, name: 'kept' }]);
  });
});

describe('what a client learns from an internal error', () => {
  const failingUpdate = (server: TestServer) =>
    server.graphql(`mutation { updateServer(input: { id: "cccc0000000000000000000000000001", note: "x" }) { __typename } }`);

  async function serverWithBrokenUpdates(env: Record<string, string>, logger = capturedLogger()) {
    const server = await startTestServer({ logger: logger.logger, env });
    expect((await server.upload(buildDuplicatiReport({ serverId: 'cccc0000000000000000000000000001' }))).status).toBe(200);
    await failEveryRow(server, 'servers', 'UPDATE', 'injected failure');
    return { server, lines: logger.lines };
  }

  it('gets a request id and nothing internal by default, even with NODE_ENV=development', async () => {
    const { server, lines } = await serverWithBrokenUpdates({ NODE_ENV: 'development' });
    try {
      const response = await failingUpdate(server);
      const error = response.errors?.[0];
      expect(error?.message).toMatch(/Unexpected error; the server log has the details under request id \S+/);
      expectNoInternals(JSON.stringify(response));
      const requestId = error?.extensions?.requestId as string;
      expect(lines.some((line) => line.includes(requestId) && line.includes('injected failure'))).toBe(true);
    } finally {
      await server.stop();
    }
  });

  it('gets the cause when the operator sets EXPOSE_ERROR_DETAILS=true', async () => {
    const { server } = await serverWithBrokenUpdates({ EXPOSE_ERROR_DETAILS: 'true' });
    try {
      // The database's or Prisma's own account of the failed statement, as the log has it.
      const message = (await failingUpdate(server)).errors?.[0]?.message;
      expect(message).not.toMatch(/Unexpected error/);
      expect(message).toMatch(/injected failure|Invalid `tx\.server\.update\(\)` invocation/);
    } finally {
      await server.stop();
    }
  });

  it('logs a failed upload with its request id and without the report values', async () => {
    const log = capturedLogger();
    const server = await startTestServer({ logger: log.logger });
    try {
      await failEveryRow(server, 'backups', 'INSERT', 'injected failure');
      const response = await fetch(`${server.url}/api/upload`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(buildDuplicatiReport({ serverName: 'secret-host-name', backupName: 'Secret Job Name' })),
      });
      const requestId = response.headers.get('x-request-id')!;
      expect(response.status).toBe(500);
      expect(await response.json()).toEqual({ error: 'Failed to process backup data', requestId });
      const failure = log.lines.map((line) => JSON.parse(line)).find((entry) => entry.msg === 'storing a backup report failed');
      // The database's reason is kept; the query Prisma quotes with the report's values is not.
      expect(failure).toMatchObject({ reqId: requestId, err: { message: expect.stringMatching(/injected failure/) } });
      const everything = log.lines.join('\n');
      expect(everything).not.toContain('secret-host-name');
      expect(everything).not.toContain('Secret Job Name');
    } finally {
      await server.stop();
    }
  });
});

describe('text and nesting no real client sends', () => {
  let server: TestServer;
  const log = capturedLogger();
  beforeAll(async () => {
    server = await startTestServer({ logger: log.logger });
  });
  afterAll(() => server.stop());

  const report = () => buildDuplicatiReport({ beginTime: new Date(Date.UTC(2025, 0, 1) + Math.floor(Math.random() * 1e10)) });
  const withLoneSurrogate = (field: string) => JSON.stringify(report()).replace(new RegExp(`"${field}":"`), `"${field}":"\\ud800`);
  const deep = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
  const runCount = async () => expectData(await server.graphql('{ backups { totalCount } }')).backups.totalCount as number;

  it.each(['machine-id', 'machine-name', 'backup-name', 'backup-id'])(
    'refuses a lone surrogate in Extra.%s with a 400 naming the field',
    async (field) => {
      const before = await runCount();
      const response = await server.upload(withLoneSurrogate(field));
      expect(response.status).toBe(400);
      expect(response.body).toEqual({
        field: `Extra.${field}`,
        error: expect.stringMatching(new RegExp(`lone UTF-16 surrogate .*Extra\\.${field}`)),
      });
      expect(await runCount()).toBe(before);
    },
  );

  it('refuses a lone surrogate in a property name', async () => {
    const body = JSON.stringify(report()).replace('"Extra":{', '"Extra":{"bad\\udc00key":"x",');
    const response = await server.upload(body);
    expect(response.status).toBe(400);
    expect(response.body.error).toMatch(/lone UTF-16 surrogate in a property name at Extra\.bad\uFFFDkey/);
  });

  it('stores a report whose log line carries a lone surrogate (a Windows file name can), with U+FFFD in its place', async () => {
    const sent = buildDuplicatiReport({
      serverId: 'dddd0000000000000000000000000001',
      logLines: ['Warning: cannot read C:\\Data\\file-\ud800.txt'],
    });
    const body = JSON.stringify(sent);
    expect(body).toContain('\\ud800');
    expect((await server.upload(body)).status).toBe(200);
    const data = expectData(
      await server.graphql('{ backups(filter: { serverId: "dddd0000000000000000000000000001" }) { edges { node { logLines } } } }'),
    );
    expect(data.backups.edges[0].node.logLines).toContain('Warning: cannot read C:\\Data\\file-\uFFFD.txt');
    expect(log.lines.some((line) => line.includes('replaced with U+FFFD') && line.includes('LogLines[0]'))).toBe(true);
  });

  it.each([
    ['a bare array', deep(100_000)],
    ['an object', `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`],
    ['inside Data', JSON.stringify(report()).replace('"Data":{', `"Data":{"Nested":${deep(100_000)},`)],
    ['inside a log line list', JSON.stringify({ ...report(), LogLines: '@' }).replace('"@"', deep(100_000))],
  ])('answers a report nested 100,000 deep (%s) with a 400', async (_where, body) => {
    const response = await server.upload(body);
    expect(response.status).toBe(400);
    expect(response.body.error).toMatch(/nested more than 64 levels deep/);
  });

  it('answers GraphQL variables nested 100,000 deep with a 400, for a list and for a JSON object', async () => {
    const list = await postGraphQL(
      server,
      `{"query":"query ($ids: [ID!]!) { nodes(ids: $ids) { id } }","variables":{"ids":${deep(100_000)}}}`,
    );
    expect(list.status, list.text).toBe(400);
    expect(list.json.errors[0].message).toMatch(/nested more than 64 levels deep at variables\.ids/);
    const nestedReport = `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`;
    const json = await postGraphQL(
      server,
      `{"query":"mutation ($report: JSONObject!) { reportBackup(input: { report: $report }) { __typename } }","variables":{"report":${nestedReport}}}`,
    );
    expect(json.status, json.text).toBe(400);
    expect(json.json.errors[0].message).toMatch(/nested more than 64 levels deep at variables\.report/);
  });

  it('answers a lone surrogate in a GraphQL variable with a 400 naming it', async () => {
    const response = await postGraphQL(
      server,
      '{"query":"query ($id: ID!) { server(id: $id) { __typename } }","variables":{"id":"\\ud800"}}',
    );
    expect(response.status, response.text).toBe(400);
    expect(response.json.errors[0]).toMatchObject({
      message: expect.stringMatching(/lone UTF-16 surrogate .*variables\.id/),
      extensions: { field: 'variables.id' },
    });
  });

  it('answers the same over graphql-ws, keeping the socket', async () => {
    const socket = new WebSocket(wsUrl(server.url), 'graphql-transport-ws');
    const messages: any[] = [];
    await new Promise<void>((resolve, reject) => {
      socket.on('error', reject);
      socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: {} })));
      socket.on('message', (data) => {
        const message = JSON.parse(String(data));
        messages.push(message);
        if (message.type === 'connection_ack') {
          socket.send(
            `{"id":"1","type":"subscribe","payload":{"query":"subscription ($s: ID) { backupReceived(serverId: $s) { receivedAt } }","variables":{"s":${deep(50_000)}}}}`,
          );
        }
        if (message.type === 'error') resolve();
      });
    });
    expect(messages.at(-1)).toMatchObject({
      type: 'error',
      id: '1',
      payload: [{ message: expect.stringMatching(/nested more than 64 levels deep/) }],
    });
    expect(socket.readyState).toBe(WebSocket.OPEN);
    socket.close();
  });

  it('still stores a good report afterwards', async () => {
    expect((await server.upload(report())).status).toBe(200);
  });
});

describe('tokens and where they are accepted', () => {
  const ADMIN = 'hostile-admin-token-0123456789';
  const READ = 'hostile-read-token-0123456789';
  const UPLOAD = 'hostile-upload-token-0123456789';
  const log = capturedLogger();
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({
      logger: log.logger,
      env: { ADMIN_TOKEN: ADMIN, READ_TOKEN: READ, UPLOAD_TOKEN: UPLOAD, CORS_ORIGINS: 'https://dash.example' },
    });
  });
  afterAll(() => server.stop());

  const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
  const summaryQuery = encodeURIComponent('{ summary { totalServers } }');
  const upload = (query: string, headers: Record<string, string> = {}) =>
    fetch(`${server.url}/api/upload${query}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers },
      body: JSON.stringify(buildDuplicatiReport({ beginTime: new Date(Date.UTC(2025, 0, 1) + Math.floor(Math.random() * 1e10)) })),
    });

  it('takes the admin token from the Authorization header, never from ?token=', async () => {
    const mutation = JSON.stringify({ query: 'mutation { checkOverdueNow { message } }' });
    const inUrl = await fetch(`${server.url}/graphql?token=${ADMIN}`, { method: 'POST', headers: graphqlJson, body: mutation });
    expect(inUrl.status).toBe(401);
    const withRead = await fetch(`${server.url}/graphql?token=${ADMIN}`, {
      method: 'POST',
      headers: { ...graphqlJson, ...bearer(READ) },
      body: mutation,
    });
    expect(withRead.status).toBe(403);
    expect((await withRead.json()).errors[0].message).toMatch(/needs the admin token/);
    const inHeader = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { ...graphqlJson, ...bearer(ADMIN) },
      body: mutation,
    });
    expect(inHeader.status).toBe(200);
    // Not even as a read token on GET /graphql, nor as an upload token.
    expect((await fetch(`${server.url}/graphql?query=${summaryQuery}&token=${ADMIN}`)).status).toBe(401);
    const adminUpload = await upload(`?token=${ADMIN}`);
    expect(adminUpload.status).toBe(401);
    expect((await adminUpload.json()).error).toMatch(/admin token is accepted only in the Authorization header/);
  });

  it('takes the admin token from graphql-ws connection_init', async () => {
    const client = connectLiveClient(server.url, { token: ADMIN });
    const result = await new Promise<any>((resolve, reject) => {
      client.subscribe({ query: 'mutation { checkOverdueNow { message } }' }, { next: resolve, error: reject, complete: () => {} });
    });
    expect(result.errors).toBeUndefined();
    expect(typeof result.data.checkOverdueNow.message).toBe('string');
    await client.dispose();
  });

  it('takes the read token from ?token= on GET /graphql only, as a browser EventSource sends it', async () => {
    // An EventSource sets no header: no bearer, no CSRF header, just Accept.
    const stream = await fetch(`${server.url}/graphql?query=${summaryQuery}&token=${READ}`, { headers: { Accept: 'text/event-stream' } });
    expect(stream.status).toBe(200);
    expect(await stream.text()).toMatch(/event: next\ndata: \{"data":\{"summary":\{"totalServers":\d+\}\}\}/);

    const post = await fetch(`${server.url}/graphql?token=${READ}`, {
      method: 'POST',
      headers: graphqlJson,
      body: JSON.stringify({ query: '{ summary { totalServers } }' }),
    });
    expect(post.status).toBe(401);
    for (const route of ['/api/summary', '/metrics', '/api/lastbackups/any']) {
      const inUrl = await fetch(`${server.url}${route}?token=${READ}`);
      expect(inUrl.status, route).toBe(401);
      expect((await inUrl.json()).error).toMatch(/accepted only on GET \/graphql/);
      expect((await fetch(`${server.url}${route}`, { headers: bearer(READ) })).status, route).not.toBe(401);
    }
  });

  it('takes the upload token from ?token= on /api/upload only, and no other token there', async () => {
    expect((await upload(`?token=${UPLOAD}`)).status).toBe(200);
    expect((await upload('', bearer(UPLOAD))).status).toBe(200);
    expect((await upload(`?token=${READ}`)).status).toBe(401);
    expect((await fetch(`${server.url}/graphql?query=${summaryQuery}&token=${UPLOAD}`)).status).toBe(401);
  });

  it('answers a CORS preflight without a token, with the headers the real request needs', async () => {
    const preflight = await fetch(`${server.url}/graphql`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://dash.example',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'authorization, content-type',
      },
    });
    expect(preflight.status).toBeLessThan(300);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://dash.example');
    expect(preflight.headers.get('access-control-allow-methods')).toMatch(/POST/);
    expect(preflight.headers.get('access-control-allow-headers')?.toLowerCase()).toMatch(/authorization/);
  });

  it('lets the browser read a 401 on /graphql (CORS headers on it), and only for an allowed origin', async () => {
    const allowed = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { ...graphqlJson, Origin: 'https://dash.example' },
      body: '{"query":"{ __typename }"}',
    });
    expect(allowed.status).toBe(401);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://dash.example');
    const other = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { ...graphqlJson, Origin: 'https://evil.example' },
      body: '{"query":"{ __typename }"}',
    });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('never writes a token into the log', () => {
    const everything = log.lines.join('\n');
    expect(log.lines.length).toBeGreaterThan(10);
    for (const token of [ADMIN, READ, UPLOAD]) expect(everything).not.toContain(token);
  });
});

describe('small things a careless client runs into', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.stop());

  it('says which limit a thousand repeated __typename selections hit', async () => {
    const response = await postGraphQL(server, JSON.stringify({ query: `{ ${'__typename '.repeat(1000)}}` }));
    expect(response.status).toBe(400);
    expect(response.json.errors).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(/validation budget.*Select each field once/),
        extensions: expect.objectContaining({ code: 'QUERY_LIMIT_EXCEEDED' }),
      }),
    ]);
    // Twice: the answer does not change once the validation result is cached.
    expect((await postGraphQL(server, JSON.stringify({ query: `{ ${'__typename '.repeat(1000)}}` }))).json.errors[0].message).toMatch(
      /validation budget/,
    );
  });

  it('explains the 406 of a subscription POSTed without an SSE Accept header', async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ query: 'subscription { backupReceived { receivedAt } }' }),
    });
    expect(response.status).toBe(406);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    const body = (await response.json()) as any;
    expect(body.errors[0].message).toMatch(/Accept: text\/event-stream.*graphql-ws/);
    // The subscription the 406 refused does not stay behind.
    await expect.poll(() => server.app.subscriptionCount()).toBe(0);
  });

  it.each(['/health', '/api/health', '/metrics', '/favicon.ico'])(
    'answers POST, PUT and DELETE on %s with 405 and Allow: GET, HEAD',
    async (route) => {
      for (const method of ['POST', 'PUT', 'DELETE']) {
        const response = await fetch(`${server.url}${route}`, { method });
        expect(response.status, method).toBe(405);
        expect(response.headers.get('allow')).toBe('GET, HEAD');
        expect(((await response.json()) as any).error).toMatch(/only answers GET and HEAD/);
      }
      expect((await fetch(`${server.url}${route}`, { method: 'HEAD' })).status).toBe(200);
    },
  );
});
