import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedFixturesAvailable, sharedFixturesDir } from '../support/fixtures.ts';
import { buildDuplicatiReport } from '../support/report-builder.ts';
import { onPostgres } from '../support/test-database.ts';
import { expectData, startTestServer } from '../support/test-server.ts';
import type { TestServer } from '../support/test-server.ts';

const GB = 1024 ** 3;

function run(serverId: string, serverName: string, backupName: string, day: number, uploaded: number, stored: number, examined: number) {
  return buildDuplicatiReport({
    serverId,
    serverName,
    backupName,
    beginTime: new Date(Date.UTC(2025, 4, day, 3, 0, 0)),
    data: { SizeOfExaminedFiles: examined, BackendStatistics: { BytesUploaded: uploaded, KnownFileSize: stored } },
  });
}

describe('summary and nested reads on a hand-made data set', () => {
  let server: TestServer;
  const now = new Date(Date.UTC(2025, 4, 10, 3, 0, 30));

  // alpha: Files (days 1, 3), Mail (day 3: same start as Files' latest, so both count as alpha's latest)
  // beta: Db (days 2, 4), sizes above 2^32 so they cannot pass as GraphQL Int
  const reports = [
    run('e0000000000000000000000000000001', 'alpha', 'Files', 1, 100, 1_000, 10_000),
    run('e0000000000000000000000000000001', 'alpha', 'Files', 3, 200, 2_000, 20_000),
    run('e0000000000000000000000000000001', 'alpha', 'Mail', 3, 300, 3_000, 30_000),
    run('e0000000000000000000000000000002', 'beta', 'Db', 4, 5 * GB, 7 * GB, 9 * GB),
    run('e0000000000000000000000000000002', 'beta', 'Db', 2, 400, 4_000, 40_000),
  ];

  beforeAll(async () => {
    server = await startTestServer({ now: () => now });
    for (const report of reports) expect((await server.upload(report)).status).toBe(200);
  });
  afterAll(() => server.stop());

  it('answers summary with duplistatus semantics', async () => {
    const data = expectData(
      await server.graphql(
        `{ summary { totalServers totalBackupsRuns totalBackups totalUploadedSize totalStorageUsed totalBackupSize overdueBackupsCount secondsSinceLastBackup lastBackupAt } }`,
      ),
    );
    expect(data.summary).toEqual({
      totalServers: 2,
      totalBackupsRuns: 5,
      totalBackups: 3,
      totalUploadedSize: 100 + 200 + 300 + 5 * GB + 400,
      // latest run of each server: alpha day 3 (Files and Mail tie), beta day 4 (posted before day 2)
      totalStorageUsed: 2_000 + 3_000 + 7 * GB,
      totalBackupSize: 20_000 + 30_000 + 9 * GB,
      // every job expects a run one day after its latest (docs/compatibility/overdue.md#maintaining-the-next-expected-run step 1); a week on, all three are late
      overdueBackupsCount: 3,
      secondsSinceLastBackup: 6 * 86_400 + 30,
      lastBackupAt: '2025-05-04T03:00:00.000Z',
    });
  });

  it('gives each job its newest run even when runs arrive out of order', async () => {
    const data = expectData(
      await server.graphql(`{
        servers { totalCount edges { node { name latestBackup { backupName date }
          backupJobs { backupName runCount latestBackup { date uploadedSize knownFileSize } } } } }
      }`),
    );
    expect(data.servers.totalCount).toBe(2);
    expect(data.servers.edges.map((e: any) => e.node)).toEqual([
      {
        name: 'alpha',
        latestBackup: { backupName: expect.any(String), date: '2025-05-03T03:00:00.000Z' },
        backupJobs: [
          { backupName: 'Files', runCount: 2, latestBackup: { date: '2025-05-03T03:00:00.000Z', uploadedSize: 200, knownFileSize: 2_000 } },
          { backupName: 'Mail', runCount: 1, latestBackup: { date: '2025-05-03T03:00:00.000Z', uploadedSize: 300, knownFileSize: 3_000 } },
        ],
      },
      {
        name: 'beta',
        latestBackup: { backupName: 'Db', date: '2025-05-04T03:00:00.000Z' },
        backupJobs: [
          {
            backupName: 'Db',
            runCount: 2,
            latestBackup: { date: '2025-05-04T03:00:00.000Z', uploadedSize: 5 * GB, knownFileSize: 7 * GB },
          },
        ],
      },
    ]);
  });

  it('filters and pages backups newest first', async () => {
    const first = expectData(
      await server.graphql(`{ backups(first: 2, filter: { serverId: "e0000000000000000000000000000001" }) {
        totalCount pageInfo { hasNextPage endCursor } edges { node { backupName date } } } }`),
    );
    expect(first.backups.totalCount).toBe(3);
    expect(first.backups.edges.map((e: any) => e.node.date)).toEqual(['2025-05-03T03:00:00.000Z', '2025-05-03T03:00:00.000Z']);
    const second = expectData(
      await server.graphql(
        `query ($after: String) { backups(first: 2, after: $after, filter: { serverId: "e0000000000000000000000000000001" }) {
        pageInfo { hasNextPage } edges { node { backupName date } } } }`,
        { after: first.backups.pageInfo.endCursor },
      ),
    );
    expect(second.backups).toEqual({
      pageInfo: { hasNextPage: false },
      edges: [{ node: { backupName: 'Files', date: '2025-05-01T03:00:00.000Z' } }],
    });

    const ranged = expectData(
      await server.graphql(
        `{ backups(filter: { from: "2025-05-02T00:00:00Z", to: "2025-05-04T00:00:00Z", backupName: "Db" }) { edges { node { date } } } }`,
      ),
    );
    expect(ranged.backups.edges).toEqual([{ node: { date: '2025-05-02T03:00:00.000Z' } }]);
  });

  it('finds a server by global id, machine-id or exact name', async () => {
    const byMachineId = expectData(
      await server.graphql(`{ server(id: "e0000000000000000000000000000002") { ... on Server { id name } } }`),
    );
    const byGlobalId = expectData(
      await server.graphql(`query ($id: ID) { server(id: $id) { ... on Server { serverId } } }`, { id: byMachineId.server.id }),
    );
    expect(byGlobalId.server.serverId).toBe('e0000000000000000000000000000002');
    const node = expectData(
      await server.graphql(`query ($id: ID!) { node(id: $id) { ... on Server { name } } }`, { id: byMachineId.server.id }),
    );
    expect(node.node.name).toBe('beta');
    const byName = expectData(await server.graphql(`{ server(name: "alpha") { ... on Server { serverId } } }`));
    expect(byName.server.serverId).toBe('e0000000000000000000000000000001');
    const missing = expectData(await server.graphql(`{ server(name: "nobody") { ... on Server { serverId } } }`));
    expect(missing.server).toBeNull();
  });

  it('answers an ambiguous name with a typed error listing the candidates', async () => {
    expect((await server.upload(run('e0000000000000000000000000000003', 'alpha', 'Files', 5, 1, 1, 1))).status).toBe(200);
    const data = expectData(
      await server.graphql(
        `{ server(name: "alpha") { __typename ... on AmbiguousServerNameError { message name candidates { serverId } } } }`,
      ),
    );
    expect(data.server.__typename).toBe('AmbiguousServerNameError');
    expect(data.server.message).toContain('e0000000000000000000000000000001');
    expect(data.server.candidates.map((c: any) => c.serverId).sort()).toEqual([
      'e0000000000000000000000000000001',
      'e0000000000000000000000000000003',
    ]);
  });
});

