/**
 * When duplistatus last sent each job's overdue notification (docs/compatibility/overdue.md#periodic-check-and-reminders), so the first check after
 * an upgrade throttles as duplistatus would have instead of notifying again. 0.7+ keeps it in
 * `overdue_notifications` (`{lastNotificationSent, serverName}` per `"<server id>:<backup name>"`),
 * earlier releases in `overdue_backup_notifications` (`{lastNotificationSent, lastBackupDate}` per
 * `"<machine name>:<backup name>"`; duplistatus 0.7 re-keys and deletes it, docs/compatibility/legacy-databases.md#migration-steps).
 */
import type { LegacySettingsProblem } from './legacy-settings.ts';

export interface LegacyReminder {
  lastNotificationAt: Date;
  /** 0.7+ */
  serverName?: string;
  /** Before 0.7: the job's latest backup when the notification went out. */
  lastBackupAt?: Date;
}

export interface LegacyReminderState {
  source: 'overdue_notifications' | 'overdue_backup_notifications' | 'none';
  /** Keyed as duplistatus keys them (see the source). */
  jobs: Record<string, LegacyReminder>;
  problems: LegacySettingsProblem[];
}

const CURRENT_KEY = 'overdue_notifications';
const OLD_KEY = 'overdue_backup_notifications';

function toDate(value: unknown): Date | null {
  if (typeof value !== 'string' || value.trim() === '') return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

export function readLegacyReminderState(configurations: Record<string, string>): LegacyReminderState {
  const problems: LegacySettingsProblem[] = [];
  const hasCurrent = (configurations[CURRENT_KEY] ?? '').trim() !== '';
  const source = hasCurrent ? CURRENT_KEY : (configurations[OLD_KEY] ?? '').trim() !== '' ? OLD_KEY : null;
  if (source === null) return { source: 'none', jobs: {}, problems };
  if (hasCurrent && (configurations[OLD_KEY] ?? '').trim() !== '') {
    problems.push({ key: OLD_KEY, message: `ignored: ${CURRENT_KEY} replaces it (its keys name machines, not servers)` });
  }

  let parsed: unknown;
  try {
    parsed = JSON.parse(configurations[source]!);
  } catch (error) {
    problems.push({ key: source, message: `not valid JSON (${(error as Error).message}); no reminder state kept` });
    return { source, jobs: {}, problems };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    problems.push({ key: source, message: 'expected a JSON object; no reminder state kept' });
    return { source, jobs: {}, problems };
  }

  const jobs: Record<string, LegacyReminder> = {};
  for (const [jobKey, value] of Object.entries(parsed)) {
    const entry = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
    const lastNotificationAt = toDate(entry.lastNotificationSent);
    if (lastNotificationAt === null) {
      // duplistatus treats a missing or invalid time as "never sent", so the job is simply notified again.
      problems.push({ key: source, message: `entry ${JSON.stringify(jobKey)} has no valid lastNotificationSent; skipped` });
      continue;
    }
    const reminder: LegacyReminder = { lastNotificationAt };
    if (typeof entry.serverName === 'string' && entry.serverName !== '') reminder.serverName = entry.serverName;
    const lastBackupAt = toDate(entry.lastBackupDate);
    if (lastBackupAt) reminder.lastBackupAt = lastBackupAt;
    jobs[jobKey] = reminder;
  }
  return { source, jobs, problems };
}
