import { isDeepStrictEqual } from 'node:util';
import path from 'node:path';
import Database from 'better-sqlite3';
import { openDatabase } from '../../src/db/open-database.ts';
import { ingestReport } from '../../src/domain/ingest.ts';
import { DEFAULT_REPORT_LIMITS } from '../../src/domain/report/index.ts';
import { buildDataset, createMigratedFile, RawIngest } from './raw-store.ts';
import type { PreparedReport } from './raw-store.ts';
import { seededUuid } from './seeded.ts';
import { fastRow, jobsOf, parsedRun, receivedAtOf, reportOf, runSpec, TemplateCache } from './workload.ts';
import type { FleetShape, RunSpec, Timeline } from './workload.ts';

/**
 * The benchmark is only worth its figures if its shortcuts write what the server writes. Before
 * measuring anything, a small fleet goes three ways — through the real ingest (Prisma), through
 * the bulk data-set builder and through the hand-written raw ingest — and the three databases
 * must hold the same servers, jobs (pointers, schedules), runs and alerts.
 */
export async function verifyShortcuts(dir: string): Promise<void> {
  const fleet: FleetShape = { seed: 'verify', servers: 2, jobsPerServer: 3 };
  const runsPerJob = 40;
  const timeline: Timeline = { origin: Date.UTC(2025, 0, 1, 1), stalledJobShare: 0.3, stalledDays: 2 };
  const jobs = jobsOf(fleet);
  const specs: RunSpec[] = [];
  for (let run = 0; run < runsPerJob; run++) for (const job of jobs) specs.push(runSpec(job, run, timeline));
  const statuses = new Set(specs.map((spec) => spec.status));
  if (statuses.size < 3) throw new Error(`verify fleet has only ${[...statuses].join(', ')} runs; pick another seed`);

  const templates = new TemplateCache();
  for (const spec of specs.filter((_, i) => i % 7 === 0)) {
    const parsed = parsedRun(reportOf(spec, templates), receivedAtOf(spec));
    const fast = fastRow(spec, templates);
    if (!isDeepStrictEqual(parsed, fast)) {
      const differing = Object.keys(parsed).filter(
        (key) => !isDeepStrictEqual(parsed[key as keyof typeof parsed], fast[key as keyof typeof fast]),
      );
      throw new Error(`fastRow differs from the parser for ${differing.join(', ')}`);
    }
  }

  const viaIngest = path.join(dir, 'verify-ingest.db');
  createMigratedFile(viaIngest);
  const database = await openDatabase(`file:${viaIngest}`);
  try {
    for (const spec of specs) {
      const outcome = await ingestReport(database.prisma, reportOf(spec, templates), {
        timeZone: 'UTC',
        now: () => receivedAtOf(spec),
        events: { publish: () => undefined },
        limits: DEFAULT_REPORT_LIMITS,
      });
      if (outcome.kind !== 'stored') throw new Error(`verify ingest: ${outcome.kind}`);
    }
  } finally {
    await database.close();
  }

  const viaBulk = path.join(dir, 'verify-bulk.db');
  buildDataset(viaBulk, { fleet, runsPerJob, timeline });

  const viaRaw = path.join(dir, 'verify-raw.db');
  createMigratedFile(viaRaw);
  const raw = new RawIngest(viaRaw, fastRow(specs[0]!, templates));
  try {
    for (const spec of specs) {
      const report: PreparedReport = {
        server: { id: spec.job.serverId, name: spec.job.serverName },
        run: parsedRun(reportOf(spec, templates), receivedAtOf(spec)),
        receivedAt: receivedAtOf(spec),
      };
      raw.ingest(report, seededUuid(`raw:${spec.job.key}:${spec.run}`));
    }
  } finally {
    raw.close();
  }

  const expected = dumpComparable(viaIngest);
  for (const [name, file] of [
    ['bulk builder', viaBulk],
    ['raw ingest', viaRaw],
  ] as const) {
    const actual = dumpComparable(file);
    for (const table of Object.keys(expected) as (keyof typeof expected)[]) {
      if (!isDeepStrictEqual(expected[table], actual[table])) {
        const i = expected[table].findIndex((row, k) => !isDeepStrictEqual(row, actual[table][k]));
        throw new Error(
          `${name} writes other ${table} rows than the ingest (row ${i}):\n ingest: ${JSON.stringify(expected[table][i])}\n ${name}: ${JSON.stringify(actual[table][i])}`,
        );
      }
    }
  }
}

/** Every table, minus what is random or the database clock (ids, created_at), run ids as keys. */
function dumpComparable(file: string) {
  const db = new Database(file, { readonly: true });
  try {
    const runKey = new Map<string, string>();
    for (const row of db.prepare('SELECT id, server_id, backup_name, date FROM backups').all() as Record<string, string>[]) {
      runKey.set(row.id!, `${row.server_id}|${row.backup_name}|${row.date}`);
    }
    const jobKey = new Map<number, string>();
    for (const row of db.prepare('SELECT id, server_id, backup_name FROM backup_jobs').all() as {
      id: number;
      server_id: string;
      backup_name: string;
    }[]) {
      jobKey.set(row.id, `${row.server_id}|${row.backup_name}`);
    }
    const clean = (row: Record<string, unknown>) => {
      const out: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(row)) {
        if (key === 'id' || key === 'created_at') continue;
        if (key.endsWith('backup_id') && key !== 'backup_id') out[key] = value === null ? null : runKey.get(value as string);
        else if (key === 'job_id') out[key] = jobKey.get(value as number);
        else out[key] = value;
      }
      return out;
    };
    const all = (sql: string) => (db.prepare(sql).all() as Record<string, unknown>[]).map(clean);
    const alerts = all('SELECT * FROM alerts').sort((a, b) =>
      `${a.job_id}|${a.raised_at}|${a.kind}` < `${b.job_id}|${b.raised_at}|${b.kind}` ? -1 : 1,
    );
    return {
      servers: all('SELECT * FROM servers ORDER BY id'),
      backup_jobs: all('SELECT * FROM backup_jobs ORDER BY server_id, backup_name'),
      backups: all('SELECT * FROM backups ORDER BY server_id, backup_name, date'),
      alerts,
    };
  } finally {
    db.close();
  }
}
