import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { HttpClient } from '../lib/http-client.ts';
import { waitForMetric } from '../lib/metrics.ts';
import { createMigratedFile } from '../lib/raw-store.ts';
import { cpuMsOf, startServerProcess } from '../lib/server-process.ts';
import type { ServerProcess } from '../lib/server-process.ts';
import { formatMs, loadAverage, median, monotonicMs, percentile } from '../lib/stats.ts';
import type { Row } from '../lib/table.ts';
import { jobsOf, reportOf, runSpec, TemplateCache } from '../lib/workload.ts';

export interface NotificationsOptions {
  dir: string;
  seed: string;
  /** Failed runs posted at concurrency 16 per ingest measure. */
  reports: number;
  /** Failed runs posted one at a time for the latency. */
  latencySamples: number;
  /** Extra node arguments for the server (a CPU profile: `--cpu-prof`). */
  serverNodeArgs?: string[];
  log: (line: string) => void;
}

const ADMIN_TOKEN = 'bench-admin-token-0123456789';
const CONCURRENCY = 16;
/**
 * Each mode is measured this many times, interleaved, so a load spike from elsewhere hits both; the
 * median counts. Five, not three: on these 2-core machines a round's rate with no channel varies by
 * ±15 % (the bench's own client shares the cores), more than the difference being measured.
 */
const ROUNDS = 5;

/** A local endpoint answering 200 to anything, noting when each request arrived (ntfy, webhook, Gotify alike). */
interface Receiver {
  url: string;
  arrivals: number[];
  close(): Promise<void>;
}

async function startReceiver(): Promise<Receiver> {
  const arrivals: number[] = [];
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      arrivals.push(monotonicMs());
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end('{"id":"ok"}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    arrivals,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

interface Channels {
  ntfy: Receiver;
  webhook: Receiver;
  gotify: Receiver;
  all: Receiver[];
}

async function startChannels(): Promise<Channels> {
  const [ntfy, webhook, gotify] = await Promise.all([startReceiver(), startReceiver(), startReceiver()]);
  return { ntfy: ntfy!, webhook: webhook!, gotify: gotify!, all: [ntfy!, webhook!, gotify!] };
}

async function admin(server: ServerProcess, query: string, variables: Record<string, unknown>): Promise<void> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', Authorization: `Bearer ${ADMIN_TOKEN}` },
    body: JSON.stringify({ query, variables }),
  });
  const json = (await response.json()) as { errors?: unknown };
  if (json.errors) throw new Error(`GraphQL: ${JSON.stringify(json.errors)}`);
}

/** ntfy, one webhook and Gotify: every job notifies through all three (their per-job defaults are on). */
async function enableThreeChannels(server: ServerProcess, channels: Channels): Promise<void> {
  await admin(server, 'mutation($i: SetNtfySettingsInput!) { setNtfySettings(input: $i) { __typename } }', {
    i: { url: channels.ntfy.url, topic: 'bench' },
  });
  await admin(server, 'mutation($i: AddNotificationWebhookInput!) { addNotificationWebhook(input: $i) { __typename } }', {
    i: { url: `${channels.webhook.url}/hook`, secret: 'whsec_bench_0123456789' },
  });
  await admin(server, 'mutation($i: SetGotifySettingsInput!) { setGotifySettings(input: $i) { __typename } }', {
    i: { url: channels.gotify.url, token: 'AbenchGotifyToken' },
  });
}

/** Failed runs of 20 servers × 5 jobs: each one notifies at the default level ("warnings"). */
function failedReports(seed: string, count: number, templates: TemplateCache): string[] {
  const jobs = jobsOf({ seed, servers: 20, jobsPerServer: 5 });
  const timeline = { origin: Date.UTC(2025, 0, 1, 1) };
  const bodies: string[] = [];
  for (let run = 0; bodies.length < count; run++) {
    for (const job of jobs) {
      if (bodies.length === count) break;
      const spec = { ...runSpec(job, run, timeline), status: 'Error' as const, errors: 1, warnings: 0 };
      bodies.push(JSON.stringify(reportOf(spec, templates)));
    }
  }
  return bodies;
}

async function expectStored(client: HttpClient, body: string): Promise<void> {
  const response = await client.post('/api/upload', body);
  if (response.status !== 200) throw new Error(`upload answered ${response.status}: ${response.body}`);
}

interface IngestMeasure {
  rate: number;
  /** From the last upload's 200 until the outbox is empty; 0 without channels. */
  drainMs: number;
  /** Server CPU per report from the first upload until the outbox is empty: storing it and sending its notifications. */
  cpuMsPerReport: number;
  /** Server CPU per report from the first upload until the last 200: what the uploads paid. */
  uploadCpuMsPerReport: number;
}

