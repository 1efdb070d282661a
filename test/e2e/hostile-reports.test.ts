/**
 * Reports no Duplicati sends, posted as an attacker or a broken client would: each is answered
 * 400 naming the field and why, stores nothing, and leaves the same server storing good reports
 * and answering its summaries. Runs dated ahead of the server clock: accepted within the margin,
 * and every derived figure stays sane for any date that gets stored.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedFixturesAvailable, sharedFixturesDir } from '../support/fixtures.ts';
import { buildLegacyDatabase } from '../support/legacy-databases.ts';
import { buildDuplicatiReport } from '../support/report-builder.ts';
import type { DuplicatiReportOptions } from '../support/report-builder.ts';
import { describeSqliteOnly } from '../support/test-database.ts';
import { expectData, makeTempDir, startTestServer } from '../support/test-server.ts';
import type { TestServer } from '../support/test-server.ts';

const NOW = new Date('2026-06-01T12:00:00Z');
const MEGABYTE = 1024 * 1024;
const FORM = { 'Content-Type': 'application/x-www-form-urlencoded' };

/** A builder report as plain JSON, with any JSON value put at `Extra`/`Data`/`BackendStatistics` keys. */
function report(
  options: DuplicatiReportOptions & {
    rawExtra?: Record<string, unknown>;
    rawData?: Record<string, unknown>;
    rawBackend?: Record<string, unknown>;
  } = {},
) {
  const { rawExtra, rawData, rawBackend, ...builder } = options;
  const body = JSON.parse(JSON.stringify(buildDuplicatiReport({ serverId: 'b0571e00000000000000000000000001', ...builder })));
  Object.assign(body.Extra, rawExtra);
  Object.assign(body.Data, rawData);
  Object.assign(body.Data.BackendStatistics, rawBackend);
  return body;
}

/** The plain-text report Duplicati's default output format posts (docs/compatibility/upload.md#form-encoded-reports). */
function formReport(backupName: string, extraParameters = ''): string {
  const text = [
    `Duplicati Backup report for ${backupName} (f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0, DB-1, form-host)`,
    '',
    'DeletedFiles: 0',
    'ExaminedFiles: 12',
    'MainOperation: Backup',
    'ParsedResult: Success',
    'BeginTime: 4/22/2025 12:45:46 AM (1745279146)',
    'EndTime: 4/22/2025 12:46:37 AM (1745279197)',
    'Duration: 00:00:51.3856057',
  ].join('\n');
  return `message=${encodeURIComponent(text)}${extraParameters ? `&${extraParameters}` : ''}`;
}

const SUMMARY = /* GraphQL */ `{ summary { totalServers totalBackupsRuns totalBackups secondsSinceLastBackup lastBackupAt overdueBackupsCount } }`;

async function summaryOf(server: TestServer) {
  return expectData(await server.graphql(SUMMARY)).summary;
}

async function restJson(server: TestServer, route: string): Promise<{ status: number; body: any }> {
  const response = await fetch(`${server.url}${route}`);
  return { status: response.status, body: await response.json() };
}

interface HostileCase {
  name: string;
  body: unknown;
  headers?: Record<string, string>;
  invalidFields: string[];
  error: RegExp;
}

