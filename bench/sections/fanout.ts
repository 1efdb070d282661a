import { fork } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import path from 'node:path';
import { HttpClient } from '../lib/http-client.ts';
import { waitForMetric } from '../lib/metrics.ts';
import { createMigratedFile } from '../lib/raw-store.ts';
import { REPO_ROOT, startServerProcess } from '../lib/server-process.ts';
import type { ServerProcess } from '../lib/server-process.ts';
import { formatBytes, formatMs, loadAverage, median, monotonicMs, percentile } from '../lib/stats.ts';
import type { Row } from '../lib/table.ts';
import { jobsOf, reportOf, runSpec, TemplateCache } from '../lib/workload.ts';

export interface FanoutOptions {
  dir: string;
  seed: string;
  /** Subscriber counts that receive the timed events, one measure each (1,000 and 10,000 by default). */
  subscribers: number[];
  /** Idle subscribers whose memory is measured. */
  idle: number;
  events: number;
  /** Node flags for the server process, e.g. ['--cpu-prof', '--cpu-prof-dir=/tmp/prof'] (`--server-cpu-prof`). */
  serverNodeArgs?: string[];
  log: (line: string) => void;
}

/** One selection for everyone, as many copies of one dashboard would subscribe. */
const SUBSCRIPTION = /* GraphQL */ `
  subscription Live {
    backupReceived {
      receivedAt
      backup { id date status durationSeconds uploadedSize warnings errors }
      server { serverId name }
      job { backupName lastBackupAt }
    }
  }`;

const PER_PROCESS = 2_500;

interface Fleet {
  child: ChildProcess;
  count: number;
  request<T>(message: object, reply: string): Promise<T>;
  close(): Promise<void>;
}

/** Opens `count` subscribers over as many fleet processes as it takes (2,500 sockets each at most). */
async function openFleets(url: string, count: number, processes: number): Promise<Fleet[]> {
  const perProcess = Math.ceil(count / processes);
  // At most 200 handshakes at once in all: a thousand at once on 2 loaded cores made a few sockets
  // miss the server's connection_init timeout.
  const openConcurrency = Math.max(10, Math.ceil(200 / processes));
  const fleets: Fleet[] = [];
  const readies: Promise<void>[] = [];
  for (let i = 0; i < processes; i++) {
    const share = Math.min(perProcess, count - i * perProcess);
    if (share <= 0) break;
    const child = fork(
      path.join(REPO_ROOT, 'bench', 'ws-fleet.ts'),
      [JSON.stringify({ url: `${url.replace(/^http/, 'ws')}/graphql`, count: share, query: SUBSCRIPTION, openConcurrency })],
      {
        execArgv: ['--import', 'tsx'],
        cwd: REPO_ROOT,
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      },
    );
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    const request = <T>(message: object, reply: string) =>
      new Promise<T>((resolve) => {
        const onMessage = (answer: { type: string }) => {
          if (answer.type !== reply) return;
          child.off('message', onMessage);
          resolve(answer as T);
        };
        child.on('message', onMessage);
        if (Object.keys(message).length > 0) child.send(message);
      });
    readies.push(
      request<{ open: number; failures: number }>({}, 'ready').then((ready) => {
        if (ready.open !== share) throw new Error(`fleet ${i}: ${ready.open} of ${share} sockets open (${ready.failures} failures)`);
      }),
    );
    fleets.push({
      child,
      count: share,
      request,
      async close() {
        if (child.exitCode === null) child.send({ type: 'close' });
        await exited;
      },
    });
  }
  await Promise.all(readies);
  return fleets;
}

