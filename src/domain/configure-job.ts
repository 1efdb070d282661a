import type { Db } from '../db/types.ts';
import type { EventPublisher } from '../events/event-bus.ts';
import { resolveAlerts } from './alerts/alert-store.ts';
import { alertTopicEvents } from './alerts/publish.ts';
import { publishLoggedEvents, recordLiveEvents } from './live-event-log.ts';
import { nextExpectedRun } from './job-schedule.ts';
import { formatWeekdays, InvalidIntervalError, InvalidWeekdaysError, parseInterval, validateWeekdays } from './overdue/index.ts';
import type { NotificationLevel } from './overdue/index.ts';

export interface ScheduleChanges {
  expectedInterval?: string;
  allowedWeekdays?: number[];
  /** null: follow the global default tolerance. */
  toleranceMinutes?: number | null;
  overdueCheckEnabled?: boolean;
  notificationLevel?: NotificationLevel;
  /** True: a Duplicati sync or a report's planned run replaces the schedule, even one set by hand (src/domain/schedule). */
  followDuplicati?: boolean;
  /** Channel choices (docs/compatibility/notifications.md#events); omitted ones stay. */
  ntfyEnabled?: boolean;
  emailEnabled?: boolean;
  gotifyEnabled?: boolean;
  appriseEnabled?: boolean;
  additionalNotificationLevel?: NotificationLevel;
  additionalEmails?: string;
  additionalNtfyTopic?: string;
  notifyRecovered?: boolean;
}

export type ConfigureJobOutcome =
  | { kind: 'configured'; jobId: number }
  | { kind: 'not-found' }
  | { kind: 'invalid'; field: string; message: string };

/** A week: longer than any schedule's interval could sensibly tolerate. */
export const MAX_TOLERANCE_MINUTES = 7 * 24 * 60;

/**
 * Changes a job's monitoring. As duplistatus does on a settings save (docs/compatibility/overdue.md#periodic-check-and-reminders), a changed interval or
 * weekday set, or monitoring switched off, starts reminder throttling afresh; the next expected
 * run is recomputed from the latest run under the new schedule (docs/compatibility/overdue.md#maintaining-the-next-expected-run b).
 */
export async function configureBackupJob(
  db: Db,
  jobId: number,
  changes: ScheduleChanges,
  options: { now: Date; events: EventPublisher },
): Promise<ConfigureJobOutcome> {
  const invalid = validateScheduleChanges(changes);
  if (invalid) return invalid;
  const outcome = await db.$transaction(async (tx) => {
    const job = await tx.backupJob.findUnique({ where: { id: jobId } });
    if (!job) return null;
    const expectedInterval = changes.expectedInterval?.trim() ?? job.expectedInterval;
    const allowedWeekdays = changes.allowedWeekdays ? formatWeekdays(validateWeekdays(changes.allowedWeekdays)) : job.allowedWeekdays;
    const overdueCheckEnabled = changes.overdueCheckEnabled ?? job.overdueCheckEnabled;
    const scheduleChanged =
      expectedInterval !== job.expectedInterval ||
      allowedWeekdays !== job.allowedWeekdays ||
      (job.overdueCheckEnabled && !overdueCheckEnabled);
    // An interval or weekdays given here are set by hand, which outranks Duplicati's plan.
    const setByHand = changes.expectedInterval !== undefined || changes.allowedWeekdays !== undefined;
    const plannedRunAt = setByHand ? null : job.plannedRunAt;
    const schedule = { nextExpectedAt: job.nextExpectedAt, expectedInterval, allowedWeekdays, plannedRunAt };
    await tx.backupJob.update({
      where: { id: jobId },
      data: {
        expectedInterval,
        allowedWeekdays,
        overdueCheckEnabled,
        toleranceMinutes: changes.toleranceMinutes === undefined ? job.toleranceMinutes : changes.toleranceMinutes,
        notificationEvent: changes.notificationLevel ?? job.notificationEvent,
        ntfyEnabled: changes.ntfyEnabled,
        emailEnabled: changes.emailEnabled,
        gotifyEnabled: changes.gotifyEnabled,
        appriseEnabled: changes.appriseEnabled,
        additionalNotificationEvent: changes.additionalNotificationLevel,
        additionalEmails: changes.additionalEmails?.trim(),
        additionalNtfyTopic: changes.additionalNtfyTopic?.trim(),
        notifyRecovered: changes.notifyRecovered,
        nextExpectedAt: job.lastBackupAt ? nextExpectedRun(schedule, job.lastBackupAt, false) : job.nextExpectedAt,
        plannedRunAt,
        scheduleSource: setByHand ? 'manual' : job.scheduleSource,
        followDuplicati: changes.followDuplicati ?? job.followDuplicati,
        lastReminderAt: scheduleChanged ? null : job.lastReminderAt,
        overdueSince: overdueCheckEnabled ? job.overdueSince : null,
        updatedAt: options.now.toISOString(),
      },
    });
    // Switching monitoring off ends the lateness episode: nobody is watching for it any more.
    const resolved = overdueCheckEnabled ? [] : await resolveAlerts(tx, job, ['OVERDUE'], { at: options.now, resolvedByBackupId: null });
    return recordLiveEvents(tx, alertTopicEvents(resolved), options.now);
  });
  if (outcome === null) return { kind: 'not-found' };
  publishLoggedEvents(options.events, outcome);
  return { kind: 'configured', jobId };
}

function validateScheduleChanges(changes: ScheduleChanges): ConfigureJobOutcome | null {
  const topic = changes.additionalNtfyTopic?.trim();
  if (topic && !/^[-_A-Za-z0-9]{1,64}$/.test(topic)) {
    return {
      kind: 'invalid',
      field: 'additionalNtfyTopic',
      message: 'additionalNtfyTopic must be 1 to 64 letters, digits, - or _ (or empty for none)',
    };
  }
  const badAddress = changes.additionalEmails
    ?.split(/[,;\s]+/)
    .filter(Boolean)
    .find((address) => !/^[^@\s]+@[^@\s]+$/.test(address));
  if (badAddress !== undefined) {
    return { kind: 'invalid', field: 'additionalEmails', message: `additionalEmails: ${JSON.stringify(badAddress)} is no e-mail address` };
  }
  try {
    if (changes.expectedInterval !== undefined) parseInterval(changes.expectedInterval.trim());
  } catch (error) {
    if (error instanceof InvalidIntervalError) return { kind: 'invalid', field: 'expectedInterval', message: error.message };
    throw error;
  }
  try {
    if (changes.allowedWeekdays !== undefined) validateWeekdays(changes.allowedWeekdays);
  } catch (error) {
    if (error instanceof InvalidWeekdaysError) return { kind: 'invalid', field: 'allowedWeekdays', message: error.message };
    throw error;
  }
  const tolerance = changes.toleranceMinutes;
  if (
    tolerance !== undefined &&
    tolerance !== null &&
    (!Number.isInteger(tolerance) || tolerance < 0 || tolerance > MAX_TOLERANCE_MINUTES)
  ) {
    return {
      kind: 'invalid',
      field: 'toleranceMinutes',
      message: `toleranceMinutes must be a whole number from 0 to ${MAX_TOLERANCE_MINUTES}`,
    };
  }
  return null;
}
