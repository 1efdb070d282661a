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

/** What travels on the bus (and Redis): the payload numbered by the live-event log. */
export type EventPayloads = { [T in keyof TopicPayloads]: [Sequenced<TopicPayloads[T]>] };

export type Topic = keyof TopicPayloads;

/** One event before it is recorded: its topic and payload. */
export type TopicEvent = { [T in Topic]: { topic: T; payload: TopicPayloads[T] } }[Topic];

/** One event as the live-event log holds it: numbered (src/domain/live-event-log.ts). */
export type LoggedEvent = TopicEvent & { seq: number };

/** What is published and what a subscription yields: the payload with its number in the log (its cursor). */
export type Sequenced<P> = P & { seq: number };
