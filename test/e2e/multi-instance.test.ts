import path from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectLiveClient, eventually, subscribe } from '../support/live-client.ts';
import { startRedisServer } from '../support/redis-server.ts';
import { buildDuplicatiReport } from '../support/report-builder.ts';
import { startServerProcess } from '../support/server-process.ts';
import type { ServerProcess } from '../support/server-process.ts';
import { onPostgres, TEST_REDIS_URL, testStorageEnv } from '../support/test-database.ts';
import { adminHeaders, makeTempDir, TEST_ADMIN_TOKEN } from '../support/test-server.ts';

// Several dupligraph processes behind a load balancer: one PostgreSQL, one Redis. These need both,
// so they run on the PostgreSQL pass (TEST_DATABASE_URL and TEST_REDIS_URL, as .ci/run sets them).
const enabled = onPostgres && TEST_REDIS_URL !== undefined;
const TITLE = 'several server processes on one PostgreSQL and one Redis';

if (!enabled) {
  console.info(
    '[multi-instance] left out on this pass: set TEST_DATABASE_URL and TEST_REDIS_URL (the second pass of .ci/run does) to run them.',
  );
}

const BACKUP_RECEIVED = /* GraphQL */ `
  subscription ($serverId: ID) {
    backupReceived(serverId: $serverId) { server { serverId } backup { date status } }
  }
`;

const ALERT_CHANGED = /* GraphQL */ `
  subscription ($serverId: ID) {
    alertChanged(serverId: $serverId) { change alertKind serverId backupName }
  }
`;

/** A fresh schema (and channel prefix) shared by the processes of one test. */
function sharedStorage(): Record<string, string> {
  return { ...testStorageEnv(path.join(makeTempDir(), 'dupligraph.db')), ADMIN_TOKEN: TEST_ADMIN_TOKEN };
}

async function upload(server: ServerProcess, report: unknown): Promise<number> {
  const response = await fetch(`${server.url}/api/upload`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(report),
  });
  await response.text();
  return response.status;
}

async function graphql(server: ServerProcess, query: string): Promise<any> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...adminHeaders },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { data?: any; errors?: unknown };
  if (body.errors || !body.data) throw new Error(`GraphQL failed on ${server.url}: ${JSON.stringify(body)}`);
  return body.data;
}