async function measureIngest(options: NotificationsOptions, label: string, withChannels: boolean, templates: TemplateCache) {
  const file = path.join(options.dir, `notifications-${label}.db`);
  createMigratedFile(file);
  const channels = await startChannels();
  const server = await startServerProcess(file, { ADMIN_TOKEN }, options.serverNodeArgs ?? []);
  const client = new HttpClient(server.url, CONCURRENCY);
  try {
    if (withChannels) await enableThreeChannels(server, channels);
    for (const body of failedReports(`${options.seed}-notify-warm-${label}`, 50, templates)) await expectStored(client, body);
    await waitForMetric(server.url, 'dupligraph_notification_backlog', (backlog) => backlog === 0);
    const bodies = failedReports(`${options.seed}-notify-${label}`, options.reports, templates);
    let next = 0;
    const cpuBefore = cpuMsOf(server.pid);
    const started = monotonicMs();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < bodies.length) await expectStored(client, bodies[next++]!);
      }),
    );
    const finished = monotonicMs();
    const uploadCpuMsPerReport = (cpuMsOf(server.pid) - cpuBefore) / bodies.length;
    const rate = bodies.length / ((finished - started) / 1000);
    const expected = withChannels ? 3 * (bodies.length + 50) : 0;
    const arrived = () => channels.all.reduce((sum, receiver) => sum + receiver.arrivals.length, 0);
    // Watched from here, not through /metrics: a scrape every 100 ms would add its own CPU to the server's.
    for (const deadline = monotonicMs() + 300_000; arrived() < expected && monotonicMs() < deadline; ) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const drainMs = withChannels ? monotonicMs() - finished : 0;
    const cpuMsPerReport = (cpuMsOf(server.pid) - cpuBefore) / bodies.length;
    await waitForMetric(server.url, 'dupligraph_notification_backlog', (backlog) => backlog === 0, 300_000);
    const sent = arrived();
    if (sent !== expected) throw new Error(`${label}: the receivers got ${sent} notifications, expected ${expected}`);
    options.log(
      `notifications: ingest ${label} ${rate.toFixed(0)} reports/s, server CPU ${uploadCpuMsPerReport.toFixed(2)} ms/report until the last 200, ${cpuMsPerReport.toFixed(2)} until delivered, all received ${(drainMs / 1000).toFixed(1)} s after the last 200 (load ${loadAverage()})`,
    );
    return { rate, drainMs, cpuMsPerReport, uploadCpuMsPerReport } satisfies IngestMeasure;
  } finally {
    client.close();
    await server.stop();
    await Promise.all(channels.all.map((receiver) => receiver.close()));
  }
}

/** One failed run at a time: from its 200 to the webhook's receipt, all three channels on. */
async function measureLatency(options: NotificationsOptions, templates: TemplateCache): Promise<number[]> {
  const file = path.join(options.dir, 'notifications-latency.db');
  createMigratedFile(file);
  const channels = await startChannels();
  const server = await startServerProcess(file, { ADMIN_TOKEN });
  const client = new HttpClient(server.url, 1);
  const latencies: number[] = [];
  try {
    await enableThreeChannels(server, channels);
    const bodies = failedReports(`${options.seed}-notify-latency`, options.latencySamples + 20, templates);
    for (const [i, body] of bodies.entries()) {
      await expectStored(client, body);
      const answeredAt = monotonicMs();
      const deadline = answeredAt + 30_000;
      while (channels.all.some((receiver) => receiver.arrivals.length < i + 1)) {
        if (monotonicMs() > deadline) throw new Error(`notification ${i} did not arrive within 30 s`);
        // Arrival times are taken by the receiver; this poll only decides when to send the next run.
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
      // The first 20 warm the JIT and the connections; they are not counted.
      if (i >= 20) latencies.push(channels.webhook.arrivals[i]! - answeredAt);
    }
    options.log(`notifications: latency over ${latencies.length} failed runs (load ${loadAverage()})`);
    return latencies;
  } finally {
    client.close();
    await server.stop();
    await Promise.all(channels.all.map((receiver) => receiver.close()));
  }
}

export async function benchNotifications(options: NotificationsOptions): Promise<Row[]> {
  const templates = new TemplateCache();
  const none: IngestMeasure[] = [];
  const three: IngestMeasure[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    none.push(await measureIngest(options, `none-${round}`, false, templates));
    three.push(await measureIngest(options, `three-${round}`, true, templates));
  }
  const noneRate = median(none.map((m) => m.rate));
  const threeRate = median(three.map((m) => m.rate));
  const noneCpu = median(none.map((m) => m.cpuMsPerReport));
  const threeCpu = median(three.map((m) => m.cpuMsPerReport));
  const noneUploadCpu = median(none.map((m) => m.uploadCpuMsPerReport));
  const threeUploadCpu = median(three.map((m) => m.uploadCpuMsPerReport));
  const latencies = await measureLatency(options, templates);
  const cpuMs = (value: number) => `${value.toFixed(2)} ms`;
  const rate = (value: number) => `${value.toFixed(0)} reports/s`;
  return [
    {
      section: 'notifications',
      measure: `POST /api/upload of failed runs, c=${CONCURRENCY}: ntfy + webhook + Gotify on every job vs none (median of ${ROUNDS})`,
      value: rate(threeRate),
      baseline: `${rate(noneRate)} with none`,
      ratio: `${((threeRate / noneRate) * 100).toFixed(1)} %`,
      target: '≥ 90 %',
      met: threeRate >= noneRate * 0.9,
    },
    {
      section: 'notifications',
      measure: 'server CPU per failed run until its 200 (cross-check of the rate: what the uploads paid, whatever the client did)',
      value: `${cpuMs(threeUploadCpu)} with three`,
      baseline: `${cpuMs(noneUploadCpu)} with none`,
      ratio: `${((noneUploadCpu / threeUploadCpu) * 100).toFixed(1)} %`,
    },
    {
      section: 'notifications',
      measure: 'server CPU per failed run, stored and its three notifications sent (three POSTs per run cost more than storing it)',
      value: `${cpuMs(threeCpu)} with three`,
      baseline: `${cpuMs(noneCpu)} with none`,
    },
    {
      section: 'notifications',
      measure: `every notification received, after the last upload's 200 (${options.reports} runs × 3 channels)`,
      value: `${(median(three.map((m) => m.drainMs)) / 1000).toFixed(1)} s`,
    },
    {
      section: 'notifications',
      measure: `failed run's 200 → webhook receipt, p50 / p99 (${latencies.length} runs, one at a time, 3 channels)`,
      value: `${formatMs(percentile(latencies, 50))} / ${formatMs(percentile(latencies, 99))}`,
    },
  ];
}
