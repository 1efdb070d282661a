import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDuplicatiReport } from '../support/report-builder.ts';
import { onPostgres } from '../support/test-database.ts';
import { expectData, startTestServer } from '../support/test-server.ts';
import type { TestServer } from '../support/test-server.ts';

/**
 * A page of servers with their jobs and latest runs is read by one hand-written statement
 * (src/graphql/server/servers-page.ts) when the selection beneath `backupJobs` is columns only,
 * and by the Prisma plugin's planned queries otherwise. Asking the same fields both ways (the
 * generic way forced by adding a job's `server`, which the hand read does not serve) must give the
 * same answer, key for key, on every page.
 */

const GB = 1024 ** 3;
const DAY = 86_400_000;
const NOW = Date.UTC(2025, 5, 20, 12, 0, 0);

const ALPHA = 'aa000000000000000000000000000001';
const BETA = 'bb000000000000000000000000000002';
const GAMMA = 'cc000000000000000000000000000003';
const DELTA = 'dd000000000000000000000000000004';
const GONE = 'ee000000000000000000000000000005';

const JOB_FIELDS = /* GraphQL */ `
  id backupName serverId lastBackupAt runCount
  latestBackup {
    id startedAt endedAt date status parsedResult mainOperation durationSeconds durationMilliseconds duration
    size uploadedSize knownFileSize bytesDownloaded examinedFiles warnings errors warningCount errorCount
    isDryRun dryrun interrupted partialBackup version availableVersions warningMessages errorMessages
  }
  overdue { isOverdue nextExpectedAt deadline deadlineAt effectiveToleranceMilliseconds toleranceMinutes overdueSince becameOverdueAt lastRemindedAt }
  schedule { expectedInterval allowedWeekdays toleranceOverrideMilliseconds effectiveToleranceMilliseconds overdueCheckEnabled notificationLevel source followDuplicati plannedRunAt }
  notificationChoices { ntfyEnabled emailEnabled gotifyEnabled appriseEnabled additionalNotificationLevel additionalEmails additionalNtfyTopic notifyRecovered }`;

/** `servers` with the job fields; `generic` adds each job's server, which only the planned queries answer. */
function serversQuery(generic: boolean, args: string): string {
  return `query { servers(${args}) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { id serverId name alias note url backupJobs { ${JOB_FIELDS} ${generic ? 'server { serverId }' : ''} } } } } }`;
}

function withoutJobServers(answer: any): any {
  return {
    ...answer,
    edges: answer.edges.map((edge: any) => ({
      ...edge,
      node: { ...edge.node, backupJobs: edge.node.backupJobs.map(({ server: _server, ...job }: any) => job) },
    })),
  };
}

function report(
  serverId: string,
  serverName: string,
  backupName: string,
  daysAgo: number,
  extra: Parameters<typeof buildDuplicatiReport>[0] = {},
) {
  return buildDuplicatiReport({ serverId, serverName, backupName, beginTime: new Date(NOW - daysAgo * DAY), ...extra });
}

