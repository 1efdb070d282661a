import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPostgresCluster, postgresBinariesInstalled } from '../support/postgres-cluster.ts';
import type { PostgresCluster } from '../support/postgres-cluster.ts';
import { redisServerInstalled, startRedisServer } from '../support/redis-server.ts';
import type { RedisServerProcess } from '../support/redis-server.ts';
import { buildDuplicatiReport } from '../support/report-builder.ts';
import { resumableBackupSubscriber } from '../support/resumable-subscriber.ts';
import type { ResumableSubscriber } from '../support/resumable-subscriber.ts';
import { startServerProcess } from '../support/server-process.ts';
import type { ServerProcess } from '../support/server-process.ts';
import { TEST_SECRET_KEY } from '../support/test-database.ts';

// Outages mid-stream (README, "Live events that never miss"): two processes on one PostgreSQL and
// one Redis, both of the test's own (a throwaway cluster and redis-server), so stopping them
// touches nothing else. Subscribers resume by cursor as the README tells clients to.

if (!postgresBinariesInstalled) {
  console.info('[live outages] left out: PostgreSQL binaries not found in /usr/lib/postgresql/15/bin (apt-get install postgresql)');
} else if (!redisServerInstalled) {
  console.info('[live outages] left out: redis-server not found on the PATH (apt-get install redis-server)');
}

const base = Date.UTC(2025, 5, 1);
const runAt = (n: number) => new Date(base + n * 60_000).toISOString();
const report = (n: number) =>
  buildDuplicatiReport({
    serverId: `f16000000000000000000000000000${String(n % 4).padStart(2, '0')}`,
    backupName: 'Nightly',
    beginTime: runAt(n),
  });

async function upload(server: ServerProcess, n: number): Promise<number> {
  try {
    const response = await fetch(`${server.url}/api/upload`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(report(n)),
      signal: AbortSignal.timeout(20_000),
    });
    await response.text();
    return response.status;
  } catch {
    return 0;
  }
}

describe.skipIf(!postgresBinariesInstalled || !redisServerInstalled)('live events through a Redis and a PostgreSQL outage', () => {
  let postgres: PostgresCluster;
  let redis: RedisServerProcess;
  let servers: ServerProcess[] = [];
  let subscribers: ResumableSubscriber[] = [];

  beforeAll(async () => {
    [postgres, redis] = await Promise.all([startPostgresCluster(), startRedisServer()]);
    const env = { DATABASE_URL: postgres.url, REDIS_URL: redis.url, SECRET_KEY: TEST_SECRET_KEY, LIVE_EVENTS_POLL_MS: '500' };
    servers = await Promise.all([startServerProcess(env), startServerProcess(env)]);
  }, 90_000);
  afterAll(async () => {
    await Promise.all(subscribers.map((subscriber) => subscriber.stop()));
    await Promise.all(servers.map((server) => server.stop()));
    await redis?.kill();
    await postgres?.destroy();
  });

  it('gives every subscriber on both processes every stored report once, through a Redis kill and a PostgreSQL restart', async () => {
    subscribers = servers.flatMap((server) => [resumableBackupSubscriber(server.url), resumableBackupSubscriber(server.url)]);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const stored: string[] = [];
    const statuses: number[] = [];
    let n = 0;
    const ingest = async (count: number) => {
      for (const end = n + count; n < end; n++) {
        const number = n;
        const status = await upload(servers[number % 2]!, number);
        statuses.push(status);
        if (status === 200) stored.push(runAt(number));
      }
    };

    await ingest(10);
    await redis.kill();
    // Redis down: uploads are still stored and acknowledged.
    await ingest(10);
    expect(statuses.slice(10)).toEqual(Array(10).fill(200));
    await redis.restart();
    await ingest(10);

    await postgres.stop();
    // PostgreSQL down: uploads are refused with 503 and a reason, /health says so.
    const refused = await upload(servers[0]!, 10_000);
    expect(refused).toBe(503);
    const health = await fetch(`${servers[1]!.url}/health`);
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({ database: 'down' });
    await postgres.start();
    // Back: the pool reconnects by itself.
    const started = Date.now();
    while ((await upload(servers[n % 2]!, n)) !== 200) {
      if (Date.now() - started > 30_000) throw new Error('uploads did not succeed within 30 s of PostgreSQL coming back');
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    stored.push(runAt(n++));
    await ingest(10);

    for (const subscriber of subscribers) await subscriber.waitForCount(stored.length, 60_000);
    for (const subscriber of subscribers) {
      expect(subscriber.duplicates).toEqual([]);
      expect(subscriber.ids).toEqual(stored);
    }
    expect(servers.map((server) => server.child.exitCode)).toEqual([null, null]);
    const output = servers.map((server) => server.output()).join('\n');
    expect(output).not.toMatch(/RepeaterOverflowError|uncaught/i);
  }, 180_000);
});
