import { isInputObjectType, isObjectType } from 'graphql';
import type { GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printedSchema } from '../../src/graphql/print-schema.ts';
import { schema } from '../../src/graphql/schema.ts';
import { capturedLogger } from '../support/captured-logger.ts';
import { connectLiveClient, eventually, subscribe } from '../support/live-client.ts';
import { buildDuplicatiReport } from '../support/report-builder.ts';
import { expectData, startTestServer } from '../support/test-server.ts';
import type { TestServer } from '../support/test-server.ts';

/** Every shim and the coordinate of what replaces it (docs/compatibility/rest-api.md#machine-to-server-renames). */
const SHIMS: [shim: string, replacement: string][] = [
  ['Query.machines', 'Query.servers'],
  ['Query.machine', 'Query.server'],
  ['Backup.machine', 'Backup.server'],
  ['Backup.machineId', 'Backup.serverId'],
  ['Summary.totalMachines', 'Summary.totalServers'],
  ['LastBackups.backupTypesCount', 'LastBackups.backupJobsCount'],
  ['BackupFilter.machineId', 'BackupFilter.serverId'],
  ['BackupJobFilter.machineId', 'BackupJobFilter.serverId'],
  ['Subscription.backupReceived(machineId:)', 'Subscription.backupReceived(serverId:)'],
  ['Subscription.serverChanged(machineId:)', 'Subscription.serverChanged(serverId:)'],
  ['Subscription.alertChanged(machineId:)', 'Subscription.alertChanged(serverId:)'],
];

/** Field, argument or input field at a schema coordinate; undefined when there is none. */
function atCoordinate(target: GraphQLSchema, coordinate: string): { deprecationReason?: string | null } | undefined {
  const match = /^(\w+)\.(\w+)(?:\((\w+):\))?$/.exec(coordinate);
  if (!match) throw new Error(`not a coordinate: ${coordinate}`);
  const [, typeName, fieldName, argName] = match;
  const type = target.getType(typeName!);
  if (isInputObjectType(type)) return type.getFields()[fieldName!];
  if (!isObjectType(type)) return undefined;
  const field = type.getFields()[fieldName!];
  return argName ? field?.args.find((arg) => arg.name === argName) : field;
}

describe('the deprecated machine-vocabulary shims', () => {
  it('are all in the printed schema, each with a reason naming its replacement by coordinate', () => {
    const printed = printedSchema();
    for (const [shim, replacement] of SHIMS) {
      const reason = atCoordinate(schema, shim)?.deprecationReason;
      expect(reason, shim).toMatch(
        new RegExp(
          `^Use ${replacement.replace(/[.()]/g, '\\$&')}\\. Renamed in duplistatus 0\\.7; .+ Will be removed after \\d{4}-\\d{2}-\\d{2}$`,
        ),
      );
      expect(printed).toContain(`@deprecated(reason: "${reason}")`);
      expect(atCoordinate(schema, replacement)?.deprecationReason ?? null, replacement).toBeNull();
    }
  });
});

const SERVER_A = 'eeee00000000000000000000000000a1';
const SERVER_B = 'eeee00000000000000000000000000b2';

