/**
 * `npm run soak`: live events under load and outages (README, "Live events that never miss").
 * Not part of `npm test` or `npm run bench`: it runs for minutes and owns a PostgreSQL and a Redis.
 *
 * Two server processes (compiled, as production runs them) on a throwaway PostgreSQL cluster and a
 * redis-server of its own; `--ingest` uploaders alternating between the processes; `--subscribers`
 * graphql-ws subscribers spread over both, each resuming from its last cursor whenever its
 * subscription ends (as the README tells clients to). Redis is killed at one third of the run and
 * started again 5 s later; PostgreSQL is stopped at two thirds and started again 5 s later.
 *
 *   npm run soak                                   # 10 minutes, 16-way ingest, 1,000 subscribers
 *   npm run soak -- --minutes 2 --subscribers 200  # shorter and lighter
 *
 * It prints: reports acknowledged (200) against runs stored, uploads refused, events missed per
 * subscriber (acknowledged reports it never received) and received twice, process exits, and each
 * process's RSS at the start (after a warm-up) and at the end. Needs the PostgreSQL 15 binaries
 * (/usr/lib/postgresql/15/bin) and redis-server.
 */
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import WebSocket from 'ws';
import { startPostgresCluster } from '../test/support/postgres-cluster.ts';
import { startRedisServer } from '../test/support/redis-server.ts';
import { buildDuplicatiReport } from '../test/support/report-builder.ts';
import { rssOf, startServerProcess } from './lib/server-process.ts';
import type { ServerProcess } from './lib/server-process.ts';

const { values } = parseArgs({
  options: {
    minutes: { type: 'string', default: '10' },
    ingest: { type: 'string', default: '16' },
    subscribers: { type: 'string', default: '1000' },
    servers: { type: 'string', default: '40' },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log('npm run soak -- [--minutes 10] [--ingest 16] [--subscribers 1000] [--servers 40]');
  process.exit(0);
}
const durationMs = Number(values.minutes) * 60_000;
const ingestWays = Number(values.ingest);
const subscriberCount = Number(values.subscribers);
const serverIds = Number(values.servers);
const progress = (message: string) => process.stderr.write(`[soak ${new Date().toISOString().slice(11, 19)}] ${message}\n`);

/** Report n starts at BASE + n seconds: the subscriber knows which report an event is by its startedAt. */
const BASE = Date.UTC(2025, 0, 1);
const numberOf = (startedAt: string) => Math.round((Date.parse(startedAt) - BASE) / 1000);

const QUERY = 'subscription ($after: String) { backupReceived(after: $after) { cursor startedAt } }';

/** One dashboard: a socket, a subscription, and a resume after its last cursor whenever either ends. */
class Subscriber {
  /** received[n]: how often report n arrived. */
  received = new Uint8Array(1024);
  resubscriptions = 0;
  private cursor: string | undefined;
  private socket: WebSocket | undefined;
  private stopped = false;

  constructor(private readonly url: string) {}

  open(): void {
    if (this.stopped) return;
    const socket = new WebSocket(this.url, 'graphql-transport-ws', { perMessageDeflate: false });
    this.socket = socket;
    let ended = false;
    const again = () => {
      if (ended) return;
      ended = true;
      socket.removeAllListeners();
      socket.on('error', () => {});
      socket.terminate();
      if (this.stopped) return;
      this.resubscriptions++;
      setTimeout(() => this.open(), 500 + Math.random() * 1000);
    };
    socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: {} })));
    socket.on('message', (data: WebSocket.RawData) => {
      const message = JSON.parse(data.toString()) as { type: string; payload?: any };
      if (message.type === 'connection_ack') {
        socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: QUERY, variables: { after: this.cursor ?? null } } }));
      } else if (message.type === 'ping') {
        socket.send(JSON.stringify({ type: 'pong' }));
      } else if (message.type === 'next') {
        const event = message.payload?.data?.backupReceived;
        if (message.payload?.errors || !event) return again();
        this.cursor = event.cursor;
        this.count(numberOf(event.startedAt));
      } else if (message.type === 'error' || message.type === 'complete') {
        again();
      }
    });
    socket.on('close', again);
    socket.on('error', again);
  }

  stop(): void {
    this.stopped = true;
    this.socket?.terminate();
  }

  private count(n: number): void {
    if (n >= this.received.length) {
      const grown = new Uint8Array(Math.max(n + 1, this.received.length * 2));
      grown.set(this.received);
      this.received = grown;
    }
    if (this.received[n]! < 255) this.received[n]!++;
  }
}

async function upload(server: ServerProcess, n: number): Promise<number> {
  const report = buildDuplicatiReport({
    serverId: `50a4${String(n % serverIds).padStart(28, '0')}`,
    serverName: `soak-${n % serverIds}`,
    backupName: 'Nightly',
    beginTime: new Date(BASE + n * 1000),
  });
  try {
    const response = await fetch(`${server.url}/api/upload`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(report),
      signal: AbortSignal.timeout(30_000),
    });
    await response.text();
    return response.status;
  } catch {
    return 0;
  }
}

