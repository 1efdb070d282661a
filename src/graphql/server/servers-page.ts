import { readJobsOfServers } from '../../domain/jobs-of-servers.ts';
import type { JobsOfServersRequest } from '../../domain/jobs-of-servers.ts';
import type { GraphQLContext } from '../context.ts';
import { markHandLoaded } from '../hand-loaded-rows.ts';
import { isObject } from '../../domain/report/report-values.ts';
import { plainSelectOf } from '../hand-read-plan.ts';

/** The query Pothos plans for a page of servers: a model `select` (or `include`) plus paging. */
type ServerPlan = Record<string, unknown> & { select?: Record<string, unknown>; include?: Record<string, unknown> };

/**
 * A page of servers as `prisma.server.findMany(plan)` answers it, with `backupJobs` (and each
 * job's `latestBackup`) read by one hand-written statement when the plan asks for nothing else
 * beneath them: scalar columns, the count of each job's runs, ordered by name or not at all. The
 * dashboard's query is that shape; anything more (a job's alerts, its runs, a run's relations) goes to Prisma whole,
 * so every answer stays the model query's.
 */
export async function findServersPage(
  ctx: GraphQLContext,
  plan: ServerPlan,
  where: object,
  orderBy: object,
): Promise<Record<string, unknown>[]> {
  const db = ctx.prisma;
  const split = splitJobs(plan);
  if (!split) return db.server.findMany({ ...plan, where, orderBy } as never);
  const servers = (await db.server.findMany({ ...split.rest, where, orderBy } as never)) as Record<string, unknown>[];
  const [jobs] = await Promise.all([
    readJobsOfServers(
      db,
      servers.map((server) => server.id as string),
      split.request,
    ),
    // A job's overdue state and effective tolerance fall back on the global tolerance: read beside
    // the jobs, it is in before their fields resolve, and a thousand of them resolve without waiting.
    split.request.jobFields.includes('toleranceMinutes') && servers.length > 0 ? ctx.monitoringSettings() : null,
  ]);
  for (const server of servers) {
    const own = jobs.get(server.id as string) ?? [];
    for (const job of own) {
      markHandLoaded(job);
      if (job.latestBackup) markHandLoaded(job.latestBackup);
    }
    server.backupJobs = own;
  }
  return servers;
}

/** The plan without `backupJobs`, and what to read for it; null when the hand read cannot answer it exactly. */
function splitJobs(plan: ServerPlan): { rest: ServerPlan; request: JobsOfServersRequest } | null {
  const mode = plan.select ? 'select' : plan.include ? 'include' : null;
  if (!mode) return null;
  const { backupJobs: jobsPlan, ...others } = plan[mode]!;
  if (jobsPlan === undefined) return null;
  const request = jobsRequest(jobsPlan);
  if (!request) return null;
  // The servers' ids join their jobs; an include reads every server column anyway.
  const rest = { ...plan, [mode]: mode === 'select' ? { ...others, id: true } : others };
  return { rest, request };
}

function jobsRequest(jobsPlan: unknown): JobsOfServersRequest | null {
  if (!isObject(jobsPlan)) return null;
  const { select, orderBy, ...other } = jobsPlan;
  if (Object.keys(other).length > 0 || !isObject(select)) return null;
  const order = orderBy === undefined ? 'id' : isOrderByName(orderBy) ? 'backupName' : null;
  if (!order) return null;
  const { latestBackup, _count: runCount, ...jobSelect } = select;
  const countRuns = runCount !== undefined;
  if (countRuns && !isRunCount(runCount)) return null;
  const jobFields = plainSelectOf('BackupJob', { select: jobSelect });
  if (!jobFields) return null;
  let latestBackupFields: string[] | null = null;
  if (latestBackup !== undefined) {
    latestBackupFields = plainSelectOf('Backup', latestBackup);
    if (!latestBackupFields) return null;
  }
  return { jobFields, latestBackupFields, countRuns, orderBy: order };
}

/** `{ select: { backups: true } }`: BackupJob.runCount, every run of the job counted. */
function isRunCount(count: unknown): boolean {
  return (
    isObject(count) &&
    Object.keys(count).length === 1 &&
    isObject(count.select) &&
    Object.keys(count.select).length === 1 &&
    count.select.backups === true
  );
}

function isOrderByName(orderBy: unknown): boolean {
  return (
    Array.isArray(orderBy) &&
    orderBy.length === 1 &&
    isObject(orderBy[0]) &&
    Object.keys(orderBy[0]).length === 1 &&
    orderBy[0].backupName === 'asc'
  );
}
