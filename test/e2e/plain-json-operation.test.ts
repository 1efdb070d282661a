import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { capturedLogger } from '../support/captured-logger.ts';
import { TEST_ADMIN_TOKEN, startTestServer } from '../support/test-server.ts';
import type { TestServer } from '../support/test-server.ts';

/**
 * A JSON POST from a client that is not a browser page is answered without Yoga's HTTP layer
 * (src/http/plain-json-operation.ts). The same request with an Origin header (a browser's) goes
 * through Yoga whole; apart from the CORS headers that the Origin brings, both must give the
 * same answer: status, content type and body, byte for byte.
 */
const log = capturedLogger();
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({
    logger: log.logger,
    env: { MAX_QUERY_COST: '200', MAX_ALIASES: '3', MAX_QUERY_DEPTH: '6', MAX_PAGE_SIZE: '50', GRAPHQL_MAX_RESPONSE_BYTES: '2048' },
  });
});
afterAll(() => server.stop());

interface Answer {
  status: number;
  contentType: string | null;
  body: string;
  cors: string | null;
}

const post = (payload: unknown, headers: Record<string, string>) => postTo(server, payload, headers);

async function postTo(target: TestServer, payload: unknown, headers: Record<string, string>): Promise<Answer> {
  const response = await fetch(`${target.url}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof payload === 'string' ? payload : JSON.stringify(payload),
  });
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    body: await response.text(),
    cors: response.headers.get('access-control-allow-origin'),
  };
}

const admin = { Authorization: `Bearer ${TEST_ADMIN_TOKEN}` };
const unknownServer =
  'mutation { updateServer(input: { id: "no-such-server", set: { note: "x" } }) { __typename ... on Error { message } } }';

const cases: { name: string; payload: unknown; headers?: Record<string, string> }[] = [
  { name: 'a query', payload: { query: '{ __typename summary { totalServers } }' } },
  {
    name: 'a query with variables and an operation name',
    payload: { query: 'query Q($n: Int!) { servers(first: $n) { totalCount } }', variables: { n: 2 }, operationName: 'Q' },
  },
  { name: 'a syntax error', payload: { query: '{ __typename ' } },
  { name: 'an unknown field', payload: { query: '{ nope }' } },
  { name: 'an unknown operation name', payload: { query: 'query A { __typename }', operationName: 'B' } },
  { name: 'two operations and no name', payload: { query: 'query A { __typename } query B { __typename }' } },
  {
    name: 'a variable of the wrong type',
    payload: { query: 'query ($n: Int!) { servers(first: $n) { totalCount } }', variables: { n: 'two' } },
  },
  { name: 'a missing variable', payload: { query: 'query ($n: Int!) { servers(first: $n) { totalCount } }' } },
  { name: 'too many aliases', payload: { query: '{ a: __typename b: __typename c: __typename d: __typename }' } },
  {
    name: 'too deep',
    payload: { query: '{ servers(first: 1) { edges { node { backupJobs { latestBackup { server { backupJobs { backupName } } } } } } } }' },
  },
  { name: 'over the cost limit', payload: { query: '{ servers(first: 50) { edges { node { name serverId alias note } } } }' } },
  { name: 'a page too large', payload: { query: '{ backups(first: -1) { totalCount } }' } },
  { name: 'an answer over the response size limit', payload: { query: '{ __schema { types { name description } } }' } },
  { name: 'a deprecated field', payload: { query: '{ summary { totalMachines } }' } },
  { name: 'a mutation without the admin token', payload: { query: 'mutation { checkOverdueNow { message } }' }, headers: {} },
  { name: 'a mutation with a typed error', payload: { query: unknownServer } },
  {
    name: 'a mutation given by GET-only means',
    payload: { query: 'mutation { checkOverdueNow { message } }', extensions: { persistedQuery: null } },
  },
  { name: 'no query at all', payload: { variables: {} } },
  { name: 'an unknown parameter', payload: { query: '{ __typename }', other: 1 } },
  { name: 'variables that are not an object', payload: { query: '{ __typename }', variables: [1] } },
  { name: 'a body that is not an object', payload: '[{"query":"{ __typename }"}]' },
  { name: 'a body that is not JSON', payload: '{"query":' },
  {
    name: 'a lone surrogate in a variable',
    payload: '{"query":"query ($s: String!) { server(by: { name: $s }) { name } }","variables":{"s":"\\ud800"}}',
  },
];

describe('a JSON POST without an Origin', () => {
  for (const accept of ['application/json', 'application/graphql-response+json']) {
    it.each(cases)(`answers $name as Yoga does, with Accept: ${accept}`, async ({ payload, headers = admin }) => {
      const direct = await post(payload, { Accept: accept, ...headers });
      const throughYoga = await post(payload, { Accept: accept, Origin: 'http://dashboard.example', ...headers });
      expect(throughYoga.cors, 'the request with an Origin went through Yoga').not.toBeNull();
      expect(direct.cors).toBeNull();
      expect({ ...direct, cors: undefined }).toEqual({ ...throughYoga, cors: undefined });
    });
  }

  it('keeps the request id of the HTTP layer in the answer and in the context', async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-Request-Id': 'plain-json-request-1', ...admin },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(response.headers.get('x-request-id')).toBe('plain-json-request-1');
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
  });
});

describe('a JSON POST without an Origin, on a server with the default limits', () => {
  let defaults: TestServer;
  beforeAll(async () => {
    defaults = await startTestServer();
  });
  afterAll(() => defaults.stop());

  it('names the client from its headers for Query.deprecatedFieldUsage', async () => {
    const answer = await postTo(
      defaults,
      { query: '{ summary { totalMachines } }' },
      { Accept: 'application/json', ...admin, 'graphql-client-name': 'plain-json-client', 'graphql-client-version': '1.2' },
    );
    expect(answer.status).toBe(200);
    const usage = await defaults.graphql('{ deprecatedFieldUsage { client clientVersion coordinate } }');
    expect(usage.errors).toBeUndefined();
    expect(usage.data.deprecatedFieldUsage).toContainEqual({
      client: 'plain-json-client',
      clientVersion: '1.2',
      coordinate: 'Summary.totalMachines',
    });
  });
});
