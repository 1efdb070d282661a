import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { capturedLogger } from '../support/captured-logger.ts';
import { DOUBLE_MACHINE_ID, logRowOf, startDuplicatiDouble } from '../support/duplicati-double.ts';
import type { DoubleBackup, DuplicatiDouble, DuplicatiDoubleOptions } from '../support/duplicati-double.ts';
import { connectLiveClient, subscribe } from '../support/live-client.ts';
import { buildDuplicatiReport } from '../support/report-builder.ts';
import type { DuplicatiReportOptions } from '../support/report-builder.ts';
import { onPostgres } from '../support/test-database.ts';
import { startTestServer } from '../support/test-server.ts';
import type { TestServer } from '../support/test-server.ts';

const PASSWORD = 'duplicati-web-password-7f3a';

const COLLECT = /* GraphQL */ `
  mutation Collect($input: CollectBackupsInput!) {
    collectBackups(input: $input) {
      __typename
      ... on CollectBackupsPayload {
        serverCreated url processed skipped errors schedulesSynced
        jobs { backupName duplicatiBackupId processed skipped errors errorMessages }
        server { id serverId name url collect { passwordStored address allowHttp trustSelfSigned lastResult { succeeded processed skipped } } }
      }
      ... on Error { message code }
      ... on InvalidInputError { field }
      ... on DuplicatiTlsError { failedUrl: url }
    }
  }
`;

const SUMMARY = /* GraphQL */ `
  {
    summary { totalServers totalBackupsRuns totalBackups totalStorageUsed totalBackupedSize totalUploadedSize }
    servers(first: 5) {
      nodes {
        serverId name
        backupJobs { backupName latestBackup { date status duration uploadedSize } backups(first: 50) { totalCount } }
      }
    }
  }
`;

/** A run of the job "Documents" (Duplicati id 1) on the double's machine, day `day` of January 2025. */
function run(day: number, options: DuplicatiReportOptions = {}) {
  return buildDuplicatiReport({
    serverId: DOUBLE_MACHINE_ID,
    serverName: 'nas',
    backupName: 'Documents',
    backupId: 'DB-1',
    beginTime: new Date(Date.UTC(2025, 0, day, 2, 0, 0)),
    ...options,
  });
}

const servers: TestServer[] = [];
const doubles: DuplicatiDouble[] = [];

async function server(options: Parameters<typeof startTestServer>[0] = {}): Promise<TestServer> {
  const started = await startTestServer(options);
  servers.push(started);
  return started;
}

async function duplicati(options: Partial<DuplicatiDoubleOptions> & { backups: DoubleBackup[] }): Promise<DuplicatiDouble> {
  const started = await startDuplicatiDouble({ password: PASSWORD, ...options });
  doubles.push(started);
  return started;
}

afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.stop()));
  await Promise.all(doubles.splice(0).map((d) => d.stop()));
});

function documentsJob(days: number[], extra: DoubleBackup['log'] = []): DoubleBackup {
  return { id: '1', name: 'Documents', log: [...extra, ...days.map((day) => logRowOf(run(day)))] };
}

async function collect(target: TestServer, input: Record<string, unknown>) {
  const response = await target.graphql(COLLECT, { input });
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  return response.data.collectBackups;
}

