import type { RawSql } from '../../db/raw-sql.ts';
import type { NotificationSettings } from './channel-settings.ts';
import type { NotificationEvent } from './events.ts';
import { insertEvent } from './event-outbox.ts';
import { planRoutes } from './plan.ts';
import type { JobNotificationChoices } from './plan.ts';

/** What the ingest and the overdue check are given to notify: the settings (cached by the caller) and a kick after commit. */
export interface NotificationHooks {
  settings(): Promise<NotificationSettings>;
  /** Called after a commit that wrote notifications: the dispatcher sends them now instead of at its next poll. */
  enqueued(): void;
  /** Called after each stored report, notifying or not: while reports keep arriving, sending yields to them. */
  reportStored(): void;
}

/**
 * Writes the event in the caller's transaction when it has somewhere to go (planRoutes), as one
 * waiting event the dispatcher splits into deliveries after the commit (event-outbox.ts); their
 * text is made when they are sent. Answers whether it was written.
 */
export async function enqueueNotification(
  tx: RawSql,
  event: NotificationEvent,
  settings: NotificationSettings,
  job: JobNotificationChoices | null,
  now: Date,
): Promise<boolean> {
  const routes = planRoutes(event, settings, job);
  if (routes.length === 0) return false;
  await insertEvent(tx, event, routes, now);
  return true;
}

export const JOB_NOTIFICATION_COLUMNS = {
  notificationEvent: true,
  ntfyEnabled: true,
  emailEnabled: true,
  gotifyEnabled: true,
  appriseEnabled: true,
  additionalNotificationEvent: true,
  additionalEmails: true,
  additionalNtfyTopic: true,
  notifyRecovered: true,
} as const;
