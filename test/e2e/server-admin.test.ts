/**
 * Server administration (issue 7): edit, delete server or job, find and merge duplicates, prune.
 * Every mutation is checked in the database, in `servers`/`summary`, and on the REST routes
 * duplistatus clients read (/api/summary, /api/lastbackup(s)/:id).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { connectLiveClient, eventually, subscribe } from '../support/live-client.ts';
import { buildDuplicatiReport } from '../support/report-builder.ts';
import type { DuplicatiReportOptions } from '../support/report-builder.ts';
import { expectData, startTestServer } from '../support/test-server.ts';
import type { TestServer } from '../support/test-server.ts';

const OLD = 'a0000000000000000000000000000001';
const NEW = 'a0000000000000000000000000000002';
const OTHER = 'a0000000000000000000000000000003';
const day = (d: number, hour = 2) => new Date(Date.UTC(2025, 4, d, hour, 0, 0));
const NOW = day(20, 12);

const running: TestServer[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((s) => s.stop()));
});

async function start(): Promise<TestServer> {
  const server = await startTestServer({ now: () => NOW });
  running.push(server);
  return server;
}

async function upload(server: TestServer, options: DuplicatiReportOptions): Promise<void> {
  const answer = await server.upload(buildDuplicatiReport(options));
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
}

async function get(server: TestServer, path: string): Promise<{ status: number; body: any }> {
  const response = await fetch(`${server.url}${path}`);
  return { status: response.status, body: await response.json() };
}

async function gql(server: TestServer, query: string, variables?: Record<string, unknown>) {
  return expectData(await server.graphql(query, variables), query);
}

async function summary(server: TestServer) {
  return (await gql(server, `{ summary { totalServers totalBackupsRuns totalBackups totalUploadedSize } }`)).summary;
}

async function serverList(server: TestServer) {
  const data = await gql(server, `{ servers { totalCount edges { node { serverId name alias note url } } } }`);
  return { totalCount: data.servers.totalCount, servers: data.servers.edges.map((e: any) => e.node) };
}

async function tableCounts(server: TestServer, serverId: string) {
  const prisma = server.app.database.prisma;
  return {
    servers: await prisma.server.count({ where: { id: serverId } }),
    jobs: await prisma.backupJob.count({ where: { serverId } }),
    runs: await prisma.backup.count({ where: { serverId } }),
    alerts: await prisma.alert.count({ where: { job: { serverId } } }),
  };
}

async function globalIdOf(server: TestServer, serverId: string): Promise<string> {
  return (await gql(server, `query ($id: ID!) { server(id: $id) { ... on Server { id } } }`, { id: serverId })).server.id;
}

const UPDATE = /* GraphQL */ `
  mutation ($input: UpdateServerInput!) {
    updateServer(input: $input) {
      __typename
      ... on UpdateServerPayload { changed server { serverId alias note url updatedAt } }
      ... on Error { message }
      ... on InvalidInputError { field }
    }
  }
`;

