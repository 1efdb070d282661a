import { createClient } from 'graphql-ws';
import type { Client } from 'graphql-ws';
import {
  AlertChangedDocument,
  BackupReceivedDocument,
  NotificationDeliveryChangedDocument,
  ServerChangedDocument,
} from '../generated/graphql.ts';
import type {
  AlertChangedSubscription,
  BackupReceivedSubscription,
  DeliveryRowFragment,
  NotificationDeliveryChangedSubscription,
  ServerChangedSubscription,
} from '../generated/graphql.ts';
import { createStore } from '../store.ts';
import { CLIENT_NAME, GRAPHQL_PATH } from './client.ts';
import { readToken } from './tokens.ts';

export type LiveState = 'connecting' | 'connected' | 'reconnecting';

export const liveState = createStore<LiveState>('connecting');
/** Bumped after live events (and after a reconnect, which may have missed some): pages read their data again. */
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

let refreshTimer: ReturnType<typeof setTimeout> | undefined;
/** Several events in a burst (a Duplicati host reporting many jobs) make one refresh. */
function refreshSoon(): void {
  clearTimeout(refreshTimer);
  refreshTimer = setTimeout(() => dataVersion.set(dataVersion.get() + 1), 100);
}

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

let client: Client | undefined;
let stops: (() => void)[] = [];

/**
 * Opens the graphql-ws connection on this page's own host, and keeps it: graphql-ws retries
 * forever here, and every reconnect refreshes the page's data, since events sent while the
 * socket was down are not replayed.
 */
export function startLive(): void {
  stopLive();
  let connectedBefore = false;
  const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${GRAPHQL_PATH}`;
  client = createClient({
    url,
    lazy: false,
    keepAlive: 10_000,
    retryAttempts: Number.POSITIVE_INFINITY,
    shouldRetry: () => true,
    retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, Math.min(1000 * 2 ** retries, 10_000))),
    connectionParams: () => {
      const token = readToken();
      return { 'graphql-client-name': CLIENT_NAME, ...(token ? { token } : {}) };
    },
    on: {
      connected: () => {
        liveState.set('connected');
        if (connectedBefore) {
          // Changes made while the socket was down were not seen: the pages' fresh reads win.
          deliveryUpdates.set(new Map());
          refreshSoon();
        }
        connectedBefore = true;
      },
      closed: () => liveState.set(connectedBefore ? 'reconnecting' : 'connecting'),
    },
  });
  const subscribe = <T>(query: { toString(): string }, next: (data: T) => void) =>
    client!.subscribe<T>(
      { query: query.toString() },
      {
        next: (result) => result.data && next(result.data as T),
        error: () => {},
        complete: () => {},
      },
    );
  stops = [
    subscribe<BackupReceivedSubscription>(BackupReceivedDocument, onBackup),
    subscribe<AlertChangedSubscription>(AlertChangedDocument, onAlert),
    subscribe<ServerChangedSubscription>(ServerChangedDocument, onServer),
    subscribe<NotificationDeliveryChangedSubscription>(NotificationDeliveryChangedDocument, onDeliveryChanged),
  ];
}

export function stopLive(): void {
  for (const stop of stops) stop();
  stops = [];
  void client?.dispose();
  client = undefined;
}
