import { randomUUID } from 'node:crypto';
import type { Db, DbTransaction } from '../db/types.ts';
import { isUniqueViolation } from '../db/types.ts';
import type { EventPublisher } from '../events/event-bus.ts';
import { parseWeekdays, recomputeNextExpected } from './overdue/index.ts';
import { parseDuplicatiReport } from './report/index.ts';
import type { ParsedReport, ReportRejection } from './report/index.ts';
import { parseStoredTimestamp } from './timestamps.ts';

export interface StoredRun {
  backupId: string;
  serverId: string;
  backupName: string;
  jobId: number;
  status: string;
  date: string;
  serverCreated: boolean;
  jobCreated: boolean;
}

export type IngestOutcome =
  | { kind: 'stored'; run: StoredRun }
  | { kind: 'duplicate' }
  | { kind: 'rejected'; rejection: ReportRejection };

export interface IngestOptions {
  timeZone: string;
  now: () => Date;
  events: EventPublisher;
}

/**
 * The one path every report takes, from `/api/upload` and from `Mutation.reportBackup`:
 * validate (DOMAIN.md a.13), then store server, job and run in one transaction.
 */
export async function ingestReport(db: Db, body: unknown, options: IngestOptions): Promise<IngestOutcome> {
  const parsed = parseDuplicatiReport(body, { timeZone: options.timeZone });
  if (!parsed.ok) return { kind: 'rejected', rejection: parsed.rejection };
  try {
    const receivedAt = options.now();
    const run = await db.$transaction((tx) => storeReport(tx, parsed.report, receivedAt));
    if (!run) return { kind: 'duplicate' };
    announceStoredRun(options.events, run, parsed.report.server.name, receivedAt);
    return { kind: 'stored', run };
  } catch (error) {
    // The UNIQUE index on (server_id, backup_name, date) is what makes the duplicate rule (a.12)
    // hold when two identical reports race; the loser lands here.
    if (isUniqueViolation(error)) return { kind: 'duplicate' };
    throw error;
  }
}

const jobScheduleSelect = {
  id: true,
  lastBackupAt: true,
  nextExpectedAt: true,
  expectedInterval: true,
  allowedWeekdays: true,
} as const;

async function storeReport(tx: DbTransaction, report: ParsedReport, now: Date): Promise<StoredRun | null> {
  const { run } = report;
  const existing = await tx.backup.findUnique({
    where: { serverId_backupName_date: { serverId: run.serverId, backupName: run.backupName, date: run.date } },
    select: { id: true },
  });
  if (existing) return null;

  const nowIso = now.toISOString();
  // a.14: the server row is written only when new; later reports never overwrite its name.
  const server = await tx.server.findUnique({ where: { id: report.server.id }, select: { id: true } });
  if (!server) {
    await tx.server.create({ data: { id: report.server.id, name: report.server.name, updatedAt: nowIso } });
  }
  const existingJob = await tx.backupJob.findUnique({
    where: { serverId_backupName: { serverId: run.serverId, backupName: run.backupName } },
    select: jobScheduleSelect,
  });
  const job =
    existingJob ??
    (await tx.backupJob.create({
      data: { serverId: run.serverId, backupName: run.backupName, updatedAt: nowIso },
      select: jobScheduleSelect,
    }));

  const backupId = randomUUID();
  await tx.backup.create({ data: { id: backupId, ...run } });

  // Runs can arrive out of order (Duplicati retries, collected history): only a newer run
  // becomes the job's latest.
  if (job.lastBackupAt === null || run.date > job.lastBackupAt) {
    const nextExpectedAt = recomputeNextExpected({
      nextExpectedAt: parseStoredTimestamp(job.nextExpectedAt),
      latestBackupAt: new Date(run.date),
      interval: job.expectedInterval,
      allowedWeekdays: parseWeekdays(job.allowedWeekdays),
      isNewJob: !existingJob,
    });
    await tx.backupJob.update({
      where: { id: job.id },
      data: { lastBackupAt: run.date, latestBackupId: backupId, nextExpectedAt: nextExpectedAt.toISOString(), updatedAt: nowIso },
    });
  }

  return {
    backupId,
    serverId: run.serverId,
    backupName: run.backupName,
    jobId: job.id,
    status: run.status,
    date: run.date,
    serverCreated: !server,
    jobCreated: !existingJob,
  };
}

/** Only after the commit: a subscriber must never hear of a run a rollback took back. */
function announceStoredRun(events: EventPublisher, run: StoredRun, serverName: string, receivedAt: Date): void {
  const at = receivedAt.toISOString();
  if (run.serverCreated) {
    events.publish('server:changed', { kind: 'CREATED', serverId: run.serverId, name: serverName, changedAt: at });
  }
  events.publish('backup:received', {
    backupId: run.backupId,
    serverId: run.serverId,
    backupName: run.backupName,
    jobId: run.jobId,
    status: run.status,
    date: run.date,
    receivedAt: at,
  });
}
