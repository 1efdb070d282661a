import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findJobId } from '../../src/domain/server-lookup.ts';
import { applyJobSchedule } from '../../src/domain/schedule/apply-schedule.ts';
import { scheduleFromDuplicati } from '../../src/domain/schedule/duplicati-schedule.ts';
import type { DuplicatiSchedule } from '../../src/domain/schedule/duplicati-schedule.ts';
import { buildDuplicatiReport } from '../support/report-builder.ts';
import { startServerProcess } from '../support/server-process.ts';
import { testStorageEnv } from '../support/test-database.ts';
import { adminHeaders, expectData, makeTempDir, startTestServer, TEST_ADMIN_TOKEN } from '../support/test-server.ts';
import type { TestServer } from '../support/test-server.ts';

const SERVER = 'b1900000000000000000000000000001';
const at = (iso: string) => new Date(iso);

const running: TestServer[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((s) => s.stop()));
});

async function serverWithClock(start: string) {
  const clock = { now: at(start) };
  const server = await startTestServer({ now: () => clock.now });
  running.push(server);
  return { server, clock };
}

function report(beginTime: string, nextScheduledRun?: string) {
  return buildDuplicatiReport({
    serverId: SERVER,
    serverName: 'scheduled',
    backupName: 'Nightly',
    beginTime,
    durationSeconds: 60,
    extra: nextScheduledRun === undefined ? {} : { 'next-scheduled-run': nextScheduledRun },
  });
}

async function jobIdOf(server: TestServer): Promise<number> {
  const id = await findJobId(server.app.database.prisma, SERVER, 'Nightly');
  if (id === null) throw new Error('no job');
  return id;
}

const JOB_QUERY = `query ($serverId: ID!) { backupJobs(filter: { serverId: $serverId, backupName: "Nightly" }) { edges { node {
  schedule { expectedInterval allowedWeekdays source followDuplicati plannedRunAt effectiveToleranceMinutes }
  overdue { nextExpectedAt deadline isOverdue } } } } }`;

async function jobState(server: TestServer) {
  return expectData(await server.graphql(JOB_QUERY, { serverId: SERVER }), JOB_QUERY).backupJobs.edges[0].node;
}

async function configure(server: TestServer, settings: string) {
  const query = `mutation { configureBackupJob(input: { job: { key: { serverId: "${SERVER}", backupName: "Nightly" } }, ${settings} }) {
    __typename ... on ConfigureBackupJobPayload { job { schedule { source followDuplicati } } } ... on Error { message } } }`;
  return expectData(await server.graphql(query), query).configureBackupJob;
}

const plus = (iso: string, ms: number) => new Date(Date.parse(iso) + ms);

const weekdaysSchedule: DuplicatiSchedule = {
  ID: 3,
  Tags: ['ID=1'],
  Time: '2025-01-10T02:00:00Z',
  Repeat: '1D',
  LastRun: '2025-01-10T02:00:04Z',
  Rule: 'AllowedWeekDays=Monday,Tuesday,Wednesday,Thursday,Friday',
  AllowedDays: ['mon', 'tue', 'wed', 'thu', 'fri'],
};

