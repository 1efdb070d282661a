import path from 'node:path';
import { openDatabase } from '../../src/db/open-database.ts';
import { createIngestCommit, ingestReport } from '../../src/domain/ingest.ts';
import { DEFAULT_REPORT_LIMITS } from '../../src/domain/report/index.ts';
import { HttpClient } from '../lib/http-client.ts';
import { createMigratedFile, RawIngest } from '../lib/raw-store.ts';
import type { PreparedReport } from '../lib/raw-store.ts';
import { seededUuid } from '../lib/seeded.ts';
import { startServerProcess } from '../lib/server-process.ts';
import { formatBytes, formatMs, loadAverage, median, monotonicMs } from '../lib/stats.ts';
import type { Row } from '../lib/table.ts';
import { jobsOf, parsedRun, receivedAtOf, reportOf, runSpec, TemplateCache } from '../lib/workload.ts';
import type { RunSpec } from '../lib/workload.ts';

export interface IngestOptions {
  dir: string;
  seed: string;
  /** Reports posted at concurrency 1; concurrency 16 posts twice as many. */
  reports: number;
  /** Reports of the long run at concurrency 16 (latency over time, peak memory). */
  longReports: number;
  log: (line: string) => void;
}

/** 20 servers × 5 jobs reporting day by day, as a fleet does; a fresh fleet per measurement. */
function fleetReports(seed: string, count: number): RunSpec[] {
  const jobs = jobsOf({ seed, servers: 20, jobsPerServer: 5 });
  const timeline = { origin: Date.UTC(2025, 0, 1, 1) };
  const specs: RunSpec[] = [];
  for (let run = 0; specs.length < count; run++) {
    for (const job of jobs) if (specs.length < count) specs.push(runSpec(job, run, timeline));
  }
  return specs;
}

export async function benchIngest(options: IngestOptions): Promise<Row[]> {
  const { dir, seed, reports, longReports, log } = options;
  const templates = new TemplateCache();
  const rows: Row[] = [];

  // The limit: the same rows, parsed beforehand, one IMMEDIATE transaction per report.
  const rawSpecs = fleetReports(`${seed}-raw`, Math.max(reports * 4, 2_000));
  const prepared: PreparedReport[] = rawSpecs.map((spec) => ({
    server: { id: spec.job.serverId, name: spec.job.serverName },
    run: parsedRun(reportOf(spec, templates), receivedAtOf(spec)),
    receivedAt: receivedAtOf(spec),
  }));
  const ids = rawSpecs.map((spec) => seededUuid(`${seed}:raw:${spec.job.key}:${spec.run}`));
  const rawFile = path.join(dir, 'ingest-raw.db');
  createMigratedFile(rawFile);
  const raw = new RawIngest(rawFile, prepared[0]!.run);
  let started = monotonicMs();
  for (let i = 0; i < prepared.length; i++) raw.ingest(prepared[i]!, ids[i]!);
  const rawRate = prepared.length / ((monotonicMs() - started) / 1000);
  raw.close();
  log(`ingest: raw better-sqlite3 ${rawRate.toFixed(0)} reports/s (${prepared.length} reports, load ${loadAverage()})`);

  // What any JSON ingest pays before it writes: the report through the real parser.
  const parseBodies = rawSpecs
    .slice(0, 1_000)
    .map((spec) => ({ text: JSON.stringify(reportOf(spec, templates)), receivedAt: receivedAtOf(spec) }));
  started = monotonicMs();
  for (const body of parseBodies) parsedRun(JSON.parse(body.text), body.receivedAt);
  const parseMs = (monotonicMs() - started) / parseBodies.length;
  log(`ingest: JSON.parse + parseDuplicatiReport ${parseMs.toFixed(2)} ms/report (load ${loadAverage()})`);

  // The same code path as the server, in this process: what Prisma costs without HTTP.
  const inProcessSpecs = fleetReports(`${seed}-inproc`, reports);
  const inProcessBodies = inProcessSpecs.map((spec) => reportOf(spec, templates));
  const inProcessFile = path.join(dir, 'ingest-inproc.db');
  createMigratedFile(inProcessFile);
  const database = await openDatabase(`file:${inProcessFile}`);
  // The server's commit: raw statements on the SQLite connection (one report at a time here, so no grouping).
  const commit = createIngestCommit(database.prisma, database.rawSqlIn);
  started = monotonicMs();
  for (const body of inProcessBodies) {
    const outcome = await ingestReport(database.prisma, body, {
      timeZone: 'UTC',
      now: () => new Date(),
      events: { publish: () => undefined },
      limits: DEFAULT_REPORT_LIMITS,
      commit,
    });
    if (outcome.kind !== 'stored') throw new Error(`in-process ingest: ${outcome.kind}`);
  }
  const inProcessRate = inProcessBodies.length / ((monotonicMs() - started) / 1000);
  await database.close();
  log(`ingest: in process ${inProcessRate.toFixed(0)} reports/s (load ${loadAverage()})`);

  const httpRates: Record<number, number> = {};
  for (const concurrency of [1, 16]) {
    const specs = fleetReports(`${seed}-http-c${concurrency}`, concurrency === 1 ? reports : reports * 2);
    const bodies = specs.map((spec) => JSON.stringify(reportOf(spec, templates)));
    const file = path.join(dir, `ingest-http-c${concurrency}.db`);
    createMigratedFile(file);
    const server = await startServerProcess(file);
    const client = new HttpClient(server.url, concurrency);
    try {
      // Warm-up on other servers' reports: JIT, Prisma's query plans, SQLite's cache.
      const warmup = fleetReports(`${seed}-warm-c${concurrency}`, 50).map((spec) => JSON.stringify(reportOf(spec, templates)));
      for (const body of warmup) await expectStored(client, body);
      let next = 0;
      started = monotonicMs();
      await Promise.all(
        Array.from({ length: concurrency }, async () => {
          while (next < bodies.length) await expectStored(client, bodies[next++]!);
        }),
      );
      httpRates[concurrency] = bodies.length / ((monotonicMs() - started) / 1000);
      log(
        `ingest: HTTP c=${concurrency} ${httpRates[concurrency]!.toFixed(0)} reports/s (${bodies.length} reports, load ${loadAverage()})`,
      );
    } finally {
      client.close();
      await server.stop();
    }
  }

  const long = await measureLongRun(dir, seed, longReports, templates, log);

  const rate = (value: number) => `${value.toFixed(0)} reports/s`;
  rows.push({
    section: 'ingest',
    measure: 'raw limit: better-sqlite3, same rows, 1 tx/report',
    value: rate(rawRate),
  });
  for (const concurrency of [1, 16]) {
    const value = httpRates[concurrency]!;
    rows.push({
      section: 'ingest',
      measure: `POST /api/upload, concurrency ${concurrency} (50 log lines)`,
      value: rate(value),
      baseline: rate(rawRate),
      ratio: `${((value / rawRate) * 100).toFixed(1)} % of raw`,
      ...(concurrency === 16 ? { target: '≥ 40 % of raw and ≥ 1,000 reports/s', met: value >= rawRate * 0.4 && value >= 1_000 } : {}),
    });
  }
  rows.push({
    section: 'ingest',
    measure: `upload latency p50, first / last tenth of ${longReports.toLocaleString('en')} reports at concurrency 16`,
    value: `${formatMs(long.firstTenthP50)} / ${formatMs(long.lastTenthP50)}`,
    ratio: `${(long.lastTenthP50 / long.firstTenthP50).toFixed(2)}×`,
    target: '≤ 1.2×',
    met: long.lastTenthP50 <= long.firstTenthP50 * 1.2,
  });
  rows.push({
    section: 'ingest',
    measure: `server RSS peak while ingesting ${longReports.toLocaleString('en')} reports at concurrency 16`,
    value: formatBytes(long.peakRss),
    target: `≤ ${formatBytes(PEAK_RSS_LIMIT)}`,
    met: long.peakRss <= PEAK_RSS_LIMIT,
  });
  rows.push({
    section: 'ingest',
    measure: 'ingestReport in process (no HTTP), concurrency 1',
    value: rate(inProcessRate),
    baseline: rate(rawRate),
    ratio: `${((inProcessRate / rawRate) * 100).toFixed(1)} % of raw`,
  });
  rows.push({
    section: 'ingest',
    measure: 'per report: raw insert / JSON.parse + parser / ingestReport / HTTP c=16 (server saturated)',
    value: `${[1000 / rawRate, parseMs, 1000 / inProcessRate, 1000 / httpRates[16]!].map((ms) => ms.toFixed(2)).join(' / ')} ms`,
  });
  return rows;
}

