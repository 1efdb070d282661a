import { newTimeOrderedId } from './time-ordered-id.ts';
import type { RawSql, RawSqlIn } from '../db/raw-sql.ts';
import type { Db } from '../db/types.ts';
import { isUniqueViolation, uniqueViolationModel } from '../db/types.ts';
import type { EventPublisher } from '../events/event-bus.ts';
import type { AlertChangedEvent, LoggedEvent, TopicEvent } from '../events/topics.ts';
import { alertTopicEvents } from './alerts/publish.ts';
import { applyRunAlerts } from './alerts/run-alerts.ts';
import { createJobIfAbsent, insertRunIfAbsent, lockKnownJob, moveLatestRun } from './ingest-statements.ts';
import type { LockedJob } from './ingest-statements.ts';
import { createGroupCommit } from './group-commit.ts';
import type { GroupCommit, UnitResult } from './group-commit.ts';
import { publishLoggedEvents } from './live-event-log.ts';
import type { NotificationSettings } from './notifications/channel-settings.ts';
import { enqueueNotification } from './notifications/enqueue.ts';
import type { NotificationHooks } from './notifications/enqueue.ts';
import { notifiedRun, runEventKind } from './notifications/events.ts';
import { hasAnyDestination } from './notifications/plan.ts';
import type { NotificationEvent } from './notifications/events.ts';
import { parseDuplicatiReport } from './report/index.ts';
import type { ParsedReport, ReportLimits, ReportRejection } from './report/index.ts';
import { scheduleAfterRun } from './schedule/schedule-after-run.ts';

export interface StoredRun {
  backupId: string;
  serverId: string;
  serverName: string;
  backupName: string;
  jobId: number;
  status: string;
  date: string;
  serverCreated: boolean;
  jobCreated: boolean;
  /** It is now its job's latest run: it moved the job's schedule and alerts. */
  becameLatest: boolean;
}

export type IngestOutcome = { kind: 'stored'; run: StoredRun } | { kind: 'duplicate' } | { kind: 'rejected'; rejection: ReportRejection };

export interface IngestOptions {
  timeZone: string;
  /** False when `timeZone` is the process's own (REPORT_TIME_ZONE unset): see ParseReportOptions. */
  timeZoneIsExplicit?: boolean;
  now: () => Date;
  events: EventPublisher;
  /** Field lengths and the clock-skew margin (config: REPORT_MAX_*). */
  limits: ReportLimits;
  /**
   * The run comes from Duplicati's stored history (collect), not from Duplicati as it finished:
   * it notifies and is announced live only when it became its job's latest run (a report that
   * never arrived, found by collect); older history notifies nobody, as duplistatus never notified
   * from collect. Whether it touches the job's alerts does not depend on this: only a run newer
   * than the job's latest ever does.
   */
  historical?: boolean;
  /** Where stored runs' notifications go (src/notifications); absent: none are written. */
  notifications?: NotificationHooks;
  /**
   * False stores the run without notifying anyone: for runs imported after the fact (collected
   * history), which duplistatus never notified either (docs/compatibility/notifications.md#events). Default true.
   */
  notify?: boolean;
  /**
   * The app's group commit (createIngestCommit), shared by every concurrent report; absent, the
   * report commits in a transaction of its own.
   */
  commit?: GroupCommit;
}

/** What every transport hands a report to: `/api/upload` and `Mutation.reportBackup` alike. */
export type Ingest = (report: unknown, options?: { notify?: boolean }) => Promise<IngestOutcome>;

/** An outcome as counted; `failed` when storing threw, a fault of the server and not of the report. */
export type CountedIngestOutcome = IngestOutcome['kind'] | 'failed';

export interface IngestServiceOptions extends Omit<IngestOptions, 'commit'> {
  /** Told every report's outcome, whichever transport brought it (the app's /metrics). */
  countOutcome: (outcome: CountedIngestOutcome) => void;
  /** The fastest raw SQL inside the database's transactions (OpenDatabase.rawSqlIn). */
  rawSqlIn?: RawSqlIn;
}

/**
 * The app's one ingest: database, clock, events and limits bound once, every outcome counted,
 * concurrent reports committed together (src/domain/group-commit.ts).
 */
export function createIngest(db: Db, options: IngestServiceOptions): Ingest {
  const { countOutcome, rawSqlIn, ...ingestOptions } = options;
  const commit = createIngestCommit(db, rawSqlIn);
  return async (report, perReport = {}) => {
    let outcome: IngestOutcome;
    try {
      outcome = await ingestReport(db, report, { ...ingestOptions, ...perReport, commit });
    } catch (error) {
      countOutcome('failed');
      throw error;
    }
    countOutcome(outcome.kind);
    return outcome;
  };
}

