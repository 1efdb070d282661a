import type { ServerResponse } from 'node:http';

/**
 * What happens to a subscriber that falls behind (README, "Slow subscribers"). Two bounds:
 * events waiting for one subscription (SUBSCRIPTION_MAX_PENDING_EVENTS, src/events/live-feed.ts)
 * and bytes waiting in one WebSocket's send buffer (WS_MAX_BUFFERED_BYTES). Past either, the
 * subscriber is dropped and told so in the last thing it reads:
 *
 * - graphql-ws: the socket is closed with SLOW_SUBSCRIBER_CLOSE_CODE and a reason naming the bound.
 * - SSE (and multipart) on /graphql: a final result whose error has extensions.code
 *   SUBSCRIBER_TOO_SLOW, then the stream completes. Those responses are written only as fast as
 *   the client reads (the server waits for the socket to drain), so their send buffer holds at most
 *   one message and only the event bound applies.
 *
 * A client that reads nothing at all cannot be told: DROPPED_SUBSCRIBER_GRACE_MS after the drop
 * its connection is cut.
 */
export type SlowSubscriberTransport = 'websocket' | 'sse';
export type SlowSubscriberReason = 'pending_events' | 'buffered_bytes';
export interface SlowSubscriberDrop {
  transport: SlowSubscriberTransport;
  reason: SlowSubscriberReason;
  /** The client's address and port, so the operator (and a test) can tell which one it was. */
  client: string;
}
export type SlowSubscriberReport = (drop: SlowSubscriberDrop) => void;

export function clientAddress(socket: { remoteAddress?: string; remotePort?: number } | null | undefined): string {
  if (!socket?.remoteAddress) return 'unknown';
  const host = socket.remoteAddress.includes(':') ? `[${socket.remoteAddress}]` : socket.remoteAddress;
  return `${host}:${socket.remotePort}`;
}

/**
 * In the application range (4000–4999) and not one of graphql-ws' own 44xx codes. graphql-ws
 * clients treat it as retryable: they reconnect and subscribe again by themselves.
 */
export const SLOW_SUBSCRIBER_CLOSE_CODE = 4008;

/** The same as ws' own closing-handshake timeout, so both transports give a stuck client as long. */
export const DROPPED_SUBSCRIBER_GRACE_MS = 30_000;

/**
 * For a streamed response: once its subscription is dropped, the stream ends with the final error
 * as soon as the client reads up to it; if the client has not taken everything within the grace
 * period, the connection is cut, so a client that stopped reading holds nothing for long.
 */
export function dropSlowStreamedResponse(res: ServerResponse, report: () => void): () => void {
  let dropped = false;
  return () => {
    if (dropped) return;
    dropped = true;
    report();
    if (res.destroyed || res.writableFinished) return;
    const timer = setTimeout(() => {
      if (!res.writableFinished) res.destroy();
    }, DROPPED_SUBSCRIBER_GRACE_MS);
    timer.unref();
    res.once('close', () => clearTimeout(timer));
  };
}
