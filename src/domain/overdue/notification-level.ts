/**
 * Which "backup received" reports are announced (docs/compatibility/notifications.md#events, the per-job `notificationEvent`
 * of docs/compatibility/overdue.md#where-settings-live; stored in `backup_jobs.notification_event`). Overdue notifications are not gated by it.
 */

export const NOTIFICATION_LEVELS = ['all', 'warnings', 'errors', 'off'] as const;
export type NotificationLevel = (typeof NOTIFICATION_LEVELS)[number];

/** docs/compatibility/overdue.md#where-settings-live default. */
export const DEFAULT_NOTIFICATION_LEVEL: NotificationLevel = 'warnings';

export function isNotificationLevel(value: unknown): value is NotificationLevel {
  return typeof value === 'string' && (NOTIFICATION_LEVELS as readonly string[]).includes(value);
}

/**
 * Unknown stored text reads as the docs/compatibility/overdue.md#where-settings-live default. (Upstream's filter switch would treat an
 * unrecognised value like `all`; a missing one gets the default — we only ever write valid ones.)
 */
export function parseNotificationLevel(value: unknown): NotificationLevel {
  return isNotificationLevel(value) ? value : DEFAULT_NOTIFICATION_LEVEL;
}

/**
 * docs/compatibility/notifications.md#events: `all` → every run; `warnings` → every status except `Success`; `errors` → `Error`/`Fatal`
 * or a positive error count (so, as upstream, even a `Success` run with errors counts);
 * `off` → none. Status is the stored text (docs/compatibility/upload.md#status-rule); unrecognised values count as non-success.
 */
export function shouldAnnounceRun(level: NotificationLevel, status: string, errorsCount: number): boolean {
  switch (level) {
    case 'all':
      return true;
    case 'warnings':
      return status !== 'Success';
    case 'errors':
      return status === 'Error' || status === 'Fatal' || errorsCount > 0;
    case 'off':
      return false;
  }
}