/**
 * The one path every report takes, from `/api/upload` and from `Mutation.reportBackup`:
 * validate (docs/compatibility/upload.md#validation-and-responses), then store server, job, run, schedule and alerts in one transaction,
 * and announce it only after the commit.
 */
export async function ingestReport(db: Db, body: unknown, options: IngestOptions): Promise<IngestOutcome> {
  const receivedAt = options.now();
  const parsed = parseDuplicatiReport(body, {
    timeZone: options.timeZone,
    timeZoneIsExplicit: options.timeZoneIsExplicit,
    now: receivedAt,
    limits: options.limits,
  });
  if (!parsed.ok) return { kind: 'rejected', rejection: parsed.rejection };
  const settings = options.notify !== false && options.notifications ? await options.notifications.settings() : null;
  const commit = options.commit ?? createIngestCommit(db);
  const historical = options.historical === true;
  let stored: StoredReport | null;
  let events: LoggedEvent[];
  for (let attempt = 1; ; attempt++) {
    try {
      ({ value: stored, events } = await commit.run((_tx, sql) => storeReport(sql, parsed.report, receivedAt, settings, historical)));
      break;
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      // Another transaction created this report's server, job or alert first (PostgreSQL runs
      // them side by side, where SQLite runs one at a time): once more, now finding them.
      const model = uniqueViolationModel(error);
      if (model !== undefined && model !== 'Backup' && attempt < MAX_INGEST_ATTEMPTS) continue;
      // The UNIQUE index on (server_id, backup_name, date) is what makes the duplicate rule (docs/compatibility/upload.md#duplicate-rule)
      // hold when two identical reports race; the loser lands here.
      if (model === undefined || model === 'Backup') return { kind: 'duplicate' };
      throw error;
    }
  }
  if (!stored) return { kind: 'duplicate' };
  if (stored.notificationsWritten > 0) options.notifications?.enqueued();
  else options.notifications?.reportStored();
  publishLoggedEvents(options.events, events);
  return { kind: 'stored', run: stored.run };
}

/** Reports committed together, in transactions with the ingest's limits (below). */
export function createIngestCommit(db: Db, rawSqlIn?: RawSqlIn): GroupCommit {
  return createGroupCommit(db, { rawSqlIn, timeoutMs: INGEST_TRANSACTION_TIMEOUT_MS, maxWaitMs: INGEST_CONNECTION_WAIT_MS });
}

/**
 * Writers take live-event numbers one after another, each holding the counter until it commits
 * (src/domain/live-event-log.ts): under many concurrent uploads on a busy PostgreSQL a transaction
 * may wait for the counter longer than Prisma's default 5 s, which would fail an upload that only
 * had to queue.
 */
const INGEST_TRANSACTION_TIMEOUT_MS = 30_000;
/**
 * How long an upload may wait for a pooled connection. More concurrent uploads than the pool has
 * connections (PostgreSQL's connection_limit, 10 by default) queue; right after the database comes
 * back they all arrive at once, and Prisma's default 2 s would fail the ones at the end of the queue.
 */
const INGEST_CONNECTION_WAIT_MS = 15_000;

/** A report whose server or job another transaction was creating at the same time is tried again. */
const MAX_INGEST_ATTEMPTS = 5;

interface StoredReport {
  run: StoredRun;
  notificationsWritten: number;
}

