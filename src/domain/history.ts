import type { DbLike } from '../db/types.ts';
import { Prisma } from '../generated/prisma/client.ts';

/**
 * Time series for charts, after duplistatus's chart data (docs/compatibility/operations.md#chart-data): per run, or
 * per UTC day or week.
 *
 * duplistatus SUMs every column per day. That is right for what a run *does* (runs, bytes
 * uploaded, seconds spent) but not for what a run *observes* — files examined, source size,
 * storage used, versions kept are levels, and two runs on one day would double them. So:
 * - flows (`runs`, `uploadedSize`, `durationSeconds`) are summed over the runs in the bucket;
 * - levels (`fileCount`, `fileSize`, `storageSize`, `versions`) are the values of the job's last
 *   run in the bucket (by start time).
 * A server's point is the sum of its jobs' points for that bucket: flows summed, and the levels
 * of each job that ran in the bucket added up (a job with no run in a bucket adds nothing there).
 *
 * Buckets are keyed on the run's `date` (its start, Data.BeginTime, ISO UTC text). Only buckets
 * with runs are returned, oldest first. The range is half-open: `from` ≤ date < `to`.
 *
 * A series holds at most `maxPoints` points, the newest ones: a run per point can otherwise turn
 * one small query into every row of the table (README "Limits"). The database reads only the
 * runs of those points, so the work is bounded too.
 */

export type HistoryBucket = 'RUN' | 'DAY' | 'WEEK';

export interface HistoryPoint {
  /** The run's start (RUN), or the UTC start of the day or ISO week (Monday). */
  start: Date;
  runs: number;
  uploadedSize: number;
  durationSeconds: number;
  /** Files examined (examined_files). */
  fileCount: number;
  /** Bytes of the source (size = SizeOfExaminedFiles). */
  fileSize: number;
  /** Bytes at the destination (known_file_size). */
  storageSize: number;
  /** Versions at the destination (backup_list_count). */
  versions: number;
}

export interface HistoryRange {
  from?: Date | null;
  to?: Date | null;
}

export interface HistoryScope {
  serverId: string;
  /** Absent: every job of the server. */
  backupName?: string;
}

/** A series once its defaults are applied: what `readHistory` reads and the cost limit prices. */
export interface HistoryRequest {
  range: HistoryRange;
  bucket: HistoryBucket;
  maxPoints: number;
}

export interface HistoryArguments extends HistoryRange {
  bucket?: HistoryBucket | null;
  last?: number | null;
}

/** DAY buckets unless told otherwise; `last` points, MAX_PAGE_SIZE (`maxPageSize`) by default and at most. */
export function historyRequest(args: HistoryArguments, maxPageSize: number): HistoryRequest {
  return {
    range: { from: args.from ?? null, to: args.to ?? null },
    bucket: args.bucket ?? 'DAY',
    maxPoints: Math.min(args.last ?? maxPageSize, maxPageSize),
  };
}

/** A range whose `from` is not before its `to` holds no instant (the range is half-open). */
export function isEmptyRange(range: HistoryRange): boolean {
  return Boolean(range.from && range.to && range.from.getTime() >= range.to.getTime());
}

export async function readHistory(db: DbLike, scope: HistoryScope, request: HistoryRequest): Promise<HistoryPoint[]> {
  const { range, bucket, maxPoints } = request;
  if (isEmptyRange(range) || maxPoints <= 0) return [];
  if (bucket === 'RUN') return readRunPoints(db, scope, range, maxPoints);
  // An ISO week holds at most seven days with runs, so the newest 7n days hold the newest n weeks.
  const days = await readJobDays(db, scope, range, bucket === 'WEEK' ? 7 * maxPoints : maxPoints);
  return foldIntoBuckets(days, bucket === 'WEEK' ? weekStartOf : (day) => day).slice(-maxPoints);
}

const DAY_MS = 86_400_000;

/**
 * The most points a series can hold: `maxPoints`, or fewer when a closed range has fewer UTC days
 * or ISO weeks. The cost limit prices `history` with it (src/graphql/plugins/list-bounds.ts).
 */
export function historyPointBound({ bucket, range, maxPoints }: HistoryRequest): number {
  const limit = Math.max(0, maxPoints);
  if (isEmptyRange(range)) return 0;
  if (bucket === 'RUN' || !range.from || !range.to) return limit;
  const first = range.from.getTime();
  const last = range.to.getTime() - 1;
  const dayIndex = (ms: number) => Math.floor(ms / DAY_MS);
  // 1970-01-01 was a Thursday: shifting by three days makes weeks start on Mondays.
  const weekIndex = (ms: number) => Math.floor((dayIndex(ms) + 3) / 7);
  const index = bucket === 'WEEK' ? weekIndex : dayIndex;
  return Math.min(limit, index(last) - index(first) + 1);
}

/** One row per run, the newest `limit` runs: nothing to aggregate. */
async function readRunPoints(db: DbLike, scope: HistoryScope, range: HistoryRange, limit: number): Promise<HistoryPoint[]> {
  const newestFirst = await db.backup.findMany({
    where: {
      serverId: scope.serverId,
      backupName: scope.backupName,
      date: { gte: range.from?.toISOString(), lt: range.to?.toISOString() },
    },
    select: {
      date: true,
      uploadedSize: true,
      durationSeconds: true,
      examinedFiles: true,
      size: true,
      knownFileSize: true,
      backupListCount: true,
    },
    orderBy: [{ date: 'desc' }, { backupName: 'desc' }],
    take: limit,
  });
  return newestFirst.reverse().map((run) => ({
    start: new Date(run.date),
    runs: 1,
    uploadedSize: Number(run.uploadedSize),
    durationSeconds: run.durationSeconds,
    fileCount: run.examinedFiles,
    fileSize: Number(run.size),
    storageSize: Number(run.knownFileSize),
    versions: run.backupListCount,
  }));
}

