/**
 * The overdue digest (overdue-digest.ts) wired to the outbox. Each overdue job's notifications are
 * written in the transaction of its alert change, as every notification is; when the check found
 * more jobs than the digest threshold, they are written held (not yet due). At the end of the
 * check, per destination, the held rows are either released or, past the threshold, replaced by
 * one digest, in one transaction. Should the process die in between, the held rows fall due on
 * their own a little later: nothing is lost, they only go out separately.
 */
import type { DbLike } from '../../db/types.ts';
import type { NotificationSettings } from './channel-settings.ts';
import { newTimeOrderedId } from '../time-ordered-id.ts';
import { insertDeliveries } from './event-outbox.ts';
import { releaseHeldDeliveries, withdrawHeldDeliveries } from './outbox.ts';
import { type OverdueNotice, planOverdueNotifications } from './overdue-digest.ts';
import type { DeliveryDraft } from './plan.ts';
import { fitToChannel, notificationLanguage } from './render-event.ts';

/** How long held rows wait before they fall due by themselves (the check normally settles them within milliseconds). */
export const OVERDUE_HOLD_MS = 60_000;

/** One overdue job's held rows and what the digest would say of it. */
export interface HeldOverdue {
  drafts: DeliveryDraft[];
  notice: OverdueNotice;
}

/** Whether this check's overdue notifications are held for a possible digest. */
export function overdueDigestPossible(overdueJobs: number, settings: NotificationSettings | null): boolean {
  return settings !== null && overdueJobs > settings.overdueDigestThreshold;
}

/**
 * Releases or digests the held rows, per channel and destination. Webhooks always get each event
 * (their receivers are programs, not phones). Returns how many rows were written or released.
 */
export async function settleHeldOverdue(
  tx: DbLike,
  held: readonly HeldOverdue[],
  settings: NotificationSettings,
  now: Date,
): Promise<number> {
  const byDestination = new Map<string, { drafts: DeliveryDraft[]; notices: OverdueNotice[] }>();
  const release: string[] = [];
  for (const { drafts, notice } of held) {
    for (const draft of drafts) {
      if (draft.channel === 'WEBHOOK') {
        release.push(draft.messageId);
        continue;
      }
      const key = `${draft.channel}|${draft.destination}`;
      const group = byDestination.get(key) ?? { drafts: [], notices: [] };
      group.drafts.push(draft);
      group.notices.push(notice);
      byDestination.set(key, group);
    }
  }
  const withdraw: string[] = [];
  const digests: DeliveryDraft[] = [];
  for (const { drafts, notices } of byDestination.values()) {
    const plan = planOverdueNotifications(notices, settings.overdueDigestThreshold, notificationLanguage(settings));
    if (plan.kind === 'separate') {
      release.push(...drafts.map((draft) => draft.messageId));
      continue;
    }
    withdraw.push(...drafts.map((draft) => draft.messageId));
    const { channel, destination } = drafts[0]!;
    const text = fitToChannel(plan.notification, channel);
    digests.push({
      messageId: newTimeOrderedId(),
      event: 'OVERDUE',
      channel,
      destination,
      orderKey: `${channel}|${destination}|overdue-digest`,
      serverId: null,
      jobId: null,
      backupId: null,
      alertId: null,
      title: text.title,
      body: text.message,
      priority: text.priority,
      tags: text.tags,
      eventJson: null,
    });
  }
  await withdrawHeldDeliveries(tx, withdraw);
  await releaseHeldDeliveries(tx, release);
  await insertDeliveries(tx, digests, now);
  return release.length + digests.length;
}
