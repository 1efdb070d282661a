import type { Db, DbTransaction } from '../../db/types.ts';
import { isUniqueViolation } from '../../db/types.ts';
import type { EventPublisher } from '../../events/event-bus.ts';
import type { AlertChangedEvent } from '../../events/topics.ts';
import { nextExpectedRun } from '../job-schedule.ts';
import type { NotificationSettings } from '../notifications/channel-settings.ts';
import type { NotificationHooks } from '../notifications/enqueue.ts';
import type { NotificationEvent } from '../notifications/events.ts';
import { type HeldOverdue, OVERDUE_HOLD_MS, overdueDigestPossible, settleHeldOverdue } from '../notifications/held-overdue.ts';
import { insertDeliveries } from '../notifications/event-outbox.ts';
import { planDeliveries } from '../notifications/plan.ts';
import { placeholdersForEvent } from '../notifications/render-event.ts';
import { overdueDeadline, resolveToleranceMinutes, shouldSendOverdueReminder } from '../overdue/index.ts';
import { findOverdueJobs } from '../overdue-jobs.ts';
import type { OverdueJobRow } from '../overdue-jobs.ts';
import { readMonitoringSettings, SETTING_KEYS, writeSetting } from '../settings.ts';
import { parseStoredTimestamp } from '../timestamps.ts';
import { recordAndPublish } from '../live-event-log.ts';
import { alertEvent, findOpenAlert } from './alert-store.ts';
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
  /** Where overdue notifications go; absent: none are written. */
  notifications?: NotificationHooks;
}

/**
 * One pass of the overdue check (docs/compatibility/overdue.md#periodic-check-and-reminders): raise an OVERDUE alert for each newly late job and remind
 * per the global frequency. Safe to run from several processes on one database: the open-alert
 * unique index decides who raises, and a conditional update decides who reminds.
 */
