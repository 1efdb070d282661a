import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { RawSqlIn } from '../../src/db/raw-sql.ts';
import type { EventPublisher } from '../../src/events/event-bus.ts';
import { createIngestCommit, ingestReport } from '../../src/domain/ingest.ts';
import type { IngestOutcome } from '../../src/domain/ingest.ts';
import { DEFAULT_REPORT_LIMITS } from '../../src/domain/report/index.ts';
import { startHttpReceiver } from '../support/notification-receivers.ts';
import type { HttpReceiver } from '../support/notification-receivers.ts';
import { buildDuplicatiReport } from '../support/report-builder.ts';
import { databaseKind, onPostgres } from '../support/test-database.ts';
import { expectData, startTestServer } from '../support/test-server.ts';
import type { TestServer } from '../support/test-server.ts';

/**
 * Concurrent reports share one transaction (src/domain/group-commit.ts); when one of them fails,
 * the batch is stored again with each report in its own savepoint. These prove that sharing
 * changes no answer: a report that fails to store fails alone, a
 * duplicate inside the same transaction is still a duplicate, and every stored run has its live
 * event and its notifications exactly once, announced only once committed. A crash mid-burst is
 * test/e2e/crash-safety.test.ts.
 */

/** Storing a run of job "Poisoned" fails inside the database: a trigger, as a broken disk or constraint would. */
async function poisonJob(server: TestServer): Promise<void> {
  const prisma = server.app.database.prisma;
  if (server.app.database.kind === 'sqlite') {
    await prisma.$executeRawUnsafe(
      `CREATE TRIGGER poisoned_run BEFORE INSERT ON backups WHEN NEW.backup_name = 'Poisoned'
       BEGIN SELECT RAISE(ABORT, 'injected failure'); END`,
    );
  } else {
    await prisma.$executeRawUnsafe(
      `CREATE FUNCTION poisoned_run() RETURNS trigger AS $$
       BEGIN IF NEW.backup_name = 'Poisoned' THEN RAISE EXCEPTION 'injected failure'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`,
    );
    await prisma.$executeRawUnsafe('CREATE TRIGGER poisoned_run BEFORE INSERT ON backups FOR EACH ROW EXECUTE FUNCTION poisoned_run()');
  }
}

const serverIdOf = (n: number) => `9c${String(n).padStart(30, '0')}`;

function failingRun(n: number, backupName = `Job ${n % 3}`) {
  return buildDuplicatiReport({
    serverId: serverIdOf(n % 5),
    serverName: `batch-${n % 5}`,
    backupName,
    beginTime: new Date(Date.UTC(2025, 2, 1) + n * 60_000),
    parsedResult: 'Error',
    errors: 1,
  });
}

async function storedRuns(server: TestServer): Promise<{ id: string; serverId: string; backupName: string }[]> {
  return server.app.database.prisma.backup.findMany({ select: { id: true, serverId: true, backupName: true } });
}

