import { randomUUID } from 'node:crypto';
import { setTimeout as delay } from 'node:timers/promises';
import type { Db } from '../db/types.ts';
import type { ClaimedDelivery } from '../domain/notifications/outbox.ts';
import { splitWaitingEvents } from '../domain/notifications/event-outbox.ts';
import { claimDelivery, claimDueHeads, recordAttempts, releaseClaims } from '../domain/notifications/outbox.ts';
import type { AttemptRecord } from '../domain/notifications/outbox.ts';
import type { NotificationSettings } from '../domain/notifications/channel-settings.ts';
import type { Logger } from '../logger.ts';
import type { ChannelContext } from './channels/channel.ts';
import type { DeliveryOutcome } from './delivery-outcome.ts';
import { retryDelayMs } from './retry-policy.ts';
import type { RetryPolicy } from './retry-policy.ts';
import { sendDelivery } from './send-delivery.ts';
import { withTextAtSend } from './text-at-send.ts';
import type { Sendable } from './text-at-send.ts';

/** A short wait after a wake-up, so sends that finish together are recorded together. */
const GATHER_MS = 10;
/**
 * Uploads first: after a commit wrote notifications, sending starts once reports have paused for
 * QUIET_MS, or after MAX_DEFER_MS at most, so a burst of reports (the top of the hour) has the
 * writer and the CPU to itself and its notifications follow within a second. While reports keep
 * arriving and more is waiting than a claim takes, one claim (at most `concurrency` rows) is made
 * per PACED_CLAIM_MS, and what finished is recorded with it rather than as each send ends: a send
 * costs the process about a millisecond (rendering, the POST, its record), so 8 a second take about
 * 1 % of it, and a long burst is neither slowed by its notifications nor keeps them all waiting
 * until it ends. At one claim per 200 ms, sends amid a 2,000-run burst added about 0.1 ms to each
 * run's CPU, a third of what notifying cost the uploads. Once reports pause, the outbox is sent at
 * full speed.
 */
const QUIET_MS = 20;
const MAX_DEFER_MS = 1_000;
const PACED_CLAIM_MS = 1_000;
/** Events split into deliveries per turn once reports pause (amid them, as many as a claim takes). */
const SPLIT_BATCH = 200;

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
  /** After a report was stored (notifying or not): sending yields to reports that keep arriving. */
  reportStored(): void;
  /** Stops taking rows, aborts what is in flight (its claim released, nothing lost) and waits. */
  stop(): Promise<void>;
}

/**
 * Delivers the outbox. Each row is claimed before it is sent (a conditional update only one
 * process wins: src/domain/notifications/outbox.ts), so instances on one database send it once;
 * a claim outlives the send's timeout twice over, so it never expires under a live sender, and a
 * dead process's claims expire so its rows are sent by whoever remains.
 *
 * One loop does the writing: each turn records every attempt that finished since the last turn
 * (one statement) and claims heads for the free sending slots (one statement). The outbox
 * shares SQLite's single writer with ingest, so a burst costs a few writes per batch instead of
 * two per message; sends run beside the loop, so a slow destination holds only its own slot.
 */
