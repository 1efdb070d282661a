import type { Db } from '../../db/types.ts';
import type { EventPublisher } from '../../events/event-bus.ts';
import type { AlertChangedEvent } from '../../events/topics.ts';
import { nextExpectedRun } from '../job-schedule.ts';
import { overdueDeadline, resolveToleranceMinutes, shouldSendOverdueReminder } from '../overdue/index.ts';
import { findOverdueJobs } from '../overdue-jobs.ts';
import type { OverdueJobRow } from '../overdue-jobs.ts';
import { globalToleranceMinutes, reminderFrequency, SETTING_KEYS, writeSetting } from '../settings.ts';
import { parseStoredTimestamp } from '../timestamps.ts';
import { alertEvent, findOpenAlert, openAlert } from './alert-store.ts';
import { recordAndPublish } from '../live-event-log.ts';
import { alertTopicEvents } from './publish.ts';
import { overdueAlertMessage } from './run-rules.ts';

/** docs/compatibility/overdue.md#periodic-check-and-reminders's statistics, plus how the notifications split into raises and reminders. */
export interface OverdueCheckStatistics {
  totalBackupConfigs: number;
  checkedBackups: number;
  overdueBackupsFound: number;
  notificationsSent: number;
  alertsRaised: number;
  remindersSent: number;
}

export interface OverdueCheckResult {
  message: string;
  checkedAt: Date;
  statistics: OverdueCheckStatistics;
}

export interface OverdueCheckOptions {
  now: Date;
  events: EventPublisher;
  /** Recompute every job's next expected run first (docs/compatibility/overdue.md#maintaining-the-next-expected-run b), as the manual "check now" does. */
  force?: boolean;
}

/**
 * One pass of the overdue check (docs/compatibility/overdue.md#periodic-check-and-reminders): raise an OVERDUE alert for each newly late job and remind
 * per the global frequency. Safe to run from several processes on one database: the open-alert
 * unique index decides who raises, and a conditional update decides who reminds.
 */
export async function runOverdueCheck(db: Db, options: OverdueCheckOptions): Promise<OverdueCheckResult> {
  const { now } = options;
  if (options.force) await recomputeNextExpectedRuns(db);

  const [globalMinutes, frequency, totalBackupConfigs, checkedBackups, overdueJobs] = await Promise.all([
    globalToleranceMinutes(db),
    reminderFrequency(db),
    db.backupJob.count(),
    db.backupJob.count({ where: { overdueCheckEnabled: true, latestBackupId: { not: null } } }),
    findOverdueJobs(db, now),
  ]);

  const changes: AlertChangedEvent[] = [];
  for (const job of overdueJobs) {
    const toleranceMinutes = resolveToleranceMinutes(job.toleranceMinutes, globalMinutes);
    const change = await notifyOverdueJob(db, job, { now, toleranceMinutes, frequency });
    if (change) changes.push(change);
  }
  await writeSetting(db, SETTING_KEYS.lastOverdueCheck, now.toISOString());
  // Each alert was written on its own (a lost race must not undo the others), so their events are
  // recorded together once the pass is done; a crash in between loses the events, not the alerts.
  await recordAndPublish(db, options.events, alertTopicEvents(changes), now);

  const alertsRaised = changes.filter((c) => c.change === 'RAISED').length;
  const remindersSent = changes.length - alertsRaised;
  return {
    message: `Overdue check done: ${overdueJobs.length} overdue job(s), ${changes.length} notification(s) sent`,
    checkedAt: now,
    statistics: {
      totalBackupConfigs,
      checkedBackups,
      overdueBackupsFound: overdueJobs.length,
      notificationsSent: changes.length,
      alertsRaised,
      remindersSent,
    },
  };
}

async function notifyOverdueJob(
  db: Db,
  job: OverdueJobRow,
  context: { now: Date; toleranceMinutes: number; frequency: Parameters<typeof shouldSendOverdueReminder>[0]['frequency'] },
): Promise<AlertChangedEvent | null> {
  const { now, toleranceMinutes } = context;
  const nowIso = now.toISOString();
  const message = overdueAlertMessage({ ...job, serverName: job.server.name, nextExpectedAt: job.nextExpectedAt! }, toleranceMinutes);
  const open = await findOpenAlert(db, job.id, 'OVERDUE');

  if (!open) {
    const created = await openAlert(db, job, 'OVERDUE', { message, at: now });
    if (!created) return null;
    const overdueSince = overdueDeadline(new Date(job.nextExpectedAt!), toleranceMinutes).toISOString();
    await db.backupJob.update({ where: { id: job.id }, data: { overdueSince, lastReminderAt: nowIso } });
    return alertEvent('RAISED', created.id, 'OVERDUE', job, now);
  }

  if (open.acknowledgedAt) return null;
  const due = shouldSendOverdueReminder({
    now,
    lastReminderAt: parseStoredTimestamp(job.lastReminderAt),
    latestBackupAt: parseStoredTimestamp(job.lastBackupAt) ?? now,
    frequency: context.frequency,
  });
  if (!due) return null;
  // Whoever moves last_reminder_at from the value it read sends the reminder; a second process
  // reading the same value finds nothing left to update.
  const claimed = await db.backupJob.updateMany({
    where: { id: job.id, lastReminderAt: job.lastReminderAt },
    data: { lastReminderAt: nowIso },
  });
  if (claimed.count !== 1) return null;
  await db.alert.update({
    where: { id: open.id },
    data: { message, lastRemindedAt: nowIso, reminderCount: { increment: 1 } },
  });
  return alertEvent('REMINDED', open.id, 'OVERDUE', job, now);
}

/** docs/compatibility/overdue.md#maintaining-the-next-expected-run (b): a forced recalculation from each job's latest run and current schedule. */
export async function recomputeNextExpectedRuns(db: Db): Promise<void> {
  const jobs = await db.backupJob.findMany({
    where: { lastBackupAt: { not: null } },
    select: { id: true, nextExpectedAt: true, expectedInterval: true, allowedWeekdays: true, lastBackupAt: true },
  });
  for (const job of jobs) {
    const next = nextExpectedRun(job, job.lastBackupAt!, false);
    if (next !== job.nextExpectedAt) {
      await db.backupJob.update({ where: { id: job.id }, data: { nextExpectedAt: next } });
    }
  }
}
