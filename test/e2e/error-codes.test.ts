/**
 * Typed errors carry a machine-readable `code`, and InvalidInputError a `path` from the field's
 * arguments beside its old `field`, which answers as before.
 */
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CODE_BY_ERROR_NAME } from '../../src/graphql/errors.ts';
import { schema } from '../../src/graphql/schema.ts';
import { buildDuplicatiReport } from '../support/report-builder.ts';
import { expectData, startTestServer } from '../support/test-server.ts';
import type { TestServer } from '../support/test-server.ts';

const FIRST = 'ec000000000000000000000000000001';
const SECOND = 'ec000000000000000000000000000002';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  // Two machine-ids with one name: a reinstalled Duplicati.
  expect(
    (await server.upload(buildDuplicatiReport({ serverId: FIRST, serverName: 'twin', beginTime: '2025-03-01T02:00:00Z' }))).status,
  ).toBe(200);
  expect(
    (await server.upload(buildDuplicatiReport({ serverId: SECOND, serverName: 'twin', beginTime: '2025-03-02T02:00:00Z' }))).status,
  ).toBe(200);
});
afterAll(() => server.stop());

const ERROR_FIELDS = `__typename ... on Error { code message }`;
const INPUT_ERROR_FIELDS = `${ERROR_FIELDS} ... on InvalidInputError { field path }`;

describe('typed errors', () => {
  it('gives every type implementing Error a code', () => {
    const implementations = schema.getImplementations(schema.getType('Error') as never).objects.map((type) => type.name);
    expect(implementations.length).toBeGreaterThan(0);
    expect(implementations.sort()).toEqual(Object.keys(CODE_BY_ERROR_NAME).sort());
  });

  it('answers InvalidInputError with code INVALID_INPUT, its old field, and the path from the mutation input', async () => {
    const merged = expectData(
      await server.graphql(
        `mutation { mergeServers(input: { sourceIds: ["${FIRST}", "${SECOND}"], targetId: "${SECOND}" }) { ${INPUT_ERROR_FIELDS} } }`,
      ),
    ).mergeServers;
    expect(merged).toMatchObject({
      __typename: 'InvalidInputError',
      code: 'INVALID_INPUT',
      field: 'sourceIds',
      path: ['input', 'sourceIds'],
    });

    // A nested input field, under an alias and inside a fragment: the path still starts at the argument.
    const configured = expectData(
      await server.graphql(
        `mutation ($id: ID!) { ...change } fragment change on Mutation { renamed: configureBackupJob(input: { job: { id: $id }, expectedInterval: "1D" }) { ${INPUT_ERROR_FIELDS} } }`,
        { id: encodeGlobalID('Server', FIRST) },
      ),
    ).renamed;
    expect(configured).toMatchObject({ code: 'INVALID_INPUT', field: 'job.id', path: ['input', 'job', 'id'] });
  });

  it('answers NotFoundError, AmbiguousServerNameError and the report errors with their codes', async () => {
    const notFound = expectData(
      await server.graphql(`mutation { deleteServer(input: { id: "no-such-server" }) { ${ERROR_FIELDS} } }`),
    ).deleteServer;
    expect(notFound).toMatchObject({ __typename: 'NotFoundError', code: 'NOT_FOUND' });

    const ambiguous = expectData(await server.graphql(`{ lastBackup(server: "twin") { ${ERROR_FIELDS} } }`)).lastBackup;
    expect(ambiguous).toMatchObject({ __typename: 'AmbiguousServerNameError', code: 'AMBIGUOUS_SERVER_NAME' });

    const report = (value: unknown) =>
      server.graphql(`mutation ($report: JSONObject!) { reportBackup(input: { report: $report }) { ${ERROR_FIELDS} } }`, { report: value });
    const duplicate = buildDuplicatiReport({ serverId: FIRST, serverName: 'twin', beginTime: '2025-03-01T02:00:00Z' });
    expect(expectData(await report(duplicate)).reportBackup).toMatchObject({
      __typename: 'DuplicateReportError',
      code: 'DUPLICATE_REPORT',
    });
    const incomplete = buildDuplicatiReport({ data: { ParsedResult: undefined } });
    expect(expectData(await report(incomplete)).reportBackup).toMatchObject({ __typename: 'InvalidReportError', code: 'INVALID_REPORT' });
  });
});
