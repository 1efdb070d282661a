import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

export interface Metrics {
  registry: Registry;
  requests: Counter<'route' | 'status'>;
  requestSeconds: Histogram<'route'>;
  graphqlErrors: Counter<'kind'>;
  ingestedReports: Counter<'outcome'>;
  /** Subscribers dropped for falling behind (README, "Slow subscribers"). */
  slowSubscribersDropped: Counter<'transport' | 'reason'>;
  /** Notification delivery attempts by channel and outcome (delivered, retry, dead). */
  notificationDeliveries: Counter<'channel' | 'outcome'>;
  /** Subscription events executed: once for all subscribers asking the same (shared), or once each (per_subscriber). */
  subscriptionExecutions: Counter<'mode'>;
  /** Queries answered by the direct executor (direct), or by the full one (full: anything it does not run, or gave up on). */
  queryExecutions: Counter<'executor'>;
}

/**
 * One registry per app (not prom-client's global one), so several apps in one test process do
 * not share counters. Gauges that mirror live state are read when scraped.
 */
export interface LiveFigures {
  subscriptions: () => number;
  webSockets: () => number;
  deprecatedUses: () => number;
  /** Present when live events go through Redis. */
  redis?: { connected(): boolean; bufferedEvents(): number };
  /** Notifications waiting in the outbox, read from the database at each scrape. */
  notificationBacklog?: () => Promise<number>;
  /** Per-job backup state, read from the database at each scrape. */
  backupJobs?: BackupJobSource;
}

/** What /metrics says about one backup job (src/domain/backup-job-figures.ts reads it). */
export interface BackupJobState {
  serverId: string;
  serverName: string;
  backupName: string;
  lastRunAt: Date;
  lastSuccessAt: Date | null;
  lastStatus: string;
  overdue: boolean;
  uploadedBytes: number;
  storedBytes: number;
  durationSeconds: number;
  openAlertKinds: readonly string[];
}

export interface BackupJobSource {
  /** Every status value, each one series of the last-status state set. */
  statuses: readonly string[];
  /** Every alert kind, each one series of the open-alerts gauge. */
  alertKinds: readonly string[];
  read(): Promise<BackupJobState[]>;
  /** Told why a scrape could not read the state; the scrape then has no per-job series. */
  onReadError(error: unknown): void;
}