describe('updateServer', () => {
  it('changes only the fields given, clears a field given as null, and leaves the rest', async () => {
    const server = await start();
    await upload(server, { serverId: OLD, serverName: 'nas', beginTime: day(1) });
    const id = await globalIdOf(server, OLD);

    const first = (await gql(server, UPDATE, { input: { id, alias: '  Office NAS ', note: 'rack 2', url: 'http://nas.local:8200' } }))
      .updateServer;
    expect(first).toEqual({
      __typename: 'UpdateServerPayload',
      changed: true,
      server: { serverId: OLD, alias: 'Office NAS', note: 'rack 2', url: 'http://nas.local:8200', updatedAt: NOW.toISOString() },
    });

    // By machine-id, one field only: duplistatus would blank alias and url here (docs/compatibility/known-problems.md#server-edit-clears-omitted-fields).
    const second = (await gql(server, UPDATE, { input: { id: OLD, note: 'rack 3' } })).updateServer;
    expect(second.server).toMatchObject({ alias: 'Office NAS', note: 'rack 3', url: 'http://nas.local:8200' });

    const cleared = (await gql(server, UPDATE, { input: { id: OLD, url: null, alias: null } })).updateServer;
    expect(cleared.server).toMatchObject({ alias: '', note: 'rack 3', url: '' });

    const unchanged = (await gql(server, UPDATE, { input: { id: OLD, note: 'rack 3' } })).updateServer;
    expect(unchanged.changed).toBe(false);

    const row = await server.app.database.prisma.server.findUniqueOrThrow({ where: { id: OLD } });
    expect(row).toMatchObject({ alias: '', note: 'rack 3', serverUrl: '' });
    expect((await serverList(server)).servers).toEqual([{ serverId: OLD, name: 'nas', alias: '', note: 'rack 3', url: '' }]);
    // The external API never showed alias or note; it still finds the server by id and by name.
    expect((await get(server, `/api/lastbackup/${OLD}`)).body.server).toMatchObject({ id: OLD, name: 'nas' });
    expect((await get(server, '/api/lastbackup/nas')).status).toBe(200);
  });

  it('refuses a URL that is not http(s) and an unknown server with typed errors, changing nothing', async () => {
    const server = await start();
    await upload(server, { serverId: OLD, serverName: 'nas', beginTime: day(1) });
    await gql(server, UPDATE, { input: { id: OLD, alias: 'kept', url: 'https://nas.example' } });

    for (const url of ['ftp://nas.local', 'nas.local:8200', 'javascript:alert(1)']) {
      const refused = (await gql(server, UPDATE, { input: { id: OLD, alias: 'changed', url } })).updateServer;
      expect(refused, url).toMatchObject({ __typename: 'InvalidInputError', field: 'url' });
    }
    const missing = (await gql(server, UPDATE, { input: { id: 'no-such-machine', alias: 'x' } })).updateServer;
    expect(missing.__typename).toBe('NotFoundError');
    expect(missing.message).toContain('no-such-machine');

    const row = await server.app.database.prisma.server.findUniqueOrThrow({ where: { id: OLD } });
    expect(row).toMatchObject({ alias: 'kept', serverUrl: 'https://nas.example' });
    expect(await server.app.database.prisma.server.count()).toBe(1);
  });
});

const DELETE_SERVER = /* GraphQL */ `
  mutation ($id: ID!) {
    deleteServer(input: { id: $id }) {
      __typename
      ... on DeleteServerPayload { deletedId serverId name deleted { servers jobs runs alerts } }
      ... on Error { message }
    }
  }
`;

const DELETE_JOB = /* GraphQL */ `
  mutation ($serverId: ID!, $backupName: String!) {
    deleteBackupJob(input: { serverId: $serverId, backupName: $backupName }) {
      __typename
      ... on DeleteBackupJobPayload { backupName deletedBackupJobId server { serverId backupJobs { backupName } } deleted { servers jobs runs alerts } }
      ... on Error { message }
    }
  }
`;

/** OLD: Docs (2 runs, the second failed: one open alert, custom schedule) and Photos (1 run). OTHER: Mail (1 run). */
async function seedTwoServers(server: TestServer): Promise<void> {
  await upload(server, { serverId: OLD, serverName: 'nas', backupName: 'Docs', beginTime: day(1) });
  await upload(server, { serverId: OLD, serverName: 'nas', backupName: 'Docs', beginTime: day(2), errors: 1 });
  await upload(server, { serverId: OLD, serverName: 'nas', backupName: 'Photos', beginTime: day(2, 4) });
  await upload(server, { serverId: OTHER, serverName: 'mail', backupName: 'Mail', beginTime: day(3) });
  await gql(
    server,
    `mutation { configureBackupJob(input: { serverId: "${OLD}", backupName: "Docs", expectedInterval: "12h" }) { __typename } }`,
  );
}

