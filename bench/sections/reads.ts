import { isDeepStrictEqual } from 'node:util';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { isOverdue, resolveToleranceMinutes, toleranceToMinutes } from '../../src/domain/overdue/index.ts';
import { HttpClient } from '../lib/http-client.ts';
import { buildDataset } from '../lib/raw-store.ts';
import { startServerProcess } from '../lib/server-process.ts';
import { startBareHttpServer } from '../lib/bare-http-server.ts';
import { startHandAnswerServer } from '../lib/hand-answer-server.ts';
import { DASHBOARD_QUERY, LAST_BACKUPS_QUERY, SUMMARY_QUERY } from '../lib/read-queries.ts';
import { DASHBOARD_SQL, GLOBAL_TOLERANCE_SQL, LATEST_RUNS_OF_SERVER_SQL, SERVER_BY_ID_SQL, SERVER_COUNT_SQL } from '../lib/hand-sql.ts';
import { formatBytes, formatMs, loadAverage, monotonicMs, percentile } from '../lib/stats.ts';
import type { Row } from '../lib/table.ts';
import { jobsOf, timelineEndingAt } from '../lib/workload.ts';

export interface ReadsOptions {
  dir: string;
  seed: string;
  /** Stored runs per data set, e.g. [10_000, 100_000, 1_000_000]. */
  sizes: number[];
  /** Timed calls per measure (fewer when `secondsPerMeasure` runs out first, never under 5). */
  iterations: number;
  secondsPerMeasure: number;
  keepData: boolean;
  log: (line: string) => void;
}

/** 100 servers × 10 jobs: the dashboard's shape, whatever the number of runs. */
const SERVERS = 100;
const JOBS_PER_SERVER = 10;

/** What both sides must agree on (wall-clock-dependent fields left out). */
type Fingerprint = unknown;

interface ReadMeasure {
  name: string;
  graphql: (client: HttpClient) => Promise<Fingerprint>;
  sql: (db: Database.Database) => Fingerprint;
  /** The request body bench/hand-answers.ts answers too, when it does (not the summary, which meets its target). */
  handAnswered?: string;
}

function measures(serverId: string): ReadMeasure[] {
  return [
    {
      name: 'summary',
      graphql: async (client) => summaryFingerprint((await client.graphql(SUMMARY_QUERY)).summary),
      sql: (db) => summaryFingerprint(handSummary(db, new Date())),
    },
    {
      name: 'lastBackups(one server)',
      handAnswered: JSON.stringify({ query: LAST_BACKUPS_QUERY, variables: { server: serverId } }),
      graphql: async (client) => {
        const answer = (await client.graphql(LAST_BACKUPS_QUERY, { server: serverId })).lastBackups;
        return {
          server: answer.server,
          backupNames: answer.backupNames,
          runs: answer.latestBackups.map((run: { id: string; date: string; availableVersions: string[] }) => [
            rowId(run.id),
            run.date,
            run.availableVersions.length,
          ]),
        };
      },
      sql: (db) => {
        const answer = handLastBackups(db, serverId);
        return {
          server: answer.server,
          backupNames: answer.backupNames,
          runs: answer.latestBackups.map((run) => [run.id, run.date, run.availableVersions.length]),
        };
      },
    },
    {
      name: 'dashboard: 100 servers × 10 jobs, latest run + overdue',
      handAnswered: JSON.stringify({ query: DASHBOARD_QUERY }),
      graphql: async (client) => {
        const answer = (await client.graphql(DASHBOARD_QUERY)).servers;
        return {
          totalCount: answer.totalCount,
          jobs: answer.edges.flatMap((edge: any) =>
            edge.node.backupJobs.map((job: any) => [
              edge.node.serverId,
              job.backupName,
              job.latestBackup ? rowId(job.latestBackup.id) : null,
              job.overdue.isOverdue,
            ]),
          ),
        };
      },
      sql: (db) => {
        const answer = handDashboard(db, new Date());
        return {
          totalCount: answer.totalCount,
          jobs: answer.servers.flatMap((server) =>
            server.backupJobs.map((job) => [server.serverId, job.backupName, job.latestBackup?.id ?? null, job.overdue.isOverdue]),
          ),
        };
      },
    },
  ];
}