const hostileCases: HostileCase[] = [
  {
    name: 'a 10 MB machine-name',
    body: report({ serverName: 'n'.repeat(10 * MEGABYTE) }),
    invalidFields: ['Extra.machine-name'],
    error: /Extra\.machine-name is 10485760 characters long, over the limit of 4096 \(REPORT_MAX_NAME_LENGTH\)/,
  },
  {
    name: 'a 10 MB backup-name',
    body: report({ backupName: 'b'.repeat(10 * MEGABYTE) }),
    invalidFields: ['Extra.backup-name'],
    error: /Extra\.backup-name is 10485760 characters long/,
  },
  {
    name: 'a 5 MB machine-id',
    body: report({ serverId: 'i'.repeat(5 * MEGABYTE) }),
    invalidFields: ['Extra.machine-id'],
    error: /Extra\.machine-id is 5242880 characters long, over the limit of 1024 \(REPORT_MAX_ID_LENGTH\)/,
  },
  {
    name: 'an object as machine-id and an array as backup-name',
    body: report({ rawExtra: { 'machine-id': { id: 'x' }, 'backup-name': ['Docs'] } }),
    invalidFields: ['Extra.machine-id', 'Extra.backup-name'],
    error: /Extra\.machine-id must be text, got an object; Extra\.backup-name must be text, got an array/,
  },
  {
    name: 'true, 12.7 and -1e15 as file counts',
    body: report({ rawData: { DeletedFiles: true, ExaminedFiles: 12.7, AddedFiles: -1e15 } }),
    invalidFields: ['Data.ExaminedFiles', 'Data.DeletedFiles', 'Data.AddedFiles'],
    error: /Data\.ExaminedFiles must be a whole number from 0 to 2147483647, got 12\.7/,
  },
  {
    name: 'a negative storage size',
    body: report({ rawBackend: { KnownFileSize: -1 } }),
    invalidFields: ['Data.BackendStatistics.KnownFileSize'],
    error: /Data\.BackendStatistics\.KnownFileSize must be a whole number of bytes from 0 to 9007199254740991, got -1/,
  },
  {
    name: 'an object as Version',
    body: report({ rawData: { Version: { major: 2 } } }),
    invalidFields: ['Data.Version'],
    error: /Data\.Version must be text, got an object/,
  },
  {
    name: '30 February',
    body: report({ beginTime: '2025-02-30T10:00:00Z' }),
    invalidFields: ['BeginTime'],
    error: /^Invalid date in Data section: BeginTime$/,
  },
  {
    name: 'a run dated 9999-12-31',
    body: report({ beginTime: '9999-12-31T00:00:00Z' }),
    invalidFields: ['BeginTime', 'EndTime'],
    error:
      /BeginTime 9999-12-31T00:00:00\.000Z, EndTime .* is more than 86400 seconds \(REPORT_MAX_FUTURE_SECONDS\) after this server's time 2026-06-01T12:00:00\.000Z/,
  },
  {
    name: 'the largest date JavaScript knows, as epoch milliseconds',
    body: report({ rawData: { BeginTime: 8.64e15, EndTime: 8.64e15 } }),
    invalidFields: ['BeginTime', 'EndTime'],
    error: /^Date in the future in Data section: BeginTime \+275760-09-13T00:00:00\.000Z/,
  },
  {
    name: 'a form-encoded report with a 10 MB backup name',
    body: formReport('B'.repeat(10 * MEGABYTE)),
    headers: FORM,
    invalidFields: ['Extra.backup-name'],
    error: /Extra\.backup-name is 10485760 characters long/,
  },
  {
    name: 'a form-encoded report whose JSON extra parameters make machine-id an object',
    body: formReport('Docs', encodeURIComponent('{"machine-id":{"a":1}}')),
    headers: FORM,
    invalidFields: ['Extra.machine-id'],
    error: /Extra\.machine-id must be text, got an object/,
  },
];

describe('hostile reports through POST /api/upload', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ now: () => NOW });
  });
  afterAll(() => server?.stop());

  for (const hostile of hostileCases) {
    it(`refuses ${hostile.name} with a 400 naming the field, and stores nothing`, async () => {
      const before = await summaryOf(server);
      const response = await server.upload(hostile.body, hostile.headers);
      expect(response.status).toBe(400);
      expect(response.body.invalidFields).toEqual(hostile.invalidFields);
      expect(response.body.error).toMatch(hostile.error);
      // A 10 MB value is described, never echoed back.
      expect(JSON.stringify(response.body).length).toBeLessThan(2_000);
      expect(await summaryOf(server)).toEqual(before);
    });
  }

  it('then stores a good report, and the summary counts it', async () => {
    const before = await summaryOf(server);
    const begin = new Date(NOW.getTime() - 3_600_000);
    const response = await server.upload(report({ serverId: 'b0571e00000000000000000000000002', beginTime: begin }));
    expect(response).toEqual({ status: 200, body: { success: true } });
    expect(await summaryOf(server)).toEqual({
      ...before,
      totalServers: before.totalServers + 1,
      totalBackupsRuns: before.totalBackupsRuns + 1,
      totalBackups: before.totalBackups + 1,
      secondsSinceLastBackup: 3_600,
      lastBackupAt: begin.toISOString(),
    });
    expect((await restJson(server, '/api/summary')).body.secondsSinceLastBackup).toBe(3_600);
  });

  it('gives Mutation.reportBackup the same answer, as InvalidReportError', async () => {
    const data = expectData(
      await server.graphql(
        `mutation ($report: JSONObject!) { reportBackup(input: { report: $report }) { __typename ... on InvalidReportError { message invalidFields } } }`,
        { report: report({ rawExtra: { 'machine-id': ['x'] }, rawData: { ExaminedFiles: true } }) },
      ),
    );
    expect(data.reportBackup).toEqual({
      __typename: 'InvalidReportError',
      message:
        'Invalid values in the report: Extra.machine-id must be text, got an array; Data.ExaminedFiles must be a whole number from 0 to 2147483647, got true',
      invalidFields: ['Extra.machine-id', 'Data.ExaminedFiles'],
    });
  });
});

