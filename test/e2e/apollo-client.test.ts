import { format } from 'node:util';
import { ApolloClient, gql, HttpLink, InMemoryCache } from '@apollo/client';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { apolloDocument, createDupligraphClient } from '../../client-examples/codegen/apollo-client.ts';
import { RenameServerDocument } from '../../client-examples/codegen/generated/graphql.ts';
import { buildDuplicatiReport } from '../support/report-builder.ts';
import { adminHeaders, expectData, startTestServer, TEST_ADMIN_TOKEN } from '../support/test-server.ts';
import type { TestServer } from '../support/test-server.ts';

/**
 * Apollo Client 4 as an app uses it, set up by the codegen example (client-examples/codegen/
 * apollo-client.ts) with the committed schema/possible-types.json, against a real server.
 */
const MACHINE = 'a9011000000000000000000000000001';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  expect((await server.upload(buildDuplicatiReport({ serverId: MACHINE, serverName: 'apollo-host' }))).status).toBe(200);
});
afterAll(() => server.stop());

const graphqlUrl = () => `${server.url}/graphql`;

describe('Apollo Client with the committed possibleTypes', () => {
  it('reads a typed error selected through the Error interface', async () => {
    const client = createDupligraphClient({ url: graphqlUrl(), token: TEST_ADMIN_TOKEN });
    const { data, error } = await client.mutate({
      mutation: apolloDocument(RenameServerDocument),
      variables: { id: 'no-such-machine', alias: 'x' },
    });
    expect(error).toBeUndefined();
    expect(data?.updateServer).toEqual({ __typename: 'NotFoundError', message: expect.stringMatching(/no-such-machine/) });
  });

  it('needs them: without possibleTypes the same mutation result has no message', async () => {
    const client = new ApolloClient({
      link: new HttpLink({ uri: graphqlUrl(), headers: adminHeaders }),
      cache: new InMemoryCache(),
    });
    // Apollo says why on the console; kept out of the test output, and checked.
    const said: string[] = [];
    const spies = (['warn', 'error'] as const).map((level) =>
      vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void said.push(format(...args))),
    );
    try {
      const { data } = await client.mutate({
        mutation: apolloDocument(RenameServerDocument),
        variables: { id: 'no-such-machine', alias: 'x' },
      });
      expect(data?.updateServer).toEqual({ __typename: 'NotFoundError' });
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
    expect(said.join('\n')).toMatch(/Cannot match inline fragment on `Error` against `NotFoundError`.*possibleTypes/s);
  });

  it('stores a successful result under the server it changed, so queries of that server see it', async () => {
    const client = createDupligraphClient({ url: graphqlUrl(), token: TEST_ADMIN_TOKEN });
    const ServerQuery = gql`
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
    const before = await client.query({ query: ServerQuery, variables: { id: MACHINE } });
    expect(before.data).toMatchObject({ server: { name: 'apollo-host', alias: '' } });

    const { data } = await client.mutate({
      mutation: apolloDocument(RenameServerDocument),
      variables: { id: MACHINE, alias: 'Office NAS' },
    });
    expect(data?.updateServer).toMatchObject({ __typename: 'UpdateServerPayload', changed: true, server: { alias: 'Office NAS' } });

    const cached = await client.query({ query: ServerQuery, variables: { id: MACHINE }, fetchPolicy: 'cache-only' });
    expect(cached.data).toMatchObject({ server: { name: 'apollo-host', alias: 'Office NAS' } });
  });

  it('names itself in deprecatedFieldUsage with the name and version of its clientAwareness', async () => {
    const client = createDupligraphClient({ url: graphqlUrl(), token: TEST_ADMIN_TOKEN, name: 'apollo-dashboard', version: '2.3.4' });
    const { data } = await client.query({ query: gql('{ summary { totalMachines } }') });
    expect(data).toEqual({ summary: { __typename: 'Summary', totalMachines: 1 } });

    const { deprecatedFieldUsage } = expectData(
      await server.graphql<{ deprecatedFieldUsage: { coordinate: string; client: string; clientVersion: string | null }[] }>(
        '{ deprecatedFieldUsage { coordinate client clientVersion } }',
      ),
    );
    expect(deprecatedFieldUsage).toContainEqual({
      coordinate: 'Summary.totalMachines',
      client: 'apollo-dashboard',
      clientVersion: '2.3.4',
    });
  });
});