export async function benchFanout(options: FanoutOptions): Promise<Row[]> {
  const file = path.join(options.dir, 'fanout.db');
  createMigratedFile(file);
  const templates = new TemplateCache();
  const jobs = jobsOf({ seed: `${options.seed}-fanout`, servers: 10, jobsPerServer: 3 });
  const timeline = { origin: Date.UTC(2025, 0, 1, 1) };
  let reportIndex = 0;
  const nextReport = () => {
    const job = jobs[reportIndex % jobs.length]!;
    const spec = runSpec(job, Math.floor(reportIndex++ / jobs.length), timeline);
    return { body: JSON.stringify(reportOf(spec, templates)), date: new Date(spec.begin).toISOString() };
  };

  const server: ServerProcess = await startServerProcess(file, {}, options.serverNodeArgs ?? []);
  const client = new HttpClient(server.url, 1);
  const rows: Row[] = [];
  try {
    // Every job exists and the code paths are warm before anything is measured.
    for (let i = 0; i < jobs.length * 2; i++) await upload(client, nextReport().body);
    await client.graphql('{ summary { totalServers } }');
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const rssBefore = server.rssBytes();
    for (const subscribers of options.subscribers) {
      rows.push(...(await timedReceipts(server, client, subscribers, options.events, nextReport, options.log)));
    }

    if (options.idle > 0) {
      const started = monotonicMs();
      const idleFleets = await openFleets(server.url, options.idle, Math.max(1, Math.ceil(options.idle / PER_PROCESS)));
      await waitForMetric(server.url, 'dupligraph_open_subscriptions', (value) => value >= options.idle);
      options.log(`fan-out: ${options.idle} idle subscribers open in ${((monotonicMs() - started) / 1000).toFixed(1)} s`);
      await new Promise((resolve) => setTimeout(resolve, 2000));
      const rssIdle = server.rssBytes();
      options.log(`fan-out: RSS with ${options.idle} idle subscribers ${formatBytes(rssIdle)} (load ${loadAverage()})`);
      await Promise.all(idleFleets.map((fleet) => fleet.close()));
      rows.push({
        section: 'fan-out',
        measure: `server RSS with ${options.idle.toLocaleString('en')} idle subscribers (1 socket each)`,
        value: formatBytes(rssIdle),
        baseline: `${formatBytes(rssBefore)} with none`,
        ratio: `${Math.round((rssIdle - rssBefore) / options.idle / 1024)} KiB/subscriber`,
        target: '≤ 1 GiB',
        met: rssIdle <= 1024 ** 3,
      });
    }
  } finally {
    client.close();
    await server.stop();
  }
  return rows;
}

/** Targets from issue 20: 1,000 subscribers p99 ≤ 100 ms, 10,000 p99 ≤ 1 s. */
function receiptTargetMs(subscribers: number): number {
  return subscribers <= 1_000 ? 100 : 1_000;
}

/** `subscribers` open sockets with one subscription each, `events` uploads one after another, each 200 → every receipt. */
async function timedReceipts(
  server: ServerProcess,
  client: HttpClient,
  subscribers: number,
  events: number,
  nextReport: () => { body: string; date: string },
  log: (line: string) => void,
): Promise<Row[]> {
  const rssBefore = server.rssBytes();
  // At most 1,000 sockets per client process, so its own reading stays a small part of what is timed.
  const processes = Math.max(1, Math.ceil(subscribers / (subscribers > 1_000 ? 1_000 : 500)));
  const started = monotonicMs();
  const fleets = await openFleets(server.url, subscribers, processes);
  await waitForMetric(server.url, 'dupligraph_open_subscriptions', (value) => value >= subscribers);
  log(`fan-out: ${subscribers} subscribers open in ${((monotonicMs() - started) / 1000).toFixed(1)} s`);
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const rssAfter = server.rssBytes();

  const latencies: number[] = [];
  const lastReceipts: number[] = [];
  for (let e = 0; e < events; e++) {
    const report = nextReport();
    await upload(client, report.body);
    const acknowledged = monotonicMs();
    const receipts = await Promise.all(
      fleets.map((fleet) =>
        fleet.request<{ times: number[] }>({ type: 'collect', key: report.date, expected: fleet.count, timeoutMs: 30_000 }, 'receipts'),
      ),
    );
    const times = receipts.flatMap((receipt) => receipt.times);
    if (times.length !== subscribers) throw new Error(`event ${e}: ${times.length} of ${subscribers} subscribers received it`);
    const delays = times.map((time) => time - acknowledged);
    latencies.push(...delays);
    lastReceipts.push(Math.max(...delays));
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  log(
    `fan-out: ${subscribers} subscribers, p50 ${formatMs(percentile(latencies, 50))}, p99 ${formatMs(percentile(latencies, 99))}, last ${formatMs(median(lastReceipts))} (load ${loadAverage()})`,
  );
  await Promise.all(fleets.map((fleet) => fleet.close()));
  await waitForMetric(server.url, 'dupligraph_websocket_connections', (value) => value === 0);

  const label = subscribers.toLocaleString('en');
  const p99 = percentile(latencies, 99);
  const target = receiptTargetMs(subscribers);
  return [
    {
      section: 'fan-out',
      measure: `${label} subscribers: upload's 200 → receipt, p50 / p99 (${events} events)`,
      value: `${formatMs(percentile(latencies, 50))} / ${formatMs(p99)}`,
      target: `p99 ≤ ${formatMs(target)}`,
      met: p99 <= target,
    },
    {
      section: 'fan-out',
      measure: `${label} subscribers: 200 → last subscriber's receipt, median / max`,
      value: `${formatMs(median(lastReceipts))} / ${formatMs(Math.max(...lastReceipts))}`,
    },
    {
      section: 'fan-out',
      measure: `server RSS before / after ${label} subscribers`,
      value: `${formatBytes(rssBefore)} / ${formatBytes(rssAfter)}`,
    },
  ];
}

async function upload(client: HttpClient, body: string): Promise<void> {
  const response = await client.post('/api/upload', body);
  if (response.status !== 200) throw new Error(`upload answered ${response.status}: ${response.body}`);
}