/** Each figure is the median of this many runs' p50s, the runs interleaved. */
const RUNS = 3;

/** `{ __typename }` may cost at most this many times the bare `node:http` floor. */
const FLOOR_FACTOR = 3;
/** A read may cost at most the floor plus this many times its hand-written SQL. */
const SQL_FACTOR = 2;
const IDLE_RSS_LIMIT = 150 * 1024 ** 2;

export async function benchReads(options: ReadsOptions): Promise<Row[]> {
  const rows: Row[] = [];
  const bare = await startBareHttpServer();
  const bareClient = new HttpClient(bare.url, 1);
  try {
    for (const size of options.sizes) rows.push(...(await benchSize(size, options, bareClient)));
  } finally {
    bareClient.close();
    await bare.stop();
  }
  return rows;
}

async function benchSize(size: number, options: ReadsOptions, bareClient: HttpClient): Promise<Row[]> {
  const rows: Row[] = [];
  const runsPerJob = Math.max(1, Math.round(size / (SERVERS * JOBS_PER_SERVER)));
  const file = path.join(options.dir, `reads-${size}.db`);
  const fleet = { seed: `${options.seed}-reads`, servers: SERVERS, jobsPerServer: JOBS_PER_SERVER };
  const started = monotonicMs();
  const built = buildDataset(file, {
    fleet,
    runsPerJob,
    timeline: timelineEndingAt(Date.now(), runsPerJob),
    onProgress: (written) => {
      if (written % 200_000 === 0) options.log(`reads: building ${label(size)}: ${written} runs`);
    },
  });
  const fileBytes = fs.statSync(file).size;
  options.log(
    `reads: built ${label(size)}: ${built.runs} runs, ${built.alerts} alerts, ${(fileBytes / 1e9).toFixed(2)} GB in ${((monotonicMs() - started) / 1000).toFixed(1)} s (load ${loadAverage()})`,
  );

  const serverId = jobsOf(fleet)[42 * JOBS_PER_SERVER]!.serverId;
  const server = await startServerProcess(file);
  const client = new HttpClient(server.url, 1);
  const handServer = await startHandAnswerServer(file);
  const handClient = new HttpClient(handServer.url, 1);
  const db = new Database(file, { readonly: true });
  try {
    const isFirst = size === options.sizes[0];
    if (isFirst) {
      // Idle: started, migrated, answering /health, nothing asked yet; the settle lets startup garbage go.
      await new Promise((resolve) => setTimeout(resolve, 3_000));
      const idle = server.rssBytes();
      options.log(`memory: server RSS idle ${formatBytes(idle)}`);
      rows.push({
        section: 'memory',
        measure: `server RSS idle (started on the ${label(size)}-run file, no request yet)`,
        value: formatBytes(idle),
        target: `≤ ${formatBytes(IDLE_RSS_LIMIT)}`,
        met: idle <= IDLE_RSS_LIMIT,
      });
    }
    const all = measures(serverId);
    for (const measure of all) {
      const viaGraphql = await measure.graphql(client);
      const viaSql = measure.sql(db);
      if (!isDeepStrictEqual(viaGraphql, viaSql)) {
        throw new Error(
          `${measure.name} at ${label(size)}: GraphQL and hand SQL disagree:\n${JSON.stringify(viaGraphql).slice(0, 1500)}\n${JSON.stringify(viaSql).slice(0, 1500)}`,
        );
      }
    }
    for (const measure of all) if (measure.handAnswered) await sameAnswers(measure, client, handClient, size);
    const typenameBody = JSON.stringify({ query: '{ __typename }' });
    const bareAnswer = (await bareClient.post('/graphql', typenameBody, { Accept: 'application/json' })).body;
    const serverAnswer = (await client.post('/graphql', typenameBody, { Accept: 'application/json' })).body;
    if (bareAnswer !== serverAnswer) throw new Error(`the bare server answers ${bareAnswer}, dupligraph ${serverAnswer}`);

    const runs = {
      bare: [] as Timing[],
      typename: [] as Timing[],
      graphql: all.map(() => [] as Timing[]),
      sql: all.map(() => [] as Timing[]),
      byHand: all.map(() => [] as Timing[]),
    };
    for (let run = 0; run < RUNS; run++) {
      runs.bare.push(await timeCalls(() => bareClient.post('/graphql', typenameBody, { Accept: 'application/json' }), options));
      runs.typename.push(await timeCalls(() => client.graphql('{ __typename }'), options));
      for (const [i, measure] of all.entries()) {
        runs.graphql[i]!.push(await timeCalls(() => measure.graphql(client), options));
        runs.sql[i]!.push(await timeCalls(async () => measure.sql(db), options));
        if (measure.handAnswered) runs.byHand[i]!.push(await timeCalls(() => measure.graphql(handClient), options));
      }
      options.log(`reads ${label(size)}: run ${run + 1} of ${RUNS} done (load ${loadAverage()})`);
    }
    const bareFloor = medianTiming(runs.bare);
    const floor = medianTiming(runs.typename);
    const floorRatio = floor.p50 / bareFloor.p50;
    rows.push({
      section: `reads ${label(size)}`,
      measure: 'floor: `{ __typename }` p50 / p95 (beside a bare `node:http` server)',
      value: `${formatMs(floor.p50)} / ${formatMs(floor.p95)}`,
      baseline: `bare ${formatMs(bareFloor.p50)} / ${formatMs(bareFloor.p95)}`,
      ratio: `${floorRatio.toFixed(1)}× bare (p50)`,
      target: `≤ ${FLOOR_FACTOR}× bare`,
      met: floorRatio <= FLOOR_FACTOR,
    });
    for (const [i, measure] of all.entries()) {
      const graphql = medianTiming(runs.graphql[i]!);
      const sql = medianTiming(runs.sql[i]!);
      const limit = floor.p50 + SQL_FACTOR * sql.p50;
      rows.push({
        section: `reads ${label(size)}`,
        measure: `${measure.name} p50 / p95`,
        value: `${formatMs(graphql.p50)} / ${formatMs(graphql.p95)}`,
        baseline: `${formatMs(limit)} (SQL ${formatMs(sql.p50)})`,
        ratio: `${(graphql.p50 / limit).toFixed(2)}× limit, ${(graphql.p50 / sql.p50).toFixed(1)}× SQL`,
        target: `≤ floor + ${SQL_FACTOR}× SQL`,
        met: graphql.p50 <= limit,
      });
      if (measure.handAnswered) {
        const byHand = medianTiming(runs.byHand[i]!);
        rows.push({
          section: `reads ${label(size)}`,
          measure: `${measure.name}, the same bytes answered by hand over \`node:http\` (no GraphQL) p50 / p95`,
          value: `${formatMs(byHand.p50)} / ${formatMs(byHand.p95)}`,
          baseline: `${formatMs(limit)} (SQL ${formatMs(sql.p50)})`,
          ratio: `${(byHand.p50 / limit).toFixed(2)}× limit; dupligraph ${(graphql.p50 / byHand.p50).toFixed(1)}× this`,
        });
      }
      if (measure.name === 'summary' && size >= 1_000_000) {
        rows.push({
          section: `reads ${label(size)}`,
          measure: 'summary p95 through HTTP',
          value: formatMs(graphql.p95),
          target: '≤ 50 ms',
          met: graphql.p95 <= 50,
        });
      }
      options.log(
        `reads ${label(size)}: ${measure.name} ${formatMs(graphql.p50)} / ${formatMs(graphql.p95)} vs SQL ${formatMs(sql.p50)}, limit ${formatMs(limit)} (floor ${formatMs(floor.p50)}, bare ${formatMs(bareFloor.p50)})`,
      );
    }
    if (isFirst) {
      await new Promise((resolve) => setTimeout(resolve, 3_000));
      rows.push({
        section: 'memory',
        measure: `server RSS idle after these reads (${label(size)})`,
        value: formatBytes(server.rssBytes()),
      });
    }
  } finally {
    db.close();
    client.close();
    handClient.close();
    await handServer.stop();
    await server.stop();
    if (!options.keepData) for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
  }
  return rows;
}