describe('deleteServer and deleteBackupJob', () => {
  it('deletes a server with its jobs, schedules, runs and alerts, and every read forgets it', async () => {
    const server = await start();
    await seedTwoServers(server);
    expect(await tableCounts(server, OLD)).toEqual({ servers: 1, jobs: 2, runs: 3, alerts: 1 });
    expect(await summary(server)).toMatchObject({ totalServers: 2, totalBackupsRuns: 4, totalBackups: 3 });

    const client = connectLiveClient(server.url);
    const feed = subscribe(client, `subscription { serverChanged { kind serverId serverGlobalId name server { id } } }`);
    await eventually(
      () => server.app.subscriptionCount() === 1,
      () => 'no subscription',
    );

    const id = await globalIdOf(server, OLD);
    const deleted = (await gql(server, DELETE_SERVER, { id })).deleteServer;
    expect(deleted).toEqual({
      __typename: 'DeleteServerPayload',
      deletedId: id,
      serverId: OLD,
      name: 'nas',
      deleted: { servers: 1, jobs: 2, runs: 3, alerts: 1 },
    });
    // The cascades did what the counts say.
    expect(await tableCounts(server, OLD)).toEqual({ servers: 0, jobs: 0, runs: 0, alerts: 0 });
    expect(await tableCounts(server, OTHER)).toEqual({ servers: 1, jobs: 1, runs: 1, alerts: 0 });

    expect((await serverList(server)).servers.map((s: any) => s.serverId)).toEqual([OTHER]);
    expect(await summary(server)).toMatchObject({ totalServers: 1, totalBackupsRuns: 1, totalBackups: 1 });
    expect((await get(server, '/api/summary')).body).toMatchObject({ totalServers: 1, totalBackupsRuns: 1, totalBackups: 1 });
    expect((await get(server, `/api/lastbackup/${OLD}`)).status).toBe(404);
    expect((await get(server, `/api/lastbackups/nas`)).status).toBe(404);
    expect((await get(server, `/api/lastbackup/${OTHER}`)).status).toBe(200);

    const [event] = await feed.waitFor(1);
    expect(event.serverChanged).toEqual({ kind: 'DELETED', serverId: OLD, serverGlobalId: id, name: 'nas', server: null });
    await client.dispose();

    const again = (await gql(server, DELETE_SERVER, { id: OLD })).deleteServer;
    expect(again.__typename).toBe('NotFoundError');
  });

  it('deletes one job with its schedule, runs and alerts while the server and its other jobs stay', async () => {
    const server = await start();
    await seedTwoServers(server);

    const docsJob = await gql(server, `{ backupJobs(filter: { serverId: "${OLD}", backupName: "Docs" }) { edges { node { id } } } }`);
    const docsJobId = docsJob.backupJobs.edges[0].node.id;
    const deleted = (await gql(server, DELETE_JOB, { serverId: await globalIdOf(server, OLD), backupName: 'Docs' })).deleteBackupJob;
    expect(deleted).toEqual({
      __typename: 'DeleteBackupJobPayload',
      backupName: 'Docs',
      deletedBackupJobId: docsJobId,
      server: { serverId: OLD, backupJobs: [{ backupName: 'Photos' }] },
      deleted: { servers: 0, jobs: 1, runs: 2, alerts: 1 },
    });
    expect(await tableCounts(server, OLD)).toEqual({ servers: 1, jobs: 1, runs: 1, alerts: 0 });
    expect(await summary(server)).toMatchObject({ totalServers: 2, totalBackupsRuns: 2, totalBackups: 2 });
    expect((await get(server, '/api/summary')).body).toMatchObject({ totalServers: 2, totalBackupsRuns: 2, totalBackups: 2 });
    const lastBackups = (await get(server, `/api/lastbackups/${OLD}`)).body;
    expect(lastBackups).toMatchObject({ backup_jobs_count: 1, backup_names: ['Photos'] });
    expect((await get(server, `/api/lastbackup/${OLD}`)).body.latest_backup).toMatchObject({ name: 'Photos' });
    expect((await gql(server, `{ alerts { totalCount } }`)).alerts.totalCount).toBe(0);

    // A later report of that name starts a fresh job with the default schedule.
    await upload(server, { serverId: OLD, serverName: 'nas', backupName: 'Docs', beginTime: day(5) });
    const job = await gql(
      server,
      `{ backupJobs(filter: { serverId: "${OLD}", backupName: "Docs" }) { edges { node { runCount schedule { expectedInterval } } } } }`,
    );
    expect(job.backupJobs.edges[0].node).toEqual({ runCount: 1, schedule: { expectedInterval: '1D' } });
  });

  it('answers NotFoundError for an unknown job or server and deletes nothing', async () => {
    const server = await start();
    await seedTwoServers(server);
    const unknownJob = (await gql(server, DELETE_JOB, { serverId: OLD, backupName: 'Nope' })).deleteBackupJob;
    expect(unknownJob.__typename).toBe('NotFoundError');
    expect(unknownJob.message).toContain('Nope');
    const unknownServer = (await gql(server, DELETE_JOB, { serverId: 'ffff', backupName: 'Docs' })).deleteBackupJob;
    expect(unknownServer.__typename).toBe('NotFoundError');
    expect((await gql(server, DELETE_SERVER, { id: 'ffff' })).deleteServer.__typename).toBe('NotFoundError');
    expect(await summary(server)).toMatchObject({ totalServers: 2, totalBackupsRuns: 4, totalBackups: 3 });
  });
});

