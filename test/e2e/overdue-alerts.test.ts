import { afterEach, describe, expect, it } from 'vitest';
import { buildDuplicatiReport } from '../support/report-builder.ts';
import { connectLiveClient, eventually, subscribe } from '../support/live-client.ts';
import { startServerProcess } from '../support/server-process.ts';
import { adminHeaders, expectData, startTestServer, TEST_ADMIN_TOKEN } from '../support/test-server.ts';
import type { TestServer } from '../support/test-server.ts';

const SERVER = 'a1000000000000000000000000000001';
const at = (iso: string) => new Date(iso);

/** A server whose clock the test moves. */
async function serverWithClock(start: string, extra: { databaseFile?: string; env?: Record<string, string> } = {}) {
  const clock = { now: at(start) };
  const server = await startTestServer({ now: () => clock.now, ...extra });
  return { server, clock };
}

const running: TestServer[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((s) => s.stop()));
});

function report(beginTime: string, overrides: Parameters<typeof buildDuplicatiReport>[0] = {}) {
  return buildDuplicatiReport({ serverId: SERVER, serverName: 'watched', backupName: 'Nightly', beginTime, ...overrides });
}

async function alerts(server: TestServer, active?: boolean) {
  const data = expectData(
    await server.graphql(
      `query ($active: Boolean) { alerts(active: $active) { edges { node { kind active reminderCount message raisedAt resolvedAt resolvedBy { date } raisedBy { status } } } } }`,
      { active },
    ),
  );
  return data.alerts.edges.map((e: any) => e.node);
}