/**
 * The hand-answer server stands for dupligraph only while it sends the same bytes. An overdue
 * state can turn between the two requests (a deadline passing): one more try before failing.
 */
async function sameAnswers(measure: ReadMeasure, client: HttpClient, handClient: HttpClient, size: number): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const headers = { Accept: 'application/json' };
    const ours = (await client.post('/graphql', measure.handAnswered!, headers)).body;
    const byHand = (await handClient.post('/graphql', measure.handAnswered!, headers)).body;
    if (ours === byHand) return;
    if (attempt === 2) {
      let at = 0;
      while (ours[at] === byHand[at]) at++;
      throw new Error(
        `${measure.name} at ${label(size)}: the hand-answer server's bytes differ from dupligraph's at ${at}:\n${ours.slice(Math.max(0, at - 300), at + 200)}\n${byHand.slice(Math.max(0, at - 300), at + 200)}`,
      );
    }
  }
}

interface Timing {
  p50: number;
  p95: number;
  count: number;
}

/** The run whose p50 is the median, so p50 and p95 come from one run. */
function medianTiming(timings: readonly Timing[]): Timing {
  const sorted = [...timings].sort((a, b) => a.p50 - b.p50);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

/** Relay global ids are base64 of `Type:rowId`. */
function rowId(globalId: string): string {
  return Buffer.from(globalId, 'base64')
    .toString('utf8')
    .replace(/^[A-Za-z]+:/, '');
}

export function label(size: number): string {
  return size >= 1_000_000 ? `${size / 1_000_000}M` : size >= 1_000 ? `${size / 1_000}k` : String(size);
}

async function timeCalls(call: () => Promise<unknown>, options: { iterations: number; secondsPerMeasure: number }): Promise<Timing> {
  for (let i = 0; i < 3; i++) await call();
  const times: number[] = [];
  const deadline = monotonicMs() + options.secondsPerMeasure * 1000;
  while (times.length < options.iterations && (times.length < 5 || monotonicMs() < deadline)) {
    const started = monotonicMs();
    await call();
    times.push(monotonicMs() - started);
  }
  return { p50: percentile(times, 50), p95: percentile(times, 95), count: times.length };
}

// ---- the same answers, by hand ----------------------------------------------------------

function globalTolerance(db: Database.Database): number {
  const value = db.prepare(GLOBAL_TOLERANCE_SQL).pluck().get();
  return toleranceToMinutes(value ?? null);
}

function overdueNow(
  job: {
    next_expected_at: string | null;
    tolerance_minutes: number | null;
    overdue_check_enabled: number;
    latest_backup_id: string | null;
  },
  now: Date,
  globalMinutes: number,
): boolean {
  return isOverdue({
    now,
    nextExpectedAt: job.next_expected_at ? new Date(job.next_expected_at) : null,
    toleranceMinutes: resolveToleranceMinutes(job.tolerance_minutes, globalMinutes),
    checkEnabled: job.overdue_check_enabled === 1,
    hasBackups: job.latest_backup_id !== null,
  });
}

interface HandSummary {
  totalServers: number;
  totalBackupsRuns: number;
  totalBackups: number;
  totalUploadedSize: number;
  totalStorageUsed: number;
  totalBackupSize: number;
  overdueBackupsCount: number;
  lastBackupAt: string | null;
}

function summaryFingerprint(summary: HandSummary): Fingerprint {
  return { ...summary, lastBackupAt: summary.lastBackupAt ? new Date(summary.lastBackupAt).toISOString() : null };
}

const statements = new WeakMap<Database.Database, Map<string, Database.Statement>>();
function prepared(db: Database.Database, sql: string): Database.Statement {
  let byText = statements.get(db);
  if (!byText) statements.set(db, (byText = new Map()));
  let statement = byText.get(sql);
  if (!statement) byText.set(sql, (statement = db.prepare(sql)));
  return statement;
}

export function handSummary(db: Database.Database, now: Date): HandSummary {
  const totals = prepared(
    db,
    // The servers' running totals (migration 20261126020000_run_totals), as the server reads them:
    // the hand-written baseline gets the same data structures, not a scan the server avoids.
    `SELECT (SELECT COUNT(*) FROM servers) AS servers,
            (SELECT COALESCE(SUM(run_count), 0) FROM servers) AS runs,
            (SELECT COUNT(*) FROM backup_jobs WHERE latest_backup_id IS NOT NULL) AS jobs,
            (SELECT COALESCE(SUM(uploaded_size_total), 0) FROM servers) AS uploaded,
            (SELECT MAX(last_backup_at) FROM backup_jobs) AS last`,
  ).get() as { servers: number; runs: number; jobs: number; uploaded: number; last: string | null };
  const storage = prepared(
    db,
    `WITH latest AS (
       SELECT j.server_id, b.date, b.known_file_size, b.size_of_examined_files
       FROM backup_jobs j JOIN backups b ON b.id = j.latest_backup_id
     ), newest AS (SELECT server_id, MAX(date) AS date FROM latest GROUP BY server_id)
     SELECT COALESCE(SUM(l.known_file_size), 0) AS known, COALESCE(SUM(l.size_of_examined_files), 0) AS examined
     FROM latest l JOIN newest n ON n.server_id = l.server_id AND n.date = l.date`,
  ).get() as { known: number; examined: number };
  const globalMinutes = globalTolerance(db);
  const candidates = prepared(
    db,
    `SELECT next_expected_at, tolerance_minutes, overdue_check_enabled, latest_backup_id FROM backup_jobs
     WHERE overdue_check_enabled = 1 AND latest_backup_id IS NOT NULL AND next_expected_at < ?`,
  ).all(now.toISOString()) as Parameters<typeof overdueNow>[0][];
  return {
    totalServers: totals.servers,
    totalBackupsRuns: totals.runs,
    totalBackups: totals.jobs,
    totalUploadedSize: totals.uploaded,
    totalStorageUsed: storage.known,
    totalBackupSize: storage.examined,
    overdueBackupsCount: candidates.filter((job) => overdueNow(job, now, globalMinutes)).length,
    lastBackupAt: totals.last,
  };
}

export function handLastBackups(db: Database.Database, serverId: string) {
  const server = prepared(db, SERVER_BY_ID_SQL).get(serverId) as { serverId: string; name: string };
  const runs = prepared(db, LATEST_RUNS_OF_SERVER_SQL).all(serverId) as {
    id: string;
    backupName: string;
    date: string;
    availableBackups: string | null;
  }[];
  const latestBackups = runs.map(({ availableBackups, ...run }) => ({
    ...run,
    availableVersions: availableBackups ? (JSON.parse(availableBackups) as string[]) : [],
  }));
  return { server, backupNames: runs.map((run) => run.backupName), latestBackups };
}

export function handDashboard(db: Database.Database, now: Date) {
  const globalMinutes = globalTolerance(db);
  const totalCount = prepared(db, SERVER_COUNT_SQL).pluck().get() as number;
  const rows = prepared(db, DASHBOARD_SQL).all() as any[];
  const servers: { serverId: string; name: string; alias: string; backupJobs: any[] }[] = [];
  for (const row of rows) {
    let server = servers[servers.length - 1];
    if (!server || server.serverId !== row.server_id) {
      server = { serverId: row.server_id, name: row.name, alias: row.alias, backupJobs: [] };
      servers.push(server);
    }
    if (row.backup_name === null) continue;
    const toleranceMinutes = resolveToleranceMinutes(row.tolerance_minutes, globalMinutes);
    server.backupJobs.push({
      backupName: row.backup_name,
      lastBackupAt: row.last_backup_at,
      latestBackup: row.latest_backup_id
        ? {
            id: row.latest_backup_id,
            date: row.date,
            status: row.status,
            durationSeconds: row.duration_seconds,
            uploadedSize: row.uploaded_size,
            warnings: row.warnings,
            errors: row.errors,
          }
        : null,
      overdue: {
        isOverdue: overdueNow(row, now, globalMinutes),
        nextExpectedAt: row.next_expected_at,
        deadline: row.next_expected_at ? new Date(Date.parse(row.next_expected_at) + toleranceMinutes * 60_000).toISOString() : null,
        overdueSince: row.overdue_since,
      },
    });
  }
  return { totalCount, servers };
}
