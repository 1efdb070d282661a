import { randomUUID } from 'node:crypto';
import type { Db, DbTransaction } from '../db/types.ts';
import { isUniqueViolation } from '../db/types.ts';
import type { EventPublisher } from '../events/event-bus.ts';
import type { AlertChangedEvent } from '../events/topics.ts';
import { publishAlertChanges } from './alerts/publish.ts';
import { applyRunAlerts } from './alerts/run-alerts.ts';
import { nextExpectedRun } from './job-schedule.ts';
import { parseDuplicatiReport } from './report/index.ts';
import type { ParsedReport, ReportRejection } from './report/index.ts';

export interface StoredRun {
  backupId: string;
  serverId: string;
  serverName: string;
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
 * validate (DOMAIN.md a.13), then store server, job, run, schedule and alerts in one transaction,
 * and announce it only after the commit.
 */
export async function ingestReport(db: Db, body: unknown, options: IngestOptions): Promise<IngestOutcome> {
  const parsed = parseDuplicatiReport(body, { timeZone: options.timeZone });
  if (!parsed.ok) return { kind: 'rejected', rejection: parsed.rejection };
  const receivedAt = options.now();
  let stored: { run: StoredRun; alertChanges: AlertChangedEvent[] } | null;
  try {
    stored = await db.$transaction((tx) => storeReport(tx, parsed.report, receivedAt));
  } catch (error) {
    // The UNIQUE index on (server_id, backup_name, date) is what makes the duplicate rule (a.12)
    // hold when two identical reports race; the loser lands here.
    if (isUniqueViolation(error)) return { kind: 'duplicate' };
    throw error;
  }
  if (!stored) return { kind: 'duplicate' };
  announceStoredRun(options.events, stored.run, receivedAt);
  publishAlertChanges(options.events, stored.alertChanges);
  return { kind: 'stored', run: stored.run };
}

const jobSelect = {
  id: true,
  serverId: true,
  backupName: true,
  lastBackupAt: true,
  nextExpectedAt: true,
  expectedInterval: true,
  allowedWeekdays: true,
  notificationEvent: true,
} as const;

async function storeReport(
  tx: DbTransaction,
  report: ParsedReport,
  now: Date,
): Promise<{ run: StoredRun; alertChanges: AlertChangedEvent[] } | null> {
  const { run } = report;
  const existing = await tx.backup.findUnique({
    where: { serverId_backupName_date: { serverId: run.serverId, backupName: run.backupName, date: run.date } },
    select: { id: true },
  });
  if (existing) return null;

  const nowIso = now.toISOString();
  // a.14: the server row is written only when new; later reports never overwrite its name.
  const existingServer = await tx.server.findUnique({ where: { id: report.server.id }, select: { name: true } });
  const server =
    existingServer ??
    (await tx.server.create({ data: { id: report.server.id, name: report.server.name, updatedAt: nowIso }, select: { name: true } }));
  const existingJob = await tx.backupJob.findUnique({
    where: { serverId_backupName: { serverId: run.serverId, backupName: run.backupName } },
    select: jobSelect,
  });
  const job =
    existingJob ??
    (await tx.backupJob.create({ data: { serverId: run.serverId, backupName: run.backupName, updatedAt: nowIso }, select: jobSelect }));

  const backupId = randomUUID();
  await tx.backup.create({ data: { id: backupId, ...run } });

  // Runs can arrive out of order (Duplicati retries, collected history): only a newer run moves
  // the job's latest run, its schedule and its alerts.
  let alertChanges: AlertChangedEvent[] = [];
  if (job.lastBackupAt === null || run.date > job.lastBackupAt) {
    await tx.backupJob.update({
      where: { id: job.id },
      data: {
        lastBackupAt: run.date,
        latestBackupId: backupId,
        nextExpectedAt: nextExpectedRun(job, run.date, !existingJob),
        updatedAt: nowIso,
      },
    });
    alertChanges = await applyRunAlerts(
      tx,
      { ...job, serverName: server.name },
      { backupId, status: run.status, date: run.date, warnings: run.warnings, errors: run.errors },
      now,
    );
  }

  return {
    run: {
      backupId,
      serverId: run.serverId,
      serverName: server.name,
      backupName: run.backupName,
      jobId: job.id,
      status: run.status,
      date: run.date,
      serverCreated: !existingServer,
      jobCreated: !existingJob,
    },
    alertChanges,
  };
}

function announceStoredRun(events: EventPublisher, run: StoredRun, receivedAt: Date): void {
  const at = receivedAt.toISOString();
  if (run.serverCreated) {
    events.publish('server:changed', { kind: 'CREATED', serverId: run.serverId, name: run.serverName, changedAt: at });
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