export function startDispatcher(options: DispatcherOptions): Dispatcher {
  const owner = randomUUID();
  const claimMs = options.channelContext.timeoutMs * 2 + 5_000;
  const abort = new AbortController();
  let running = true;
  let wake: (() => void) | null = null;
  let woken = false;
  let lastReportAt = 0;
  let lastClaimAt = 0;
  let lastClaimFull = false;
  let pacedWake: NodeJS.Timeout | null = null;
  let draining = false;
  let sending = 0;
  let finished: Finished[] = [];
  let eventsMayWait = true;

  const signal = () => {
    woken = true;
    wake?.();
  };

  /** Resolves true when woken before `ms`. */
  const sleep = (ms: number) =>
    new Promise<boolean>((resolve) => {
      if (woken) return resolve(true);
      const timer = setTimeout(() => done(false), ms);
      function done(early: boolean) {
        clearTimeout(timer);
        wake = null;
        resolve(early);
      }
      wake = () => done(true);
    });

  function attemptRecord(delivery: ClaimedDelivery, outcome: DeliveryOutcome): AttemptRecord {
    const attempts = delivery.attempts + 1;
    if (outcome.ok) return { outcome: 'delivered', responseCode: outcome.responseCode };
    if (outcome.retryable && attempts < options.retry.maxAttempts) {
      return {
        outcome: 'retry',
        responseCode: outcome.responseCode,
        error: outcome.error,
        nextAttemptAt: new Date(Date.now() + retryDelayMs(options.retry, attempts)),
      };
    }
    return { outcome: 'dead', responseCode: outcome.responseCode, error: outcome.error };
  }

  async function send(item: Sendable<ClaimedDelivery>, settings: NotificationSettings): Promise<Finished> {
    const { delivery } = item;
    if ('unrenderable' in item) {
      const outcome: DeliveryOutcome = { ok: false, retryable: false, responseCode: null, error: item.unrenderable };
      return { delivery, outcome, at: new Date(), madeText: false };
    }
    const outcome = await sendDelivery(delivery, { ...options.channelContext, settings, signal: abort.signal });
    return { delivery, outcome, at: new Date(), madeText: delivery.eventJson !== null };
  }

  /** Claimed rows with their text, made now for those that wait for it; on failure the claims are given back. */
  async function readyToSend(claimed: ClaimedDelivery[], settings: NotificationSettings): Promise<Sendable<ClaimedDelivery>[]> {
    try {
      return await withTextAtSend(options.db, claimed, settings);
    } catch (error) {
      await releaseClaims(
        options.db,
        owner,
        claimed.map((delivery) => delivery.id),
      ).catch(() => {});
      throw error;
    }
  }

  /** Writes what finished: attempts recorded, and claims given back for sends that stopping cut short. */
  async function settle(batch: readonly Finished[]): Promise<void> {
    // Stopping: an attempt cut short by us, not failed by the channel, leaves its row as it was.
    const isCutShort = (f: Finished) => abort.signal.aborted && !f.outcome.ok;
    const cutShort = batch.filter(isCutShort);
    const attempted = batch.filter((f) => !isCutShort(f)).map((f) => ({ ...f, record: attemptRecord(f.delivery, f.outcome) }));
    await releaseClaims(
      options.db,
      owner,
      cutShort.map((f) => f.delivery.id),
    );
    await recordAttempts(
      options.db,
      owner,
      attempted.map((f) => ({ id: f.delivery.id, at: f.at, record: f.record, ...(f.madeText ? { madeText: f.delivery } : {}) })),
    );
    for (const f of attempted) options.onAttempt(f.delivery, f.outcome, f.record);
  }

  /** One turn: record what finished, then fill the free slots. True when more may be due at once. */
  async function turn(): Promise<boolean> {
    const done = finished;
    finished = [];
    try {
      await settle(done);
    } catch (error) {
      // Kept for the next turn; when stopping, the claims expire and whoever remains sends them again.
      if (running) finished = [...done, ...finished];
      throw error;
    }
    const free = options.concurrency - sending;
    if (!running || free <= 0) return false;
    // Paced only when more was waiting than the last claim took: a report now and then is sent at once.
    const paced = reportsArriving() && lastClaimFull ? lastClaimAt + PACED_CLAIM_MS - Date.now() : 0;
    if (paced > 0) {
      pacedWake ??= setTimeout(() => {
        pacedWake = null;
        signal();
      }, paced);
      return false;
    }
    lastClaimAt = Date.now();
    const moreEvents = await splitEvents(reportsArriving() ? free : SPLIT_BATCH);
    const now = new Date();
    const claimed = await claimDueHeads(options.db, owner, now, new Date(now.getTime() + claimMs), free);
    lastClaimFull = claimed.length === free;
    if (claimed.length === 0) {
      // Nothing due and nothing in flight: the outbox is sent; the next commits wait for a pause again.
      if (sending === 0 && !moreEvents) draining = false;
      return moreEvents;
    }
    const settings = await options.settings();
    for (const item of await readyToSend(claimed, settings)) {
      sending++;
      void send(item, settings).then((f) => {
        sending--;
        finished.push(f);
        // A paced loop records it at its next turn: one write for the batch amid the uploads.
        if (!pacedWake) signal();
      });
    }
    return claimed.length === free || moreEvents;
  }

  /**
   * Splits up to `limit` waiting events into deliveries (src/domain/notifications/event-outbox.ts),
   * when some may wait: after a kick, at each poll (another instance's), and while a split takes
   * all it asked for. True when more may wait.
   */
  async function splitEvents(limit: number): Promise<boolean> {
    if (!eventsMayWait) return false;
    // Cleared first: a kick while the split runs (an event committed meanwhile) sets it again.
    eventsMayWait = false;
    const outcome = await options.db
      .$transaction((tx) => splitWaitingEvents(tx, { oldest: limit }))
      .catch((error: unknown) => {
        eventsMayWait = true;
        throw error;
      });
    for (const event of outcome.unreadable) {
      options.logger.error({ notificationEventId: event.id, reason: event.reason }, 'notification event unreadable; dropped');
    }
    if (outcome.split === limit) eventsMayWait = true;
    return eventsMayWait;
  }

  const reportsArriving = () => Date.now() - lastReportAt < QUIET_MS;

  async function uploadsFirst(): Promise<void> {
    const started = Date.now();
    do await delay(QUIET_MS);
    while (running && reportsArriving() && Date.now() - started < MAX_DEFER_MS);
    draining = true;
  }

  const loop = (async () => {
    while (running || sending > 0 || finished.length > 0) {
      woken = false;
      let again = false;
      try {
        again = await turn();
      } catch (error) {
        if (running) options.logger.error({ err: error }, 'notification dispatch failed; trying again at the next poll');
      }
      // A send that finishes, a kick and stopping wake the loop; otherwise the poll does.
      if (again) continue;
      if (!(await sleep(options.pollIntervalMs))) eventsMayWait = true;
      else if (running) await (draining ? delay(GATHER_MS) : uploadsFirst());
    }
  })();

  return {
    async deliverNow(id) {
      const now = new Date();
      const delivery = await claimDelivery(options.db, id, owner, now, new Date(now.getTime() + claimMs));
      if (!delivery) return null;
      const settings = await options.settings();
      const [item] = await readyToSend([delivery], settings);
      const f = await send(item!, settings);
      await settle([f]);
      return f.outcome;
    },
    kick() {
      lastReportAt = Date.now();
      eventsMayWait = true;
      // A paced loop wakes at its time anyway: each report of a burst need not wake it.
      if (!pacedWake) signal();
    },
    reportStored() {
      lastReportAt = Date.now();
    },
    async stop() {
      running = false;
      if (pacedWake) clearTimeout(pacedWake);
      // Sends cut short by stopping wake the loop at once, to be released.
      pacedWake = null;
      abort.abort();
      signal();
      await loop;
    },
  };
}

interface Finished {
  delivery: ClaimedDelivery;
  outcome: DeliveryOutcome;
  at: Date;
  /** Its text was made for this attempt: the record keeps it. */
  madeText: boolean;
}