/** One job's runs on one UTC day, aggregated by the database. */
interface JobDay {
  backupName: string;
  /** YYYY-MM-DD */
  day: string;
  runs: number;
  uploadedSize: number;
  durationSeconds: number;
  fileCount: number;
  fileSize: number;
  storageSize: number;
  versions: number;
}

interface JobDayRow {
  backup_name: string;
  day: string;
  runs: unknown;
  uploaded_size: unknown;
  duration_seconds: unknown;
  file_count: unknown;
  file_size: unknown;
  storage_size: unknown;
  versions: unknown;
}

/**
 * The database does the work: one row per (job, UTC day) of the newest `newestDays` days with
 * runs, flows summed, levels from the day's last run via ROW_NUMBER. Portable SQL (SQLite ≥ 3.25
 * and PostgreSQL alike): `date` is ISO UTC text, so its first ten characters are the UTC day, with
 * no date function of either dialect. Weeks are folded from these rows in `foldIntoBuckets`, so no
 * dialect's week arithmetic either.
 */
async function readJobDays(db: DbLike, scope: HistoryScope, range: HistoryRange, newestDays: number): Promise<JobDay[]> {
  const conditions = [Prisma.sql`server_id = ${scope.serverId}`];
  if (scope.backupName !== undefined) conditions.push(Prisma.sql`backup_name = ${scope.backupName}`);
  if (range.from) conditions.push(Prisma.sql`"date" >= ${range.from.toISOString()}`);
  if (range.to) conditions.push(Prisma.sql`"date" < ${range.to.toISOString()}`);
  const rows = await db.$queryRaw<JobDayRow[]>`
    WITH runs_in_range AS (
      SELECT backup_name, SUBSTR("date", 1, 10) AS day, "date",
        uploaded_size, duration_seconds, examined_files, size, known_file_size, backup_list_count
      FROM backups
      WHERE ${Prisma.join(conditions, ' AND ')}
    ), newest_days AS (
      SELECT DISTINCT day FROM runs_in_range ORDER BY day DESC LIMIT ${newestDays}
    ), ranked AS (
      SELECT runs_in_range.*,
        ROW_NUMBER() OVER (PARTITION BY backup_name, day ORDER BY "date" DESC) AS newest
      FROM runs_in_range
      WHERE day IN (SELECT day FROM newest_days)
    )
    SELECT backup_name, day,
      COUNT(*) AS runs,
      SUM(uploaded_size) AS uploaded_size,
      SUM(duration_seconds) AS duration_seconds,
      MAX(CASE WHEN newest = 1 THEN examined_files END) AS file_count,
      MAX(CASE WHEN newest = 1 THEN size END) AS file_size,
      MAX(CASE WHEN newest = 1 THEN known_file_size END) AS storage_size,
      MAX(CASE WHEN newest = 1 THEN backup_list_count END) AS versions
    FROM ranked
    GROUP BY backup_name, day
    ORDER BY day, backup_name`;
  return rows.map((row) => ({
    backupName: row.backup_name,
    day: row.day,
    runs: toNumber(row.runs),
    uploadedSize: toNumber(row.uploaded_size),
    durationSeconds: toNumber(row.duration_seconds),
    fileCount: toNumber(row.file_count),
    fileSize: toNumber(row.file_size),
    storageSize: toNumber(row.storage_size),
    versions: toNumber(row.versions),
  }));
}

type Measure = Exclude<keyof HistoryPoint, 'start'>;
const FLOWS: readonly Measure[] = ['runs', 'uploadedSize', 'durationSeconds'];
const LEVELS: readonly Measure[] = ['fileCount', 'fileSize', 'storageSize', 'versions'];

/** `into` with each of `measures` of `from` added to it. */
function addMeasures<T extends Record<Measure, number>>(into: T, from: Record<Measure, number>, measures: readonly Measure[]): T {
  const sum = { ...into };
  for (const measure of measures) sum[measure] += from[measure];
  return sum;
}

/**
 * Days → buckets: per bucket and job, flows add up and the levels of the job's last day win
 * (rows come oldest day first); then the jobs of a bucket add up.
 */
function foldIntoBuckets(days: JobDay[], bucketOf: (day: string) => string): HistoryPoint[] {
  const buckets = new Map<string, Map<string, JobDay>>();
  for (const day of days) {
    const key = bucketOf(day.day);
    const jobs = buckets.get(key) ?? new Map<string, JobDay>();
    buckets.set(key, jobs);
    const seen = jobs.get(day.backupName);
    jobs.set(day.backupName, seen ? addMeasures(day, seen, FLOWS) : day);
  }
  return [...buckets.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, jobs]) => {
      const empty: HistoryPoint = {
        start: new Date(`${key}T00:00:00.000Z`),
        runs: 0,
        uploadedSize: 0,
        durationSeconds: 0,
        fileCount: 0,
        fileSize: 0,
        storageSize: 0,
        versions: 0,
      };
      return [...jobs.values()].reduce((point, job) => addMeasures(point, job, [...FLOWS, ...LEVELS]), empty);
    });
}

/** The Monday (UTC) of the ISO week of a YYYY-MM-DD day, as YYYY-MM-DD. */
export function weekStartOf(day: string): string {
  const date = new Date(`${day}T00:00:00.000Z`);
  date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7));
  return date.toISOString().slice(0, 10);
}

/** SQLite hands integers back as number or bigint, PostgreSQL's SUM as a Decimal. */
function toNumber(value: unknown): number {
  if (value === null || value === undefined) return 0;
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  return Number(String(value));
}
