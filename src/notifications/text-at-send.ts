import type { DbLike } from '../db/types.ts';
import type { NotificationSettings } from '../domain/notifications/channel-settings.ts';
import type { ClaimedDelivery } from '../domain/notifications/outbox.ts';
import { textsAtSend } from '../domain/notifications/text-at-send.ts';
import type { DeliveryAwaitingText } from '../domain/notifications/text-at-send.ts';
import { parseStoredStringArray } from '../domain/stored-arrays.ts';

/** The columns a row's text is made from, or read from once made. */
export type DeliveryText = Omit<ClaimedDelivery, 'id' | 'attempts' | 'orderKey'>;

export type Sendable<T> = { delivery: T } | { delivery: T; unrenderable: string };

/**
 * Rows ready to send: those whose text is made at send time (src/domain/notifications/text-at-send.ts)
 * get it now, with their runs' log lines as the claim read them (`runLog`), or else read in one
 * query; the others are as they were stored. They keep `eventJson`, so the attempt's record stores
 * the text it sent.
 */
export async function withTextAtSend<T extends DeliveryText>(
  db: DbLike,
  deliveries: readonly T[],
  settings: NotificationSettings,
): Promise<Sendable<T>[]> {
  const awaiting = deliveries.filter((delivery): delivery is T & DeliveryAwaitingText => delivery.eventJson !== null);
  if (awaiting.length === 0) return deliveries.map((delivery) => ({ delivery }));
  const logs = new Map<string, string | null>();
  const unread = new Set<string>();
  for (const delivery of awaiting) {
    if (!delivery.backupId) continue;
    if (delivery.runLog === undefined) unread.add(delivery.backupId);
    else if (delivery.runLog !== null) logs.set(delivery.backupId, delivery.runLog);
  }
  for (const backupId of logs.keys()) unread.delete(backupId);
  if (unread.size > 0) {
    const runs = await db.backup.findMany({ where: { id: { in: [...unread] } }, select: { id: true, messagesArray: true } });
    for (const run of runs) logs.set(run.id, run.messagesArray);
  }
  const texts = textsAtSend(awaiting, settings, (backupId) => parseStoredStringArray(logs.get(backupId) ?? null));
  const textById = new Map<T, (typeof texts)[number]>(awaiting.map((delivery, i) => [delivery, texts[i]!]));
  return deliveries.map((delivery) => {
    const text = textById.get(delivery);
    if (text === undefined) return { delivery };
    if (text instanceof Error) return { delivery, unrenderable: text.message };
    return { delivery: { ...delivery, title: text.title, body: text.message, priority: text.priority, tags: text.tags } };
  });
}

/**
 * The text of rows asked for together (a page of notificationDeliveries resolves each row's
 * fields in one pass), made with one read of their runs' logs instead of one per row. A row whose
 * event cannot be read shows what it holds.
 */
export function batchedTextOf(
  db: DbLike,
  settings: () => Promise<NotificationSettings>,
): (delivery: DeliveryText) => Promise<{ title: string; body: string }> {
  let waiting: { delivery: DeliveryText; resolve: (text: { title: string; body: string }) => void; reject: (error: unknown) => void }[] =
    [];
  const flush = async () => {
    const batch = waiting;
    waiting = [];
    try {
      const ready = await withTextAtSend(
        db,
        batch.map((entry) => entry.delivery),
        await settings(),
      );
      batch.forEach((entry, i) => {
        const made = ready[i]!;
        const text = 'unrenderable' in made ? entry.delivery : made.delivery;
        entry.resolve({ title: text.title, body: text.body });
      });
    } catch (error) {
      for (const entry of batch) entry.reject(error);
    }
  };
  return (delivery) =>
    new Promise((resolve, reject) => {
      if (waiting.length === 0) queueMicrotask(() => void flush());
      waiting.push({ delivery, resolve, reject });
    });
}