const DUPLICATES = `{ duplicateServers { name servers { serverId } } }`;

const MERGE = /* GraphQL */ `
  mutation ($sourceIds: [ID!]!, $targetId: ID!) {
    mergeServers(input: { sourceIds: $sourceIds, targetId: $targetId }) {
      __typename
      ... on MergeServersPayload {
        mergedServerIds
        removedServerIds
        counts { servers jobsMoved jobsCombined runsMoved duplicateRunsDropped alertsMoved alertsResolved }
        target {
          serverId alias note url
          backupJobs {
            backupName runCount lastBackupAt latestBackup { date status }
            schedule { expectedInterval allowedWeekdays toleranceMinutes notificationLevel }
            overdue { nextExpectedAt }
            alerts(active: true) { totalCount edges { node { kind raisedBy { date } } } }
            resolvedAlerts: alerts(active: false) { totalCount }
            allAlerts: alerts { totalCount }
          }
        }
      }
      ... on Error { message }
      ... on InvalidInputError { field }
    }
  }
`;

describe('duplicateServers and mergeServers', () => {
  it('lists servers sharing a name, newest first, leaving out URL-like ids', async () => {
    const server = await start();
    await upload(server, { serverId: OLD, serverName: 'nas', beginTime: day(1) });
    await upload(server, { serverId: NEW, serverName: 'nas', beginTime: day(2) });
    await upload(server, { serverId: OTHER, serverName: 'mail', beginTime: day(2) });
    const prisma = server.app.database.prisma;
    await prisma.server.update({ where: { id: OLD }, data: { createdAt: '2025-05-01 08:00:00' } });
    await prisma.server.update({ where: { id: NEW }, data: { createdAt: '2025-05-02T09:00:00.000Z' } });
    await prisma.server.create({ data: { id: 'http://nas.local:8200', name: 'nas' } });
    await prisma.server.create({ data: { id: 'b0000000000000000000000000000001', name: 'lonely' } });

    expect((await gql(server, DUPLICATES)).duplicateServers).toEqual([{ name: 'nas', servers: [{ serverId: NEW }, { serverId: OLD }] }]);
  });

  it('moves jobs with their schedules, runs and open alerts to the target and deletes the source', async () => {
    const server = await start();
    // The old machine-id: Docs with a custom schedule and a failed last run (open BACKUP_FAILED),
    // Photos with a warning (open BACKUP_WARNING) and its own schedule.
    await upload(server, { serverId: OLD, serverName: 'nas', backupName: 'Docs', beginTime: day(1) });
    await upload(server, { serverId: OLD, serverName: 'nas', backupName: 'Docs', beginTime: day(2), errors: 2 });
    await upload(server, { serverId: OLD, serverName: 'nas', backupName: 'Photos', beginTime: day(2, 5), warnings: 1 });
    await gql(
      server,
      `mutation { configureBackupJob(input: { serverId: "${OLD}", backupName: "Docs", expectedInterval: "12h", allowedWeekdays: [1,2,3,4,5], toleranceMinutes: 30 }) { __typename } }`,
    );
    await gql(
      server,
      `mutation { configureBackupJob(input: { serverId: "${OLD}", backupName: "Photos", expectedInterval: "1W", notificationLevel: ALL }) { __typename } }`,
    );
    await gql(server, UPDATE, { input: { id: OLD, alias: 'old alias', note: 'from the old install', url: 'http://nas.local:8200' } });
    // After the reinstall: Docs again (default schedule), the day-1 run reported once more, then
    // a newer good run that clears the failure.
    await upload(server, { serverId: NEW, serverName: 'nas', backupName: 'Docs', beginTime: day(1) });
    await upload(server, { serverId: NEW, serverName: 'nas', backupName: 'Docs', beginTime: day(3) });
    await gql(server, UPDATE, { input: { id: NEW, alias: 'nas (new)' } });
    await upload(server, { serverId: OTHER, serverName: 'mail', backupName: 'Mail', beginTime: day(3) });

    expect(await summary(server)).toMatchObject({ totalServers: 3, totalBackupsRuns: 6, totalBackups: 4 });
    expect((await get(server, '/api/lastbackup/nas')).status).toBe(400); // ambiguous name (docs/compatibility/known-problems.md#duplicate-servers-after-a-machine-id-change)
    const duplicates = (await gql(server, DUPLICATES)).duplicateServers;
    expect(duplicates.map((group: any) => group.name)).toEqual(['nas']);

    const client = connectLiveClient(server.url);
    const feed = subscribe(client, `subscription { serverChanged { kind serverId serverGlobalId name } }`);
    const alertFeed = subscribe(client, `subscription { alertChanged { change alertKind alertId serverId serverGlobalId backupName } }`);
    await eventually(
      () => server.app.subscriptionCount() === 2,
      () => 'no subscriptions',
    );

    const oldGlobalId = await globalIdOf(server, OLD);
    const newGlobalId = await globalIdOf(server, NEW);
    const failedAlert = await gql(server, `{ alerts(active: true) { edges { node { id kind job { serverId backupName } } } } }`);
    const oldFailureId = failedAlert.alerts.edges.find(
      (e: any) => e.node.kind === 'BACKUP_FAILED' && e.node.job.serverId === OLD && e.node.job.backupName === 'Docs',
    ).node.id;
    const merged = (await gql(server, MERGE, { sourceIds: [OLD], targetId: newGlobalId })).mergeServers;
    expect(merged.__typename).toBe('MergeServersPayload');
    // The deprecated field keeps answering machine-ids; its replacement gives the global ids caches evict by.
    expect(merged.mergedServerIds).toEqual([OLD]);
    expect(merged.removedServerIds).toEqual([oldGlobalId]);
    expect(merged.counts).toEqual({
      servers: 1,
      jobsMoved: 1,
      jobsCombined: 1,
      runsMoved: 2, // Docs day 2 and Photos; Docs day 1 was the same report as the target's
      duplicateRunsDropped: 1,
      alertsMoved: 2,
      alertsResolved: 1,
    });
    expect(merged.target).toMatchObject({ serverId: NEW, alias: 'nas (new)', note: 'from the old install', url: 'http://nas.local:8200' });

    const [docs, photos] = merged.target.backupJobs;
    expect(docs).toMatchObject({
      backupName: 'Docs',
      runCount: 3,
      lastBackupAt: day(3).toISOString(),
      latestBackup: { date: day(3).toISOString(), status: 'SUCCESS' },
      // The target's job still had the defaults: the source's chosen schedule wins.
      schedule: { expectedInterval: '12h', allowedWeekdays: [1, 2, 3, 4, 5], toleranceMinutes: 30, notificationLevel: 'WARNINGS' },
      // docs/compatibility/overdue.md#maintaining-the-next-expected-run under that schedule: the day-3 run is on a Saturday, so 12-hour steps lead to Monday.
      overdue: { nextExpectedAt: day(5).toISOString() },
      alerts: { edges: [] },
    });
    expect(photos).toMatchObject({
      backupName: 'Photos',
      runCount: 1,
      latestBackup: { date: day(2, 5).toISOString(), status: 'WARNING' },
      schedule: { expectedInterval: '1W', notificationLevel: 'ALL' },
      alerts: { edges: [{ node: { kind: 'BACKUP_WARNING', raisedBy: { date: day(2, 5).toISOString() } } }] },
    });
    // The old failure is history now, resolved by the newest run of the merged job.
    const resolved = await gql(
      server,
      `{ alerts(active: false) { edges { node { kind job { serverId backupName } resolvedBy { date } } } } }`,
    );
    expect(resolved.alerts.edges.map((e: any) => e.node)).toEqual([
      { kind: 'BACKUP_FAILED', job: { serverId: NEW, backupName: 'Docs' }, resolvedBy: { date: day(3).toISOString() } },
    ]);

    expect(await tableCounts(server, OLD)).toEqual({ servers: 0, jobs: 0, runs: 0, alerts: 0 });
    expect(await tableCounts(server, NEW)).toEqual({ servers: 1, jobs: 2, runs: 4, alerts: 2 });
    expect(await summary(server)).toMatchObject({ totalServers: 2, totalBackupsRuns: 5, totalBackups: 3 });
    expect((await get(server, '/api/summary')).body).toMatchObject({ totalServers: 2, totalBackupsRuns: 5, totalBackups: 3 });
    expect((await get(server, `/api/lastbackup/${OLD}`)).status).toBe(404);
    const byName = await get(server, '/api/lastbackups/nas');
    expect(byName.status).toBe(200);
    expect(byName.body).toMatchObject({ server: { id: NEW }, backup_jobs_count: 2, backup_names: ['Docs', 'Photos'] });
    expect(byName.body.latest_backups[0]).toMatchObject({ name: 'Docs', date: day(3).toISOString() });
    expect((await gql(server, DUPLICATES)).duplicateServers).toEqual([]);

    const events = await feed.waitFor(2);
    expect(events.map((e) => e.serverChanged)).toEqual([
      { kind: 'DELETED', serverId: OLD, serverGlobalId: oldGlobalId, name: 'nas' },
      { kind: 'UPDATED', serverId: NEW, serverGlobalId: newGlobalId, name: 'nas' },
    ]);
    expect((await alertFeed.waitFor(1))[0].alertChanged).toEqual({
      change: 'RESOLVED',
      alertKind: 'BACKUP_FAILED',
      alertId: oldFailureId,
      serverId: NEW,
      serverGlobalId: newGlobalId,
      backupName: 'Docs',
    });
    await client.dispose();
  });

  it('keeps one open alert per job and kind when both servers had one, and keeps a custom target schedule', async () => {
    const server = await start();
    await upload(server, { serverId: OLD, serverName: 'nas', backupName: 'Docs', beginTime: day(1), errors: 1 });
    await upload(server, { serverId: NEW, serverName: 'nas', backupName: 'Docs', beginTime: day(2), errors: 3 });
    await gql(
      server,
      `mutation { configureBackupJob(input: { serverId: "${OLD}", backupName: "Docs", expectedInterval: "6h" }) { __typename } }`,
    );
    await gql(
      server,
      `mutation { configureBackupJob(input: { serverId: "${NEW}", backupName: "Docs", expectedInterval: "2D" }) { __typename } }`,
    );

    const merged = (await gql(server, MERGE, { sourceIds: [OLD], targetId: NEW })).mergeServers;
    expect(merged.counts).toMatchObject({ jobsCombined: 1, runsMoved: 1, alertsMoved: 1, alertsResolved: 1 });
    const [docs] = merged.target.backupJobs;
    expect(docs.schedule.expectedInterval).toBe('2D');
    expect(docs.latestBackup).toEqual({ date: day(2).toISOString(), status: 'ERROR' });
    // The target's own alert, raised by the newest run, is the one left open.
    expect(docs.alerts.edges).toEqual([{ node: { kind: 'BACKUP_FAILED', raisedBy: { date: day(2).toISOString() } } }]);
    // totalCount counts what `active` selects, as on every other connection.
    expect([docs.alerts.totalCount, docs.resolvedAlerts.totalCount, docs.allAlerts.totalCount]).toEqual([1, 1, 2]);
    const all = await gql(server, `{ alerts { edges { node { kind active resolvedBy { date } raisedBy { date } } } } }`);
    expect(all.alerts.edges.map((e: any) => e.node)).toEqual(
      expect.arrayContaining([
        { kind: 'BACKUP_FAILED', active: true, resolvedBy: null, raisedBy: { date: day(2).toISOString() } },
        { kind: 'BACKUP_FAILED', active: false, resolvedBy: null, raisedBy: { date: day(1).toISOString() } },
      ]),
    );
  });

  it('moves a job whose newer runs are on the source and re-points the merged latest run', async () => {
    const server = await start();
    await upload(server, { serverId: NEW, serverName: 'nas', backupName: 'Docs', beginTime: day(1) });
    await upload(server, { serverId: OLD, serverName: 'nas', backupName: 'Docs', beginTime: day(4) });
    await upload(server, { serverId: OTHER, serverName: 'nas', backupName: 'Docs', beginTime: day(3) });
    const merged = (await gql(server, MERGE, { sourceIds: [OLD, OTHER, OLD], targetId: NEW })).mergeServers;
    expect(merged.counts).toMatchObject({ servers: 2, jobsCombined: 2, runsMoved: 2 });
    expect(merged.target.backupJobs[0]).toMatchObject({
      runCount: 3,
      lastBackupAt: day(4).toISOString(),
      latestBackup: { date: day(4).toISOString() },
    });
    expect(merged.target.backupJobs[0].overdue.nextExpectedAt).toBe(day(5).toISOString());
    const lastBackup = (await get(server, `/api/lastbackup/${NEW}`)).body;
    expect(lastBackup.latest_backup).toMatchObject({ date: day(4).toISOString() });
    expect(await summary(server)).toMatchObject({ totalServers: 1, totalBackupsRuns: 3, totalBackups: 1 });
  });

  it('refuses a target among the sources, no sources and unknown ids with typed errors, changing nothing', async () => {
    const server = await start();
    await upload(server, { serverId: OLD, serverName: 'nas', beginTime: day(1) });
    await upload(server, { serverId: NEW, serverName: 'nas', beginTime: day(2) });

    const self = (await gql(server, MERGE, { sourceIds: [OLD, NEW], targetId: NEW })).mergeServers;
    expect(self).toMatchObject({ __typename: 'InvalidInputError', field: 'sourceIds' });
    const none = (await gql(server, MERGE, { sourceIds: [], targetId: NEW })).mergeServers;
    expect(none).toMatchObject({ __typename: 'InvalidInputError', field: 'sourceIds' });
    const unknownSource = (await gql(server, MERGE, { sourceIds: [OLD, 'gone'], targetId: NEW })).mergeServers;
    expect(unknownSource.__typename).toBe('NotFoundError');
    expect(unknownSource.message).toContain('gone');
    const unknownTarget = (await gql(server, MERGE, { sourceIds: [OLD], targetId: 'gone' })).mergeServers;
    expect(unknownTarget.__typename).toBe('NotFoundError');

    expect(await summary(server)).toMatchObject({ totalServers: 2, totalBackupsRuns: 2 });
    expect(await tableCounts(server, OLD)).toEqual({ servers: 1, jobs: 1, runs: 1, alerts: 0 });
  });
});