describe('servers: the hand read of jobs and latest runs answers as the generic resolvers do', () => {
  let server: TestServer;
  const statements: string[] = [];

  beforeAll(async () => {
    server = await startTestServer({ now: () => new Date(NOW), onQuery: (sql) => statements.push(sql) });
    const reports = [
      // alpha: Files late (last run 5 days ago), Mail on time, with warnings, a big upload and versions
      report(ALPHA, 'alpha', 'Files', 9),
      report(ALPHA, 'alpha', 'Files', 5, { durationSeconds: 61.25 }),
      report(ALPHA, 'alpha', 'Mail', 0.2, {
        warnings: 2,
        durationSeconds: 3_725.5,
        data: { BackendStatistics: { BytesUploaded: 5 * GB, KnownFileSize: 7 * GB } },
        versions: [new Date(NOW - 2 * DAY), new Date(NOW - DAY)],
      }),
      // beta: runs posted out of order; Old's only run is pruned below (a job without runs)
      report(BETA, 'beta', 'Db', 1),
      report(BETA, 'beta', 'Db', 3, { errors: 1 }),
      report(BETA, 'beta', 'Old', 60),
      // gamma: renamed (alias); its job "Docs" renamed in Duplicati to "Documents" starts a new job
      report(GAMMA, 'gamma', 'Docs', 4),
      report(GAMMA, 'gamma', 'Documents', 0.5),
      // delta: a job deleted below; GONE: a server deleted below
      report(DELTA, 'delta', 'Keep', 0.1),
      report(DELTA, 'delta', 'Drop', 0.1),
      report(GONE, 'gone', 'Any', 0.1),
    ];
    for (const body of reports) expect((await server.upload(body)).status).toBe(200);
    const mutations = [
      `mutation { pruneBackups(input: { olderThan: "${new Date(NOW - 30 * DAY).toISOString()}" }) { __typename } }`,
      `mutation { updateServer(input: { id: "${GAMMA}", alias: "Gamma (office)", note: "renamed" }) { __typename } }`,
      `mutation { deleteBackupJob(input: { serverId: "${DELTA}", backupName: "Drop" }) { __typename } }`,
      `mutation { deleteServer(input: { id: "${GONE}" }) { __typename } }`,
      `mutation { configureBackupJob(input: { serverId: "${ALPHA}", backupName: "Mail", toleranceMinutes: 30, overdueCheckEnabled: false }) { __typename } }`,
      `mutation { configureBackupJob(input: { serverId: "${BETA}", backupName: "Db", expectedInterval: "12h", allowedWeekdays: [1, 2, 3] }) { __typename } }`,
    ];
    for (const mutation of mutations) {
      const answer = await server.graphql(mutation);
      expect(answer.errors, JSON.stringify(answer)).toBeUndefined();
    }
    // The overdue pass marks alpha's Files overdue (overdueSince set).
    await server.app.checkOverdue();
  });
  afterAll(() => server.stop());

  async function both(args: string) {
    statements.length = 0;
    const hand = expectData(await server.graphql(serversQuery(false, args))).servers;
    const handStatements = [...statements];
    const generic = expectData(await server.graphql(serversQuery(true, args))).servers;
    return { hand, generic: withoutJobServers(generic), handStatements };
  }

  it('gives the same first page, with overdue and on-time jobs, a job without runs, a deleted job and server, a renamed server', async () => {
    const { hand, generic, handStatements } = await both('first: 10');
    expect(hand).toEqual(generic);
    expect(handStatements.some((sql) => /LEFT JOIN backups b/.test(sql))).toBe(true);
    const byName = Object.fromEntries(hand.edges.map((edge: any) => [edge.node.name, edge.node]));
    expect(Object.keys(byName)).toEqual(['alpha', 'beta', 'delta', 'gamma']);
    expect(byName.alpha.backupJobs.map((job: any) => [job.backupName, job.overdue.isOverdue])).toEqual([
      ['Files', true],
      ['Mail', false],
    ]);
    expect(byName.alpha.backupJobs[0].overdue.overdueSince).not.toBeNull();
    expect(byName.alpha.backupJobs[1].latestBackup).toMatchObject({ uploadedSize: 5 * GB, status: 'WARNING', durationSeconds: 3_725.5 });
    expect(byName.alpha.backupJobs[1].schedule).toMatchObject({ overdueCheckEnabled: false, toleranceOverrideMilliseconds: 1_800_000 });
    expect(byName.beta.backupJobs.map((job: any) => [job.backupName, job.latestBackup?.status ?? null])).toEqual([
      ['Db', 'SUCCESS'],
      ['Old', null],
    ]);
    expect(byName.delta.backupJobs.map((job: any) => job.backupName)).toEqual(['Keep']);
    expect(byName.gamma.alias).toBe('Gamma (office)');
    expect(byName.gamma.backupJobs.map((job: any) => job.backupName)).toEqual(['Docs', 'Documents']);
  });

  it('gives the same pages forwards and backwards with cursors, in either order, and filtered', async () => {
    const first = await both('first: 2');
    expect(first.hand).toEqual(first.generic);
    expect(first.hand.edges).toHaveLength(2);
    const next = await both(`first: 2, after: "${first.hand.pageInfo.endCursor}"`);
    expect(next.hand).toEqual(next.generic);
    expect(next.hand.edges.map((edge: any) => edge.node.name)).toEqual(['delta', 'gamma']);
    const back = await both(`last: 1, before: "${next.hand.pageInfo.startCursor}"`);
    expect(back.hand).toEqual(back.generic);
    expect(back.hand.edges.map((edge: any) => edge.node.name)).toEqual(['beta']);
    const byId = await both('first: 3, orderBy: { field: SERVER_ID, direction: DESC }');
    expect(byId.hand).toEqual(byId.generic);
    expect(byId.hand.edges.map((edge: any) => edge.node.serverId)).toEqual([DELTA, GAMMA, BETA]);
    const named = await both('filter: { name: "beta" }');
    expect(named.hand).toEqual(named.generic);
    expect(named.hand.totalCount).toBe(1);
  });

  it('answers the deprecated Query.machines and nodes { } the same way', async () => {
    const fields = `name backupJobs { backupName lastBackupAt latestBackup { id date status } overdue { isOverdue } }`;
    const hand = expectData(await server.graphql(`{ machines(first: 10) { nodes { ${fields} } } }`)).machines;
    const generic = expectData(
      await server.graphql(`{ machines(first: 10) { nodes { ${fields} backupJobs { server { serverId } } } } }`),
    ).machines;
    expect(hand.nodes).toEqual(
      generic.nodes.map((node: any) => ({ ...node, backupJobs: node.backupJobs.map(({ server: _server, ...job }: any) => job) })),
    );
  });

  it("keeps Server.latestBackup beside backupJobs (both read the jobs' latest runs)", async () => {
    const query = (generic: boolean) => `{ servers(first: 10) { nodes { name latestBackup { id date backupName }
      backupJobs { backupName latestBackup { id date } ${generic ? 'server { serverId }' : ''} } } } }`;
    const hand = expectData(await server.graphql(query(false))).servers.nodes;
    const generic = expectData(await server.graphql(query(true))).servers.nodes;
    expect(hand).toEqual(
      generic.map((node: any) => ({ ...node, backupJobs: node.backupJobs.map(({ server: _server, ...job }: any) => job) })),
    );
    expect(hand.find((node: any) => node.name === 'alpha').latestBackup.backupName).toBe('Mail');
  });

  it("answers lastBackup(s) by hand as by the model queries (forced by asking for a run's job)", async () => {
    const runFields = `id backupName startedAt status durationSeconds uploadedSize knownFileSize size warnings errors isDryRun availableVersions warningMessages`;
    const query = (generic: boolean) => `query ($server: String!) {
      lastBackups(server: $server) { __typename ... on LastBackups { server { id serverId name alias createdAt } backupNames
        latestBackups { ${runFields} ${generic ? 'job { backupName }' : ''} } } }
      lastBackup(server: $server) { __typename ... on LastBackup { server { serverId name } latestBackup { ${runFields} ${generic ? 'job { backupName }' : ''} } } } }`;
    const withoutJobs = (data: any) => ({
      lastBackups: { ...data.lastBackups, latestBackups: data.lastBackups.latestBackups.map(({ job: _job, ...run }: any) => run) },
      lastBackup: { ...data.lastBackup, latestBackup: (({ job: _job, ...run }) => run)(data.lastBackup.latestBackup) },
    });
    for (const identifier of [ALPHA, 'beta', 'Gamma (office)' /* an alias never matches */]) {
      statements.length = 0;
      const hand = expectData(await server.graphql(query(false), { server: identifier }));
      // Model queries on servers or runs, less the lookup of a job's newest run when its pointer is empty (beta's pruned Old).
      const modelQueries = () => statements.filter((sql) => /[`"](servers|backups)[`"]\.[`"]/.test(sql) && !/backup_name[`"] = /.test(sql));
      const handModelQueries = modelQueries();
      statements.length = 0;
      const generic = expectData(await server.graphql(query(true), { server: identifier }));
      const genericModelQueries = modelQueries();
      if (hand.lastBackups === null) {
        expect(generic).toEqual({ lastBackups: null, lastBackup: null });
        continue;
      }
      expect(hand).toEqual(withoutJobs(generic));
      // The server and the runs: by hand above, by the model queries here.
      expect(handModelQueries).toEqual([]);
      expect(genericModelQueries.length).toBeGreaterThanOrEqual(2);
    }
  });
});

describe('servers: the dashboard query runs a fixed number of statements, whatever the number of jobs', () => {
  it('reads 2 or 40 servers with 1 or 6 jobs each in the same statements', async () => {
    const statements: string[] = [];
    const server = await startTestServer({ now: () => new Date(NOW), onQuery: (sql) => statements.push(sql) });
    try {
      const selectsFor = async () => {
        statements.length = 0;
        const data = expectData(
          await server.graphql(`{ servers(first: 100) { totalCount edges { node { serverId name alias
            backupJobs { backupName lastBackupAt latestBackup { id date status durationSeconds uploadedSize warnings errors }
              overdue { isOverdue nextExpectedAt deadline overdueSince } } } } } }`),
        );
        // The live feed's poll and the notification dispatcher run beside the request, not for it.
        const ours = statements.filter((sql) => /^\s*SELECT/i.test(sql) && !/live_event|notification_deliveries/.test(sql));
        return { data, selects: ours.length };
      };
      for (let s = 0; s < 2; s++)
        expect((await server.upload(report(`f${String(s).padStart(31, '0')}`, `host-${s}`, 'A', 1))).status).toBe(200);
      const small = await selectsFor();
      expect(small.data.servers.edges).toHaveLength(2);
      for (let s = 0; s < 40; s++) {
        for (const job of ['A', 'B', 'C', 'D', 'E', 'F']) {
          expect((await server.upload(report(`f${String(s).padStart(31, '0')}`, `host-${s}`, job, 0.5))).status).toBe(200);
        }
      }
      const large = await selectsFor();
      expect(large.data.servers.edges).toHaveLength(40);
      expect(large.data.servers.edges.flatMap((edge: any) => edge.node.backupJobs)).toHaveLength(240);
      expect(large.selects).toBe(small.selects);
      // The cost limit's change stamp and collection sizes, the page of servers, its jobs with
      // their latest runs (one join), the total count, and the global tolerance for the overdue states.
      expect(large.selects).toBeLessThanOrEqual(6);
      // On SQLite, with no row changed since, the sizes are not counted again.
      expect((await selectsFor()).selects).toBe(onPostgres ? large.selects : large.selects - 1);
    } finally {
      await server.stop();
    }
  });

  it('counts all servers, or those of a name, as stored at each request', async () => {
    const server = await startTestServer({ now: () => new Date(NOW) });
    try {
      const totals = async () => {
        const data = expectData(
          await server.graphql(`{ all: servers(first: 1) { totalCount } named: servers(filter: { name: "twin" }) { totalCount }
            emptyName: servers(filter: { name: "" }) { totalCount } machines(name: "twin") { totalCount } }`),
        );
        return [data.all.totalCount, data.named.totalCount, data.emptyName.totalCount, data.machines.totalCount];
      };
      expect(await totals()).toEqual([0, 0, 0, 0]);
      expect((await server.upload(report(ALPHA, 'twin', 'A', 1))).status).toBe(200);
      expect(await totals()).toEqual([1, 1, 1, 1]);
      // Counted again once a row has changed: a second server, then a second of the same name.
      expect((await server.upload(report(BETA, 'other', 'A', 1))).status).toBe(200);
      expect(await totals()).toEqual([2, 1, 2, 1]);
      expect((await server.upload(report(GAMMA, 'twin', 'A', 1))).status).toBe(200);
      expect(await totals()).toEqual([3, 2, 3, 2]);
      expectData(await server.graphql(`mutation { deleteServer(input: { id: "${GAMMA}" }) { __typename } }`));
      expect(await totals()).toEqual([2, 1, 2, 1]);
    } finally {
      await server.stop();
    }
  });
});

describe('lastBackup(s): the lookup row and one joined read answer as the model queries do', () => {
  const HOST = 'ab000000000000000000000000000006';
  let server: TestServer;
  const statements: string[] = [];
  const RUN_FIELDS = `id backupName date status durationSeconds uploadedSize knownFileSize warnings errors availableVersions warningMessages`;
  const selectsIn = () => statements.filter((sql) => /^\s*SELECT/i.test(sql) && !/live_event|notification_deliveries/.test(sql)).length;

  beforeAll(async () => {
    server = await startTestServer({ now: () => new Date(NOW), onQuery: (sql) => statements.push(sql) });
    for (const body of [
      report(HOST, 'host', 'Files', 9),
      report(HOST, 'host', 'Files', 5, { warnings: 1 }),
      // Zed and Abc share a date: ordered by name.
      report(HOST, 'host', 'Zed', 2, { versions: [new Date(NOW - 3 * DAY)] }),
      report(HOST, 'host', 'Abc', 2, { errors: 1 }),
      report(HOST, 'host', 'Mail', 0.5, { data: { BackendStatistics: { BytesUploaded: 5 * GB, KnownFileSize: 7 * GB } } }),
    ]) {
      expect((await server.upload(body)).status).toBe(200);
    }
    // A job whose latest pointer is empty while it still has runs (an adopted duplistatus database
    // can hold one): its newest run is looked up in the runs.
    await server.app.database.prisma
      .$executeRaw`UPDATE backup_jobs SET latest_backup_id = NULL WHERE server_id = ${HOST} AND backup_name = 'Files'`;
  });
  afterAll(() => server.stop());

  it('gives the same answer by hand as by the model queries (forced by a relation beneath the server and the runs)', async () => {
    const query = (generic: boolean) => `query ($server: String!) {
      lastBackups(server: $server) { __typename ... on LastBackups { server { serverId name createdAt ${generic ? 'backupJobs { backupName }' : ''} }
        backupNames backupJobsCount backupTypesCount latestBackups { ${RUN_FIELDS} ${generic ? 'job { backupName }' : ''} } } }
      lastBackup(server: $server) { __typename ... on LastBackup { server { serverId name ${generic ? 'backupJobs { backupName }' : ''} }
        latestBackup { ${RUN_FIELDS} ${generic ? 'job { backupName }' : ''} } } } }`;
    const strip = ({ job: _job, backupJobs: _jobs, ...rest }: any) => rest;
    for (const identifier of [HOST, 'host']) {
      const hand = expectData(await server.graphql(query(false), { server: identifier }));
      const generic = expectData(await server.graphql(query(true), { server: identifier }));
      expect(hand).toEqual({
        lastBackups: {
          ...generic.lastBackups,
          server: strip(generic.lastBackups.server),
          latestBackups: generic.lastBackups.latestBackups.map(strip),
        },
        lastBackup: {
          ...generic.lastBackup,
          server: strip(generic.lastBackup.server),
          latestBackup: strip(generic.lastBackup.latestBackup),
        },
      });
      expect(hand.lastBackups.backupNames).toEqual(['Mail', 'Abc', 'Zed', 'Files']);
      expect(hand.lastBackups.latestBackups.map((run: any) => run.backupName)).toEqual(['Mail', 'Abc', 'Zed', 'Files']);
      expect(hand.lastBackups.latestBackups[3].warnings).toBe(1);
      expect(hand.lastBackups.latestBackups[0].uploadedSize).toBe(5 * GB);
      expect(hand.lastBackups.server).toEqual({ serverId: HOST, name: 'host', createdAt: expect.any(String) });
      expect(hand.lastBackup.latestBackup.backupName).toBe('Mail');
    }
  });

  it('reads the runs of two selections of latestBackups with the lookup, in one statement from the second call on', async () => {
    const document = `query ($server: String!) { lastBackups(server: $server) { ... on LastBackups { server { serverId }
      a: latestBackups { id backupName } b: latestBackups { date status uploadedSize } backupNames } } }`;
    const first = expectData(await server.graphql(document, { server: 'host' })).lastBackups;
    statements.length = 0;
    const data = expectData(await server.graphql(document, { server: 'host' })).lastBackups;
    expect(data).toEqual(first);
    expect(data.a.map((run: any) => run.backupName)).toEqual(['Mail', 'Abc', 'Zed', 'Files']);
    expect(data.b.map((run: any) => run.status)).toEqual(['SUCCESS', 'ERROR', 'SUCCESS', 'WARNING']);
    // The cost limit's change stamp; the lookup with the jobs and the columns of both selections
    // joined; for Files (empty pointer) its newest run and that run's row.
    expect(selectsIn()).toBe(4);
  });

  it('answers exactly when the runs ask for columns the remembered ones lack (a variable switches a field on)', async () => {
    const document = `query ($server: String!, $withStatus: Boolean!) { lastBackups(server: $server) { ... on LastBackups {
      latestBackups { backupName status @include(if: $withStatus) } } } }`;
    const without = expectData(await server.graphql(document, { server: 'host', withStatus: false })).lastBackups;
    expect(without.latestBackups[0]).toEqual({ backupName: 'Mail' });
    const withStatus = expectData(await server.graphql(document, { server: 'host', withStatus: true })).lastBackups;
    expect(withStatus.latestBackups.map((run: any) => run.status)).toEqual(['SUCCESS', 'ERROR', 'SUCCESS', 'WARNING']);
    const again = expectData(await server.graphql(document, { server: 'host', withStatus: false })).lastBackups;
    expect(again).toEqual(without);
  });
});
