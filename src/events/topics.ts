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

/** Each topic's payload as the domain writes it. */
export interface TopicPayloads {
  'backup:received': BackupReceivedEvent;
  'server:changed': ServerChangedEvent;
  'alert:changed': AlertChangedEvent;
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

/**
 * Topics that are not worth a number in the live-event log: progress and delivery-status changes,
 * superseded by the next one and readable from their rows at any time. They travel on the bus as
 * they are and reach only the subscriptions open when they are published (LiveFeed.subscribeEphemeral).
 */
export interface EphemeralTopicPayloads {
  'collect:progress': CollectProgressEvent;
  'notification:delivery-changed': NotificationDeliveryChangedEvent;
}

/** What travels on the bus (and Redis): a logged topic's payload numbered by the live-event log, an ephemeral one as it is. */
export type EventPayloads = { [T in keyof TopicPayloads]: [Sequenced<TopicPayloads[T]>] } & {
  [T in keyof EphemeralTopicPayloads]: [EphemeralTopicPayloads[T]];
};

/** A topic recorded in the live-event log: resumable by cursor. */
export type Topic = keyof TopicPayloads;

export type EphemeralTopic = keyof EphemeralTopicPayloads;

/** Every topic the bus carries. */
export type BusTopic = Topic | EphemeralTopic;

/** One event before it is recorded: its topic and payload. */
export type TopicEvent = { [T in Topic]: { topic: T; payload: TopicPayloads[T] } }[Topic];

/** One event as the live-event log holds it: numbered (src/domain/live-event-log.ts). */
export type LoggedEvent = TopicEvent & { seq: number };

/** What is published and what a subscription yields: the payload with its number in the log (its cursor). */
export type Sequenced<P> = P & { seq: number };
