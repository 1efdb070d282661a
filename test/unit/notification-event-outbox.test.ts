import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/open-database.ts';
import type { OpenDatabase } from '../../src/db/open-database.ts';
import { ingestReport } from '../../src/domain/ingest.ts';
import type { NotificationSettings } from '../../src/domain/notifications/channel-settings.ts';
import { insertDeliveries, splitWaitingEvents } from '../../src/domain/notifications/event-outbox.ts';
import { deliveryDraft } from '../../src/domain/notifications/plan.ts';
import { DEFAULT_REPORT_LIMITS } from '../../src/domain/report/report-limits.ts';
import { buildDuplicatiReport } from '../support/report-builder.ts';
import { databaseKind, onPostgres, testDatabaseUrl } from '../support/test-database.ts';
import { makeTempDir } from '../support/test-server.ts';

// The outbox's first stage (src/domain/notifications/event-outbox.ts) on a real database, SQLite
// or PostgreSQL: what an upload writes, and how the dispatcher's split turns it into deliveries.

const settings: NotificationSettings = {
  ntfy: { url: 'http://127.0.0.1:9/', topic: 'backups', accessToken: '' },
  smtp: null,
  gotify: { url: 'http://127.0.0.1:9/', token: '', enabled: true },
  apprise: null,
  webhooks: [
    {
      id: 7,
      name: 'hook',
      url: 'http://127.0.0.1:9/hook',
      sealedSecret: '',
      enabled: true,
      events: ['BACKUP_FAILED'],
      jobIds: [],
      legacyMachineKeys: false,
    },
  ],
  templates: { language: 'en-GB', templates: {} },
  notifyNewServer: false,
  overdueDigestThreshold: 5,
  timeZone: 'UTC',
};

let database: OpenDatabase;
let clock = Date.parse('2025-02-01T00:00:00Z');

beforeAll(async () => {
  database = await openDatabase(testDatabaseUrl(path.join(makeTempDir(), 'event-outbox.db')));
});
afterAll(async () => {
  await database.close();
});
beforeEach(async () => {
  await database.prisma.$executeRaw`DELETE FROM notification_events`;
  await database.prisma.$executeRaw`DELETE FROM notification_deliveries`;
});

let runNumber = 0;
async function storeFailedRun(backupName = 'Documents') {
  runNumber += 1;
  clock += 60_000;
  const report = buildDuplicatiReport({ backupName, beginTime: new Date(Date.UTC(2025, 0, 1, 0, runNumber)), errors: 1 });
  const outcome = await ingestReport(database.prisma, report, {
    timeZone: 'UTC',
    now: () => new Date(clock),
    events: { publish: () => {} },
    limits: DEFAULT_REPORT_LIMITS,
    notifications: { settings: async () => settings, enqueued: () => {}, reportStored: () => {} },
  });
  if (outcome.kind !== 'stored') throw new Error(`not stored: ${JSON.stringify(outcome)}`);
  return outcome.run;
}

async function waitingEvents() {
  return database.prisma.$queryRaw<{ id: number; event: string; routes: string; eventJson: string; createdAt: string }[]>`
    SELECT id, event, routes, event_json AS "eventJson", created_at AS "createdAt" FROM notification_events ORDER BY id`;
}

async function deliveries() {
  return database.prisma.notificationDelivery.findMany({ orderBy: { id: 'asc' } });
}

const split = (selection: Parameters<typeof splitWaitingEvents>[1]) =>
  database.prisma.$transaction((tx) => splitWaitingEvents(tx, selection));