describe(`group commit (${databaseKind})`, () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it('answers each of many concurrent uploads as if it were alone: bad ones fail alone, a duplicate pair stores once, every run notifies once', async () => {
    const ntfy: HttpReceiver = await startHttpReceiver();
    cleanups.push(() => ntfy.close());
    const server = await startTestServer();
    cleanups.push(() => server.stop());
    expectData(
      await server.graphql('mutation($i: SetNtfySettingsInput!) { setNtfySettings(input: $i) { __typename } }', {
        i: { url: ntfy.url, topic: 'batch' },
      }),
    );
    await poisonJob(server);

    const good = Array.from({ length: 30 }, (_, n) => failingRun(n));
    const duplicatePair = [failingRun(100), failingRun(100)];
    const poisoned = failingRun(200, 'Poisoned');
    const notJson = '{"Data": {';
    const notAReport = { Data: {}, Extra: {} };
    const bodies: unknown[] = [...good.slice(0, 15), duplicatePair[0], notJson, poisoned, duplicatePair[1], notAReport, ...good.slice(15)];
    const responses = await Promise.all(bodies.map((body) => server.upload(body)));
    const statusOf = (body: unknown) => responses[bodies.indexOf(body)]!;

    for (const report of good) expect(statusOf(report)).toEqual({ status: 200, body: { success: true } });
    const pairAnswers = responses.filter((_, i) => bodies[i] === duplicatePair[0] || bodies[i] === duplicatePair[1]);
    expect(pairAnswers.map((answer) => answer.status).sort()).toEqual([200, 409]);
    expect(pairAnswers.find((answer) => answer.status === 409)!.body).toEqual({ error: 'ignored, duplicated data' });
    expect(statusOf(poisoned).status).toBe(500);
    expect(statusOf(poisoned).body.error).toBe('Failed to process backup data');
    expect(statusOf(notJson).status).toBe(400);
    expect(statusOf(notAReport).status).toBe(400);

    // Stored exactly once each; the poisoned run left nothing behind, not even its new job.
    const runs = await storedRuns(server);
    expect(runs).toHaveLength(good.length + 1);
    expect(new Set(runs.map((run) => run.id)).size).toBe(runs.length);
    expect(runs.some((run) => run.backupName === 'Poisoned')).toBe(false);
    expect(await server.app.database.prisma.backupJob.count({ where: { backupName: 'Poisoned' } })).toBe(0);

    // One live event and one notification per stored run, none for the others.
    const events = await server.app.database.prisma.liveEvent.findMany({ where: { topic: 'backup:received' }, orderBy: { seq: 'asc' } });
    expect(events.map((event) => JSON.parse(event.payload).backupId).sort()).toEqual(runs.map((run) => run.id).sort());
    const seqs = (await server.app.database.prisma.liveEvent.findMany({ select: { seq: true }, orderBy: { seq: 'asc' } })).map(
      (row) => row.seq,
    );
    expect(seqs).toEqual(seqs.map((_, i) => seqs[0]! + i));
    // Each run's notification is a waiting event or, once the dispatcher split it, its delivery: one statement sees both at once.
    const notified = await server.app.database.prisma.$queryRaw<{ backupId: string }[]>`
      SELECT backup_id AS "backupId" FROM notification_events UNION ALL SELECT backup_id AS "backupId" FROM notification_deliveries`;
    expect(notified.map((row) => row.backupId).sort()).toEqual(runs.map((run) => run.id).sort());
    await ntfy.waitFor(runs.length);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(ntfy.requests).toHaveLength(runs.length);
  });

  it('stores reports that arrive together in one transaction, announcing each only after that commit', async () => {
    const server = await startTestServer();
    cleanups.push(() => server.stop());
    await poisonJob(server);
    const database = server.app.database;
    let transactions = 0;
    const savepoints: string[] = [];
    const counted: RawSqlIn = (tx) => {
      transactions += 1;
      const sql = database.rawSqlIn(tx);
      return {
        $queryRaw: (query, ...values) => sql.$queryRaw(query, ...values),
        $executeRaw: (query, ...values) => {
          const text = 'sql' in query ? query.sql : query.join('?');
          if (text.includes('SAVEPOINT')) savepoints.push(text);
          return sql.$executeRaw(query, ...values);
        },
      };
    };
    const commit = createIngestCommit(database.prisma, counted);
    // Another connection sees only committed rows: what a publish finds there was committed before it.
    const reader = database.kind === 'sqlite' ? new Database(database.filePath, { readonly: true }) : undefined;
    cleanups.push(async () => void reader?.close());
    const published: { backupId: string; visible: boolean | undefined }[] = [];
    const events = {
      publish(topic: string, payload: { backupId?: string }): void {
        if (topic !== 'backup:received') return;
        const visible = reader ? reader.prepare('SELECT 1 FROM backups WHERE id = ?').get(payload.backupId) !== undefined : undefined;
        published.push({ backupId: payload.backupId!, visible });
      },
    } as EventPublisher;
    const options = { timeZone: 'UTC', now: () => new Date(), events, limits: DEFAULT_REPORT_LIMITS, commit };

    const duplicate = failingRun(7);
    const reports: unknown[] = [
      failingRun(1),
      duplicate,
      failingRun(200, 'Poisoned'),
      failingRun(2),
      { Data: {} },
      duplicate,
      failingRun(3),
    ];
    // Called in one turn of the event loop: all of them wait for, and share, the same transaction.
    const settled = await Promise.allSettled(reports.map((report) => ingestReport(database.prisma, report, options)));
    // Tried together first; the poisoned report's failure rolls that back, and the batch is stored
    // again with each report in its own savepoint: two transactions, one committed.
    expect(transactions).toBe(2);
    expect(savepoints.filter((text) => text === 'SAVEPOINT group_commit_unit')).toHaveLength(6);
    const kinds = settled.map((outcome) => (outcome.status === 'fulfilled' ? (outcome.value as IngestOutcome).kind : 'failed'));
    expect(kinds).toEqual(['stored', 'stored', 'failed', 'stored', 'rejected', 'duplicate', 'stored']);
    expect(String((settled[2] as PromiseRejectedResult).reason)).toContain('injected failure');

    const stored = settled.flatMap((outcome) =>
      outcome.status === 'fulfilled' && outcome.value.kind === 'stored' ? [outcome.value.run.backupId] : [],
    );
    expect(published.map((event) => event.backupId)).toEqual(stored);
    if (!onPostgres) expect(published.every((event) => event.visible)).toBe(true);
    expect((await storedRuns(server)).map((run) => run.id).sort()).toEqual([...stored].sort());

    // Without a failure, a batch is one transaction and no savepoint.
    transactions = 0;
    savepoints.length = 0;
    const together = await Promise.all(
      [failingRun(11), failingRun(12), failingRun(13)].map((report) => ingestReport(database.prisma, report, options)),
    );
    expect(together.map((outcome) => outcome.kind)).toEqual(['stored', 'stored', 'stored']);
    expect(transactions).toBe(1);
    expect(savepoints).toEqual([]);
  });
});
