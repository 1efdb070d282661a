import type { Db, DbTransaction } from '../db/types.ts';
import type { EventPublisher } from '../events/event-bus.ts';
import type { AlertChangedEvent, ServerChangeKind, TopicEvent } from '../events/topics.ts';
import { alertEvent } from './alerts/alert-store.ts';
import type { AlertJobRef } from './alerts/alert-store.ts';
import { alertTopicEvents } from './alerts/publish.ts';
import { publishLoggedEvents, recordLiveEvents } from './live-event-log.ts';
import { decideRunAlerts } from './alerts/run-rules.ts';
import { nextExpectedRun } from './job-schedule.ts';
import { parseNotificationLevel, parseWeekdays } from './overdue/index.ts';

/**
 * docs/compatibility/operations.md#merge-servers for the duplicates a machine-id change leaves behind (docs/compatibility/known-problems.md#duplicate-servers-after-a-machine-id-change): every
 * job, run and alert of the sources ends up on the target, the sources are deleted, all in one
 * transaction. Unlike duplistatus, the jobs' schedules come along (docs/compatibility/known-problems.md#merge-and-delete-leave-settings-behind).
 *
 * Rules, job by job:
 * - The target has no job of that name: the source's job row moves whole (same id, so its global
 *   id, schedule, pointers and alerts stay valid); its runs follow through the foreign key's
 *   ON UPDATE CASCADE on (server_id, backup_name).
 * - The target has one: the runs move into it; a source run with the same start time as a
 *   target run is the same report stored twice (docs/compatibility/upload.md#duplicate-rule) and is dropped. The target job's schedule
 *   is kept unless it is still all defaults and the source's is not (the defaults were never
 *   chosen by anyone; custom settings were); with several sources, the first custom one in
 *   `sourceIds` order wins. The latest-run pointer and next expected run are recomputed.
 *   Open alerts: the job holding the newest run ("lead") keeps its own; an open alert of the
 *   other job is resolved by the newest run when that run would have resolved it at ingest
 *   (`decideRunAlerts`), closed (resolved, no run) when the lead has one of the same kind open
 *   (at most one open alert per job and kind), and otherwise carried over open.
 * - Alias, note, URL and stored password move to the target where the target's is empty (first
 *   source in `sourceIds` order wins).
 * - `backup_id`s are not rewritten (duplistatus unifies them per backup name): jobs here are keyed
 *   by (server, backup name), never by backup_id (docs/compatibility/known-problems.md#test-data-quirks), and the ids say which Duplicati job
 *   configuration each run came from.
 */

export interface MergeServersInput {
  sourceIds: string[];
  targetId: string;
}

export interface MergeCounts {
  /** Source servers deleted. */
  servers: number;
  /** Source jobs moved whole (the target had no job of that name). */
  jobsMoved: number;
  /** Source jobs folded into the target's job of the same name. */
  jobsCombined: number;
  runsMoved: number;
  /** Source runs that duplicated a target run of the same job and start time. */
  duplicateRunsDropped: number;
  alertsMoved: number;
  /** Open alerts the merge resolved or closed (see the rules above). */
  alertsResolved: number;
}

export type MergeServersOutcome =
  | { kind: 'merged'; targetId: string; sourceIds: string[]; counts: MergeCounts }
  | { kind: 'not-found'; missingIds: string[] }
  | { kind: 'invalid'; field: string; message: string };

export async function mergeServers(
  db: Db,
  input: MergeServersInput,
  options: { now: Date; events: EventPublisher },
): Promise<MergeServersOutcome> {
  const sourceIds = [...new Set(input.sourceIds)];
  if (sourceIds.length === 0) return { kind: 'invalid', field: 'sourceIds', message: 'Give at least one server to merge into the target' };
  if (sourceIds.includes(input.targetId)) {
    return { kind: 'invalid', field: 'sourceIds', message: 'The target server cannot also be a source' };
  }

  const result = await db.$transaction(async (tx) => {
    const found = await tx.server.findMany({ where: { id: { in: [input.targetId, ...sourceIds] } }, select: serverSelect });
    const byId = new Map(found.map((server) => [server.id, server]));
    const missingIds = [input.targetId, ...sourceIds].filter((id) => !byId.has(id));
    if (missingIds.length > 0) return { kind: 'not-found' as const, missingIds };

    const target = byId.get(input.targetId)!;
    const merge = new MergeRun(tx, target, options.now);
    for (const sourceId of sourceIds) await merge.absorb(byId.get(sourceId)!);
    await merge.finish();
    const sources = sourceIds.map((id) => byId.get(id)!);
    const at = options.now.toISOString();
    const events = await recordLiveEvents(
      tx,
      [
        ...alertTopicEvents(merge.alertChanges),
        ...sources.map((source) => serverChanged('DELETED', source.id, source.name, at)),
        serverChanged('UPDATED', target.id, target.name, at),
      ],
      options.now,
    );
    return { kind: 'merged' as const, target, counts: merge.counts, events };
  });
  if (result.kind === 'not-found') return result;

  publishLoggedEvents(options.events, result.events);
  return { kind: 'merged', targetId: result.target.id, sourceIds, counts: result.counts };
}