describe(`notification events (${databaseKind})`, () => {
  it("writes one row for a failed run's three destinations in the upload's transaction, and no delivery", async () => {
    const run = await storeFailedRun();
    const events = await waitingEvents();
    expect(events).toHaveLength(1);
    expect(events[0]!.event).toBe('BACKUP_FAILED');
    expect(JSON.parse(events[0]!.routes)).toEqual([
      ['NTFY', 'backups'],
      ['GOTIFY', ''],
      ['WEBHOOK', '7'],
    ]);
    const event = JSON.parse(events[0]!.eventJson);
    expect(event.run.id).toBe(run.backupId);
    expect(event.server).toMatchObject({ id: run.serverId, name: 'test-host' });
    expect(event).not.toHaveProperty('logMessages');
    expect(await deliveries()).toEqual([]);
  });

  it('splits waiting events oldest first into one delivery per destination, with the time and event they were written with, once', async () => {
    const first = await storeFailedRun();
    const second = await storeFailedRun();
    const events = await waitingEvents();

    expect(await split({ oldest: 10 })).toEqual({ split: 2, unreadable: [] });
    const rows = await deliveries();
    expect(rows.map((row) => [row.backupId, row.channel, row.destination])).toEqual([
      [first.backupId, 'NTFY', 'backups'],
      [first.backupId, 'GOTIFY', ''],
      [first.backupId, 'WEBHOOK', '7'],
      [second.backupId, 'NTFY', 'backups'],
      [second.backupId, 'GOTIFY', ''],
      [second.backupId, 'WEBHOOK', '7'],
    ]);
    expect(rows.map((row) => row.createdAt)).toEqual([0, 0, 0, 1, 1, 1].map((i) => events[i]!.createdAt));
    expect(rows.map((row) => row.eventJson)).toEqual([0, 0, 0, 1, 1, 1].map((i) => events[i]!.eventJson));
    expect(rows.every((row) => row.status === 'PENDING' && row.attempts === 0 && row.title === '' && row.body === '')).toBe(true);
    expect(new Set(rows.map((row) => row.messageId)).size).toBe(6);
    expect(rows[0]!.orderKey).toBe(`NTFY|backups|${rows[0]!.jobId}`);

    expect(await waitingEvents()).toEqual([]);
    expect(await split({ oldest: 10 })).toEqual({ split: 0, unreadable: [] });
    expect(await deliveries()).toHaveLength(6);
  });

  it('takes at most the oldest `limit` events a split is asked for', async () => {
    const runs = [await storeFailedRun(), await storeFailedRun(), await storeFailedRun()];
    expect((await split({ oldest: 2 })).split).toBe(2);
    expect(new Set((await deliveries()).map((row) => row.backupId))).toEqual(new Set([runs[0]!.backupId, runs[1]!.backupId]));
    expect((await split({ oldest: 2 })).split).toBe(1);
    expect((await deliveries()).at(-1)!.backupId).toBe(runs[2]!.backupId);
  });

  it("splits a job's waiting events before an overdue notification of that job is written, so they keep their order", async () => {
    const documents = await storeFailedRun('Documents');
    const photos = await storeFailedRun('Photos');
    const overdue = deliveryDraft(
      { kind: 'OVERDUE', server: { id: documents.serverId }, job: { id: documents.jobId }, run: null, alert: null },
      'NTFY',
      'backups',
      { title: 'overdue', message: 'Documents is overdue', priority: 'high', tags: '' },
    );
    await database.prisma.$transaction((tx) => insertDeliveries(tx, [overdue], new Date(clock)));

    const rows = await deliveries();
    expect(rows.map((row) => [row.event, row.backupId, row.channel])).toEqual([
      ['BACKUP_FAILED', documents.backupId, 'NTFY'],
      ['BACKUP_FAILED', documents.backupId, 'GOTIFY'],
      ['BACKUP_FAILED', documents.backupId, 'WEBHOOK'],
      ['OVERDUE', null, 'NTFY'],
    ]);
    // Another job's event waits for the dispatcher as before.
    expect((await waitingEvents()).map((event) => JSON.parse(event.eventJson).run.id)).toEqual([photos.backupId]);
  });

  it('drops an event it cannot read, says which, and splits the ones after it', async () => {
    await database.prisma.$executeRaw`
      INSERT INTO notification_events (event, server_id, job_id, backup_id, alert_id, routes, event_json, created_at)
      VALUES ('BACKUP_FAILED', 'x', 1, 'b', NULL, 'not json', '{}', '2025-01-01T00:00:00.000Z'),
             ('NOT_A_KIND', 'x', 1, 'b', NULL, '[]', '{}', '2025-01-01T00:00:00.000Z'),
             ('BACKUP_FAILED', 'x', 1, 'b', NULL, '[["FAX","123"]]', '{}', '2025-01-01T00:00:00.000Z')`;
    const run = await storeFailedRun();

    const outcome = await split({ oldest: 10 });
    expect(outcome.split).toBe(4);
    expect(outcome.unreadable.map((event) => event.reason)).toEqual([
      'unreadable routes "not json"',
      'unknown event kind "NOT_A_KIND"',
      'unreadable routes "[[\\"FAX\\",\\"123\\"]]"',
    ]);
    expect((await deliveries()).map((row) => row.backupId)).toEqual([run.backupId, run.backupId, run.backupId]);
    expect(await waitingEvents()).toEqual([]);
  });

  it.skipIf(!onPostgres)(
    'two splits at once (two instances) take each event once, and the later deliveries follow the earlier',
    async () => {
      const runs = [];
      for (let i = 0; i < 12; i++) runs.push(await storeFailedRun(i % 2 === 0 ? 'Documents' : 'Photos'));
      // Both ask for the oldest rows: the second waits for the first to commit, then finds them gone.
      const outcomes = await Promise.all([split({ oldest: 8 }), split({ oldest: 8 }), split({ oldest: 3 })]);
      const taken = outcomes.reduce((sum, outcome) => sum + outcome.split, 0);
      expect(taken).toBeGreaterThanOrEqual(8);
      while ((await split({ oldest: 8 })).split > 0);

      const rows = await deliveries();
      expect(rows).toHaveLength(36);
      const order = runs.map((run) => run.backupId);
      for (const channel of ['NTFY', 'GOTIFY', 'WEBHOOK']) {
        // Per destination, in the order the runs were stored, each once.
        expect(rows.filter((row) => row.channel === channel).map((row) => row.backupId)).toEqual(order);
      }
    },
  );
});