/** Null for a duplicate. The events are numbered last in the transaction, by the group commit. */
async function storeReport(
  sql: RawSql,
  report: ParsedReport,
  now: Date,
  settings: NotificationSettings | null,
  historical: boolean,
): Promise<UnitResult<StoredReport | null>> {
  const { run } = report;
  const nowIso = now.toISOString();
  // A known job (every report but a job's first) is one statement: locked, read with its
  // server's name and open alerts (src/domain/ingest-statements.ts).
  let job = await lockKnownJob(sql, run.serverId, run.backupName);
  let serverCreated = false;
  let jobCreated = false;
  if (!job) {
    ({ serverCreated, jobCreated } = await createJobIfAbsent(sql, report.server, run.backupName, nowIso));
    job = await lockKnownJob(sql, run.serverId, run.backupName);
    if (!job) throw new Error(`the job "${run.backupName}" of server ${run.serverId} was not found right after it was written`);
  }

  const backupId = newTimeOrderedId();
  // docs/compatibility/upload.md#duplicate-rule: the UNIQUE index finds the duplicate, no read first; nothing else was written by then
  // (a stored run means its server and job exist), so the transaction commits nothing new.
  if (!(await insertRunIfAbsent(sql, backupId, run))) return { value: null, events: [], at: now };

  // Runs can arrive out of order (Duplicati retries, collected history): only a newer run moves
  // the job's latest run, its schedule and its alerts.
  let alertChanges: AlertChangedEvent[] = [];
  const newest = job.lastBackupAt === null || run.date > job.lastBackupAt;
  const moved =
    newest &&
    (await moveLatestRun(
      sql,
      job,
      { backupId, date: run.date, updatedAt: nowIso },
      scheduleAfterRun(job, { date: run.date, plannedNextRun: report.plannedNextRun }, jobCreated),
    ));
  if (moved) {
    alertChanges = await applyRunAlerts(
      sql,
      job,
      { backupId, status: run.status, date: run.date, warnings: run.warnings, errors: run.errors },
      now,
    );
  }

  // Without a destination the event is not built: a copy of the run's fields per report, for nobody.
  const notificationsWritten =
    settings && hasAnyDestination(settings) && (!historical || moved)
      ? await enqueueRunNotifications(sql, { job, backupId, report, alertChanges, serverCreated, settings, now })
      : 0;

  const stored: StoredRun = {
    backupId,
    serverId: run.serverId,
    serverName: job.serverName,
    backupName: run.backupName,
    jobId: job.id,
    status: run.status,
    date: run.date,
    serverCreated,
    jobCreated,
    becameLatest: Boolean(moved),
  };
  // A collected run that did not become its job's latest is history: nobody hears of it live.
  const runEvents = !historical || stored.becameLatest ? storedRunEvents(stored, now) : [];
  return { value: { run: stored, notificationsWritten }, events: [...runEvents, ...alertTopicEvents(alertChanges)], at: now };
}

/**
 * The run's notification (docs/compatibility/notifications.md#events: by the job's level), "recovered" for each OVERDUE or
 * BACKUP_FAILED alert this run resolved (opt-in per job), and "new server seen" (global option):
 * written with the run, so they exist exactly when the run was committed.
 */
async function enqueueRunNotifications(
  tx: RawSql,
  context: {
    job: LockedJob;
    backupId: string;
    report: ParsedReport;
    alertChanges: AlertChangedEvent[];
    serverCreated: boolean;
    settings: NotificationSettings;
    now: Date;
  },
): Promise<number> {
  const { job, report, settings, now } = context;
  // No log lines: the text is rendered when it is sent, from the run's own row (text-at-send.ts).
  const base: Omit<NotificationEvent, 'kind'> = {
    occurredAt: now.toISOString(),
    server: { id: job.serverId, name: job.serverName, alias: job.serverAlias, note: job.serverNote, url: job.serverUrl },
    job: { id: job.id, name: job.backupName },
    run: notifiedRun(context.backupId, report.run),
    alert: null,
  };
  let written = 0;
  if (context.serverCreated && settings.notifyNewServer) {
    if (await enqueueNotification(tx, { ...base, kind: 'SERVER_SEEN' }, settings, null, now)) written++;
  }
  if (await enqueueNotification(tx, { ...base, kind: runEventKind(report.run.status, report.run.errors) }, settings, job, now)) written++;
  for (const change of context.alertChanges) {
    if (change.change !== 'RESOLVED' || change.alertKind === 'BACKUP_WARNING') continue;
    const alert = { id: change.alertId, kind: change.alertKind, raisedAt: '', reminderCount: 0, resolvedAt: change.changedAt };
    if (await enqueueNotification(tx, { ...base, kind: 'RECOVERED', alert }, settings, job, now)) written++;
  }
  return written;
}

function storedRunEvents(run: StoredRun, receivedAt: Date): TopicEvent[] {
  const at = receivedAt.toISOString();
  const events: TopicEvent[] = [];
  if (run.serverCreated) {
    events.push({ topic: 'server:changed', payload: { kind: 'CREATED', serverId: run.serverId, name: run.serverName, changedAt: at } });
  }
  events.push({
    topic: 'backup:received',
    payload: {
      backupId: run.backupId,
      serverId: run.serverId,
      backupName: run.backupName,
      jobId: run.jobId,
      status: run.status,
      date: run.date,
      receivedAt: at,
    },
  });
  return events;
}