describe('a schedule synced from Duplicati', () => {
  it('sets interval, weekdays and next run, and the overdue checker raises on exactly that run', async () => {
    const { server, clock } = await serverWithClock('2025-01-10T03:00:00Z');
    expect((await server.upload(report('2025-01-10T02:00:04Z'))).status).toBe(200); // a Friday
    const jobId = await jobIdOf(server);

    const learned = scheduleFromDuplicati(weekdaysSchedule, clock.now);
    const outcome = await applyJobSchedule(server.app.database.prisma, jobId, learned, 'duplicati-sync', { now: clock.now });
    expect(outcome).toMatchObject({ kind: 'applied', source: 'duplicati-sync', previousSource: 'default' });

    const job = await jobState(server);
    expect(job.schedule).toMatchObject({
      expectedInterval: '1D',
      allowedWeekdays: [1, 2, 3, 4, 5],
      source: 'DUPLICATI_SYNC',
      plannedRunAt: '2025-01-13T02:00:00.000Z',
    });
    expect(job.overdue.nextExpectedAt).toBe('2025-01-13T02:00:00.000Z');
    const deadline = plus('2025-01-13T02:00:00.000Z', job.schedule.effectiveToleranceMinutes * 60_000).toISOString();
    expect(job.overdue.deadline).toBe(deadline);

    // Saturday, when the default daily schedule would have been late: Duplicati plans nothing.
    clock.now = at('2025-01-11T12:00:00Z');
    expect((await server.app.checkOverdue()).statistics.overdueBackupsFound).toBe(0);
    clock.now = at(deadline);
    expect((await server.app.checkOverdue()).statistics.overdueBackupsFound).toBe(0);
    clock.now = plus(deadline, 1);
    expect((await server.app.checkOverdue()).statistics).toMatchObject({ overdueBackupsFound: 1, alertsRaised: 1 });
  });

  it('says why it keeps a schedule set by hand, until the job follows Duplicati', async () => {
    const { server, clock } = await serverWithClock('2025-01-10T03:00:00Z');
    await server.upload(report('2025-01-10T02:00:04Z'));
    const jobId = await jobIdOf(server);
    const db = server.app.database.prisma;

    expect(await configure(server, 'expectedInterval: "12h"')).toMatchObject({ job: { schedule: { source: 'MANUAL' } } });
    const learned = scheduleFromDuplicati(weekdaysSchedule, clock.now);
    expect(await applyJobSchedule(db, jobId, learned, 'duplicati-sync')).toMatchObject({
      kind: 'kept',
      source: 'manual',
      reason: 'set-by-hand',
      message: expect.stringContaining('follow Duplicati'),
    });
    expect((await jobState(server)).schedule).toMatchObject({ expectedInterval: '12h', source: 'MANUAL', plannedRunAt: null });

    // A report's planned run does not replace it either: the 12 h rule moves the schedule (this
    // run, earlier than 14:00:04, re-bases it: docs/compatibility/overdue.md#worked-examples #4).
    clock.now = at('2025-01-10T14:10:00Z');
    await server.upload(report('2025-01-10T14:00:00Z', '20250111T050000Z'));
    expect(await jobState(server)).toMatchObject({
      schedule: { source: 'MANUAL', expectedInterval: '12h' },
      overdue: { nextExpectedAt: '2025-01-11T02:00:00.000Z' },
    });

    expect(await configure(server, 'followDuplicati: true')).toMatchObject({
      job: { schedule: { source: 'MANUAL', followDuplicati: true } },
    });
    expect(await applyJobSchedule(db, jobId, learned, 'duplicati-sync')).toMatchObject({ kind: 'applied', previousSource: 'manual' });
    expect((await jobState(server)).schedule).toMatchObject({ expectedInterval: '1D', source: 'DUPLICATI_SYNC' });

    // Not following any more: a sync outranks reports…
    await configure(server, 'followDuplicati: false');
    clock.now = at('2025-01-13T02:10:00Z');
    await server.upload(report('2025-01-13T02:00:03Z', '20250113T080000Z'));
    expect(await jobState(server)).toMatchObject({
      schedule: { source: 'DUPLICATI_SYNC', expectedInterval: '1D' },
      overdue: { nextExpectedAt: '2025-01-14T02:00:00.000Z' },
    });
    expect(await applyJobSchedule(db, jobId, { ...learned, expectedInterval: '6h' }, 'report')).toMatchObject({
      kind: 'kept',
      reason: 'synced-from-duplicati',
    });
    // …and a later sync replaces a sync.
    expect(await applyJobSchedule(db, jobId, { ...learned, expectedInterval: '2D' }, 'duplicati-sync')).toMatchObject({
      kind: 'applied',
    });
    expect(await applyJobSchedule(db, jobId, { ...learned, expectedInterval: 'soon' }, 'duplicati-sync')).toMatchObject({
      kind: 'invalid',
      field: 'expectedInterval',
      message: expect.stringContaining('"soon"'),
    });
    expect(await applyJobSchedule(db, jobId + 1000, learned, 'duplicati-sync')).toEqual({ kind: 'not-found', jobId: jobId + 1000 });
  });
});