const mib = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(0)} MiB`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function main(): Promise<void> {
  progress('starting PostgreSQL, Redis and two server processes');
  const [postgres, redis] = await Promise.all([startPostgresCluster(), startRedisServer()]);
  // Instances sharing a PostgreSQL database share the key of its stored secrets.
  const env = { DATABASE_URL: postgres.url, REDIS_URL: redis.url, SECRET_KEY: randomBytes(32).toString('base64'), LOG_LEVEL: 'warn' };
  const servers = await Promise.all([startServerProcess('unused', env), startServerProcess('unused', env)]);
  const exits: string[] = [];
  const subscribers: Subscriber[] = [];
  try {
    for (let i = 0; i < subscriberCount; i++) {
      const subscriber = new Subscriber(`${servers[i % 2]!.url.replace('http', 'ws')}/graphql`);
      subscribers.push(subscriber);
      subscriber.open();
      if (i % 50 === 49) await sleep(100);
    }
    await sleep(3000);
    progress(`${subscriberCount} subscribers, ${ingestWays}-way ingest for ${values.minutes} min`);

    const acknowledged: number[] = [];
    const statuses = new Map<number, number>();
    let next = 0;
    const started = Date.now();
    const running = () => Date.now() - started < durationMs;
    const uploaders = Array.from({ length: ingestWays }, async () => {
      while (running()) {
        const n = next++;
        const status = await upload(servers[n % 2]!, n);
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        if (status === 200) acknowledged.push(n);
        else await sleep(200);
      }
    });

    const rss = servers.map(() => ({ start: 0, end: 0 }));
    const outages = (async () => {
      await sleep(Math.min(30_000, durationMs / 10));
      servers.forEach((server, i) => (rss[i]!.start = rssOf(server.pid)));
      progress(`RSS after warm-up: ${rss.map((r) => mib(r.start)).join(', ')}`);
      await sleep(durationMs / 3 - (Date.now() - started));
      progress('killing Redis for 5 s');
      await redis.kill();
      await sleep(5000);
      await redis.restart();
      progress('Redis is back');
      await sleep((2 * durationMs) / 3 - (Date.now() - started));
      progress('stopping PostgreSQL for 5 s');
      await postgres.stop();
      await sleep(5000);
      await postgres.start();
      progress('PostgreSQL is back');
    })();
    const watch = setInterval(() => {
      for (const [i, server] of servers.entries()) {
        try {
          rssOf(server.pid);
        } catch {
          if (!exits.includes(`instance ${i}`)) exits.push(`instance ${i}`);
        }
      }
      progress(`${acknowledged.length} acknowledged, ${[...statuses].map(([s, c]) => `${s}: ${c}`).join(', ')}`);
    }, 15_000);
    await Promise.all([...uploaders, outages]);
    clearInterval(watch);
    servers.forEach((server, i) => {
      try {
        rss[i]!.end = rssOf(server.pid);
      } catch {
        exits.push(`instance ${i}`);
      }
    });

    progress('ingest done; waiting up to 120 s for subscribers to catch up');
    const missedBy = (subscriber: Subscriber) => acknowledged.filter((n) => (subscriber.received[n] ?? 0) === 0).length;
    const waitUntil = Date.now() + 120_000;
    while (Date.now() < waitUntil && subscribers.some((subscriber) => missedBy(subscriber) > 0)) await sleep(1000);

    const summary = await fetch(`${servers[0]!.url}/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query: '{ summary { totalBackupsRuns } }' }),
    }).then((response) => response.json() as Promise<{ data: { summary: { totalBackupsRuns: number } } }>);
    const missed = subscribers.map(missedBy);
    const twice = subscribers.map((subscriber) => subscriber.received.reduce((sum, count) => sum + (count > 1 ? count - 1 : 0), 0));
    const lines = [
      `duration ${values.minutes} min, ${ingestWays}-way ingest, ${subscriberCount} subscribers over 2 processes, Redis and PostgreSQL each restarted once`,
      `reports acknowledged (200): ${acknowledged.length}; runs stored: ${summary.data.summary.totalBackupsRuns}; upload answers: ${[...statuses].map(([s, c]) => `${s}: ${c}`).join(', ')}`,
      `events missed per subscriber: max ${Math.max(...missed)}, total ${missed.reduce((a, b) => a + b, 0)}, subscribers missing any ${missed.filter((m) => m > 0).length}`,
      `events received twice: total ${twice.reduce((a, b) => a + b, 0)}; resubscriptions: ${subscribers.reduce((sum, s) => sum + s.resubscriptions, 0)}`,
      `process exits: ${exits.length}${exits.length ? ` (${exits.join(', ')})` : ''}`,
      ...rss.map(
        (r, i) =>
          `instance ${i} RSS: ${mib(r.start)} after warm-up, ${mib(r.end)} at the end (${(((r.end - r.start) / r.start) * 100).toFixed(1)} %)`,
      ),
    ];
    const logged = servers.flatMap((server) => server.errorLines());
    const reasons = new Map<string, number>();
    for (const line of logged) {
      const reason = /"message":"([^"]{0,160})/.exec(line)?.[1] ?? line.slice(0, 160);
      reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
    }
    lines.push(`errors logged: ${logged.length}${[...reasons].map(([reason, count]) => `\n  ${count} × ${reason}`).join('')}`);
    console.log(lines.join('\n'));
  } finally {
    for (const subscriber of subscribers) subscriber.stop();
    await Promise.all(servers.map((server) => server.stop()));
    await redis.kill();
    await postgres.destroy();
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
