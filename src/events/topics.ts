/**
 * Every topic and its payload in one typed map. Payloads are small and JSON-safe (ids and ISO
 * strings, no rows, no Dates, no bigint) so a Redis event target can carry them unchanged; a
 * subscription re-reads the entity with the client's own selection.
 */
export interface BackupReceivedEvent {
  backupId: string;
  serverId: string;
  backupName: string;
  jobId: number;
  status: string;
  /** The run's start (Data.BeginTime), ISO. */
  date: string;
  /** When this server stored it, ISO. */
  receivedAt: string;
}

export type ServerChangeKind = 'CREATED' | 'UPDATED' | 'DELETED';

export interface ServerChangedEvent {
  kind: ServerChangeKind;
  serverId: string;
  /** Kept so a DELETED event still says which server went. */
  name: string;
  changedAt: string;
}

export type AlertChangeKind = 'RAISED' | 'REMINDED' | 'RESOLVED' | 'ACKNOWLEDGED';

export interface AlertChangedEvent {
  change: AlertChangeKind;
  alertId: number;
  alertKind: string;
  serverId: string;
  backupName: string;
  changedAt: string;
}

/** How far a collect from Duplicati has come with one job (src/domain/collect). */
export interface CollectProgressEvent {
  /** One per collect, so a client can tell two collects of one server apart. */
  collectId: string;
  serverId: string;
  backupName: string;
  /** Runs stored so far. */
  processed: number;
  /** Runs already stored (by upload or an earlier collect). */
  skipped: number;
  /** Entries that could not be stored. */
  errors: number;
  /** True on the job's last event. */
  finished: boolean;
  at: string;
}

/** A row of the notification outbox was enqueued, delivered, retried, given up on or re-sent. */
export interface NotificationDeliveryChangedEvent {
  deliveryId: number;
  status: string;
  changedAt: string;
}

export type EventPayloads = {
  'backup:received': [BackupReceivedEvent];
  'server:changed': [ServerChangedEvent];
  'alert:changed': [AlertChangedEvent];
  'collect:progress': [CollectProgressEvent];
  'notification:delivery-changed': [NotificationDeliveryChangedEvent];
};

export type Topic = keyof EventPayloads;
