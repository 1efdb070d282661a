import { createClient } from 'graphql-ws';
import type { Client } from 'graphql-ws';
import {
  AlertChangedDocument,
  BackupReceivedDocument,
  LiveCursorDocument,
  NotificationDeliveryChangedDocument,
  ServerChangedDocument,
} from '../generated/graphql.ts';
import type {
  AlertChangedSubscription,
  BackupReceivedSubscription,
  DeliveryRowFragment,
  LiveCursorQuery,
  NotificationDeliveryChangedSubscription,
  ServerChangedSubscription,
} from '../generated/graphql.ts';
import { createStore } from '../store.ts';
import { CLIENT_NAME, GRAPHQL_PATH } from './client.ts';
import { pacedRefresh } from './refresh-pacing.ts';
import { readToken } from './tokens.ts';

export type LiveState = 'connecting' | 'connected' | 'reconnecting';

export const liveState = createStore<LiveState>('connecting');
/** Bumped after live events (and after a reconnect that could not resume): pages read their data again. */
export const dataVersion = createStore(0);
/** Jobs and servers that just had a run, for the row to flash. */
export const flashing = createStore<ReadonlySet<string>>(new Set());

/**
 * Deliveries as their last change left them, by id: the deliveries list shows these over the rows
 * it read, so a status changes in place without reading the page again.
 */
export const deliveryUpdates = createStore<ReadonlyMap<string, DeliveryRowFragment>>(new Map());

export interface Toast {
  id: number;
  level: 'error' | 'warning' | 'info';
  text: string;
  href?: string;
}
export const toasts = createStore<readonly Toast[]>([]);

const FLASH_MS = 2500;
const DELIVERY_UPDATES_KEPT = 200;
const TOAST_MS = 10_000;
let nextToastId = 1;

export function showToast(toast: Omit<Toast, 'id'>): void {
  const id = nextToastId++;
  toasts.set([...toasts.get(), { ...toast, id }].slice(-5));
  setTimeout(() => dismissToast(id), TOAST_MS);
}

export function dismissToast(id: number): void {
  toasts.set(toasts.get().filter((toast) => toast.id !== id));
}

function flash(ids: string[]): void {
  flashing.set(new Set([...flashing.get(), ...ids]));
  setTimeout(() => {
    const left = new Set(flashing.get());
    for (const id of ids) left.delete(id);
    flashing.set(left);
  }, FLASH_MS);
}

/** Pages read again 100 ms after events pause, and at least every 2 s while they do not. */
const refreshSoon = pacedRefresh(() => dataVersion.set(dataVersion.get() + 1), 100, 2000);

function onBackup({ backupReceived: event }: BackupReceivedSubscription): void {
  flash([event.job.id, event.serverGlobalId]);
  if (event.status === 'ERROR' || event.status === 'FATAL') {
    const server = event.server.alias || event.server.name;
    showToast({
      level: 'error',
      text: `${server} · ${event.job.backupName}: backup ended in ${event.status.toLowerCase()}`,
      href: `#/job/${encodeURIComponent(event.job.id)}`,
    });
  }
  refreshSoon();
}

function onAlert({ alertChanged: event }: AlertChangedSubscription): void {
  if (event.change === 'RAISED' && event.alertKind === 'OVERDUE') {
    showToast({ level: 'warning', text: `${event.backupName} is overdue` });
  }
  refreshSoon();
}

function onDeliveryChanged({ notificationDeliveryChanged: event }: NotificationDeliveryChangedSubscription): void {
  if (!event.delivery) return;
  const updates = new Map(deliveryUpdates.get());
  updates.delete(event.deliveryId);
  updates.set(event.deliveryId, event.delivery);
  // Only the latest changes matter: a list shows at most one page.
  if (updates.size > DELIVERY_UPDATES_KEPT) updates.delete(updates.keys().next().value!);
  deliveryUpdates.set(updates);
}

function onServer(_event: ServerChangedSubscription): void {
  refreshSoon();
}

/** A subscription the page keeps open; `resumable` ones carry a cursor per event and take `after:`. */
interface Feed<T> {
  name: string;
  document: { toString(): string };
  cursorOf?: (data: T) => string;
  handle(data: T): void;
}

const FEEDS: Feed<never>[] = [
  {
    name: 'backupReceived',
    document: BackupReceivedDocument,
    cursorOf: (data: BackupReceivedSubscription) => data.backupReceived.cursor,
    handle: onBackup,
  },
  {
    name: 'alertChanged',
    document: AlertChangedDocument,
    cursorOf: (data: AlertChangedSubscription) => data.alertChanged.cursor,
    handle: onAlert,
  },
  {
    name: 'serverChanged',
    document: ServerChangedDocument,
    cursorOf: (data: ServerChangedSubscription) => data.serverChanged.cursor,
    handle: onServer,
  },
  { name: 'notificationDeliveryChanged', document: NotificationDeliveryChangedDocument, handle: onDeliveryChanged },
] as Feed<never>[];

/** Bumped when the page reconnects: what has no cursor (deliveries) is read again. */
export const reconnects = createStore(0);

/** The server refused a cursor it cannot resume from: the page reads everything again instead. */
const REFUSED_CURSOR_REASONS = new Set(['EXPIRED', 'UNKNOWN', 'MALFORMED']);

let client: Client | undefined;
let stops = new Map<string, () => void>();
/** The cursor of the newest event received, per subscription: where it resumes. */
let cursors = new Map<string, string>();
/** The cursor of the newest event received on any resumable subscription. */
let newestCursor: string | undefined;
let retryTimer: ReturnType<typeof setTimeout> | undefined;
let failures = 0;
let fullRefetches = 0;