const serverSelect = { id: true, name: true, alias: true, note: true, serverUrl: true, serverPassword: true } as const;
type ServerRow = { id: string; name: string; alias: string; note: string; serverUrl: string; serverPassword: string };

const jobSelect = {
  id: true,
  serverId: true,
  backupName: true,
  expectedInterval: true,
  allowedWeekdays: true,
  toleranceMinutes: true,
  overdueCheckEnabled: true,
  notificationEvent: true,
  nextExpectedAt: true,
  lastBackupAt: true,
  latestBackupId: true,
  overdueSince: true,
  lastReminderAt: true,
} as const;

interface JobRow {
  id: number;
  serverId: string;
  backupName: string;
  expectedInterval: string;
  allowedWeekdays: string;
  toleranceMinutes: number | null;
  overdueCheckEnabled: boolean;
  notificationEvent: string;
  nextExpectedAt: string | null;
  lastBackupAt: string | null;
  latestBackupId: string | null;
  overdueSince: string | null;
  lastReminderAt: string | null;
}

/** The state of one merge inside its transaction. */
class MergeRun {
  readonly counts: MergeCounts = {
    servers: 0,
    jobsMoved: 0,
    jobsCombined: 0,
    runsMoved: 0,
    duplicateRunsDropped: 0,
    alertsMoved: 0,
    alertsResolved: 0,
  };
  readonly alertChanges: AlertChangedEvent[] = [];
  private readonly fields: Pick<ServerRow, 'alias' | 'note' | 'serverUrl' | 'serverPassword'>;

  constructor(
    private readonly tx: DbTransaction,
    private readonly target: ServerRow,
    private readonly now: Date,
  ) {
    this.fields = { alias: target.alias, note: target.note, serverUrl: target.serverUrl, serverPassword: target.serverPassword };
  }

  async absorb(source: ServerRow): Promise<void> {
    const jobs = await this.tx.backupJob.findMany({ where: { serverId: source.id }, select: jobSelect, orderBy: { backupName: 'asc' } });
    for (const job of jobs) {
      const targetJob = await this.tx.backupJob.findUnique({
        where: { serverId_backupName: { serverId: this.target.id, backupName: job.backupName } },
        select: jobSelect,
      });
      if (targetJob) await this.combineJob(targetJob, job);
      else await this.moveJob(job);
    }
    for (const key of ['alias', 'note', 'serverUrl', 'serverPassword'] as const) {
      if (this.fields[key] === '' && source[key] !== '') this.fields[key] = source[key];
    }
    // Nothing is left under the source but the row itself; the cascade has nothing to take.
    await this.tx.server.delete({ where: { id: source.id } });
    this.counts.servers++;
  }

  async finish(): Promise<void> {
    await this.tx.server.update({ where: { id: this.target.id }, data: { ...this.fields, updatedAt: this.now.toISOString() } });
  }

  private async moveJob(job: JobRow): Promise<void> {
    const runs = await this.tx.backup.count({ where: { serverId: job.serverId, backupName: job.backupName } });
    const alerts = await this.tx.alert.count({ where: { jobId: job.id } });
    await this.tx.backupJob.update({ where: { id: job.id }, data: { serverId: this.target.id, updatedAt: this.now.toISOString() } });
    this.counts.jobsMoved++;
    this.counts.runsMoved += runs;
    this.counts.alertsMoved += alerts;
  }