describe('collecting from Duplicati', () => {
  it('imports every backup run into an empty database, leaving out other operations, over https with a trusted self-signed certificate', async () => {
    const restore = { result: { ...run(9).Data, MainOperation: 'Restore' } };
    const notAResult = { type: 'Information', message: 'The operation Backup has started' };
    const double = await duplicati({ backups: [documentsJob([1, 2, 3], [restore, notAResult])] });
    const dupligraph = await server();

    const result = await collect(dupligraph, { address: double.hostPort, password: PASSWORD, trustSelfSigned: true });

    expect(result).toMatchObject({
      __typename: 'CollectBackupsPayload',
      serverCreated: true,
      url: double.url,
      processed: 3,
      skipped: 0,
      errors: 0,
      jobs: [{ backupName: 'Documents', duplicatiBackupId: '1', processed: 3, skipped: 0, errors: 0, errorMessages: [] }],
      server: {
        serverId: DOUBLE_MACHINE_ID,
        name: 'nas',
        url: double.url,
        collect: { passwordStored: true, trustSelfSigned: true, allowHttp: false },
      },
    });
    expect(result.server.collect.lastResult).toMatchObject({ succeeded: true, processed: 3, skipped: 0 });
    const login = double.requests.find((request) => request.path === '/api/v1/auth/login');
    expect(JSON.parse(login?.body ?? '{}')).toMatchObject({ Password: PASSWORD });
  });

  it('skips the runs already uploaded, and the summary equals that of the same runs all uploaded', async () => {
    const double = await duplicati({ backups: [documentsJob([1, 2, 3, 4])] });
    const collected = await server();
    expect((await collected.upload(run(2))).status).toBe(200);
    expect((await collected.upload(run(4))).status).toBe(200);

    const result = await collect(collected, { address: double.hostPort, password: PASSWORD, trustSelfSigned: true });
    expect(result).toMatchObject({ serverCreated: false, processed: 2, skipped: 2, errors: 0 });

    const uploaded = await server();
    for (const day of [1, 2, 3, 4]) expect((await uploaded.upload(run(day))).status).toBe(200);
    expect((await collected.graphql(SUMMARY)).data).toEqual((await uploaded.graphql(SUMMARY)).data);
  });

  it('reads every page of a long log (the offset is an entry-id cursor, the page size clamped by the server), renewing an expired access token, and a re-collect imports nothing', async () => {
    const days = Array.from({ length: 250 }, (_, index) => index);
    const job: DoubleBackup = {
      id: '1',
      name: 'Documents',
      log: days.map((index) => logRowOf(run(1, { beginTime: new Date(Date.UTC(2023, 0, 1) + index * 3_600_000) }))),
    };
    // Two authenticated requests per token: it expires between pages, as a 15-minute token does in a long import.
    const double = await duplicati({ backups: [job], accessTokenUses: 2, pageSizeLimit: 100 });
    const dupligraph = await server();

    const first = await collect(dupligraph, { address: double.hostPort, password: PASSWORD, trustSelfSigned: true });
    expect(first).toMatchObject({ processed: 250, skipped: 0, errors: 0 });
    const pages = double.requests.filter((request) => request.path === '/api/v1/backup/1/log');
    // A page asked again after its token expired is the same page: each offset once, in order.
    expect([...new Set(pages.map((page) => page.query.offset ?? null))]).toEqual([null, '151', '51', '1']);
    expect(pages.every((page) => page.query.pagesize === '500')).toBe(true);
    expect(double.requests.filter((request) => request.path === '/api/v1/auth/refresh').length).toBeGreaterThan(0);

    const again = await collect(dupligraph, { serverId: first.server.id });
    expect(again).toMatchObject({ processed: 0, skipped: 250, errors: 0 });
    const runs = await dupligraph.graphql('{ summary { totalBackupsRuns } }');
    expect(runs.data.summary.totalBackupsRuns).toBe(250);
  }, 180_000);

  it('stores runs older than the latest as history: no alert raised or resolved, while a newer failed run raises one as an upload would', async () => {
    const failedOld = (day: number) => logRowOf(run(day, { errors: 2 }));
    const double = await duplicati({ backups: [{ id: '1', name: 'Documents', log: [failedOld(1), failedOld(2), logRowOf(run(3))] }] });
    const dupligraph = await server();
    expect((await dupligraph.upload(run(5))).status).toBe(200);

    await collect(dupligraph, { address: double.hostPort, password: PASSWORD, trustSelfSigned: true });
    const alerts = await dupligraph.graphql('{ alerts(first: 20) { totalCount nodes { kind } } }');
    expect(alerts.data.alerts.totalCount).toBe(0);
    const latest = await dupligraph.graphql('{ servers(first: 1) { nodes { backupJobs { latestBackup { date } } } } }');
    expect(latest.data.servers.nodes[0].backupJobs[0].latestBackup.date).toBe('2025-01-05T02:00:00.000Z');

    double.backups[0]!.log.push(logRowOf(run(6, { errors: 1 })));
    const newer = await collect(dupligraph, { address: double.hostPort, password: PASSWORD, trustSelfSigned: true });
    expect(newer.processed).toBe(1);
    const raised = await dupligraph.graphql('{ alerts(first: 20) { nodes { kind resolvedAt } } }');
    expect(raised.data.alerts.nodes).toEqual([{ kind: 'BACKUP_FAILED', resolvedAt: null }]);
    // Notifications: collected runs are ingested with `historical: true`; once the notification
    // outbox exists, a test here must show that the older runs above send nothing.
  });

  it("syncSchedules copies each job's Duplicati schedule into its monitoring without reading runs", async () => {
    const schedule = {
      ID: 1,
      Tags: ['ID=1'],
      Time: '2025-01-06T02:00:00Z',
      Repeat: '1D',
      LastRun: '2025-01-05T02:00:00Z',
      Rule: 'AllowedWeekDays=Monday,Tuesday,Wednesday,Thursday,Friday',
      AllowedDays: ['mon', 'tue', 'wed', 'thu', 'fri'],
    };
    const double = await duplicati({ backups: [{ ...documentsJob([1, 2]), schedule }] });
    const dupligraph = await server();
    expect((await dupligraph.upload(run(5))).status).toBe(200);
    const SYNC = `mutation ($input: CollectBackupsInput!) { syncSchedules(input: $input) { __typename ... on SyncSchedulesPayload { scheduledJobs schedulesSynced server { backupJobs { backupName schedule { expectedInterval allowedWeekdays } overdue { nextExpectedAt } } } } ... on Error { message } } }`;
    const synced = await dupligraph.graphql(SYNC, { input: { address: double.hostPort, password: PASSWORD, trustSelfSigned: true } });
    expect(synced.errors).toBeUndefined();
    expect(synced.data.syncSchedules).toMatchObject({ scheduledJobs: 1, schedulesSynced: 1 });
    expect(double.requests.some((request) => request.path.endsWith('/log'))).toBe(false);
    const job = synced.data.syncSchedules.server.backupJobs[0];
    expect(job.schedule).toEqual({ expectedInterval: '1D', allowedWeekdays: [1, 2, 3, 4, 5] });
    expect(job.overdue.nextExpectedAt).toBe('2025-01-06T02:00:00.000Z');
  });

  it('keeps a job renamed in Duplicati whole: runs stored under its former name are skipped, new ones go under the new name', async () => {
    const dupligraph = await server();
    const formerName = (day: number) => run(day, { backupName: 'Docs' });
    for (const day of [1, 2]) expect((await dupligraph.upload(formerName(day))).status).toBe(200);
    const double = await duplicati({ backups: [documentsJob([1, 2, 3])] });

    const result = await collect(dupligraph, { address: double.hostPort, password: PASSWORD, trustSelfSigned: true });
    expect(result).toMatchObject({ processed: 1, skipped: 2 });
    const jobs = await dupligraph.graphql(
      '{ servers(first: 1) { nodes { backupJobs { backupName backups(first: 10) { totalCount } } } } }',
    );
    expect(jobs.data.servers.nodes[0].backupJobs).toEqual([
      { backupName: 'Docs', backups: { totalCount: 2 } },
      { backupName: 'Documents', backups: { totalCount: 1 } },
    ]);
  });

  it('reuses an existing server of the same name, and collects a known server with its stored address and sealed password', async () => {
    const dupligraph = await server();
    expect((await dupligraph.upload(run(1, { serverId: 'old-machine-id' }))).status).toBe(200);
    const double = await duplicati({ backups: [documentsJob([1, 2])] });

    const first = await collect(dupligraph, { address: double.hostPort, password: PASSWORD, trustSelfSigned: true });
    expect(first).toMatchObject({ serverCreated: false, processed: 1, skipped: 1, server: { serverId: 'old-machine-id' } });

    double.backups[0]!.log.push(logRowOf(run(3)));
    const again = await collect(dupligraph, { serverId: 'old-machine-id' });
    expect(again).toMatchObject({ processed: 1, skipped: 2 });
    const logins = double.requests.filter((request) => request.path === '/api/v1/auth/login');
    expect(logins.map((login) => JSON.parse(login.body).Password)).toEqual([PASSWORD, PASSWORD]);
  });

  it('never returns or logs the password, and stores it sealed', async () => {
    const { logger, lines } = capturedLogger();
    const double = await duplicati({ backups: [documentsJob([1])] });
    const dupligraph = await server({ logger });

    const answers = [
      await dupligraph.graphql(COLLECT, { input: { address: double.hostPort, password: PASSWORD, trustSelfSigned: true } }),
      await dupligraph.graphql(COLLECT, { input: { address: double.hostPort, password: `${PASSWORD}-wrong`, trustSelfSigned: true } }),
      await dupligraph.graphql(COLLECT, { input: { address: double.hostPort, password: PASSWORD } }),
    ];
    for (const answer of answers) expect(JSON.stringify(answer)).not.toContain(PASSWORD);
    const stored = await dupligraph.app.database.prisma.server.findUniqueOrThrow({ where: { id: DOUBLE_MACHINE_ID } });
    expect(stored.serverPassword).not.toContain(PASSWORD);
    expect(dupligraph.app.secrets.open(stored.serverPassword, 'duplicati.password')).toBe(PASSWORD);
    expect(lines.join('\n')).not.toContain(PASSWORD);
  });
});

