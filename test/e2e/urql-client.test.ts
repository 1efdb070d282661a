import { cacheExchange as documentCacheExchange, Client, fetchExchange } from '@urql/core';
import { cacheExchange as graphcacheExchange } from '@urql/exchange-graphcache';
import type { IntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import introspection from '../../schema/introspection.json' with { type: 'json' };
import { RenameServerDocument } from '../../client-examples/codegen/generated/graphql.ts';
import { buildDuplicatiReport } from '../support/report-builder.ts';
import { startTestServer, TEST_ADMIN_TOKEN } from '../support/test-server.ts';
import type { TestServer } from '../support/test-server.ts';

/**
 * urql (@urql/core 6) as it comes out of the box: queries as GET (preferGetMethod
 * 'within-url-limit'), mutations as POST, no header of its own beyond Accept; then with
 * graphcache, normalised by the committed schema/introspection.json. Against a real server
 * with a read token, which urql sends as a bearer header.
 */
const MACHINE = 'a4c10000000000000000000000000001';
const READ = 'urql-read-token-0123456789abcdef';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ env: { READ_TOKEN: READ } });
  expect((await server.upload(buildDuplicatiReport({ serverId: MACHINE, serverName: 'urql-host' }))).status).toBe(200);
});
afterAll(() => server.stop());

/** Every request urql sends, by method; the requests themselves go to the server unchanged. */
function recordedFetch() {
  const methods: string[] = [];
  const recording: typeof fetch = (input, init) => {
    methods.push(init?.method ?? 'GET');
    return fetch(input, init);
  };
  return { methods, fetch: recording };
}

const SERVER_QUERY = /* GraphQL */ `
  query ($id: ID!) {
    server(id: $id) {
      ... on Server {
        id
        name
        alias
      }
    }
  }
`;

describe('urql with its default exchanges', () => {
  it('runs a query as GET with no extra header, and answers it again from its document cache', async () => {
    const recorder = recordedFetch();
    const client = new Client({
      url: `${server.url}/graphql`,
      exchanges: [documentCacheExchange, fetchExchange],
      fetch: recorder.fetch,
      fetchOptions: { headers: { Authorization: `Bearer ${READ}` } },
    });
    const first = await client.query('{ summary { totalServers } }', {}).toPromise();
    expect(first.error).toBeUndefined();
    expect(first.data).toEqual({ summary: { __typename: 'Summary', totalServers: 1 } });
    expect(recorder.methods).toEqual(['GET']);

    const again = await client.query('{ summary { totalServers } }', {}).toPromise();
    expect(again.data).toEqual(first.data);
    expect(recorder.methods).toEqual(['GET']);
  });
});

describe('urql with graphcache and the committed introspection', () => {
  const createClient = (recorder: ReturnType<typeof recordedFetch>) =>
    new Client({
      url: `${server.url}/graphql`,
      exchanges: [graphcacheExchange({ schema: introspection as unknown as IntrospectionQuery }), fetchExchange],
      fetch: recorder.fetch,
      fetchOptions: { headers: { Authorization: `Bearer ${TEST_ADMIN_TOKEN}` } },
    });

  it('updates the normalised server after a mutation, so the query reads the new alias without a request', async () => {
    const recorder = recordedFetch();
    const client = createClient(recorder);
    const before = await client.query(SERVER_QUERY, { id: MACHINE }).toPromise();
    expect(before.error).toBeUndefined();
    expect(before.data?.server).toMatchObject({ name: 'urql-host', alias: '' });

    const renamed = await client.mutation(RenameServerDocument.toString(), { id: MACHINE, alias: 'Backup box' }).toPromise();
    expect(renamed.error).toBeUndefined();
    expect(renamed.data?.updateServer).toMatchObject({ __typename: 'UpdateServerPayload', changed: true });
    expect(recorder.methods).toEqual(['GET', 'POST']);

    const after = await client.query(SERVER_QUERY, { id: MACHINE }, { requestPolicy: 'cache-only' }).toPromise();
    expect(after.data?.server).toMatchObject({ name: 'urql-host', alias: 'Backup box' });
    expect(recorder.methods).toEqual(['GET', 'POST']);
  });

  it('reads a typed error through the Error interface', async () => {
    const client = createClient(recordedFetch());
    const result = await client.mutation(RenameServerDocument.toString(), { id: 'no-such-machine', alias: 'x' }).toPromise();
    expect(result.error).toBeUndefined();
    expect(result.data?.updateServer).toEqual({ __typename: 'NotFoundError', message: expect.stringMatching(/no-such-machine/) });
  });
});