export function createMetrics(live: LiveFigures): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'dupligraph_' });
  const requests = new Counter({
    name: 'dupligraph_http_requests_total',
    help: 'HTTP requests by route and status code',
    labelNames: ['route', 'status'] as const,
    registers: [registry],
  });
  const requestSeconds = new Histogram({
    name: 'dupligraph_http_request_duration_seconds',
    help: 'HTTP request duration by route (until the response is finished)',
    labelNames: ['route'] as const,
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  const graphqlErrors = new Counter({
    name: 'dupligraph_graphql_errors_total',
    help: 'GraphQL errors returned, by kind (expected: validation, auth, input; unexpected: internal)',
    labelNames: ['kind'] as const,
    registers: [registry],
  });
  const ingestedReports = new Counter({
    name: 'dupligraph_ingested_reports_total',
    help: 'Duplicati reports by outcome: stored, duplicate, rejected, failed',
    labelNames: ['outcome'] as const,
    registers: [registry],
  });
  const slowSubscribersDropped = new Counter({
    name: 'dupligraph_slow_subscribers_dropped_total',
    help: 'Subscribers dropped for falling behind, by transport (websocket, sse) and bound passed (pending_events, buffered_bytes)',
    labelNames: ['transport', 'reason'] as const,
    registers: [registry],
  });
  const notificationDeliveries = new Counter({
    name: 'dupligraph_notification_deliveries_total',
    help: 'Notification delivery attempts by channel (ntfy, email, gotify, apprise, webhook) and outcome (delivered, retry, dead)',
    labelNames: ['channel', 'outcome'] as const,
    registers: [registry],
  });
  const subscriptionExecutions = new Counter({
    name: 'dupligraph_subscription_executions_total',
    help: 'Subscription events executed, by mode: shared (once for every subscriber of the same operation, variables and access) or per_subscriber',
    labelNames: ['mode'] as const,
    registers: [registry],
  });
  const queryExecutions = new Counter({
    name: 'dupligraph_query_executions_total',
    help: 'Queries executed, by executor: direct (without per-field bookkeeping) or full (graphql-js semantics for everything else, and for any run that meets an error)',
    labelNames: ['executor'] as const,
    registers: [registry],
  });
  const backlog = live.notificationBacklog;
  if (backlog) {
    new Gauge({
      name: 'dupligraph_notification_backlog',
      help: 'Notifications waiting in the outbox: deliveries pending (not yet delivered, or waiting for a retry) and stored events not yet split into deliveries',
      registers: [registry],
      async collect() {
        this.set(await backlog().catch(() => 0));
      },
    });
  }
  new Gauge({
    name: 'dupligraph_open_subscriptions',
    help: 'Live subscriptions (WebSocket and SSE) on this process',
    registers: [registry],
    collect() {
      this.set(live.subscriptions());
    },
  });
  new Gauge({
    name: 'dupligraph_websocket_connections',
    help: 'Open graphql-ws sockets on this process',
    registers: [registry],
    collect() {
      this.set(live.webSockets());
    },
  });
  new Gauge({
    name: 'dupligraph_deprecated_field_uses',
    help: 'Uses of deprecated GraphQL fields and arguments since start (see Query.deprecatedFieldUsage)',
    registers: [registry],
    collect() {
      this.set(live.deprecatedUses());
    },
  });
  const redis = live.redis;
  if (redis) {
    new Gauge({
      name: 'dupligraph_redis_connected',
      help: '1 while both Redis clients (publish and subscribe) are connected, else 0',
      registers: [registry],
      collect() {
        this.set(redis.connected() ? 1 : 0);
      },
    });
    new Gauge({
      name: 'dupligraph_redis_buffered_events',
      help: 'Events held while Redis is unreachable, sent once it is back (oldest dropped past the bound)',
      registers: [registry],
      collect() {
        this.set(redis.bufferedEvents());
      },
    });
  }
  if (live.backupJobs) registerBackupJobGauges(registry, live.backupJobs);
  return {
    registry,
    requests,
    requestSeconds,
    graphqlErrors,
    ingestedReports,
    slowSubscribersDropped,
    notificationDeliveries,
    subscriptionExecutions,
    queryExecutions,
  };
}

const JOB_LABELS = ['server_id', 'server', 'backup_name'] as const;
type JobLabel = (typeof JOB_LABELS)[number];

/**
 * One series set per backup job, labelled with its server's machine-id (names can repeat: the
 * duplicate-server problem), its server's name and its backup name; not `job`, which Prometheus
 * sets on every scraped series itself (ours would become `exported_job`). Every gauge is emptied
 * and refilled from one database read per scrape, so a job deleted or merged away loses its
 * series at the next scrape, and every instance behind a load balancer says the same.
 * README, "Prometheus and Grafana", documents each series.
 */
function registerBackupJobGauges(registry: Registry, source: BackupJobSource): void {
  const readForThisScrape = sharedWhilePending(async () => {
    try {
      return await source.read();
    } catch (error) {
      source.onReadError(error);
      return null;
    }
  });
  const perJob = (name: string, help: string, value: (job: BackupJobState) => number) =>
    new Gauge({
      name,
      help,
      labelNames: JOB_LABELS,
      registers: [registry],
      async collect() {
        const jobs = await readForThisScrape();
        this.reset();
        for (const job of jobs ?? []) this.set(jobLabels(job), value(job));
      },
    });
  const perJobAndValue = <L extends string>(
    name: string,
    help: string,
    label: L,
    values: readonly string[],
    isSet: (job: BackupJobState, value: string) => boolean,
  ) =>
    new Gauge({
      name,
      help,
      labelNames: [...JOB_LABELS, label] as (JobLabel | L)[],
      registers: [registry],
      async collect() {
        const jobs = await readForThisScrape();
        this.reset();
        for (const job of jobs ?? []) {
          for (const value of values)
            this.set({ ...jobLabels(job), [label]: value } as Record<JobLabel | L, string>, isSet(job, value) ? 1 : 0);
        }
      },
    });

  new Gauge({
    name: 'dupligraph_backup_state_up',
    help: '1 when this scrape read the backup state from the database, else 0 (the dupligraph_backup_* series are then missing)',
    registers: [registry],
    async collect() {
      this.set((await readForThisScrape()) ? 1 : 0);
    },
  });
  perJob('dupligraph_backup_last_run_timestamp_seconds', 'Start of the newest run of the job, Unix time', (job) =>
    unixSeconds(job.lastRunAt),
  );
  perJob(
    'dupligraph_backup_last_success_timestamp_seconds',
    'Start of the newest run that produced a backup (status Success or Warning), Unix time; 0 if none did',
    (job) => (job.lastSuccessAt ? unixSeconds(job.lastSuccessAt) : 0),
  );
  perJobAndValue(
    'dupligraph_backup_last_status',
    'Status of the newest run: 1 for the series whose status label is that status, 0 for the others',
    'status',
    source.statuses,
    (job, status) => job.lastStatus === status,
  );
  perJob('dupligraph_backup_overdue', '1 while the job is overdue (its expected run plus tolerance has passed), else 0', (job) =>
    job.overdue ? 1 : 0,
  );
  perJob('dupligraph_backup_last_uploaded_bytes', 'Bytes uploaded by the newest run', (job) => job.uploadedBytes);
  perJob(
    'dupligraph_backup_last_stored_bytes',
    'Bytes at the destination after the newest run (Duplicati KnownFileSize)',
    (job) => job.storedBytes,
  );
  perJob('dupligraph_backup_last_duration_seconds', 'Duration of the newest run', (job) => job.durationSeconds);
  perJobAndValue(
    'dupligraph_backup_open_alerts',
    'Open (unresolved) alerts of the job by kind: 1 while one is open, else 0',
    'kind',
    source.alertKinds,
    (job, kind) => job.openAlertKinds.includes(kind),
  );
}

function jobLabels(job: BackupJobState): Record<JobLabel, string> {
  return { server_id: job.serverId, server: job.serverName, backup_name: job.backupName };
}

function unixSeconds(at: Date): number {
  return at.getTime() / 1000;
}

/**
 * prom-client starts every gauge's collect() in the same tick of a scrape; callers that arrive
 * while a read is running share it, so a scrape reads the database once, and the next one
 * reads afresh.
 */
function sharedWhilePending<T>(read: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = null;
  return () => {
    pending ??= read().finally(() => {
      pending = null;
    });
    return pending;
  };
}