/** Counted on the page's root element, for tests and for whoever wonders how often the page read everything again. */
function refetchEverything(): void {
  fullRefetches++;
  document.documentElement.dataset.liveFullRefetches = String(fullRefetches);
  deliveryUpdates.set(new Map());
  refreshSoon();
}

function isRefusedCursor(error: unknown): boolean {
  if (!Array.isArray(error)) return false;
  return error.some(
    (entry: { extensions?: { argument?: unknown; reason?: unknown } }) =>
      entry.extensions?.argument === 'after' && REFUSED_CURSOR_REASONS.has(String(entry.extensions.reason)),
  );
}

function open<T>(feed: Feed<T>): void {
  // The three resumable subscriptions share one order of events: one that received nothing of
  // its own (no alert changed) resumes after the newest event of any, which came after its start.
  const after = feed.cursorOf ? (cursors.get(feed.name) ?? newestCursor) : undefined;
  stops.get(feed.name)?.();
  const stop = client!.subscribe<T>(
    { query: feed.document.toString(), variables: feed.cursorOf ? { after: after ?? null } : {} },
    {
      next: (result) => {
        if (!result.data) return;
        const data = result.data as T;
        if (feed.cursorOf) {
          newestCursor = feed.cursorOf(data);
          cursors.set(feed.name, newestCursor);
        }
        feed.handle(data);
      },
      error: (error) => {
        if (isRefusedCursor(error)) {
          // Pruned, or another database: nothing to resume from, so go on from the newest event and read it all.
          cursors.delete(feed.name);
          if (newestCursor === after) newestCursor = undefined;
          const current = client;
          if (current) {
            afterNewestCursor(current, (cursor) => {
              cursors.set(feed.name, cursor);
              open(feed);
              refetchEverything();
            });
          }
        } else if (Array.isArray(error)) {
          // Ended by the server (a slow reader dropped): resume where it stopped.
          setTimeout(() => client && open(feed), 1000);
        } else {
          reconnectLater();
        }
      },
      complete: () => {},
    },
  );
  stops.set(feed.name, stop);
}

/**
 * graphql-ws' own retry would subscribe again with the first variables (the cursor of no event,
 * or an old one), so the page reconnects itself, each subscription after its newest cursor.
 * Every subscription reports the same dropped socket: one retry for all.
 */
function reconnectLater(): void {
  if (retryTimer !== undefined || !client) return;
  const delay = Math.min(1000 * 2 ** failures++, 10_000);
  retryTimer = setTimeout(() => {
    retryTimer = undefined;
    if (!client) return;
    if (newestCursor) {
      for (const feed of FEEDS) open(feed);
    } else {
      // Dropped before any cursor was known: nothing to resume from, so start after the newest event and read it all.
      openFeeds(client, refetchEverything);
    }
  }, delay);
}

/**
 * Opens the graphql-ws connection on this page's own host, and keeps it: after a drop it
 * resubscribes with the cursor of the last event each subscription received, so it receives
 * exactly what it missed. It reads everything again only when it has nothing to resume from.
 */
export function startLive(): void {
  stopLive();
  let connectedBefore = false;
  const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${GRAPHQL_PATH}`;
  client = createClient({
    url,
    lazy: true,
    keepAlive: 10_000,
    retryAttempts: 0,
    connectionParams: () => {
      const token = readToken();
      return { 'graphql-client-name': CLIENT_NAME, ...(token ? { token } : {}) };
    },
    on: {
      connected: () => {
        liveState.set('connected');
        failures = 0;
        if (connectedBefore) {
          // Delivery changes are not replayed: the list reads them again, and its read wins.
          deliveryUpdates.set(new Map());
          reconnects.set(reconnects.get() + 1);
        }
        connectedBefore = true;
      },
      closed: () => liveState.set(connectedBefore ? 'reconnecting' : 'connecting'),
    },
  });
  document.documentElement.dataset.liveFullRefetches = String(fullRefetches);
  openFeeds(client, refreshSoon);
}

/**
 * A subscription opened without a cursor starts when it reaches the server: an upload stored
 * after the page read its data but before then would never show. So the page reads the newest
 * cursor first, subscribes after it, and then reads its data (again): what came before the cursor
 * is in that read, what came after it arrives on the subscriptions. `data-live="subscribed"` on
 * the root element says the page can no longer miss an event.
 */
function openFeeds(current: Client, readData: () => void): void {
  afterNewestCursor(current, (cursor) => {
    newestCursor ??= cursor;
    for (const feed of FEEDS) open(feed);
    document.documentElement.dataset.live = 'subscribed';
    readData();
  });
}

/** Reads the cursor of the newest event on the page's connection and hands it on, unless the page started over meanwhile. */
function afterNewestCursor(current: Client, then: (cursor: string) => void): void {
  let cursor: string | undefined;
  current.subscribe<LiveCursorQuery>(
    { query: LiveCursorDocument.toString() },
    {
      next: (result) => {
        cursor = result.data?.liveCursor;
      },
      error: (error) => {
        // Refused (no read token yet) needs a new token, which starts the page's connection over; a dropped socket retries.
        if (client === current && !Array.isArray(error)) reconnectLater();
      },
      complete: () => {
        if (client === current && cursor) then(cursor);
      },
    },
  );
}

export function stopLive(): void {
  clearTimeout(retryTimer);
  retryTimer = undefined;
  failures = 0;
  delete document.documentElement.dataset.live;
  const closing = client;
  client = undefined;
  for (const stop of stops.values()) stop();
  stops = new Map();
  cursors = new Map();
  newestCursor = undefined;
  void closing?.dispose();
}
