import type { RawSql } from '../../db/raw-sql.ts';
import type { NotificationSettings } from './channel-settings.ts';
import type { NotificationEvent } from './events.ts';
import { insertDeliveries } from './outbox.ts';
import { planDeliveries } from './plan.ts';
import type { JobNotificationChoices } from './plan.ts';

/** What the ingest and the overdue check are given to notify: the settings (cached by the caller) and a kick after commit. */
export interface NotificationHooks {
  settings(): Promise<NotificationSettings>;
  /** Called after a commit that wrote deliveries: the dispatcher sends them now instead of at its next poll. */
  enqueued(): void;
  /** Called after each stored report, notifying or not: while reports keep arriving, sending yields to them. */
  reportStored(): void;
}

/** Writes the event's deliveries in the caller's transaction, their text made when they are sent (plan.ts); returns how many. */
export async function enqueueNotification(
  tx: RawSql,
  event: NotificationEvent,
  settings: NotificationSettings,
  job: JobNotificationChoices | null,
  now: Date,
): Promise<number> {
  const drafts = planDeliveries(event, settings, job, 'at-send');
  await insertDeliveries(tx, drafts, now);
  return drafts.length;
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