describe('overdue alerts driven by an injected clock', () => {
  it('raises once, reminds per the frequency and resolves on the next good run, in that order for a subscriber', async () => {
    // docs/compatibility/overdue.md#worked-examples's timeline: time 2025-01-06 14:00, tolerance 2 h, every_day.
    const { server, clock } = await serverWithClock('2025-01-05T14:10:00Z');
    running.push(server);
    expect((await server.upload(report('2025-01-05T14:00:00Z'))).status).toBe(200);

    const client = connectLiveClient(server.url);
    const feed = subscribe(
      client,
      `subscription { alertChanged(serverId: "${SERVER}") { change alertKind backupName alert { kind active } } }`,
    );
    await eventually(
      () => server.app.subscriptionCount() === 1,
      () => 'no subscription',
    );

    const summaryCount = async () =>
      expectData(await server.graphql('{ summary { overdueBackupJobCount } }')).summary.overdueBackupJobCount;
    clock.now = at('2025-01-06T16:00:00.000Z');
    expect((await server.app.checkOverdue()).statistics.overdueBackupsFound).toBe(0); // strictly greater (docs/compatibility/overdue.md#when-a-job-is-overdue)
    // The summary's count (one raw statement with the global tolerance) draws the same line.
    expect(await summaryCount()).toBe(0);
    clock.now = at('2025-01-06T16:00:00.010Z');
    expect(await summaryCount()).toBe(1);

    clock.now = at('2025-01-06T16:00:00.010Z');
    const first = await server.app.checkOverdue();
    expect(first.statistics).toMatchObject({ overdueBackupsFound: 1, alertsRaised: 1, remindersSent: 0, notificationsSent: 1 });

    for (const time of ['2025-01-06T16:05:00.010Z', '2025-01-07T12:00:00Z', '2025-01-07T16:00:00.005Z']) {
      clock.now = at(time);
      expect((await server.app.checkOverdue()).statistics.notificationsSent, time).toBe(0);
    }
    clock.now = at('2025-01-07T16:05:00.010Z');
    expect((await server.app.checkOverdue()).statistics).toMatchObject({ alertsRaised: 0, remindersSent: 1 });

    const open = await alerts(server, true);
    expect(open).toHaveLength(1);
    expect(open[0]).toMatchObject({ kind: 'OVERDUE', active: true, reminderCount: 1, raisedAt: '2025-01-06T16:00:00.010Z' });
    expect(open[0].message).toContain('2025-01-06T14:00:00.000Z');

    const job = expectData(
      await server.graphql(
        `{ backupJobs { edges { node { overdue { isOverdue nextExpectedAt deadline overdueSince lastReminderAt lastRemindedAt } } } }
           summary { overdueBackupsCount overdueBackupJobCount } overdueJobs { backupName } one: overdueJobs(first: 1) { backupName }
           none: overdueJobs(first: 0) { backupName } }`,
      ),
    );
    expect(job.backupJobs.edges[0].node.overdue).toEqual({
      isOverdue: true,
      nextExpectedAt: '2025-01-06T14:00:00.000Z',
      deadline: '2025-01-06T16:00:00.000Z',
      overdueSince: '2025-01-06T16:00:00.000Z',
      lastReminderAt: '2025-01-07T16:05:00.010Z',
      lastRemindedAt: '2025-01-07T16:05:00.010Z',
    });
    expect(job.summary).toEqual({ overdueBackupsCount: 1, overdueBackupJobCount: 1 });
    expect(job.overdueJobs).toEqual([{ backupName: 'Nightly' }]);
    expect(job.one).toEqual(job.overdueJobs);
    expect(job.none).toEqual([]);
    const tooMany = await server.graphql('{ overdueJobs(first: 100000) { backupName } }');
    expect(tooMany.errors?.[0]?.message).toMatch(/"first" must be between 0 and \d+ \(MAX_PAGE_SIZE\); got 100000/);

    clock.now = at('2025-01-08T20:10:00Z');
    expect((await server.upload(report('2025-01-08T20:00:00Z'))).status).toBe(200);
    const resolved = await alerts(server, false);
    expect(resolved).toEqual([
      expect.objectContaining({
        kind: 'OVERDUE',
        active: false,
        resolvedAt: '2025-01-08T20:10:00.000Z',
        resolvedBy: { date: '2025-01-08T20:00:00.000Z' },
      }),
    ]);

    const events = await feed.waitFor(3);
    expect(events.map((e) => [e.alertChanged.change, e.alertChanged.alertKind])).toEqual([
      ['RAISED', 'OVERDUE'],
      ['REMINDED', 'OVERDUE'],
      ['RESOLVED', 'OVERDUE'],
    ]);
    expect(events[2].alertChanged.alert).toEqual({ kind: 'OVERDUE', active: false });
    await client.dispose();
  });

  it('sends only the first notification with the onetime frequency, and nothing after an acknowledgement', async () => {
    const { server, clock } = await serverWithClock('2025-01-05T14:10:00Z');
    running.push(server);
    expectData(
      await server.graphql(
        `mutation { updateMonitoringSettings(input: { reminderFrequency: ONETIME }) { ... on MonitoringSettings { reminderFrequency } } }`,
      ),
    );
    await server.upload(report('2025-01-05T14:00:00Z'));
    clock.now = at('2025-01-06T16:01:00Z');
    expect((await server.app.checkOverdue()).statistics.alertsRaised).toBe(1);
    clock.now = at('2025-01-09T16:01:00Z');
    expect((await server.app.checkOverdue()).statistics.notificationsSent).toBe(0);

    expectData(await server.graphql(`mutation { updateMonitoringSettings(input: { reminderFrequency: EVERY_DAY }) { __typename } }`));
    const alertId = expectData(await server.graphql(`{ alerts(active: true) { edges { node { id } } } }`)).alerts.edges[0].node.id;
    const ack = expectData(
      await server.graphql(
        `mutation ($id: ID!) { acknowledgeAlert(input: { id: $id }) { ... on AcknowledgeAlertPayload { alert { acknowledgedAt } } } }`,
        { id: alertId },
      ),
    );
    expect(ack.acknowledgeAlert.alert.acknowledgedAt).toBe('2025-01-09T16:01:00.000Z');
    clock.now = at('2025-01-12T16:01:00Z');
    expect((await server.app.checkOverdue()).statistics.notificationsSent).toBe(0);
  });

  it('raises BACKUP_FAILED for a failed run and resolves it with the next successful one', async () => {
    const { server, clock } = await serverWithClock('2025-02-01T03:00:00Z');
    running.push(server);
    await server.upload(report('2025-02-01T02:00:00Z', { parsedResult: 'Error', errors: 2 }));
    await server.upload(report('2025-02-02T02:00:00Z', { parsedResult: 'Fatal', exception: 'boom' }));
    const open = await alerts(server, true);
    expect(open).toEqual([expect.objectContaining({ kind: 'BACKUP_FAILED', reminderCount: 1, raisedBy: { status: 'FATAL' } })]);

    clock.now = at('2025-02-03T03:00:00Z');
    await server.upload(report('2025-02-03T02:00:00Z'));
    expect(await alerts(server, true)).toEqual([]);
    expect(await alerts(server, false)).toEqual([
      expect.objectContaining({ kind: 'BACKUP_FAILED', active: false, resolvedBy: { date: '2025-02-03T02:00:00.000Z' } }),
    ]);
  });

  it('raises BACKUP_WARNING per the job notification level', async () => {
    const { server } = await serverWithClock('2025-03-01T03:00:00Z');
    running.push(server);
    await server.upload(report('2025-03-01T02:00:00Z', { parsedResult: 'Warning', warnings: 3 }));
    expect((await alerts(server, true)).map((a: any) => a.kind)).toEqual(['BACKUP_WARNING']);
    const configured = expectData(
      await server.graphql(
        `mutation { configureBackupJob(input: { serverId: "${SERVER}", backupName: "Nightly", notificationLevel: ERRORS }) { __typename } }`,
      ),
    );
    expect(configured.configureBackupJob.__typename).toBe('ConfigureBackupJobPayload');
    await server.upload(report('2025-03-02T02:00:00Z', { parsedResult: 'Success' }));
    await server.upload(report('2025-03-03T02:00:00Z', { parsedResult: 'Warning', warnings: 1 }));
    expect(await alerts(server, true)).toEqual([]);
  });

  it('raises one alert, not two, when two server processes check one database', async () => {
    const { server } = await serverWithClock('2025-01-05T14:10:00Z');
    await server.upload(report('2025-01-05T14:00:00Z'));
    await server.stop();

    const env = { ...server.storageEnv, ADMIN_TOKEN: TEST_ADMIN_TOKEN };
    const processes = await Promise.all([startServerProcess(env), startServerProcess(env)]);
    try {
      const check = (url: string) =>
        fetch(`${url}/graphql`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', ...adminHeaders },
          body: JSON.stringify({ query: 'mutation { checkOverdueNow { statistics { alertsRaised overdueBackupsFound } } }' }),
        }).then((r) => r.json() as Promise<any>);
      const results = await Promise.all(processes.map((p) => check(p.url)));
      expect(results.map((r) => r.data.checkOverdueNow.statistics.overdueBackupsFound)).toEqual([1, 1]);
      expect(results.map((r) => r.data.checkOverdueNow.statistics.alertsRaised).sort()).toEqual([0, 1]);
      const again = await Promise.all(processes.map((p) => check(p.url)));
      expect(again.map((r) => r.data.checkOverdueNow.statistics.alertsRaised)).toEqual([0, 0]);
    } finally {
      await Promise.all(processes.map((p) => p.stop()));
    }
    const reopened = await startTestServer({ databaseFile: server.databaseFile });
    running.push(reopened);
    expect(await alerts(reopened)).toEqual([expect.objectContaining({ kind: 'OVERDUE', active: true })]);
  });

  it('recomputes the next run and clears reminder throttling when the schedule changes', async () => {
    const { server, clock } = await serverWithClock('2025-01-05T14:10:00Z');
    running.push(server);
    await server.upload(report('2025-01-05T14:00:00Z'));
    clock.now = at('2025-01-06T17:00:00Z');
    await server.app.checkOverdue();

    const data = expectData(
      await server.graphql(`mutation { configureBackupJob(input: { serverId: "${SERVER}", backupName: "Nightly", expectedInterval: "12h", toleranceMinutes: 30 }) {
        ... on ConfigureBackupJobPayload { job { schedule { expectedInterval toleranceMinutes effectiveToleranceMinutes allowedWeekdays } overdue { nextExpectedAt lastReminderAt isOverdue } } } } }`),
    );
    expect(data.configureBackupJob.job).toEqual({
      schedule: { expectedInterval: '12h', toleranceMinutes: 30, effectiveToleranceMinutes: 30, allowedWeekdays: [0, 1, 2, 3, 4, 5, 6] },
      overdue: { nextExpectedAt: '2025-01-06T02:00:00.000Z', lastReminderAt: null, isOverdue: true },
    });
    // Throttling cleared: the very next check reminds although a day has not passed.
    clock.now = at('2025-01-06T17:05:00Z');
    expect((await server.app.checkOverdue()).statistics.remindersSent).toBe(1);
  });

  it('refuses an invalid schedule with a typed error and changes nothing', async () => {
    const { server } = await serverWithClock('2025-01-05T14:10:00Z');
    running.push(server);
    await server.upload(report('2025-01-05T14:00:00Z'));
    for (const [input, field] of [
      ['expectedInterval: "1X"', 'expectedInterval'],
      ['allowedWeekdays: [7]', 'allowedWeekdays'],
      ['toleranceMinutes: -5', 'toleranceMinutes'],
    ] as const) {
      const data = expectData(
        await server.graphql(
          `mutation { configureBackupJob(input: { serverId: "${SERVER}", backupName: "Nightly", ${input} }) { __typename ... on InvalidInputError { field message } } }`,
        ),
      );
      expect(data.configureBackupJob).toMatchObject({ __typename: 'InvalidInputError', field });
    }
    const missing = expectData(
      await server.graphql(
        `mutation { configureBackupJob(input: { serverId: "${SERVER}", backupName: "Nope", expectedInterval: "1D" }) { __typename } }`,
      ),
    );
    expect(missing.configureBackupJob.__typename).toBe('NotFoundError');
    const schedule = expectData(await server.graphql(`{ backupJobs { edges { node { schedule { expectedInterval } } } } }`));
    expect(schedule.backupJobs.edges[0].node.schedule.expectedInterval).toBe('1D');
  });

  it('runs the check from its own timer when an interval is configured', async () => {
    const { server } = await serverWithClock('2030-01-01T00:00:00Z', { env: { OVERDUE_CHECK_INTERVAL_SECONDS: '1' } });
    running.push(server);
    await server.upload(report('2025-01-05T14:00:00Z'));
    const started = Date.now();
    let found: any[] = [];
    while (found.length === 0 && Date.now() - started < 5000) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      found = await alerts(server, true);
    }
    expect(found.map((a: any) => a.kind)).toEqual(['OVERDUE']);
  });

  it('reports the statistics of a forced check', async () => {
    const { server } = await serverWithClock('2025-01-10T00:00:00Z');
    running.push(server);
    await server.upload(report('2025-01-05T14:00:00Z'));
    await server.upload(report('2025-01-09T14:00:00Z', { backupName: 'Fresh' }));
    const data = expectData(
      await server.graphql(
        `mutation { checkOverdueNow { message statistics { totalBackupConfigs checkedBackups overdueBackupsFound notificationsSent } } }`,
      ),
    );
    expect(data.checkOverdueNow.statistics).toEqual({
      totalBackupConfigs: 2,
      checkedBackups: 2,
      overdueBackupsFound: 1,
      notificationsSent: 1,
    });
  });
});