describe("a report's next-scheduled-run (Duplicati 2.2 and later)", () => {
  it('sets the deadline, learns the interval, and a later report without it keeps working', async () => {
    const { server, clock } = await serverWithClock('2025-03-01T02:10:00Z');
    await server.upload(report('2025-03-01T02:00:02Z', '20250301T080000Z'));
    let job = await jobState(server);
    expect(job).toMatchObject({
      schedule: { source: 'REPORT', expectedInterval: '1D', plannedRunAt: '2025-03-01T08:00:00.000Z' },
      overdue: { nextExpectedAt: '2025-03-01T08:00:00.000Z' },
    });
    const tolerance = job.schedule.effectiveToleranceMinutes * 60_000;

    clock.now = plus('2025-03-01T08:00:00Z', tolerance);
    expect((await server.app.checkOverdue()).statistics.overdueBackupsFound).toBe(0);
    clock.now = plus('2025-03-01T08:00:00Z', tolerance + 1);
    expect((await server.app.checkOverdue()).statistics).toMatchObject({ overdueBackupsFound: 1, alertsRaised: 1 });

    // The run that plan announced, late, with the next plan: the interval between plans is learnt.
    clock.now = at('2025-03-01T11:00:00Z');
    await server.upload(report('2025-03-01T10:30:00Z', '20250301T140000Z'));
    job = await jobState(server);
    expect(job).toMatchObject({
      schedule: { source: 'REPORT', expectedInterval: '6h' },
      overdue: { nextExpectedAt: '2025-03-01T14:00:00.000Z', isOverdue: false },
    });

    // A run without the key (started by hand, or an older Duplicati): the interval rules go on.
    clock.now = at('2025-03-01T14:10:00Z');
    await server.upload(report('2025-03-01T14:00:05Z'));
    job = await jobState(server);
    expect(job).toMatchObject({
      schedule: { source: 'REPORT', expectedInterval: '6h' },
      overdue: { nextExpectedAt: '2025-03-01T20:00:00.000Z' },
    });
    clock.now = plus('2025-03-01T20:00:00Z', tolerance + 1);
    expect((await server.app.checkOverdue()).statistics).toMatchObject({ overdueBackupsFound: 1, alertsRaised: 1 });
  });

  it('keeps a run with an unreadable value, with the interval rules', async () => {
    const { server } = await serverWithClock('2025-03-01T02:10:00Z');
    expect((await server.upload(report('2025-03-01T02:00:02Z', 'next tuesday'))).status).toBe(200);
    expect(await jobState(server)).toMatchObject({
      schedule: { source: 'DEFAULT' },
      overdue: { nextExpectedAt: '2025-03-02T02:00:02.000Z' },
    });
  });
});

describe("versions in the Duplicati host's zone, whatever the zone of the server process", () => {
  const retention = (prefix: string) => [
    `${prefix}[Information-Duplicati.Library.Main.Operation.DeleteHandler:RetentionPolicy-BackupList]: Backups to consider: 24/11/2025 02:00:00, 23/11/2025 02:00:00`,
  ];
  const reportWith = (backupName: string, lines: string[]) =>
    buildDuplicatiReport({ serverId: SERVER, backupName, beginTime: '2025-11-25T02:00:00Z', logLines: lines });
  const EXPECTED = {
    plusOne: ['2025-11-24T01:00:00.000Z', '2025-11-23T01:00:00.000Z'],
    minusFive: ['2025-11-24T07:00:00.000Z', '2025-11-23T07:00:00.000Z'],
  };
  const VERSIONS = `{ a: backupJobs(filter: { serverId: "${SERVER}", backupName: "plus-one" }) { edges { node { latestBackup { availableVersions } } } }
    b: backupJobs(filter: { serverId: "${SERVER}", backupName: "minus-five" }) { edges { node { latestBackup { availableVersions } } } } }`;

  async function versionsOn(url: string, reportTimeZone: string | null, timeZone: string) {
    for (const [name, prefix] of [
      ['plus-one', '2025-11-25 02:00:00 +01 - '],
      ['minus-five', '2025-11-25 02:00:00 -05 - '],
    ] as const) {
      const response = await fetch(`${url}/api/upload`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(reportWith(name, retention(prefix))),
      });
      expect(response.status, `${timeZone} ${reportTimeZone}`).toBe(200);
    }
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...adminHeaders },
      body: JSON.stringify({ query: VERSIONS }),
    });
    const body = (await response.json()) as any;
    expect(body.errors).toBeUndefined();
    const versions = (alias: 'a' | 'b') => body.data[alias].edges[0].node.latestBackup.availableVersions;
    return { plusOne: versions('a'), minusFive: versions('b') };
  }

  for (const timeZone of ['Asia/Tokyo', 'America/Los_Angeles']) {
    it(`reads +01 and -05 lines right in a process running under TZ=${timeZone}, REPORT_TIME_ZONE unset`, async () => {
      const storage = testStorageEnv(path.join(makeTempDir(), 'dupligraph.db'));
      const process = await startServerProcess({ ...storage, ADMIN_TOKEN: TEST_ADMIN_TOKEN, TZ: timeZone, REPORT_TIME_ZONE: '' });
      try {
        expect(await versionsOn(process.url, null, timeZone)).toEqual(EXPECTED);
      } finally {
        await process.stop();
      }
    });
  }

  it('lets an explicit REPORT_TIME_ZONE override the offsets', async () => {
    const server = await startTestServer({ env: { REPORT_TIME_ZONE: 'UTC' } });
    running.push(server);
    expect(await versionsOn(server.url, 'UTC', 'test')).toEqual({
      plusOne: ['2025-11-24T02:00:00.000Z', '2025-11-23T02:00:00.000Z'],
      minusFive: ['2025-11-24T02:00:00.000Z', '2025-11-23T02:00:00.000Z'],
    });
  });
});
