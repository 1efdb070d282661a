import { randomUUID } from 'node:crypto';
import type { Db } from '../db/types.ts';
import type { ClaimedDelivery } from '../domain/notifications/outbox.ts';
import { claimDelivery, findDueHeads, recordAttempt } from '../domain/notifications/outbox.ts';
import type { AttemptRecord } from '../domain/notifications/outbox.ts';
import type { NotificationSettings } from '../domain/notifications/channel-settings.ts';
import type { Logger } from '../logger.ts';
import type { ChannelContext } from './channels/channel.ts';
import type { DeliveryOutcome } from './delivery-outcome.ts';
import { retryDelayMs } from './retry-policy.ts';
import type { RetryPolicy } from './retry-policy.ts';
import { sendDelivery } from './send-delivery.ts';

export interface DispatcherOptions {
  db: Db;
  logger: Logger;
  settings: () => Promise<NotificationSettings>;
  channelContext: Omit<ChannelContext, 'settings' | 'signal'>;
  retry: RetryPolicy;
  /** How often to look for rows another process left, or whose retry time came. */
  pollIntervalMs: number;
  /** Deliveries in flight at once (each on a different destination and job). */
  concurrency: number;
  onAttempt(delivery: ClaimedDelivery, outcome: DeliveryOutcome, record: AttemptRecord): void;
}

export interface Dispatcher {
  /** Claims and sends this row now (a test notification); null when another sender holds it or it is not pending. */
  deliverNow(id: number): Promise<DeliveryOutcome | null>;
  /** After a commit that wrote deliveries: look now instead of at the next poll. */
  kick(): void;
  /** Stops taking rows, aborts what is in flight (its claim released, nothing lost) and waits. */
  stop(): Promise<void>;
}

/**
 * Delivers the outbox. Each row is claimed before it is sent (a conditional update only one
 * process wins: src/domain/notifications/outbox.ts), so instances on one database send it once;
 * a claim outlives the send's timeout twice over, so it never expires under a live sender, and a
 * dead process's claims expire so its rows are sent by whoever remains.
 */
export function startDispatcher(options: DispatcherOptions): Dispatcher {
  const owner = randomUUID();
  const claimMs = options.channelContext.timeoutMs * 2 + 5_000;
  const abort = new AbortController();
  let running = true;
  let wake: (() => void) | null = null;
  let kicked = false;

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      if (kicked || !running) return resolve();
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        wake = null;
        resolve();
      }
      wake = done;
    });

  async function deliver(id: number, settings: NotificationSettings): Promise<DeliveryOutcome | null> {
    const now = new Date();
    const delivery = await claimDelivery(options.db, id, owner, now, new Date(now.getTime() + claimMs));
    if (!delivery) return null;
    const outcome = await sendDelivery(delivery, { ...options.channelContext, settings, signal: abort.signal });
    if (abort.signal.aborted && !outcome.ok) {
      // Stopping: the attempt was cut short by us, not failed by the channel; release the row as it was.
      await options.db.notificationDelivery.updateMany({ where: { id, claimedBy: owner }, data: { claimedBy: null, claimedUntil: null } });
      return outcome;
    }
    const attempts = delivery.attempts + 1;
    const record: AttemptRecord = outcome.ok
      ? { outcome: 'delivered', responseCode: outcome.responseCode }
      : outcome.retryable && attempts < options.retry.maxAttempts
        ? {
            outcome: 'retry',
            responseCode: outcome.responseCode,
            error: outcome.error,
            nextAttemptAt: new Date(Date.now() + retryDelayMs(options.retry, attempts)),
          }
        : { outcome: 'dead', responseCode: outcome.responseCode, error: outcome.error };
    await recordAttempt(options.db, id, owner, new Date(), record);
    options.onAttempt(delivery, outcome, record);
    return outcome;
  }

  /** One pass: the heads of every order key that are due, several at once. Returns how many were claimed. */
  async function pass(): Promise<number> {
    const heads = await findDueHeads(options.db, new Date(), options.concurrency * 4);
    if (heads.length === 0) return 0;
    const settings = await options.settings();
    let claimed = 0;
    let next = 0;
    const worker = async () => {
      while (running && next < heads.length) {
        const id = heads[next++]!;
        if (await deliver(id, settings)) claimed++;
      }
    };
    await Promise.all(Array.from({ length: Math.min(options.concurrency, heads.length) }, worker));
    return claimed;
  }

  const loop = (async () => {
    while (running) {
      kicked = false;
      let claimed = 0;
      try {
        claimed = await pass();
      } catch (error) {
        if (running) options.logger.error({ err: error }, 'notification dispatch failed; trying again at the next poll');
      }
      if (claimed === 0 && running) await sleep(options.pollIntervalMs);
    }
  })();

  return {
    async deliverNow(id) {
      return deliver(id, await options.settings());
    },
    kick() {
      kicked = true;
      wake?.();
    },
    async stop() {
      running = false;
      abort.abort();
      wake?.();
      await loop;
    },
  };
}
