import type { Client } from 'graphql-ws';
import { connectLiveClient } from './live-client.ts';

/**
 * A client that trusts the live feed as the README says it may: it keeps the `cursor` of the last
 * event it received and, whenever its subscription ends (socket closed, dropped, an event with
 * errors), subscribes again after that cursor. It records every backup it was sent, and each one
 * it was sent twice.
 */
export interface ResumableSubscriber {
  /** startedAt (the report's BeginTime, which tests make unique) of every event received, in order. */
  ids: string[];
  duplicates: string[];
  /** How many times it subscribed again. */
  resubscriptions: number;
  /** Why each subscription ended: errors the server sent, sockets closed. */
  errors: unknown[];
  lastCursor(): string | undefined;
  /** Resolves once `count` events have arrived; rejects with what did arrive after `timeoutMs`. */
  waitForCount(count: number, timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

const QUERY = /* GraphQL */ `
  subscription Resume($after: String) {
    backupReceived(after: $after) { cursor startedAt }
  }
`;

export function resumableBackupSubscriber(httpUrl: string, options: { after?: string; retryMs?: number } = {}): ResumableSubscriber {
  const seen = new Set<string>();
  const ids: string[] = [];
  const duplicates: string[] = [];
  const errors: unknown[] = [];
  let cursor = options.after;
  let stopped = false;
  let client: Client | undefined;
  let unsubscribe: (() => void) | undefined;
  const subscriber: ResumableSubscriber = {
    ids,
    duplicates,
    errors,
    resubscriptions: 0,
    lastCursor: () => cursor,
    async waitForCount(count, timeoutMs = 30_000) {
      const started = Date.now();
      while (ids.length < count) {
        if (Date.now() - started > timeoutMs) {
          throw new Error(
            `expected ${count} events within ${timeoutMs} ms, got ${ids.length}; errors: ${JSON.stringify(errors.slice(-3))}`,
          );
        }
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    },
    async stop() {
      stopped = true;
      unsubscribe?.();
      await client?.dispose();
    },
  };
  const again = () => {
    if (stopped) return;
    subscriber.resubscriptions++;
    setTimeout(open, options.retryMs ?? 200);
  };
  const open = () => {
    if (stopped) return;
    void client?.dispose();
    client = connectLiveClient(httpUrl);
    let ended = false;
    const end = () => {
      if (ended) return;
      ended = true;
      unsubscribe?.();
      again();
    };
    unsubscribe = client.subscribe<{ backupReceived: { cursor: string; startedAt: string } | null }>(
      { query: QUERY, variables: { after: cursor ?? null } },
      {
        next: (result) => {
          const event = result.data?.backupReceived;
          if (result.errors?.length || !event) {
            errors.push(result.errors);
            end();
            return;
          }
          cursor = event.cursor;
          if (seen.has(event.startedAt)) duplicates.push(event.startedAt);
          seen.add(event.startedAt);
          ids.push(event.startedAt);
        },
        error: (error) => {
          // A closed socket arrives as its close event: code and reason are what matters.
          const close = error as { code?: unknown; reason?: unknown };
          errors.push(error instanceof Error ? error.message : close.code !== undefined ? `closed ${close.code} ${close.reason}` : error);
          end();
        },
        complete: end,
      },
    );
  };
  open();
  return subscriber;
}