async function expectStored(client: HttpClient, body: string): Promise<void> {
  const response = await client.post('/api/upload', body);
  if (response.status !== 200) throw new Error(`upload answered ${response.status}: ${response.body}`);
}

const PEAK_RSS_LIMIT = 200 * 1024 ** 2;

interface LongRun {
  firstTenthP50: number;
  lastTenthP50: number;
  peakRss: number;
}

/**
 * A long run at concurrency 16 into one growing file: whether latency stays flat as the tables
 * grow (p50 of the last tenth against the first), and the server's peak RSS, read from /proc every
 * 50 ms. Bodies are made as they are sent, so 100k reports do not sit in the bench's memory.
 */
async function measureLongRun(
  dir: string,
  seed: string,
  count: number,
  templates: TemplateCache,
  log: (line: string) => void,
): Promise<LongRun> {
  const specs = fleetReports(`${seed}-long`, count);
  const file = path.join(dir, 'ingest-long.db');
  createMigratedFile(file);
  const server = await startServerProcess(file);
  const client = new HttpClient(server.url, 16);
  let peakRss = server.rssBytes();
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, server.rssBytes());
  }, 50);
  const latencies = new Array<number>(count);
  try {
    let next = 0;
    const started = monotonicMs();
    await Promise.all(
      Array.from({ length: 16 }, async () => {
        while (next < count) {
          const index = next++;
          const body = JSON.stringify(reportOf(specs[index]!, templates));
          const sent = monotonicMs();
          await expectStored(client, body);
          latencies[index] = monotonicMs() - sent;
        }
      }),
    );
    const rate = count / ((monotonicMs() - started) / 1000);
    peakRss = Math.max(peakRss, server.rssBytes());
    const tenth = Math.max(1, Math.floor(count / 10));
    const result = {
      firstTenthP50: median(latencies.slice(0, tenth)),
      lastTenthP50: median(latencies.slice(count - tenth)),
      peakRss,
    };
    log(
      `ingest: long run ${count} reports at c=16, ${rate.toFixed(0)} reports/s, p50 ${formatMs(result.firstTenthP50)} → ${formatMs(result.lastTenthP50)}, peak RSS ${formatBytes(peakRss)} (load ${loadAverage()})`,
    );
    return result;
  } finally {
    clearInterval(sampler);
    client.close();
    await server.stop();
  }
}