/** Waits until Redis has `count` subscribers on the channel: the SUBSCRIBE is asynchronous. */
async function redisSubscribers(redisUrl: string, channel: string, count: number): Promise<void> {
  const client = new Redis(redisUrl, { lazyConnect: true });
  await client.connect();
  try {
    const started = Date.now();
    for (;;) {
      const [, subscribers] = (await client.pubsub('NUMSUB', channel)) as [string, number];
      if (Number(subscribers) >= count) return;
      if (Date.now() - started > 10_000) throw new Error(`${channel} has ${subscribers} subscribers, wanted ${count}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } finally {
    client.disconnect();
  }
}

function report(serverId: string, beginTime: Date, overrides: Parameters<typeof buildDuplicatiReport>[0] = {}) {
  return buildDuplicatiReport({ serverId, serverName: `host-${serverId.slice(-2)}`, backupName: 'Nightly', beginTime, ...overrides });
}

describe.skipIf(!enabled)(TITLE, () => {
  let storage: Record<string, string>;
  let a: ServerProcess;
  let b: ServerProcess;

  beforeAll(async () => {
    storage = sharedStorage();
    // Both start at once on an empty schema: the advisory lock lets exactly one migrate it.
    [a, b] = await Promise.all([startServerProcess(storage), startServerProcess(storage)]);
  }, 90_000);
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
  });

  it('migrates the empty database once although both processes start together', () => {
    const migrated = [a, b].filter((server) => server.output().includes('"msg":"database migrated"'));
    expect(migrated).toHaveLength(1);
  });

  it('delivers a report uploaded to one process to a graphql-ws subscriber on the other', async () => {
    const serverId = 'e1000000000000000000000000000001';
    const client = connectLiveClient(a.url);
    try {
      const received = subscribe(client, BACKUP_RECEIVED, { serverId });
      await redisSubscribers(storage.REDIS_URL!, `${storage.REDIS_CHANNEL_PREFIX}backup:received`, 1);

      const beginTime = new Date(Date.now() - 60_000);
      expect(await upload(b, report(serverId, beginTime))).toBe(200);
      const [event] = await received.waitFor(1);
      expect(event).toEqual({
        backupReceived: { server: { serverId }, backup: { date: beginTime.toISOString(), status: 'SUCCESS' } },
      });
    } finally {
      await client.dispose();
    }
  }, 60_000);

  it('raises one alert when both processes run the overdue check, and announces it on both', async () => {
    const serverId = 'e1000000000000000000000000000002';
    // A nightly job last seen weeks ago is overdue by the wall clock both processes use.
    expect(await upload(a, report(serverId, new Date(Date.now() - 21 * 86_400_000)))).toBe(200);
    const clients = [connectLiveClient(a.url), connectLiveClient(b.url)];
    try {
      const announced = clients.map((client) => subscribe(client, ALERT_CHANGED, { serverId }));
      await redisSubscribers(storage.REDIS_URL!, `${storage.REDIS_CHANNEL_PREFIX}alert:changed`, 2);

      const check = 'mutation { checkOverdueNow { statistics { alertsRaised } } }';
      const results = await Promise.all([graphql(a, check), graphql(b, check)]);
      const raised = results.map((data) => data.checkOverdueNow.statistics.alertsRaised as number);
      expect(raised.sort()).toEqual([0, 1]);

      const open = await graphql(a, `{ alerts(active: true) { edges { node { kind job { backupName } } } } }`);
      expect(open.alerts.edges.map((edge: any) => edge.node)).toEqual([{ kind: 'OVERDUE', job: { backupName: 'Nightly' } }]);
      for (const subscription of announced) {
        expect(await subscription.waitFor(1)).toEqual([
          { alertChanged: { change: 'RAISED', alertKind: 'OVERDUE', serverId, backupName: 'Nightly' } },
        ]);
      }
      // Once more from both: the open alert is not raised again.
      const again = await Promise.all([graphql(a, check), graphql(b, check)]);
      expect(again.map((data) => data.checkOverdueNow.statistics.alertsRaised)).toEqual([0, 0]);
    } finally {
      await Promise.all(clients.map((client) => client.dispose()));
    }
  }, 60_000);
});

describe.runIf(enabled)(`${TITLE}, when Redis goes away and comes back`, () => {
  it('keeps taking uploads and answering queries while Redis is down, and subscriptions resume once it is back', async () => {
    const redis = await startRedisServer();
    const storage = { ...sharedStorage(), REDIS_URL: redis.url, REDIS_CHANNEL_PREFIX: 'restart-test:' };
    const servers = await Promise.all([startServerProcess(storage), startServerProcess(storage)]);
    const [a, b] = servers;
    const client = connectLiveClient(a.url);
    const serverId = 'e2000000000000000000000000000001';
    const base = Date.now() - 3_600_000;
    const runAt = (n: number) => new Date(base + n * 60_000);
    try {
      const received = subscribe(client, BACKUP_RECEIVED, { serverId });
      await redisSubscribers(redis.url, 'restart-test:backup:received', 1);
      expect(await upload(b, report(serverId, runAt(0)))).toBe(200);
      await received.waitFor(1);

      await redis.kill();
      // Down: uploads to either process are stored and acknowledged, reads answer.
      for (let n = 1; n <= 6; n++) expect(await upload(n % 2 ? b : a, report(serverId, runAt(n)))).toBe(200);
      const summary = await graphql(a, '{ summary { totalBackupsRuns } }');
      expect(summary.summary.totalBackupsRuns).toBe(7);
      const whileDown = await (await fetch(`${b.url}/metrics`)).text();
      expect(whileDown).toMatch(/^dupligraph_redis_connected 0$/m);
      expect(whileDown).toMatch(/^dupligraph_redis_buffered_events [1-9]\d*$/m);

      await redis.restart();
      // The same subscription gets the reports stored during the outage (read from the live-event
      // log, even before Redis is back), then new ones as before.
      await received.waitFor(7, 20_000);
      expect(await upload(b, report(serverId, runAt(7)))).toBe(200);
      const events = await received.waitFor(8, 10_000);
      const dates = events.map((event: any) => event.backupReceived.backup.date).sort();
      expect(dates).toEqual(Array.from({ length: 8 }, (_, n) => runAt(n).toISOString()));
      expect(received.errors).toEqual([]);
      expect(b.output()).toContain('redis connection lost');
      // The events no longer wait for Redis, so the reconnection may come after them.
      await eventually(
        () => b.output().includes('redis connection back'),
        () => 'process b did not log that Redis is back',
        15_000,
      );
      // Each of the two clients (publish, subscribe) logs its own reconnection: the gauge is 1 once both are back.
      const redisConnected = async () => (await (await fetch(`${b.url}/metrics`)).text()).match(/^dupligraph_redis_connected (\d)$/m)?.[1];
      await expect.poll(redisConnected, { timeout: 15_000 }).toBe('1');
    } finally {
      await client.dispose();
      await Promise.all(servers.map((server) => server.stop()));
      await redis.kill();
    }
  }, 90_000);
});
