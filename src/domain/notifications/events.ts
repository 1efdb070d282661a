import { isFailedRun } from '../alerts/run-rules.ts';

/** What a notification is about: one value per row of the outbox's `event` column. */
export const NOTIFICATION_EVENT_KINDS = [
  'BACKUP_SUCCEEDED',
  'BACKUP_WARNING',
  'BACKUP_FAILED',
  'OVERDUE',
  'OVERDUE_REMINDER',
  'RECOVERED',
  'SERVER_SEEN',
  'TEST',
] as const;
export type NotificationEventKind = (typeof NOTIFICATION_EVENT_KINDS)[number];

export const NOTIFICATION_CHANNELS = ['NTFY', 'EMAIL', 'GOTIFY', 'APPRISE', 'WEBHOOK'] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];

export const DELIVERY_STATUSES = ['PENDING', 'DELIVERED', 'DEAD'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

export function isNotificationEventKind(value: string): value is NotificationEventKind {
  return (NOTIFICATION_EVENT_KINDS as readonly string[]).includes(value);
}

/** A stored run's event: failed (Error/Fatal, or any error counted), warning (anything else not Success), succeeded. */
export function runEventKind(status: string, errors: number): NotificationEventKind {
  if (isFailedRun(status) || errors > 0) return 'BACKUP_FAILED';
  return status === 'Success' ? 'BACKUP_SUCCEEDED' : 'BACKUP_WARNING';
}

export interface NotifiedServer {
  id: string;
  name: string;
  alias: string;
  note: string;
  url: string;
}

/** JSON-safe copy of a stored run (byte counts as numbers), kept in the outbox row. */
export type NotifiedRun = Record<string, string | number | boolean | null>;

export interface NotifiedAlert {
  id: number;
  kind: string;
  raisedAt: string;
  reminderCount: number;
  resolvedAt: string | null;
}

/** One event as every channel sees it, snapshotted when it is enqueued. */
export interface NotificationEvent {
  kind: NotificationEventKind;
  occurredAt: string;
  server: NotifiedServer;
  job: { id: number; name: string } | null;
  run: (NotifiedRun & { id: string }) | null;
  alert: NotifiedAlert | null;
  /** The run's log lines (`messages_array`), for `{log_text}` when it has no warnings or errors; never sent to webhooks. */
  logMessages?: string[];
  /** Overdue facts for the overdue template. */
  overdue?: { expectedAt: string; lastBackupAt: string | null; interval: string; toleranceMinutes: number };
}

/** A run's columns as JSON: bigint byte counts become numbers (safe below 2^53), the log lines stay out (megabytes). */
export function notifiedRun(id: string, run: object): NotifiedRun & { id: string } {
  const out: NotifiedRun & { id: string } = { id };
  for (const [key, value] of Object.entries(run)) {
    if (key === 'messagesArray') continue;
    out[key] = typeof value === 'bigint' ? Number(value) : (value as string | number | boolean | null);
  }
  return out;
}

/**
 * The event as an outbox row keeps it until its text is rendered at send time: without the run's
 * log lines, which the run's own row holds (a whole Duplicati log can be megabytes).
 */
export function storedEventJson(event: NotificationEvent): string {
  const { logMessages: _logMessages, ...kept } = event;
  return JSON.stringify(kept);
}

/** The event a row stored with storedEventJson, its log lines read back from its run (none when the run was pruned since). */
export function eventFromStoredJson(json: string, logMessages: string[]): NotificationEvent {
  return { ...(JSON.parse(json) as NotificationEvent), logMessages };
}