export async function runOverdueCheck(db: Db, options: OverdueCheckOptions): Promise<OverdueCheckResult> {
  const { now } = options;
  if (options.force) await recomputeNextExpectedRuns(db);

  const [{ defaultToleranceMinutes: globalMinutes, reminderFrequency: frequency }, totalBackupConfigs, checkedBackups, overdueJobs] =
    await Promise.all([
      readMonitoringSettings(db),
      db.backupJob.count(),
      db.backupJob.count({ where: { overdueCheckEnabled: true, latestBackupId: { not: null } } }),
      findOverdueJobs(db, now),
    ]);

  const settings = overdueJobs.length > 0 && options.notifications ? await options.notifications.settings() : null;
  const changes: AlertChangedEvent[] = [];
  let notificationsWritten = 0;
  // Past the digest threshold the notifications are written held, and settled together below.
  const hold = overdueDigestPossible(overdueJobs.length, settings);
  const held: HeldOverdue[] = [];
  for (const job of overdueJobs) {
    const toleranceMinutes = resolveToleranceMinutes(job.toleranceMinutes, globalMinutes);
    const notified = await notifyOverdueJob(db, job, { now, toleranceMinutes, frequency, settings, hold });
    if (notified) {
      changes.push(notified.change);
      notificationsWritten += notified.notificationsWritten;
      if (notified.held) held.push(notified.held);
    }
  }
  if (settings && held.length > 0) {
    notificationsWritten = await db.$transaction((tx) => settleHeldOverdue(tx, held, settings, now));
  }
  await writeSetting(db, SETTING_KEYS.lastOverdueCheck, now.toISOString());
  if (notificationsWritten > 0) options.notifications?.enqueued();
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

interface OverdueContext {
  now: Date;
  toleranceMinutes: number;
  frequency: Parameters<typeof shouldSendOverdueReminder>[0]['frequency'];
  settings: NotificationSettings | null;
  /** Write the notifications held, for settleHeldOverdue. */
  hold: boolean;
}

interface OverdueNotified {
  change: AlertChangedEvent;
  notificationsWritten: number;
  held: HeldOverdue | null;
}

/**
 * Raises the job's OVERDUE alert, or reminds it when due, and writes the notification in the
 * same transaction as that change (docs/compatibility/notifications.md#events: overdue notifies at each, not gated by the level).
 */
async function notifyOverdueJob(db: Db, job: OverdueJobRow, context: OverdueContext): Promise<OverdueNotified | null> {
  const { now, toleranceMinutes } = context;
  const nowIso = now.toISOString();
  const message = overdueAlertMessage({ ...job, serverName: job.server.name, nextExpectedAt: job.nextExpectedAt! }, toleranceMinutes);
  const open = await findOpenAlert(db, job.id, 'OVERDUE');

  if (!open) {
    try {
      return await db.$transaction(async (tx) => {
        // The unique index on (job_id, open_kind) decides a race between processes: the loser's
        // transaction rolls back whole, its notification with it.
        const created = await tx.alert.create({
          data: { jobId: job.id, kind: 'OVERDUE', openKind: 'OVERDUE', message, raisedAt: nowIso },
          select: { id: true, raisedAt: true },
        });
        const overdueSince = overdueDeadline(new Date(job.nextExpectedAt!), toleranceMinutes).toISOString();
        await tx.backupJob.update({ where: { id: job.id }, data: { overdueSince, lastReminderAt: nowIso } });
        const alert = { id: created.id, kind: 'OVERDUE', raisedAt: created.raisedAt, reminderCount: 0, resolvedAt: null };
        const written = await enqueueOverdue(tx, job, 'OVERDUE', alert, context);
        return { change: alertEvent('RAISED', created.id, 'OVERDUE', job, now), ...written };
      });
    } catch (error) {
      if (isUniqueViolation(error)) return null;
      throw error;
    }
  }

  if (open.acknowledgedAt) return null;
  const due = shouldSendOverdueReminder({
    now,
    lastReminderAt: parseStoredTimestamp(job.lastReminderAt),
    latestBackupAt: parseStoredTimestamp(job.lastBackupAt) ?? now,
    frequency: context.frequency,
  });
  if (!due) return null;
  return db.$transaction(async (tx) => {
    // Whoever moves last_reminder_at from the value it read sends the reminder; a second process
    // reading the same value finds nothing left to update.
    const claimed = await tx.backupJob.updateMany({
      where: { id: job.id, lastReminderAt: job.lastReminderAt },
      data: { lastReminderAt: nowIso },
    });
    if (claimed.count !== 1) return null;
    const updated = await tx.alert.update({
      where: { id: open.id },
      data: { message, lastRemindedAt: nowIso, reminderCount: { increment: 1 } },
      select: { raisedAt: true, reminderCount: true },
    });
    const alert = { id: open.id, kind: 'OVERDUE', raisedAt: updated.raisedAt, reminderCount: updated.reminderCount, resolvedAt: null };
    const written = await enqueueOverdue(tx, job, 'OVERDUE_REMINDER', alert, context);
    return { change: alertEvent('REMINDED', open.id, 'OVERDUE', job, now), ...written };
  });
}

async function enqueueOverdue(
  tx: DbTransaction,
  job: OverdueJobRow,
  kind: 'OVERDUE' | 'OVERDUE_REMINDER',
  alert: { id: number; kind: string; raisedAt: string; reminderCount: number; resolvedAt: null },
  context: OverdueContext,
): Promise<Pick<OverdueNotified, 'notificationsWritten' | 'held'>> {
  const { settings, now } = context;
  if (!settings) return { notificationsWritten: 0, held: null };
  const event: NotificationEvent = {
    kind,
    occurredAt: context.now.toISOString(),
    server: { id: job.serverId, name: job.server.name, alias: job.server.alias, note: job.server.note, url: job.server.serverUrl },
    job: { id: job.id, name: job.backupName },
    run: null,
    alert,
    overdue: {
      expectedAt: job.nextExpectedAt ?? '',
      lastBackupAt: job.lastBackupAt,
      interval: job.expectedInterval,
      toleranceMinutes: context.toleranceMinutes,
    },
  };
  const drafts = planDeliveries(event, settings, job);
  await insertDeliveries(tx, drafts, now, context.hold ? heldUntil(now) : undefined);
  if (!context.hold || drafts.length === 0) return { notificationsWritten: drafts.length, held: null };
  const notice = { serverId: job.serverId, backupName: job.backupName, values: placeholdersForEvent(event, settings) };
  return { notificationsWritten: drafts.length, held: { drafts, notice } };
}

/**
 * The dispatcher compares due times with the wall clock, while `now` may be an injected clock
 * (tests, a check run for another moment): held rows must not fall due by either before the
 * check settles them.
 */
function heldUntil(now: Date): Date {
  return new Date(Math.max(now.getTime(), Date.now()) + OVERDUE_HOLD_MS);
}

/** docs/compatibility/overdue.md#maintaining-the-next-expected-run (b): a forced recalculation from each job's latest run and current schedule. */
export async function recomputeNextExpectedRuns(db: Db): Promise<void> {
  const jobs = await db.backupJob.findMany({
    where: { lastBackupAt: { not: null } },
    select: { id: true, nextExpectedAt: true, expectedInterval: true, allowedWeekdays: true, plannedRunAt: true, lastBackupAt: true },
  });
  for (const job of jobs) {
    const next = nextExpectedRun(job, job.lastBackupAt!, false);
    if (next !== job.nextExpectedAt) {
      await db.backupJob.update({ where: { id: job.id }, data: { nextExpectedAt: next } });
    }
  }
}