describe('deprecated fields over a running server', () => {
  let server: TestServer;
  const log = capturedLogger();
  let day = 0;
  const report = (serverId: string, backupName: string) =>
    buildDuplicatiReport({
      serverId,
      serverName: serverId === SERVER_A ? 'legacy-host' : 'other-host',
      backupName,
      beginTime: new Date(Date.UTC(2025, 10, 1, 2) + ++day * 3_600_000),
    });

  beforeAll(async () => {
    server = await startTestServer({ logger: log.logger });
    for (const body of [report(SERVER_A, 'Files'), report(SERVER_A, 'Mail'), report(SERVER_B, 'Files')]) {
      expect((await server.upload(body)).status).toBe(200);
    }
  });
  afterAll(() => server.stop());

  const usage = async () =>
    expectData(
      await server.graphql<{
        deprecatedFieldUsage: {
          coordinate: string;
          client: string;
          clientVersion: string | null;
          count: number;
          firstSeenAt: string;
          lastSeenAt: string;
        }[];
      }>('{ deprecatedFieldUsage { coordinate client clientVersion count firstSeenAt lastSeenAt } }'),
    ).deprecatedFieldUsage;

  it('answer exactly like the fields that replace them', async () => {
    const data = expectData(
      await server.graphql(
        /* GraphQL */ `
          query ($id: ID!, $name: String!) {
            summary { totalServers totalMachines }
            servers(first: 10) { totalCount nodes { id serverId name } }
            machines(first: 10) { totalCount nodes { id serverId name } }
            server(id: $id) { ... on Server { id name } }
            machine(id: $id) { ... on Server { id name } }
            lastBackups(server: $name) { ... on LastBackups { backupJobsCount backupTypesCount } }
            byServer: backups(first: 10, filter: { serverId: $id }) { totalCount nodes { id serverId machineId server { id } machine { id } } }
            byMachine: backups(first: 10, filter: { machineId: $id }) { totalCount nodes { id serverId machineId server { id } machine { id } } }
            jobsByServer: backupJobs(first: 10, filter: { serverId: $id }) { totalCount nodes { backupName } }
            jobsByMachine: backupJobs(first: 10, filter: { machineId: $id }) { totalCount nodes { backupName } }
          }
        `,
        { id: SERVER_A, name: 'legacy-host' },
      ),
    );
    expect(data.summary).toEqual({ totalServers: 2, totalMachines: 2 });
    expect(data.machines).toEqual(data.servers);
    expect(data.machine).toEqual(data.server);
    expect(data.lastBackups).toEqual({ backupJobsCount: 2, backupTypesCount: 2 });
    expect(data.byMachine).toEqual(data.byServer);
    expect(data.byServer.totalCount).toBe(2);
    for (const run of data.byServer.nodes) {
      expect(run.machineId).toBe(SERVER_A);
      expect(run.machine).toEqual(run.server);
    }
    expect(data.jobsByMachine).toEqual(data.jobsByServer);
  });

  it('refuses serverId and machineId naming two different servers', async () => {
    const response = await server.graphql(
      `{ backups(first: 1, filter: { serverId: "${SERVER_A}", machineId: "${SERVER_B}" }) { totalCount } }`,
    );
    expect(response.errors?.[0]?.message).toMatch(/serverId and machineId name different servers/);
  });

  it('are counted per client and coordinate over HTTP, fragments and variables included, and logged once per client', async () => {
    const query = /* GraphQL */ `
      query Legacy($filter: BackupFilter) {
        summary { totalMachines }
        machines(first: 10) { nodes { name } }
        backups(first: 5, filter: $filter) { nodes { ...Run } }
      }
      fragment Run on Backup { machineId serverId }
    `;
    const client = { 'graphql-client-name': 'legacy-dashboard' };
    for (let i = 0; i < 2; i++) expectData(await server.graphql(query, { filter: { machineId: SERVER_A } }, client));
    expectData(await server.graphql('{ summary { totalMachines } }', undefined, { 'user-agent': 'curl/8.5.0' }));
    expectData(await server.graphql('{ summary { totalServers } servers(first: 1) { totalCount } }', undefined, client));

    const uses = await usage();
    const of = (who: string) => uses.filter((use) => use.client === who).map(({ coordinate, count }) => ({ coordinate, count }));
    expect(of('legacy-dashboard')).toEqual([
      { coordinate: 'Backup.machineId', count: 2 },
      { coordinate: 'BackupFilter.machineId', count: 2 },
      { coordinate: 'Query.machines', count: 2 },
      { coordinate: 'Summary.totalMachines', count: 2 },
    ]);
    expect(of('curl/8.5.0')).toEqual([{ coordinate: 'Summary.totalMachines', count: 1 }]);
    const first = uses.find((use) => use.client === 'legacy-dashboard' && use.coordinate === 'Query.machines')!;
    expect(Date.parse(first.lastSeenAt)).toBeGreaterThanOrEqual(Date.parse(first.firstSeenAt));

    const logged = log.lines.map((line) => JSON.parse(line)).filter((entry) => entry.coordinate && entry.client === 'legacy-dashboard');
    expect(logged.map((entry) => entry.coordinate).sort()).toEqual([
      'Backup.machineId',
      'BackupFilter.machineId',
      'Query.machines',
      'Summary.totalMachines',
    ]);
    expect(logged[0].msg).toMatch(/deprecated .* used by client "legacy-dashboard"/);

    const gauge = await server.app.metrics.registry.getSingleMetric('dupligraph_deprecated_field_uses')?.get();
    expect(gauge?.values[0]?.value).toBeGreaterThanOrEqual(9);
  });

  it("name the client by each header convention: the generic one, Apollo Client's, and the User-Agent as the fallback", async () => {
    const conventions: Record<string, string>[] = [
      { 'graphql-client-name': 'hive-style-app', 'graphql-client-version': '4.2.0', 'user-agent': 'ignored/1' },
      { 'apollographql-client-name': 'apollo-style-app', 'apollographql-client-version': '1.7.3', 'user-agent': 'ignored/1' },
      { 'user-agent': 'homepage-proxy/1.12.3' },
    ];
    for (const headers of conventions) expectData(await server.graphql('{ summary { totalMachines } }', undefined, headers));

    const named = (await usage())
      .filter((use) => use.coordinate === 'Summary.totalMachines' && /style-app|homepage-proxy|ignored/.test(use.client))
      .map(({ client, clientVersion, count }) => ({ client, clientVersion, count }));
    expect(named).toEqual([
      { client: 'apollo-style-app', clientVersion: '1.7.3', count: 1 },
      { client: 'hive-style-app', clientVersion: '4.2.0', count: 1 },
      { client: 'homepage-proxy/1.12.3', clientVersion: null, count: 1 },
    ]);
  });

  it('are counted over WebSocket too, with the client named by header or connection params', async () => {
    const headerClient = connectLiveClient(server.url, undefined, { headers: { 'graphql-client-name': 'ws-dashboard' } });
    const paramsClient = connectLiveClient(server.url, { 'graphql-client-name': 'browser-widget' });
    try {
      const live = subscribe(headerClient, 'subscription ($m: ID) { backupReceived(machineId: $m) { backup { machineId backupName } } }', {
        m: SERVER_A,
      });
      await eventually(
        () => server.app.subscriptionCount() === 1,
        () => `subscriptions: ${server.app.subscriptionCount()}`,
      );
      expect((await server.upload(report(SERVER_B, 'Files'))).status).toBe(200); // filtered out: another server
      expect((await server.upload(report(SERVER_A, 'Files'))).status).toBe(200);
      const [event] = await live.waitFor(1);
      expect(event.backupReceived.backup).toEqual({ machineId: SERVER_A, backupName: 'Files' });
      live.stop();

      const viaParams = subscribe(paramsClient, '{ summary { totalMachines } }');
      await viaParams.waitFor(1);
    } finally {
      await headerClient.dispose();
      await paramsClient.dispose();
    }

    const uses = (await usage()).filter((use) => use.client === 'ws-dashboard' || use.client === 'browser-widget');
    expect(uses.map(({ coordinate, client, count }) => ({ coordinate, client, count }))).toEqual([
      { coordinate: 'Backup.machineId', client: 'ws-dashboard', count: 1 },
      { coordinate: 'Subscription.backupReceived(machineId:)', client: 'ws-dashboard', count: 1 },
      { coordinate: 'Summary.totalMachines', client: 'browser-widget', count: 1 },
    ]);
  });

  it('are shown to the admin only', async () => {
    const response = await server.graphql('{ deprecatedFieldUsage { coordinate } }', undefined, {
      Authorization: 'Bearer not-the-admin-token-at-all',
    });
    expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
