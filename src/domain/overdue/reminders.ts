/**
 * Repeat throttling of overdue notifications (docs/compatibility/overdue.md#periodic-check-and-reminders, docs/compatibility/legacy-databases.md#configuration-keys `notification_frequency`).
 * Stored per job as `backup_jobs.last_reminder_at` (duplistatus: `overdue_notifications[job].lastNotificationSent`).
 */

export const REMINDER_FREQUENCIES = ['onetime', 'every_day', 'every_week', 'every_month'] as const;
export type ReminderFrequency = (typeof REMINDER_FREQUENCIES)[number];

/** docs/compatibility/legacy-databases.md#configuration-keys: `every_day` is the default, and what an unknown stored value reads as. */
export const DEFAULT_REMINDER_FREQUENCY: ReminderFrequency = 'every_day';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Fixed periods, not calendar units: docs/compatibility/overdue.md#periodic-check-and-reminders says 24 h / 7 d / 30 d. */
export const REMINDER_PERIOD_MS: Readonly<Record<Exclude<ReminderFrequency, 'onetime'>, number>> = {
  every_day: DAY_MS,
  every_week: 7 * DAY_MS,
  every_month: 30 * DAY_MS,
};

export function isReminderFrequency(value: unknown): value is ReminderFrequency {
  return typeof value === 'string' && (REMINDER_FREQUENCIES as readonly string[]).includes(value);
}

export function parseReminderFrequency(value: unknown): ReminderFrequency {
  return isReminderFrequency(value) ? value : DEFAULT_REMINDER_FREQUENCY;
}

export interface ReminderInput {
  readonly now: Date;
  /** When the last overdue notification for this job went out; null when none has. */
  readonly lastReminderAt: Date | null;
  readonly latestBackupAt: Date;
  readonly frequency: ReminderFrequency;
}

/**
 * docs/compatibility/overdue.md#periodic-check-and-reminders, for a job already known to be overdue:
 * 1. no (valid) previous notification → send;
 * 2. the latest backup is newer than that notification → a new overdue episode, send at once
 *    (even with `onetime`);
 * 3. otherwise `onetime` never repeats, the others repeat once `last + period ≤ now`.
 */
export function shouldSendOverdueReminder(input: ReminderInput): boolean {
  const { now, lastReminderAt, latestBackupAt, frequency } = input;
  if (lastReminderAt === null || Number.isNaN(lastReminderAt.getTime())) return true;
  if (latestBackupAt.getTime() > lastReminderAt.getTime()) return true;
  if (frequency === 'onetime') return false;
  return lastReminderAt.getTime() + REMINDER_PERIOD_MS[frequency] <= now.getTime();
}
