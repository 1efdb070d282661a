/**
 * "Give exactly one of" as @oneOf inputs the schema checks (Query.server(by:),
 * ConfigureBackupJobInput.job), beside the deprecated arguments and fields they replace, which
 * still answer as before.
 */
import { isInputObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printedSchema } from '../../src/graphql/print-schema.ts';
import { schema } from '../../src/graphql/schema.ts';
import { buildDuplicatiReport } from '../support/report-builder.ts';
import { expectData, startTestServer } from '../support/test-server.ts';
import type { TestServer } from '../support/test-server.ts';

const ALPHA = 'a1000000000000000000000000000001';
const ALPHA_AGAIN = 'a1000000000000000000000000000002';
const BETA = 'b2000000000000000000000000000001';

describe('the @oneOf inputs in the schema', () => {
  it('are printed with @oneOf, and the forms they replace are deprecated in their favour', () => {
    const printed = printedSchema();
    expect(printed).toContain('input ServerLookup @oneOf {');
    expect(printed).toContain('input BackupJobLookup @oneOf {');
    for (const name of ['ServerLookup', 'BackupJobLookup']) {
      const type = schema.getType(name);
      expect(isInputObjectType(type) && type.isOneOf, name).toBe(true);
    }
    const server = schema.getQueryType()!.getFields().server!;
    expect(server.args.find((arg) => arg.name === 'by')?.deprecationReason ?? null).toBeNull();
    for (const old of ['id', 'name']) {
      expect(server.args.find((arg) => arg.name === old)?.deprecationReason).toMatch(/^Use Query\.server\(by:\) with \{ \w+ \}/);
    }
    const input = schema.getType('ConfigureBackupJobInput');
    if (!isInputObjectType(input)) throw new Error('ConfigureBackupJobInput is not an input type');
    expect(input.getFields().job!.deprecationReason ?? null).toBeNull();
    for (const old of ['id', 'serverId', 'backupName']) {
      expect(input.getFields()[old]!.deprecationReason, old).toMatch(/^Use ConfigureBackupJobInput\.job with \{ /);
    }
  });
});

describe('@oneOf inputs over a running server', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer();
    let hour = 0;
    for (const [serverId, serverName, backupName] of [
      [ALPHA, 'alpha', 'Docs'],
      [ALPHA_AGAIN, 'alpha', 'Docs'],
      [BETA, 'beta', 'Docs'],
      [BETA, 'beta', 'Mail'],
    ]) {
      const report = buildDuplicatiReport({ serverId, serverName, backupName, beginTime: new Date(Date.UTC(2025, 2, 1, ++hour)) });
      expect((await server.upload(report)).status).toBe(200);
    }
  });
  afterAll(() => server.stop());

  /** Declares exactly the variables given: an unused or nullable one would fail validation first. */
  const VARIABLE_TYPES: Record<string, string> = { id: 'ID!', name: 'String!', by: 'ServerLookup!' };
  const declared = (variables: Record<string, unknown> = {}) => {
    const names = Object.keys(variables);
    return names.length === 0 ? '' : `(${names.map((name) => `$${name}: ${VARIABLE_TYPES[name]}`).join(', ')})`;
  };

  const lookup = async (args: string, variables?: Record<string, unknown>, client?: string) =>
    server.graphql(
      `query ${declared(variables)} { server(${args}) {
        __typename ... on Server { serverId name } ... on AmbiguousServerNameError { message candidates { serverId } } } }`,
      variables,
      client ? { 'graphql-client-name': client } : {},
    );

  it('server(by:) finds a server by machine-id, global id or name, and the deprecated arguments answer identically', async () => {
    const byMachineId = expectData(await lookup('by: { id: $id }', { id: BETA })).server;
    expect(byMachineId).toEqual({ __typename: 'Server', serverId: BETA, name: 'beta' });
    const betaGlobalId = await serverGlobalId(BETA);

    const pairs: [string, string, Record<string, unknown>][] = [
      ['by: { id: $id }', 'id: $id', { id: BETA }],
      ['by: { id: $id }', 'id: $id', { id: betaGlobalId }],
      ['by: { name: $name }', 'name: $name', { name: 'beta' }],
      ['by: { name: $name }', 'name: $name', { name: 'alpha' }],
      ['by: { name: $name }', 'name: $name', { name: 'nobody' }],
      ['by: { id: $id }', 'id: $id', { id: 'ffff0000000000000000000000000000' }],
    ];
    for (const [oneOf, deprecated, variables] of pairs) {
      const now = await lookup(oneOf, variables);
      const before = await lookup(deprecated, variables);
      expect(now.errors, oneOf).toBeUndefined();
      expect(now, `${oneOf} ${JSON.stringify(variables)}`).toEqual(before);
    }
    const ambiguous = expectData(await lookup('by: { name: $name }', { name: 'alpha' })).server;
    expect(ambiguous.__typename).toBe('AmbiguousServerNameError');
    expect(ambiguous.candidates.map((candidate: { serverId: string }) => candidate.serverId).sort()).toEqual([ALPHA, ALPHA_AGAIN]);
    expect(expectData(await lookup('by: $by', { by: { name: 'beta' } })).server.serverId).toBe(BETA);
  });

  it('server(by:) refuses no member and two members before it runs, naming the input type', async () => {
    for (const literal of ['by: {}', 'by: { id: "x", name: "beta" }']) {
      const response = await server.graphql(`{ server(${literal}) { __typename } }`);
      expect(response.data, literal).toBeUndefined();
      expect(response.errors?.map((error) => error.message)).toEqual(['OneOf Input Object "ServerLookup" must specify exactly one key.']);
    }
    const nullMember = await server.graphql('{ server(by: { name: null }) { __typename } }');
    expect(nullMember.errors?.map((error) => error.message)).toEqual(['Field "ServerLookup.name" must be non-null.']);

    for (const by of [{}, { id: BETA, name: 'beta' }]) {
      const response = await lookup('by: $by', { by });
      expect(response.data, JSON.stringify(by)).toBeUndefined();
      expect(response.errors?.[0]?.message).toMatch(
        /^Variable "\$by" got invalid value .*Exactly one key must be specified for OneOf type "ServerLookup"\./,
      );
    }
  });

  it('server() refuses by beside the deprecated arguments, and no way to name the server at all, saying what to give', async () => {
    const both = await lookup('by: { id: $id }, name: $name', { id: BETA, name: 'beta' });
    expect(both.errors?.[0]).toMatchObject({
      message: 'Give by alone: the id and name arguments are its deprecated forms.',
      extensions: { code: 'BAD_USER_INPUT', field: 'by' },
    });
    const none = await server.graphql('{ server { __typename } }');
    expect(none.errors?.[0]).toMatchObject({
      message: 'Name the server with by: { id: ... } or by: { name: ... }.',
      extensions: { code: 'BAD_USER_INPUT', field: 'by' },
    });
    const oldBoth = await lookup('id: $id, name: $name', { id: BETA, name: 'beta' });
    expect(oldBoth.errors?.map((error) => error.message)).toEqual(['Give exactly one of id or name.']);
  });

  const configure = async (input: string, variables?: Record<string, unknown>) =>
    expectData(
      await server.graphql(
        `mutation ${declared(variables)} { configureBackupJob(input: { ${input} }) {
          __typename
          ... on ConfigureBackupJobPayload { job { serverId backupName schedule { expectedInterval toleranceMinutes } } }
          ... on InvalidInputError { field message }
          ... on NotFoundError { message }
        } }`,
        variables,
      ),
    ).configureBackupJob;

  it('configureBackupJob(input: { job }) names a job by id or by server and name, as the deprecated fields did', async () => {
    const byKey = await configure(`job: { key: { serverId: "${BETA}", backupName: "Mail" } }, expectedInterval: "12h"`);
    expect(byKey).toEqual({
      __typename: 'ConfigureBackupJobPayload',
      job: { serverId: BETA, backupName: 'Mail', schedule: { expectedInterval: '12h', toleranceMinutes: null } },
    });
    const byOldKey = await configure(`serverId: "${BETA}", backupName: "Mail", expectedInterval: "12h"`);
    expect(byOldKey).toEqual(byKey);

    const jobId = expectData(await server.graphql('{ backupJobs(filter: { backupName: "Mail" }) { nodes { id } } }')).backupJobs.nodes[0]
      .id;
    const byId = await configure('job: { id: $id }, toleranceMinutes: 30', { id: jobId });
    const byOldId = await configure('id: $id, toleranceMinutes: 30', { id: jobId });
    expect(byId).toEqual(byOldId);
    expect(byId.job).toEqual({ serverId: BETA, backupName: 'Mail', schedule: { expectedInterval: '12h', toleranceMinutes: 30 } });

    expect(await configure(`job: { key: { serverId: "${BETA}", backupName: "Nope" } }, expectedInterval: "1D"`)).toEqual({
      __typename: 'NotFoundError',
      message: `Server ${BETA} has no backup job named "Nope"`,
    });
    expect(await configure(`serverId: "${BETA}", backupName: "Nope", expectedInterval: "1D"`)).toEqual({
      __typename: 'NotFoundError',
      message: 'No such backup job: give its id, or serverId and backupName',
    });
  });

  it('configureBackupJob refuses job with no member or two, job beside the deprecated fields, and no job at all', async () => {
    for (const job of ['job: {}', `job: { id: "x", key: { serverId: "${BETA}", backupName: "Mail" } }`]) {
      const response = await server.graphql(`mutation { configureBackupJob(input: { ${job}, expectedInterval: "1D" }) { __typename } }`);
      expect(response.data, job).toBeUndefined();
      expect(response.errors?.map((error) => error.message)).toEqual([
        'OneOf Input Object "BackupJobLookup" must specify exactly one key.',
      ]);
    }
    expect(
      await configure(`job: { key: { serverId: "${BETA}", backupName: "Mail" } }, serverId: "${BETA}", expectedInterval: "1D"`),
    ).toEqual({
      __typename: 'InvalidInputError',
      field: 'job',
      message: 'Give job alone: id, serverId and backupName are its deprecated forms.',
    });
    expect(await configure('expectedInterval: "1D"')).toEqual({
      __typename: 'InvalidInputError',
      field: 'job',
      message: 'Name the job with job: { id: ... } or job: { key: { serverId: ..., backupName: ... } }.',
    });
    const wrongType = await configure(`job: { id: $id }, expectedInterval: "1D"`, {
      id: await serverGlobalId(BETA),
    });
    expect(wrongType).toMatchObject({
      __typename: 'InvalidInputError',
      field: 'job.id',
      message: expect.stringMatching(/is the id of a Server$/),
    });
  });

  it('counts the deprecated forms in deprecatedFieldUsage and the @oneOf forms not at all', async () => {
    expectData(await lookup('by: { name: $name }', { name: 'beta' }, 'one-of-client'));
    expectData(await lookup('name: $name', { name: 'beta' }, 'old-client'));
    const uses = expectData(await server.graphql('{ deprecatedFieldUsage { coordinate client } }')).deprecatedFieldUsage as {
      coordinate: string;
      client: string;
    }[];
    expect(uses.filter((use) => use.client === 'one-of-client')).toEqual([]);
    expect(uses.filter((use) => use.client === 'old-client').map((use) => use.coordinate)).toEqual(['Query.server(name:)']);
  });

  async function serverGlobalId(machineId: string): Promise<string> {
    return expectData(await server.graphql(`{ server(by: { id: "${machineId}" }) { ... on Server { id } } }`)).server.id;
  }
});