const DERIVED = /* GraphQL */ `
  query ($server: ID) {
    summary { secondsSinceLastBackup lastBackupAt overdueBackupsCount }
    homepage {
      secondsSinceLastBackup overdueBackupsCount
      servers { serverId secondsSinceLastBackup lastBackupAt }
      overdueJobs { serverId expectedAt }
    }
    server(id: $server) {
      ... on Server {
        latestBackup { date duration }
        backupJobs { lastBackupAt overdue { isOverdue nextExpectedAt deadline } history(bucket: DAY) { start runs } }
        history(bucket: WEEK) { start runs }
      }
    }
  }
`;

/** Every figure derived from a job's latest run, over GraphQL and the duplistatus REST routes. */
async function derivedFigures(server: TestServer, serverId: string) {
  const data = expectData(await server.graphql(DERIVED, { server: serverId }), DERIVED);
  const rest = await restJson(server, '/api/summary');
  const lastBackup = await restJson(server, `/api/lastbackup/${serverId}`);
  const lastBackups = await restJson(server, `/api/lastbackups/${serverId}`);
  expect([rest.status, lastBackup.status, lastBackups.status]).toEqual([200, 200, 200]);
  return { ...data, restSummary: rest.body, lastBackup: lastBackup.body, lastBackups: lastBackups.body };
}

function expectSaneAges(figures: Awaited<ReturnType<typeof derivedFigures>>): void {
  for (const age of [
    figures.summary.secondsSinceLastBackup,
    figures.homepage.secondsSinceLastBackup,
    figures.restSummary.secondsSinceLastBackup,
    // Servers that never reported have no age (null).
    ...figures.homepage.servers
      .map((s: { secondsSinceLastBackup: number | null }) => s.secondsSinceLastBackup)
      .filter((age: number | null) => age !== null),
  ]) {
    expect(Number.isInteger(age)).toBe(true);
    expect(age).toBeGreaterThanOrEqual(0);
    expect(age).toBeLessThanOrEqual(2 ** 31 - 1);
  }
}

describe('a run dated ahead of the server clock, within the margin', () => {
  let now = NOW;
  let server: TestServer;
  const serverId = 'fa57c10c000000000000000000000001';
  const begin = new Date(NOW.getTime() + 12 * 3_600_000);

  beforeAll(async () => {
    server = await startTestServer({ now: () => now });
  });
  afterAll(() => server?.stop());

  it('is stored, with ages at 0 instead of negative', async () => {
    expect((await server.upload(report({ serverId, beginTime: begin }))).status).toBe(200);
    const figures = await derivedFigures(server, serverId);
    expectSaneAges(figures);
    expect(figures.summary.secondsSinceLastBackup).toBe(0);
    expect(figures.restSummary.secondsSinceLastBackup).toBe(0);
    expect(figures.homepage.servers.find((s: { serverId: string }) => s.serverId === serverId).secondsSinceLastBackup).toBe(0);
    expect(figures.lastBackup.latest_backup.date).toBe(begin.toISOString());
    expect(figures.server.backupJobs[0].overdue).toEqual({
      isOverdue: false,
      nextExpectedAt: new Date(begin.getTime() + 86_400_000).toISOString(),
      deadline: new Date(begin.getTime() + 86_400_000 + 2 * 3_600_000).toISOString(),
    });
  });

  it('still lets the job fall overdue once the clock passes its next expected run', async () => {
    now = new Date(begin.getTime() + 86_400_000 + 3 * 3_600_000);
    const figures = await derivedFigures(server, serverId);
    expect(figures.server.backupJobs[0].overdue.isOverdue).toBe(true);
    expect(figures.summary.overdueBackupsCount).toBe(1);
    expect(figures.summary.secondsSinceLastBackup).toBe(27 * 3_600);
  });
});