describe('collect failures are typed errors', () => {
  it('a wrong password is DuplicatiLoginRefusedError', async () => {
    const double = await duplicati({ backups: [documentsJob([1])] });
    const dupligraph = await server();
    const result = await collect(dupligraph, { address: double.hostPort, password: 'not-it', trustSelfSigned: true });
    expect(result).toMatchObject({ __typename: 'DuplicatiLoginRefusedError', code: 'DUPLICATI_LOGIN_REFUSED' });
    expect(result.message).toContain('Failed to log in');
  });

  it('a closed port is DuplicatiUnreachableError', async () => {
    const dupligraph = await server();
    const closedPort = await freePort();
    const result = await collect(dupligraph, { address: `127.0.0.1:${closedPort}`, password: PASSWORD });
    expect(result).toMatchObject({ __typename: 'DuplicatiUnreachableError', code: 'DUPLICATI_UNREACHABLE' });
  });

  it('a web server that is not Duplicati is NotDuplicatiServerError', async () => {
    const dupligraph = await server();
    const result = await collect(dupligraph, { address: dupligraph.url, password: PASSWORD });
    expect(result).toMatchObject({ __typename: 'NotDuplicatiServerError', code: 'NOT_DUPLICATI_SERVER' });
  });

  it('a self-signed certificate not trusted for the server is DuplicatiTlsError', async () => {
    const double = await duplicati({ backups: [documentsJob([1])] });
    const dupligraph = await server();
    const result = await collect(dupligraph, { address: double.hostPort, password: PASSWORD });
    expect(result).toMatchObject({ __typename: 'DuplicatiTlsError', code: 'DUPLICATI_TLS_FAILED', failedUrl: double.url });
    expect(double.requests).toEqual([]);
  });

  it('an http-only server is refused unless the address says http:// or http is allowed', async () => {
    const double = await duplicati({ protocol: 'http', backups: [documentsJob([1, 2])] });
    const dupligraph = await server();

    const refused = await collect(dupligraph, { address: double.hostPort, password: PASSWORD });
    expect(refused).toMatchObject({ __typename: 'PlainHttpRefusedError', code: 'PLAIN_HTTP_REFUSED' });
    expect(double.requests).toEqual([]);

    const allowed = await collect(dupligraph, { address: double.hostPort, password: PASSWORD, allowHttp: true });
    expect(allowed).toMatchObject({
      __typename: 'CollectBackupsPayload',
      url: double.url,
      processed: 2,
      server: { collect: { allowHttp: true } },
    });

    const explicit = await collect(dupligraph, { address: double.url, password: PASSWORD });
    expect(explicit).toMatchObject({ __typename: 'CollectBackupsPayload', skipped: 2 });
  });

  it('bad input names the field: no server or address, no password for a new address, an unknown server', async () => {
    const dupligraph = await server();
    expect(await collect(dupligraph, { password: PASSWORD })).toMatchObject({ __typename: 'InvalidInputError', field: 'address' });
    expect(await collect(dupligraph, { address: 'nas' })).toMatchObject({ __typename: 'InvalidInputError', field: 'password' });
    expect(await collect(dupligraph, { address: 'ftp://nas', password: PASSWORD })).toMatchObject({
      __typename: 'InvalidInputError',
      field: 'address',
    });
    expect(await collect(dupligraph, { serverId: 'no-such-server' })).toMatchObject({ __typename: 'NotFoundError' });
  });

  it('needs the admin token', async () => {
    const dupligraph = await server();
    const response = await dupligraph.graphql(COLLECT, { input: { address: 'nas', password: PASSWORD } }, { Authorization: '' });
    expect(response.errors?.[0]?.message).toMatch(/admin token/);
  });
});