/** Waits until no statement has run for a while: what an upload set off after its answer (live events, the outbox) is not the read's. */
async function quiet(statements: string[]): Promise<void> {
  for (let seen = -1; seen !== statements.length; ) {
    seen = statements.length;
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

/** The SELECTs of a read; the live-event log's and the outbox's polls run on their own clocks and are not the read's. */
const readsIn = (statements: string[]) =>
  statements.filter((sql) => /^\s*SELECT/i.test(sql) && !/live_events|notification_deliveries/.test(sql)).length;

describe('batched loading', () => {
  it('reads 50 servers with their jobs and latest runs in a bounded number of SQL statements', async () => {
    const statements: string[] = [];
    const server = await startTestServer({ onQuery: (sql) => statements.push(sql) });
    try {
      const countFor = async (servers: number, offset: number) => {
        for (let s = 0; s < servers; s++) {
          const id = `f${String(offset + s).padStart(31, '0')}`;
          for (const job of ['A', 'B']) {
            expect((await server.upload(run(id, `host-${offset + s}`, job, 1, 1, 1, 1))).status).toBe(200);
          }
        }
        await quiet(statements);
        statements.length = 0;
        const data = expectData(
          await server.graphql(
            `{ servers(first: 100) { edges { node { name latestBackup { date } backupJobs { backupName latestBackup { date status duration } } } } } }`,
          ),
        );
        expect(data.servers.edges.length).toBe(offset + servers);
        return readsIn(statements);
      };
      const withFive = await countFor(5, 0);
      const withFifty = await countFor(45, 5);
      expect(withFifty).toBe(withFive);
      // Six reads, and one by the cost limit for the most jobs a server has (src/domain/collection-sizes.ts).
      expect(withFifty).toBeLessThanOrEqual(7);
    } finally {
      await server.stop();
    }
  });
});

describe('lastBackups: the lookup and the latest runs in few statements', () => {
  const LAST_BACKUPS = `query ($server: String!) { lastBackups(server: $server) { __typename
    ... on LastBackups { server { serverId name } backupNames backupJobsCount latestBackups { backupName date uploadedSize } }
    ... on AmbiguousServerNameError { candidates { serverId } } } }`;

  it('finds by machine-id, then by exact name, answers an ambiguous name and a missing one, each read in few statements', async () => {
    const statements: string[] = [];
    const server = await startTestServer({ onQuery: (sql) => statements.push(sql) });
    try {
      // gamma's Mail is newer than Files; "shared" names two servers, the older one created first.
      for (const report of [
        run('a0000000000000000000000000000001', 'gamma', 'Files', 1, 10, 1, 1),
        run('a0000000000000000000000000000001', 'gamma', 'Mail', 2, 20, 1, 1),
        run('a0000000000000000000000000000001', 'gamma', 'Files', 3, 30, 1, 1),
        run('a0000000000000000000000000000001', 'gamma', 'Mail', 4, 40, 1, 1),
        run('a0000000000000000000000000000002', 'shared', 'Files', 1, 1, 1, 1),
        run('a0000000000000000000000000000003', 'shared', 'Files', 2, 1, 1, 1),
        // A server named like another's machine-id: the machine-id wins.
        run('a0000000000000000000000000000004', 'a0000000000000000000000000000001', 'Other', 1, 1, 1, 1),
      ]) {
        expect((await server.upload(report)).status).toBe(200);
      }
      const read = async (identifier: string) => {
        await quiet(statements);
        statements.length = 0;
        const answer = expectData(await server.graphql(LAST_BACKUPS, { server: identifier })).lastBackups;
        return { answer, selects: readsIn(statements) };
      };
      const gamma = {
        __typename: 'LastBackups',
        server: { serverId: 'a0000000000000000000000000000001', name: 'gamma' },
        backupNames: ['Mail', 'Files'],
        backupJobsCount: 2,
        latestBackups: [
          { backupName: 'Mail', date: '2025-05-04T03:00:00.000Z', uploadedSize: 40 },
          { backupName: 'Files', date: '2025-05-03T03:00:00.000Z', uploadedSize: 30 },
        ],
      };
      const byId = await read('a0000000000000000000000000000001');
      expect(byId.answer).toEqual(gamma);
      // The cost limit's sizes (on SQLite after its change stamp, and counted again: rows changed
      // since the last count); the lookup with the server's jobs joined (its row serves `server`);
      // the runs by id.
      const stamp = onPostgres ? 0 : 1;
      expect(byId.selects).toBe(stamp + 3);
      const byName = await read('gamma');
      expect(byName.answer).toEqual(gamma);
      // On SQLite nothing changed since, so the sizes are not counted again (PostgreSQL counts
      // them); and the runs' columns, learned from the first call of this document, come joined
      // with the lookup: two statements where there were five.
      expect(byName.selects).toBe(2);
      const ambiguous = await read('shared');
      expect(ambiguous.answer.__typename).toBe('AmbiguousServerNameError');
      expect(ambiguous.answer.candidates.map((c: any) => c.serverId).sort()).toEqual([
        'a0000000000000000000000000000002',
        'a0000000000000000000000000000003',
      ]);
      const missing = await read('nobody');
      expect(missing.answer).toBeNull();
      expect(missing.selects).toBe(2);
      // A new job moves the change stamp: the sizes are counted again.
      expect((await server.upload(run('a0000000000000000000000000000001', 'gamma', 'Photos', 5, 50, 1, 1))).status).toBe(200);
      const afterUpload = await read('gamma');
      expect(afterUpload.answer.backupNames).toEqual(['Photos', 'Mail', 'Files']);
      expect(afterUpload.selects).toBe(stamp + 2);
    } finally {
      await server.stop();
    }
  });
});

const fixturesPresent = sharedFixturesAvailable('duplicati-reports');

describe.runIf(fixturesPresent)('the real report fixtures through POST /api/upload (../shared/fixtures/duplicati-reports)', () => {
  let server: TestServer;
  const dir = path.join(sharedFixturesDir, 'duplicati-reports');
  const files = fixturesPresent
    ? fs
        .readdirSync(dir)
        .filter((f) => f.endsWith('.json'))
        .sort()
    : [];
  const bodies = new Map(files.map((f) => [f, JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'))]));
  const now = new Date('2025-12-01T00:00:00Z');

  // From the fixtures README, "Expected results" (08's duration corrected to the true 93784.512 s).
  const expected: Record<string, { http: number; status?: string; duration?: number; versions?: number }> = {
    '01-real-sample-success-no-loglines.json': { http: 200, status: 'SUCCESS', duration: 51.3856057, versions: 0 },
    '02-success-full-payload.json': { http: 200, status: 'SUCCESS', duration: 463.8641976, versions: 10 },
    '03-warning.json': { http: 200, status: 'WARNING', duration: 672.4265519, versions: 5 },
    '04-success-parsedresult-with-warning-count.json': { http: 200, status: 'WARNING', duration: 237.7611129, versions: 0 },
    '05-error.json': { http: 200, status: 'ERROR', duration: 1793.3301475, versions: 0 },
    '06-fatal-with-exception.json': { http: 200, status: 'FATAL', duration: 12.407119, versions: 0 },
    '07-restore-operation.json': { http: 400 },
    '08-many-loglines-long-duration.json': { http: 200, status: 'SUCCESS', duration: 93784.512, versions: 11 },
    '09-unicode-names.json': { http: 200, status: 'SUCCESS', duration: 398.3461031, versions: 5 },
    '10-missing-extra-backup-id.json': { http: 400 },
  };

  beforeAll(async () => {
    server = await startTestServer({ now: () => now });
  });
  afterAll(() => server?.stop());

  it('answers every fixture with the README code and body, then 409 on a second post', async () => {
    expect(files).toEqual(Object.keys(expected));
    for (const file of files) {
      const response = await server.upload(bodies.get(file));
      expect(response.status, file).toBe(expected[file]!.http);
      if (expected[file]!.http === 200) {
        expect(response.body).toEqual({ success: true });
        expect(await server.upload(bodies.get(file))).toEqual({ status: 409, body: { error: 'ignored, duplicated data' } });
      }
    }
    expect((await server.upload(bodies.get('07-restore-operation.json'))).body).toEqual({ error: 'Only backup operations are supported' });
    const tenth = bodies.get('10-missing-extra-backup-id.json');
    expect((await server.upload(tenth)).body).toEqual({
      error: 'Missing required fields in Extra section: backup-id',
      missingFields: ['backup-id'],
      extraSection: tenth.Extra,
    });
  });

  it('stores the status, duration and versions the README lists', async () => {
    for (const [file, want] of Object.entries(expected)) {
      if (want.http !== 200) continue;
      const extra = bodies.get(file).Extra;
      const data = expectData(
        await server.graphql(
          `query ($s: ID, $b: String) { backups(filter: { serverId: $s, backupName: $b }) { edges { node { status durationSeconds availableVersions errorMessages } } } }`,
          {
            s: extra['machine-id'],
            b: extra['backup-name'],
          },
        ),
      );
      const node = data.backups.edges[0].node;
      expect(node.status, file).toBe(want.status);
      expect(node.durationSeconds, file).toBeCloseTo(want.duration!, 6);
      expect(node.availableVersions, file).toHaveLength(want.versions!);
      if (file.startsWith('06')) expect(node.errorMessages).toEqual([bodies.get(file).Exception]);
    }
  });

  it('sums the summary as computed by hand from the accepted fixture bodies', async () => {
    const accepted = files.filter((f) => expected[f]!.http === 200).map((f) => bodies.get(f));
    const bytes = (body: any, key: string) => Number(body.Data.BackendStatistics?.[key] ?? 0);
    const newestPerServer = new Map<string, any[]>();
    for (const body of accepted) {
      const id = body.Extra['machine-id'];
      const begin = new Date(body.Data.BeginTime).getTime();
      const current = newestPerServer.get(id);
      const currentBegin = current ? new Date(current[0].Data.BeginTime).getTime() : -Infinity;
      if (begin > currentBegin) newestPerServer.set(id, [body]);
      else if (begin === currentBegin) current!.push(body);
    }
    const latest = [...newestPerServer.values()].flat();
    const newest = Math.max(...accepted.map((b) => new Date(b.Data.BeginTime).getTime()));

    const data = expectData(
      await server.graphql(
        `{ summary { totalServers totalBackupsRuns totalBackups totalUploadedSize totalStorageUsed totalBackupSize secondsSinceLastBackup } }`,
      ),
    );
    expect(data.summary).toEqual({
      totalServers: new Set(accepted.map((b) => b.Extra['machine-id'])).size,
      totalBackupsRuns: accepted.length,
      totalBackups: new Set(accepted.map((b) => `${b.Extra['machine-id']}:${b.Extra['backup-name']}`)).size,
      totalUploadedSize: accepted.reduce((sum, b) => sum + bytes(b, 'BytesUploaded'), 0),
      totalStorageUsed: latest.reduce((sum, b) => sum + bytes(b, 'KnownFileSize'), 0),
      totalBackupSize: latest.reduce((sum, b) => sum + Number(b.Data.SizeOfExaminedFiles ?? 0), 0),
      secondsSinceLastBackup: Math.floor((now.getTime() - newest) / 1000),
    });
  });
});