describe('runs dated at the end of time, stored under a margin set that wide', () => {
  let server: TestServer;
  beforeAll(async () => {
    // An operator may widen the margin; the derived figures must hold for whatever it lets in.
    server = await startTestServer({ now: () => NOW, env: { REPORT_MAX_FUTURE_SECONDS: String(9e12) } });
  });
  afterAll(() => server?.stop());

  it('keeps every age, deadline and summary answering for 9999-12-31 and for the last instant JavaScript knows', async () => {
    const year9999 = 'e9d00000000000000000000000009999';
    const endOfTime = 'e9d00000000000000000000000275760';
    expect((await server.upload(report({ serverId: year9999, beginTime: '9999-12-31T00:00:00Z' }))).status).toBe(200);
    expect((await server.upload(report({ serverId: endOfTime, rawData: { BeginTime: 8.64e15, EndTime: 8.64e15 } }))).status).toBe(200);

    for (const serverId of [year9999, endOfTime]) {
      const figures = await derivedFigures(server, serverId);
      expectSaneAges(figures);
      expect(figures.summary.secondsSinceLastBackup).toBe(0);
      const { overdue } = figures.server.backupJobs[0];
      expect(overdue.isOverdue).toBe(false);
      expect(Date.parse(overdue.deadline)).toBeGreaterThanOrEqual(Date.parse(overdue.nextExpectedAt));
    }
  });
});

describeSqliteOnly('an adopted duplistatus database holding a run dated 9999-12-31', () => {
  it('upgrades, and every derived figure answers', async () => {
    const file = path.join(makeTempDir('dupligraph-future-'), 'backups.db');
    const built = buildLegacyDatabase(file, '4.0');
    const job = built.jobs[0]!;
    const legacy = new Database(file);
    try {
      // duplistatus stores whatever new Date(BeginTime).toISOString() gave (docs/compatibility/upload.md#times).
      legacy
        .prepare(
          'UPDATE backups SET date = ?, begin_time = ? WHERE id = (SELECT id FROM backups WHERE server_id = ? AND backup_name = ? ORDER BY date DESC LIMIT 1)',
        )
        .run('9999-12-31T00:00:00.000Z', '9999-12-31T00:00:00.000Z', job.serverId, job.backupName);
    } finally {
      legacy.close();
    }

    const server = await startTestServer({ databaseFile: file, now: () => NOW });
    try {
      const figures = await derivedFigures(server, job.serverId);
      expectSaneAges(figures);
      expect(figures.summary.secondsSinceLastBackup).toBe(0);
      const futureJob = figures.server.backupJobs.find((j: { lastBackupAt: string }) => j.lastBackupAt === '9999-12-31T00:00:00.000Z');
      expect(futureJob.overdue.isOverdue).toBe(false);
      expect(figures.lastBackup.latest_backup.date).toBe('9999-12-31T00:00:00.000Z');
    } finally {
      await server.stop();
    }
  });
});

const fixturesPresent = sharedFixturesAvailable('duplicati-reports');

describe.runIf(fixturesPresent)('the real Duplicati reports in ../shared/fixtures/duplicati-reports', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server?.stop());

  it('are all accepted (200) at the default limits, except the ones duplistatus itself refuses (docs/compatibility/upload.md#validation-and-responses)', async () => {
    const dir = path.join(sharedFixturesDir, 'duplicati-reports');
    const files = fs
      .readdirSync(dir)
      .filter((name) => name.endsWith('.json'))
      .sort();
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const body = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
      const extra = body.Extra ?? {};
      const duplistatusRefuses =
        body.Data?.MainOperation !== 'Backup' || ['machine-id', 'machine-name', 'backup-name', 'backup-id'].some((key) => !extra[key]);
      const response = await server.upload(body);
      if (duplistatusRefuses) {
        expect(response.status, file).toBe(400);
        expect(response.body.invalidFields, file).toBeUndefined();
      } else {
        expect(response, file).toEqual({ status: 200, body: { success: true } });
      }
    }
  });
});
