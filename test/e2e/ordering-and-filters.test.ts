/**
 * orderBy on every sorted list (absent: the order the list always had) with Relay cursors that
 * stay exact under each order, and `filter` inputs beside the flat arguments they replace.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDuplicatiReport } from '../support/report-builder.ts';
import { expectData, startTestServer } from '../support/test-server.ts';
import type { TestServer } from '../support/test-server.ts';

const SERVERS = ['0dd00000000000000000000000000003', '0dd00000000000000000000000000001', '0dd00000000000000000000000000002'];

describe('orderBy and filter over a running server', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer();
    let hour = 0;
    // Two servers share a name, so ordering by name has a tie the machine-id must break.
    const names = ['zulu', 'alpha', 'alpha'];
    for (const [index, serverId] of SERVERS.entries()) {
      for (const backupName of ['Docs', 'Mail']) {
        for (const parsedResult of ['Success', 'Error']) {
          const report = buildDuplicatiReport({
            serverId,
            serverName: names[index],
            backupName,
            parsedResult,
            errors: parsedResult === 'Error' ? 1 : 0,
            beginTime: new Date(Date.UTC(2025, 4, 1, ++hour)),
          });
          expect((await server.upload(report)).status).toBe(200);
        }
      }
    }
  });
  afterAll(() => server.stop());

  /** Every node of a connection, read `size` at a time forwards (after) or backwards (before). */
  async function pageThrough(field: string, args: string, size: number, backwards = false): Promise<string[]> {
    const seen: string[] = [];
    let cursor: string | null = null;
    for (let page = 0; page < 50; page += 1) {
      const paging = backwards
        ? `last: ${size}${cursor ? `, before: "${cursor}"` : ''}`
        : `first: ${size}${cursor ? `, after: "${cursor}"` : ''}`;
      const data: Record<string, any> = expectData(
        await server.graphql(`{ ${field}(${[args, paging].filter(Boolean).join(', ')}) {
          nodes { id } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`),
      );
      const connection = data[field];
      const ids = connection.nodes.map((node: { id: string }) => node.id);
      if (backwards) seen.unshift(...ids);
      else seen.push(...ids);
      const more = backwards ? connection.pageInfo.hasPreviousPage : connection.pageInfo.hasNextPage;
      if (!more) return seen;
      cursor = backwards ? connection.pageInfo.startCursor : connection.pageInfo.endCursor;
    }
    throw new Error(`${field} did not end`);
  }

  async function allIds(field: string, args: string): Promise<string[]> {
    const data = expectData(await server.graphql(`{ ${field}(${[args, 'first: 100'].filter(Boolean).join(', ')}) { nodes { id } } }`));
    return data[field].nodes.map((node: { id: string }) => node.id);
  }

  it('backups: the default order is STARTED_AT DESC, and ASC pages through forwards and backwards in order', async () => {
    const plain = await allIds('backups', '');
    expect(plain).toHaveLength(12);
    expect(await allIds('backups', 'orderBy: { field: STARTED_AT, direction: DESC }')).toEqual(plain);
    const ascending = await allIds('backups', 'orderBy: { field: STARTED_AT, direction: ASC }');
    expect(ascending).toEqual([...plain].reverse());
    expect(await pageThrough('backups', 'orderBy: { field: STARTED_AT, direction: ASC }', 5)).toEqual(ascending);
    expect(await pageThrough('backups', 'orderBy: { field: STARTED_AT, direction: ASC }', 5, true)).toEqual(ascending);
    const filtered = 'filter: { statuses: [ERROR] }, orderBy: { field: STARTED_AT, direction: ASC }';
    expect(await pageThrough('backups', filtered, 2)).toEqual(await allIds('backups', filtered));
  });

  it('servers: NAME ASC by default with ties broken by machine-id; SERVER_ID DESC pages exactly', async () => {
    const data = expectData(await server.graphql('{ servers { nodes { serverId name } } }')).servers.nodes;
    expect(data).toEqual([
      { serverId: SERVERS[1], name: 'alpha' },
      { serverId: SERVERS[2], name: 'alpha' },
      { serverId: SERVERS[0], name: 'zulu' },
    ]);
    const byIdDesc = await allIds('servers', 'orderBy: { field: SERVER_ID, direction: DESC }');
    expect(await pageThrough('servers', 'orderBy: { field: SERVER_ID, direction: DESC }', 1)).toEqual(byIdDesc);
    expect(await pageThrough('servers', 'orderBy: { field: NAME, direction: DESC }', 1)).toEqual(
      await allIds('servers', 'orderBy: { field: NAME, direction: DESC }'),
    );
    const ordered = expectData(await server.graphql('{ servers(orderBy: { field: SERVER_ID, direction: DESC }) { nodes { serverId } } }'));
    expect(ordered.servers.nodes.map((node: { serverId: string }) => node.serverId)).toEqual([...SERVERS].sort().reverse());
  });

  it('backupJobs: SERVER_ID ASC by default; BACKUP_NAME DESC pages exactly', async () => {
    const plain = await allIds('backupJobs', '');
    expect(await allIds('backupJobs', 'orderBy: { field: SERVER_ID, direction: ASC }')).toEqual(plain);
    const byName = expectData(
      await server.graphql(
        '{ backupJobs(orderBy: { field: BACKUP_NAME, direction: DESC }, first: 100) { nodes { backupName serverId } } }',
      ),
    ).backupJobs.nodes;
    expect(byName.map((job: { backupName: string }) => job.backupName)).toEqual(['Mail', 'Mail', 'Mail', 'Docs', 'Docs', 'Docs']);
    expect(byName.slice(0, 3).map((job: { serverId: string }) => job.serverId)).toEqual([...SERVERS].sort().reverse());
    expect(await pageThrough('backupJobs', 'orderBy: { field: BACKUP_NAME, direction: DESC }', 4)).toEqual(
      await allIds('backupJobs', 'orderBy: { field: BACKUP_NAME, direction: DESC }'),
    );
  });

  it('alerts: RAISED_AT DESC by default; ASC pages exactly; filter answers as the flat arguments did', async () => {
    const plain = await allIds('alerts', '');
    expect(plain).toHaveLength(6);
    expect(await allIds('alerts', 'orderBy: { field: RAISED_AT, direction: DESC }')).toEqual(plain);
    const ascending = await allIds('alerts', 'orderBy: { field: RAISED_AT, direction: ASC }');
    expect(ascending).toEqual([...plain].reverse());
    expect(await pageThrough('alerts', 'orderBy: { field: RAISED_AT, direction: ASC }', 4)).toEqual(ascending);

    const pairs: [string, string][] = [
      [`filter: { serverId: "${SERVERS[0]}" }`, `serverId: "${SERVERS[0]}"`],
      ['filter: { active: true, kinds: [BACKUP_FAILED] }', 'active: true, kinds: [BACKUP_FAILED]'],
      ['filter: { active: false }', 'active: false'],
    ];
    for (const [filter, flat] of pairs) {
      const query = (args: string) => `{ alerts(${args}) { totalCount nodes { id kind active } } }`;
      const viaFilter = expectData(await server.graphql(query(filter))).alerts;
      expect(viaFilter, filter).toEqual(expectData(await server.graphql(query(flat))).alerts);
    }
    expect(expectData(await server.graphql(`{ alerts(filter: { serverId: "${SERVERS[0]}" }) { totalCount } }`)).alerts.totalCount).toBe(2);
  });

  it('BackupJob.alerts and backups take filter and orderBy, and the deprecated active answers as before', async () => {
    const job = expectData(
      await server.graphql(`{ backupJobs(first: 1) { nodes {
        viaFilter: alerts(filter: { active: true }) { totalCount nodes { id } }
        viaFlat: alerts(active: true) { totalCount nodes { id } }
        none: alerts(filter: { active: false }) { totalCount }
        newest: backups { nodes { startedAt } }
        oldest: backups(orderBy: { field: STARTED_AT, direction: ASC }) { nodes { startedAt } }
      } } }`),
    ).backupJobs.nodes[0];
    expect(job.viaFilter).toEqual(job.viaFlat);
    expect(job.viaFilter.totalCount).toBe(1);
    expect(job.none.totalCount).toBe(0);
    expect(job.oldest.nodes).toEqual([...job.newest.nodes].reverse());
    const serverRuns = expectData(
      await server.graphql(`{ server(by: { id: "${SERVERS[0]}" }) { ... on Server {
        newest: backups { nodes { id } } oldest: backups(orderBy: { field: STARTED_AT, direction: ASC }) { nodes { id } } } } }`),
    ).server;
    expect(serverRuns.oldest.nodes).toEqual([...serverRuns.newest.nodes].reverse());
  });

  it('servers(filter:) answers as servers(name:) did', async () => {
    const query = (args: string) => `{ servers(${args}) { totalCount nodes { serverId } } }`;
    const viaFilter = expectData(await server.graphql(query('filter: { name: "alpha" }'))).servers;
    expect(viaFilter).toEqual(expectData(await server.graphql(query('name: "alpha"'))).servers);
    expect(viaFilter.totalCount).toBe(2);
  });

  it('refuses a filter given beside the flat arguments it replaces, naming filter', async () => {
    for (const query of [
      '{ alerts(filter: { active: true }, active: false) { totalCount } }',
      '{ servers(filter: { name: "alpha" }, name: "zulu") { totalCount } }',
      '{ backupJobs(first: 1) { nodes { alerts(filter: { active: true }, active: true) { totalCount } } } }',
    ]) {
      const response = await server.graphql(query);
      expect(response.errors?.[0], query).toMatchObject({
        message: expect.stringMatching(/^Give filter alone: .+ (is|are) its deprecated forms?\.$/),
        extensions: { code: 'BAD_USER_INPUT', field: 'filter' },
      });
    }
  });

  it('Homepage.overdueJobs takes first like Query.overdueJobs, the longest overdue kept', async () => {
    const data = expectData(
      await server.graphql(
        `{ homepage { all: overdueJobs { displayName } one: overdueJobs(first: 1) { displayName } } overdueJobs(first: 1) { backupName } }`,
      ),
    );
    expect(data.homepage.all.length).toBeGreaterThan(1);
    expect(data.homepage.one).toEqual(data.homepage.all.slice(0, 1));
    const tooMany = await server.graphql('{ homepage { overdueJobs(first: 100000) { displayName } } }');
    expect(tooMany.errors?.[0]?.message).toMatch(/first/);
  });
});
