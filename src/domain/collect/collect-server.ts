import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/types.ts';
import type { EventPublisher } from '../../events/event-bus.ts';
import { ingestReport } from '../ingest.ts';
import { recordAndPublish } from '../live-event-log.ts';
import type { IngestOptions } from '../ingest.ts';
import { normaliseTimestamp } from '../report/index.ts';
import { collectedEntry, reportBackupIdOf } from './collected-report.ts';
import { resolveCollectedServer } from './server-identity.ts';
import type { CollectJobResult, CollectResult, CollectSource, CollectSourceBackup } from './types.ts';

export interface CollectOptions {
  ingest: Omit<IngestOptions, 'historical'>;
  events: EventPublisher;
  /** The server asked for by id; absent for a new address (then identified as a.16 says). */
  knownServerId?: string;
  /** Stored on the server row (sealed, never the plain password); absent keeps what is stored. */
  sealedPassword?: string;
  /** Stored with the server when given. */
  transport?: { allowHttp: boolean; trustSelfSigned: boolean };
  /** Copies one Duplicati schedule into the job's monitoring; true when it changed something. */
  applySchedule?: (db: Db, job: { serverId: string; backupName: string }, schedule: unknown, now: Date) => Promise<boolean>;
}

/** Entry errors kept per job: enough to say why, not a copy of a broken log. */
export const MAX_COLLECT_ERROR_MESSAGES = 5;

/**
 * Imports every Backup result a Duplicati server keeps (docs/compatibility/upload.md#collect) through
 * the upload's own rules (src/domain/ingest.ts): status, duplicate rule, columns. Each job's log
 * is read newest first, so its newest run, when newer than the job's latest, moves the job's state
 * as an upload would, and every older run is stored as history (`historical`: no alert, no
 * notification). Progress is published per page and job on `collect:progress`.
 */
export async function collectFromDuplicati(db: Db, source: CollectSource, options: CollectOptions): Promise<CollectResult> {
  const collectId = randomUUID();
  const system = await source.systemInfo();
  const backups = await source.backups();
  const now = options.ingest.now();
  const server = await resolveCollectedServer(db, {
    knownServerId: options.knownServerId,
    machineName: system.machineName,
    machineId: system.machineId,
    baseUrl: source.baseUrl,
    sealedPassword: options.sealedPassword,
    transport: options.transport,
    now,
  });
  // In the live-event log (src/domain/live-event-log.ts), so a subscriber that resumes by cursor gets it too.
  const serverChange = {
    kind: server.created ? 'CREATED' : 'UPDATED',
    serverId: server.id,
    name: server.name,
    changedAt: now.toISOString(),
  } as const;
  await recordAndPublish(db, options.events, [{ topic: 'server:changed', payload: serverChange }], now);

  const jobs: CollectJobResult[] = [];
  let schedulesSynced = 0;
  for (const backup of backups) {
    jobs.push(await collectJob(db, source, backup, { ...options, collectId, serverId: server.id, serverName: server.name }));
    if (backup.schedule && options.applySchedule) {
      const changed = await options.applySchedule(
        db,
        { serverId: server.id, backupName: backup.name },
        backup.schedule,
        options.ingest.now(),
      );
      if (changed) schedulesSynced++;
    }
  }
  return {
    collectId,
    serverId: server.id,
    serverName: server.name,
    serverCreated: server.created,
    baseUrl: source.baseUrl,
    jobs,
    processed: sum(jobs, 'processed'),
    skipped: sum(jobs, 'skipped'),
    errors: sum(jobs, 'errors'),
    schedulesSynced,
    finishedAt: options.ingest.now().toISOString(),
  };
}

async function collectJob(
  db: Db,
  source: CollectSource,
  backup: CollectSourceBackup,
  context: CollectOptions & { collectId: string; serverId: string; serverName: string },
): Promise<CollectJobResult> {
  const result: CollectJobResult = {
    backupName: backup.name,
    duplicatiBackupId: backup.id,
    processed: 0,
    skipped: 0,
    errors: 0,
    errorMessages: [],
  };
  const identity = { serverId: context.serverId, serverName: context.serverName, backupName: backup.name, duplicatiBackupId: backup.id };
  const storedUnderFormerNames = await datesStoredUnderOtherNames(db, identity.serverId, reportBackupIdOf(backup.id), backup.name);
  const progress = (finished: boolean) =>
    context.events.publish('collect:progress', {
      collectId: context.collectId,
      serverId: context.serverId,
      backupName: backup.name,
      processed: result.processed,
      skipped: result.skipped,
      errors: result.errors,
      finished,
      at: context.ingest.now().toISOString(),
    });
  const fail = (message: string) => {
    result.errors++;
    if (result.errorMessages.length < MAX_COLLECT_ERROR_MESSAGES) result.errorMessages.push(message);
  };

  try {
    for await (const page of source.logPages(backup.id)) {
      for (const entry of page) {
        const collected = collectedEntry(entry, identity);
        if (collected.kind === 'other') continue;
        if (collected.kind === 'unreadable') {
          fail(`log entry ${entry.id}: ${collected.reason}`);
          continue;
        }
        if (
          storedUnderFormerNames.size > 0 &&
          storedUnderFormerNames.has(normaliseTimestamp(collected.report.Data.BeginTime, context.ingest.timeZone) ?? '')
        ) {
          result.skipped++;
          continue;
        }
        try {
          const outcome = await ingestReport(db, collected.report, { ...context.ingest, historical: true });
          if (outcome.kind === 'stored') result.processed++;
          else if (outcome.kind === 'duplicate') result.skipped++;
          else fail(`log entry ${entry.id}: ${outcome.rejection.message}`);
        } catch (error) {
          fail(`log entry ${entry.id}: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
      progress(false);
    }
  } catch (error) {
    // The job's log could not be read (further): what was stored stays, the other jobs go on.
    fail(`reading the log of "${backup.name}" failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  progress(true);
  return result;
}

/**
 * A job renamed in Duplicati keeps its id (backup-id DB-<n>) and its log: runs already stored
 * under its former name are the same runs, not new ones to import again under the new name.
 */
async function datesStoredUnderOtherNames(db: Db, serverId: string, reportBackupId: string, backupName: string): Promise<Set<string>> {
  const rows = await db.backup.findMany({
    where: { serverId, backupId: reportBackupId, backupName: { not: backupName } },
    select: { date: true },
  });
  return new Set(rows.map((row) => row.date));
}

function sum(jobs: CollectJobResult[], key: 'processed' | 'skipped' | 'errors'): number {
  return jobs.reduce((total, job) => total + job[key], 0);
}