describe('collect progress and the periodic collect', () => {
  it("collectProgress tells each job's processed and skipped counts", async () => {
    const double = await duplicati({
      backups: [documentsJob([1, 2]), { id: '2', name: 'Photos', log: [logRowOf(run(1, { backupName: 'Photos', backupId: 'DB-2' }))] }],
    });
    const dupligraph = await server();
    const client = connectLiveClient(dupligraph.url, { token: 'test-admin-token-0123456789' });
    const progress = subscribe(client, 'subscription { collectProgress { backupName processed skipped errors finished } }');
    try {
      await new Promise((resolve) => setTimeout(resolve, 300));
      await collect(dupligraph, { address: double.hostPort, password: PASSWORD, trustSelfSigned: true });
      const events = await progress.waitFor(4);
      const finished = events.map((event: any) => event.collectProgress).filter((event: any) => event.finished);
      expect(finished).toEqual([
        { backupName: 'Documents', processed: 2, skipped: 0, errors: 0, finished: true },
        { backupName: 'Photos', processed: 1, skipped: 0, errors: 0, finished: true },
      ]);
    } finally {
      progress.stop();
      await client.dispose();
    }
  });

  it('setCollectSettings checks its input and turns the periodic collect on only for a server with a stored address and password', async () => {
    const dupligraph = await server();
    expect((await dupligraph.upload(run(1))).status).toBe(200);
    const SET = `mutation ($input: SetCollectSettingsInput!) { setCollectSettings(input: $input) { __typename ... on InvalidInputError { field message } ... on SetCollectSettingsPayload { server { collect { enabled intervalMilliseconds } } } } }`;
    const early = await dupligraph.graphql(SET, { input: { serverId: DOUBLE_MACHINE_ID, enabled: true } });
    expect(early.data.setCollectSettings).toMatchObject({ __typename: 'InvalidInputError', field: 'enabled' });
    for (const intervalMilliseconds of [60_000, 3_600_001, 8 * 24 * 3_600_000]) {
      const badInterval = await dupligraph.graphql(SET, { input: { serverId: DOUBLE_MACHINE_ID, intervalMilliseconds } });
      expect(badInterval.data.setCollectSettings).toMatchObject({ __typename: 'InvalidInputError', field: 'intervalMilliseconds' });
    }
    const hourly = await dupligraph.graphql(SET, { input: { serverId: DOUBLE_MACHINE_ID, intervalMilliseconds: 3_600_000 } });
    expect(hourly.data.setCollectSettings).toEqual({
      __typename: 'SetCollectSettingsPayload',
      server: { collect: { enabled: false, intervalMilliseconds: 3_600_000 } },
    });
  });

  it.skipIf(!onPostgres)('runs each due collect once with two instances on one database (PostgreSQL)', async () => {
    const double = await duplicati({ backups: [documentsJob([1, 2, 3])] });
    const first = await server();
    await collect(first, { address: double.hostPort, password: PASSWORD, trustSelfSigned: true });
    double.backups[0]!.log.push(logRowOf(run(4)));
    const SET = `mutation ($input: SetCollectSettingsInput!) { setCollectSettings(input: $input) { __typename } }`;
    expect(
      (await first.graphql(SET, { input: { serverId: DOUBLE_MACHINE_ID, enabled: true, intervalMilliseconds: 3_600_000 } })).data
        .setCollectSettings.__typename,
    ).toBe('SetCollectSettingsPayload');
    const second = await server({ databaseFile: first.databaseFile });
    const loginsBefore = double.requests.filter((request) => request.path === '/api/v1/auth/login').length;

    const passes = await Promise.all([first.app.collect.runDueCollects(), second.app.collect.runDueCollects()]);
    expect(passes.flat()).toHaveLength(1);
    expect(passes.flat()[0]?.outcome).toMatchObject({ kind: 'collected', result: { processed: 1, skipped: 3 } });
    expect(double.requests.filter((request) => request.path === '/api/v1/auth/login').length - loginsBefore).toBe(1);
    // Not due again until the interval has passed.
    expect((await Promise.all([first.app.collect.runDueCollects(), second.app.collect.runDueCollects()])).flat()).toEqual([]);
  });

  if (!onPostgres) {
    console.info('collect: the two-instance periodic collect runs on the PostgreSQL pass only (TEST_DATABASE_URL); SQLite is one process');
  }
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