const PRUNE = /* GraphQL */ `
  mutation ($olderThan: DateTime!) {
    pruneBackups(input: { olderThan: $olderThan }) {
      __typename
      ... on PruneBackupsPayload { olderThan deleted { runs jobsAffected jobsRepointed jobsEmptied } }
      ... on InvalidInputError { field message }
    }
  }
`;

describe('pruneBackups', () => {
  it('deletes runs that ended before the instant, keeps servers and re-points each job to its newest remaining run', async () => {
    const server = await start();
    // Docs: the day-5 run is short, the day-4 run lasts two days and so ends after it.
    await upload(server, { serverId: OLD, serverName: 'nas', backupName: 'Docs', beginTime: day(1), durationSeconds: 60 });
    await upload(server, { serverId: OLD, serverName: 'nas', backupName: 'Docs', beginTime: day(4), durationSeconds: 2 * 86_400 });
    await upload(server, { serverId: OLD, serverName: 'nas', backupName: 'Docs', beginTime: day(5), durationSeconds: 60 });
    // Photos: every run is old.
    await upload(server, { serverId: OLD, serverName: 'nas', backupName: 'Photos', beginTime: day(2), durationSeconds: 60 });
    await upload(server, { serverId: OTHER, serverName: 'mail', backupName: 'Mail', beginTime: day(10), durationSeconds: 60 });
    expect(await summary(server)).toMatchObject({ totalServers: 2, totalBackupsRuns: 5, totalBackups: 3 });

    const pruned = (await gql(server, PRUNE, { olderThan: day(5, 12).toISOString() })).pruneBackups;
    expect(pruned).toEqual({
      __typename: 'PruneBackupsPayload',
      olderThan: day(5, 12).toISOString(),
      deleted: { runs: 3, jobsAffected: 2, jobsRepointed: 2, jobsEmptied: 1 },
    });

    const jobs = await gql(
      server,
      `{ backupJobs { edges { node { backupName runCount lastBackupAt latestBackup { date } overdue { nextExpectedAt } } } } }`,
    );
    expect(jobs.backupJobs.edges.map((e: any) => e.node)).toEqual([
      {
        backupName: 'Docs',
        runCount: 1,
        lastBackupAt: day(4).toISOString(),
        latestBackup: { date: day(4).toISOString() },
        overdue: { nextExpectedAt: day(5).toISOString() },
      },
      { backupName: 'Photos', runCount: 0, lastBackupAt: null, latestBackup: null, overdue: { nextExpectedAt: null } },
      {
        backupName: 'Mail',
        runCount: 1,
        lastBackupAt: day(10).toISOString(),
        latestBackup: { date: day(10).toISOString() },
        overdue: { nextExpectedAt: day(11).toISOString() },
      },
    ]);
    expect(await summary(server)).toMatchObject({ totalServers: 2, totalBackupsRuns: 2, totalBackups: 2 });
    expect((await get(server, '/api/summary')).body).toMatchObject({ totalServers: 2, totalBackupsRuns: 2, totalBackups: 2 });
    expect((await get(server, `/api/lastbackup/${OLD}`)).body.latest_backup).toMatchObject({ name: 'Docs', date: day(4).toISOString() });
    expect((await get(server, `/api/lastbackups/${OLD}`)).body).toMatchObject({ backup_jobs_count: 1, backup_names: ['Docs'] });
    expect((await serverList(server)).totalCount).toBe(2);

    const nothing = (await gql(server, PRUNE, { olderThan: day(1).toISOString() })).pruneBackups;
    expect(nothing.deleted).toEqual({ runs: 0, jobsAffected: 0, jobsRepointed: 0, jobsEmptied: 0 });
  });

  it('refuses an instant in the future with InvalidInputError and deletes nothing', async () => {
    const server = await start();
    await upload(server, { serverId: OLD, serverName: 'nas', beginTime: day(1) });
    const refused = (await gql(server, PRUNE, { olderThan: day(21).toISOString() })).pruneBackups;
    expect(refused).toMatchObject({ __typename: 'InvalidInputError', field: 'olderThan' });
    expect((await summary(server)).totalBackupsRuns).toBe(1);
  });
});
