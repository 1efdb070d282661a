import type { DbLike } from '../db/types.ts';
import { findOverdueJobs } from './overdue-jobs.ts';
import { findServerByIdOrName } from './server-lookup.ts';
import type { ServerLookup } from './server-lookup.ts';
import { buildSummary } from './summary.ts';
import type { Summary } from './summary.ts';
import { ageInSeconds, parseStoredTimestamp } from './timestamps.ts';
import { latestOf } from './latest-run.ts';
import { once } from './once.ts';

/**
 * What a dashboard that can only map JSON paths to values needs (Homepage's `customapi` widget):
 * flat numbers, durations in seconds, ISO timestamps, and short lists for its `dynamic-list`
 * display. Every part is computed only when asked for, at most once per overview.
 */
export interface HomepageOverview {
  summary(): Promise<Summary>;
  /** Overdue jobs, the one expected longest ago first. */
  overdueJobs(): Promise<HomepageOverdueJob[]>;
  /** Every server with its newest run, by displayed name (case-insensitive). */
  servers(): Promise<HomepageServer[]>;
  /** One server by machine-id or exact name (docs/compatibility/rest-api.md#last-backup lookup). */
  server(identifier: string): Promise<HomepageServerLookup>;
}

export interface HomepageOverdueJob {
  serverId: string;
  serverName: string;
  /** The alias when set, else the name, then " / " and the backup name: one line in a list. */
  displayName: string;
  backupName: string;
  lastBackupAt: string | null;
  expectedAt: string;
}

export interface HomepageServer {
  serverId: string;
  serverName: string;
  /** The alias when set, else the name. */
  displayName: string;
  /** Jobs with at least one run. */
  backupJobsCount: number;
  overdueBackupsCount: number;
  lastBackup: HomepageLastBackup | null;
  secondsSinceLastBackup: number | null;
}

export interface HomepageLastBackup {
  backupName: string;
  date: string;
  status: string;
  durationSeconds: number;
  uploadedSize: bigint | number;
}

export type HomepageServerLookup = { kind: 'found'; server: HomepageServer } | Exclude<ServerLookup, { kind: 'found' }>;

export function createHomepageOverview(db: DbLike, now: Date): HomepageOverview {
  const overdueRows = once(() => findOverdueJobs(db, now));
  const overdueJobs = once(async () =>
    describeOverdueJobs(
      db,
      (await overdueRows()).map((job) => job.id),
    ),
  );
  const summary = once(() => buildSummary(db, { now, countOverdueJobs: async () => (await overdueRows()).length }));
  const overdueCountByServer = async () => {
    const counts = new Map<string, number>();
    for (const job of await overdueRows()) counts.set(job.serverId, (counts.get(job.serverId) ?? 0) + 1);
    return counts;
  };
  const servers = once(async () => {
    const [rows, overdue] = await Promise.all([readServersWithLatestRuns(db), overdueCountByServer()]);
    return rows
      .map((row) => describeServer(row, overdue.get(row.id) ?? 0, now))
      .sort((a, b) => compareNames(a.displayName, b.displayName) || compareText(a.serverId, b.serverId));
  });

  return {
    summary,
    overdueJobs,
    servers,
    async server(identifier) {
      const lookup = await findServerByIdOrName(db, identifier);
      if (lookup.kind !== 'found') return lookup;
      const [rows, overdue] = await Promise.all([readServersWithLatestRuns(db, lookup.server.id), overdueCountByServer()]);
      const row = rows[0];
      // Deleted between the lookup and the read: the same answer as a lookup a moment later.
      if (!row) return { kind: 'not-found' };
      return { kind: 'found', server: describeServer(row, overdue.get(row.id) ?? 0, now) };
    },
  };
}

async function describeOverdueJobs(db: DbLike, jobIds: number[]): Promise<HomepageOverdueJob[]> {
  if (jobIds.length === 0) return [];
  const jobs = await db.backupJob.findMany({
    where: { id: { in: jobIds } },
    select: {
      serverId: true,
      backupName: true,
      nextExpectedAt: true,
      lastBackupAt: true,
      server: { select: { name: true, alias: true } },
    },
  });
  return jobs
    .filter((job): job is typeof job & { nextExpectedAt: string } => job.nextExpectedAt !== null)
    .map((job) => ({
      serverId: job.serverId,
      serverName: job.server.name,
      displayName: `${job.server.alias || job.server.name} / ${job.backupName}`,
      backupName: job.backupName,
      lastBackupAt: job.lastBackupAt,
      expectedAt: job.nextExpectedAt,
    }))
    .sort(
      (a, b) =>
        compareInstants(a.expectedAt, b.expectedAt) || compareText(a.serverName, b.serverName) || compareText(a.backupName, b.backupName),
    );
}

const latestRunSelect = {
  backupName: true,
  date: true,
  status: true,
  durationSeconds: true,
  uploadedSize: true,
} as const;

type ServerWithLatestRuns = Awaited<ReturnType<typeof readServersWithLatestRuns>>[number];

/** One query: each job's newest run comes through its `latestBackupId` pointer. */
function readServersWithLatestRuns(db: DbLike, serverId?: string) {
  return db.server.findMany({
    where: serverId ? { id: serverId } : {},
    select: {
      id: true,
      name: true,
      alias: true,
      backupJobs: { select: { latestBackup: { select: latestRunSelect } } },
    },
  });
}

function describeServer(row: ServerWithLatestRuns, overdueBackupsCount: number, now: Date): HomepageServer {
  const runs = row.backupJobs.map((job) => job.latestBackup).filter((run) => run !== null);
  const lastBackup: HomepageLastBackup | null = latestOf(runs);
  const lastBackupAt = parseStoredTimestamp(lastBackup?.date);
  return {
    serverId: row.id,
    serverName: row.name,
    displayName: row.alias || row.name,
    backupJobsCount: runs.length,
    overdueBackupsCount,
    lastBackup,
    secondsSinceLastBackup: lastBackupAt ? ageInSeconds(lastBackupAt, now) : null,
  };
}

/** Stored timestamps are ISO text in UTC, so text order is time order (prisma/schema.prisma). */
function compareInstants(a: string, b: string): number {
  return compareText(a, b);
}

/** How a person scans a list of names: case and accents aside ("nas" before "WSJ-SER5"). */
const nameCollator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

function compareNames(a: string, b: string): number {
  return nameCollator.compare(a, b);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