  private async combineJob(targetJob: JobRow, sourceJob: JobRow): Promise<void> {
    const { tx } = this;
    const name = sourceJob.backupName;
    // The same report stored under both machine-ids: keep the target's copy (docs/compatibility/upload.md#duplicate-rule).
    const dropped = await tx.$executeRaw`
      DELETE FROM backups
      WHERE server_id = ${sourceJob.serverId} AND backup_name = ${name}
        AND date IN (SELECT date FROM backups WHERE server_id = ${targetJob.serverId} AND backup_name = ${name})`;
    const moved = await tx.backup.updateMany({
      where: { serverId: sourceJob.serverId, backupName: name },
      data: { serverId: targetJob.serverId },
    });
    this.counts.duplicateRunsDropped += dropped;
    this.counts.runsMoved += moved.count;

    const newest = await tx.backup.findFirst({
      where: { serverId: targetJob.serverId, backupName: name },
      orderBy: { date: 'desc' },
      select: { id: true, date: true, status: true, errors: true },
    });
    // Ties go to the target: an equal date means the source's copy was the dropped duplicate.
    const sourceLeads =
      sourceJob.lastBackupAt !== null && (targetJob.lastBackupAt === null || sourceJob.lastBackupAt > targetJob.lastBackupAt);
    const lead = sourceLeads ? sourceJob : targetJob;
    const other = sourceLeads ? targetJob : sourceJob;
    const schedule = isDefaultSchedule(targetJob) && !isDefaultSchedule(sourceJob) ? sourceJob : targetJob;
    const jobRef: AlertJobRef = { id: targetJob.id, serverId: targetJob.serverId, backupName: name };

    const otherKeptOverdue = await this.settleOpenAlerts(other, lead, newest, parseNotificationLevel(schedule.notificationEvent), jobRef);
    const movedAlerts = await tx.alert.updateMany({ where: { jobId: sourceJob.id }, data: { jobId: targetJob.id } });
    this.counts.alertsMoved += movedAlerts.count;
    // Its runs and alerts are gone; deleting it also frees its latest_backup_id (a unique column)
    // before the target job points at that run.
    await tx.backupJob.delete({ where: { id: sourceJob.id } });

    const overdueState = otherKeptOverdue ? other : lead;
    await tx.backupJob.update({
      where: { id: targetJob.id },
      data: {
        expectedInterval: schedule.expectedInterval,
        allowedWeekdays: schedule.allowedWeekdays,
        toleranceMinutes: schedule.toleranceMinutes,
        overdueCheckEnabled: schedule.overdueCheckEnabled,
        notificationEvent: schedule.notificationEvent,
        latestBackupId: newest?.id ?? null,
        lastBackupAt: newest?.date ?? null,
        // docs/compatibility/overdue.md#maintaining-the-next-expected-run from the lead's stored next run (computed for that very latest run), under the kept schedule.
        nextExpectedAt: newest
          ? nextExpectedRun(
              {
                nextExpectedAt: lead.nextExpectedAt,
                expectedInterval: schedule.expectedInterval,
                allowedWeekdays: schedule.allowedWeekdays,
              },
              newest.date,
              false,
            )
          : null,
        overdueSince: overdueState.overdueSince,
        lastReminderAt: overdueState.lastReminderAt,
        updatedAt: this.now.toISOString(),
      },
    });
    this.counts.jobsCombined++;
  }

  /**
   * The open alerts of the job that does not hold the newest run. Returns whether its OVERDUE
   * alert stays open (then the overdue bookkeeping follows it).
   */
  private async settleOpenAlerts(
    other: JobRow,
    lead: JobRow,
    newest: { id: string; status: string; errors: number } | null,
    level: ReturnType<typeof parseNotificationLevel>,
    jobRef: AlertJobRef,
  ): Promise<boolean> {
    const { tx } = this;
    const open = await tx.alert.findMany({ where: { jobId: other.id, openKind: { not: null } }, select: { id: true, kind: true } });
    if (open.length === 0) return false;
    const leadOpen = new Set(
      (await tx.alert.findMany({ where: { jobId: lead.id, openKind: { not: null } }, select: { kind: true } })).map((alert) => alert.kind),
    );
    const resolvedByNewest = newest ? decideRunAlerts(newest.status, newest.errors, level).resolve : [];
    let overdueKept = false;
    for (const alert of open) {
      const byRun = (resolvedByNewest as string[]).includes(alert.kind);
      if (!byRun && !leadOpen.has(alert.kind)) {
        if (alert.kind === 'OVERDUE') overdueKept = true;
        continue;
      }
      await tx.alert.update({
        where: { id: alert.id },
        data: { openKind: null, resolvedAt: this.now.toISOString(), resolvedByBackupId: byRun ? newest!.id : null },
      });
      this.counts.alertsResolved++;
      this.alertChanges.push(alertEvent('RESOLVED', alert.id, alert.kind, jobRef, this.now));
    }
    return overdueKept;
  }
}

const DEFAULT_SCHEDULE = {
  expectedInterval: '1D',
  toleranceMinutes: null,
  overdueCheckEnabled: true,
  notificationEvent: 'warnings',
} as const;

/** The schedule a job gets at its first report (the Prisma defaults): nobody chose it. */
export function isDefaultSchedule(
  job: Pick<JobRow, 'expectedInterval' | 'allowedWeekdays' | 'toleranceMinutes' | 'overdueCheckEnabled' | 'notificationEvent'>,
): boolean {
  return (
    job.expectedInterval === DEFAULT_SCHEDULE.expectedInterval &&
    job.toleranceMinutes === DEFAULT_SCHEDULE.toleranceMinutes &&
    job.overdueCheckEnabled === DEFAULT_SCHEDULE.overdueCheckEnabled &&
    job.notificationEvent === DEFAULT_SCHEDULE.notificationEvent &&
    allowsEveryDay(job.allowedWeekdays)
  );
}

function allowsEveryDay(text: string): boolean {
  try {
    const days = parseWeekdays(text);
    return days.length === 0 || days.length === 7;
  } catch {
    return false;
  }
}

function serverChanged(kind: ServerChangeKind, serverId: string, name: string, changedAt: string): TopicEvent {
  return { topic: 'server:changed', payload: { kind, serverId, name, changedAt } };
}
