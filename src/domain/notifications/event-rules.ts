/**
 * Which events notify (docs/compatibility/notifications.md#events): a stored run by its job's level, an overdue job always (the reminder
 * throttle of docs/compatibility/overdue.md#periodic-check-and-reminders decides when), and the job's extra destinations by their own level.
 */
import { type NotificationLevel, parseNotificationLevel, shouldAnnounceRun } from '../overdue/notification-level.ts';
import type { TemplateKind } from './template-types.ts';

export { isNotificationLevel, NOTIFICATION_LEVELS, type NotificationLevel, parseNotificationLevel } from '../overdue/notification-level.ts';

export interface RunForRules {
  status: string;
  errorCount: number;
}

/** `all` every run; `warnings` every status but `Success`; `errors` `Error`/`Fatal` or an error count above 0; `off` none. */
export function shouldNotifyRun(level: NotificationLevel, run: RunForRules): boolean {
  return shouldAnnounceRun(level, run.status, run.errorCount);
}

/** `success` for a `Success` run, `warning` for every other status (`Warning`, `Error`, `Fatal`, `Unknown`, …). */
export function templateKindForRun(status: string): Extract<TemplateKind, 'success' | 'warning'> {
  return status === 'Success' ? 'success' : 'warning';
}

export type NotificationEventForRules = ({ kind: 'run' } & RunForRules) | { kind: 'overdue' };

/**
 * The extra destinations (`additionalEmails`, `additionalNtfyTopic`) under their own level: a run
 * by the same rule as shouldNotifyRun, an overdue job unless the level is `off`.
 */
export function shouldNotifyAdditional(level: NotificationLevel, event: NotificationEventForRules): boolean {
  if (event.kind === 'overdue') return level !== 'off';
  return shouldNotifyRun(level, event);
}

export interface AdditionalLevelSources {
  /** The job's `notificationEvent`. */
  notificationEvent: unknown;
  /** The job's `additionalNotificationEvent`, when it has one. */
  additionalNotificationEvent?: unknown;
  /** The server's default from its `"<server id>:__default__"` entry (duplistatus 1.2.1+). */
  serverDefaultAdditionalEvent?: unknown;
}

/** The level of the extra destinations: the job's own, else its server's default, else the job's `notificationEvent`. */
export function resolveAdditionalLevel(sources: AdditionalLevelSources): NotificationLevel {
  const own = sources.additionalNotificationEvent ?? sources.serverDefaultAdditionalEvent ?? sources.notificationEvent;
  return parseNotificationLevel(own);
}
