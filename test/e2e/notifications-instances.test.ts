import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startHttpReceiver } from '../support/notification-receivers.ts';
import type { HttpReceiver, ReceivedRequest } from '../support/notification-receivers.ts';
import { buildDuplicatiReport } from '../support/report-builder.ts';
import { startServerProcess } from '../support/server-process.ts';
import type { ServerProcess } from '../support/server-process.ts';
import { onPostgres, testStorageEnv } from '../support/test-database.ts';
import { adminHeaders, makeTempDir, TEST_ADMIN_TOKEN } from '../support/test-server.ts';

// Two dupligraph processes behind a load balancer share one PostgreSQL database: each claims an
// outbox row before it sends it, so every notification leaves once. One SQLite file serves one
// process (README "Running several instances"), so the SQLite pass has nothing to run here.
const TITLE = 'notifications from two server processes on one PostgreSQL database';
if (!onPostgres) {
  console.info(`[notifications-instances] "${TITLE}" is left out on SQLite: set TEST_DATABASE_URL (the PostgreSQL pass) to run it.`);
}

/** Fast polls and retries, so the test waits milliseconds rather than the default seconds. */
const FAST = {
  NOTIFICATION_POLL_INTERVAL_MS: '100',
  NOTIFICATION_RETRY_BASE_MS: '50',
  NOTIFICATION_RETRY_MAX_MS: '400',
  NOTIFICATION_MAX_ATTEMPTS: '1000',
  NOTIFICATION_TIMEOUT_MS: '2000',
};

const JOBS = ['Documents', 'Photos', 'Mail', 'Databases'];
const RUNS_PER_JOB = 30;

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function receiver(): Promise<HttpReceiver> {
  const started = await startHttpReceiver();
  cleanups.push(() => started.close());
  return started;
}

async function serverProcess(env: Record<string, string>): Promise<ServerProcess> {
  const started = await startServerProcess(env);
  cleanups.push(() => started.stop());
  return started;
}

async function graphql(server: ServerProcess, query: string, variables: Record<string, unknown> = {}): Promise<any> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...adminHeaders },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: any; errors?: unknown };
  if (body.errors || !body.data) throw new Error(`GraphQL failed on ${server.url}: ${JSON.stringify(body)}`);
  return body.data;
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

/** Job j's run i, weeks ago, so the overdue check finds every job late afterwards. */
const failedRun = (job: string, i: number) =>
  buildDuplicatiReport({ backupName: job, beginTime: new Date(Date.UTC(2025, 0, 1, 0, i)), errors: 1, parsedResult: 'Error' });

const ntfyJob = (request: ReceivedRequest, ntfyUrl: string) => {
  const title = new URL(request.url, ntfyUrl).searchParams.get('title') ?? '';
  return JOBS.find((job) => title.includes(` ${job} @`));
};

/** Waits until the receiver has `count` requests, then a little longer so a duplicate would show. */
async function settled(receiver: HttpReceiver, count: number): Promise<ReceivedRequest[]> {
  await receiver.waitFor(count, 60_000);
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  return receiver.requests;
}

/** dupligraph_notification_deliveries_total{outcome="delivered"} of one process, over its channels. */
async function deliveredBy(server: ServerProcess): Promise<number> {
  const text = await (await fetch(`${server.url}/metrics`)).text();
  return text
    .split('\n')
    .filter((line) => line.startsWith('dupligraph_notification_deliveries_total{') && line.includes('outcome="delivered"'))
    .reduce((sum, line) => sum + Number(line.split(' ').at(-1)), 0);
}

describe.skipIf(!onPostgres)(TITLE, () => {
  it('delivers each notification once, in order per job, while uploads alternate between the processes and both run the overdue check at once', async () => {
    const hook = await receiver();
    const ntfy = await receiver();
    // The same schema and SECRET_KEY for both: the second decrypts the webhook secret the first sealed.
    const storage: Record<string, string> = {
      ...testStorageEnv(path.join(makeTempDir(), 'dupligraph.db')),
      ADMIN_TOKEN: TEST_ADMIN_TOKEN,
      ...FAST,
    };
    expect(storage.SECRET_KEY).toBeDefined();
    const a = await serverProcess(storage);
    await graphql(a, 'mutation($i: AddNotificationWebhookInput!) { addNotificationWebhook(input: $i) { __typename } }', {
      i: { url: `${hook.url}/hook`, secret: 'whsec_two_instances_0001', events: ['BACKUP_FAILED', 'OVERDUE'] },
    });
    await graphql(a, 'mutation($i: SetNtfySettingsInput!) { setNtfySettings(input: $i) { __typename } }', {
      i: { url: ntfy.url, topic: 'two-instances' },
    });
    // Started after the settings were written, so its settings cache holds them from its first read.
    const b = await serverProcess(storage);
    const processes = [a, b];

    const statuses: number[] = [];
    for (let i = 0; i < RUNS_PER_JOB; i++) {
      // The jobs upload at once; each job's runs go in turn to a and b, one after another.
      const round = JOBS.map((job, j) => upload(processes[(i + j) % 2]!, failedRun(job, i)));
      statuses.push(...(await Promise.all(round)));
    }
    expect(statuses).toEqual(Array(JOBS.length * RUNS_PER_JOB).fill(200));

    const check = 'mutation { checkOverdueNow { statistics { alertsRaised } } }';
    const checks = await Promise.all(processes.map((server) => graphql(server, check)));
    const raised = checks.map((data) => data.checkOverdueNow.statistics.alertsRaised as number);
    expect(raised.reduce((sum, n) => sum + n, 0)).toBe(JOBS.length);

    const expected = JOBS.length * (RUNS_PER_JOB + 1);
    const hooks = await settled(hook, expected);
    const ntfys = await settled(ntfy, expected);

    expect(hooks).toHaveLength(expected);
    expect(new Set(hooks.map((r) => r.headers['x-dupligraph-event-id'])).size).toBe(expected);
    expect(ntfys).toHaveLength(expected);
    expect(new Set(ntfys.map((r) => r.headers['x-sequence-id'])).size).toBe(expected);

    const events = hooks.map((r) => JSON.parse(r.body));
    for (const job of JOBS) {
      const ofJob = events.filter((event) => event.job.name === job);
      // Every failed run in upload order, then the OVERDUE alert the check raised.
      expect(ofJob.map((event) => event.event)).toEqual([...Array(RUNS_PER_JOB).fill('BACKUP_FAILED'), 'OVERDUE']);
      const dates = ofJob.slice(0, RUNS_PER_JOB).map((event) => event.backup.date);
      expect(dates).toEqual(Array.from({ length: RUNS_PER_JOB }, (_, i) => new Date(Date.UTC(2025, 0, 1, 0, i)).toISOString()));
      const ntfyOfJob = ntfys.filter((request) => ntfyJob(request, ntfy.url) === job);
      expect(ntfyOfJob).toHaveLength(RUNS_PER_JOB + 1);
      expect(ntfyOfJob.map((request) => new URL(request.url, ntfy.url).searchParams.get('tags')!.includes('overdue'))).toEqual([
        ...Array(RUNS_PER_JOB).fill(false),
        true,
      ]);
    }

    // Each process counts what it sent; together they sent each row once.
    const sentBy = await Promise.all(processes.map(deliveredBy));
    console.info(`[notifications-instances] delivered by a / b: ${sentBy.join(' / ')}`);
    expect(sentBy[0]! + sentBy[1]!).toBe(2 * expected);
    const pending = await graphql(b, '{ notificationDeliveries(first: 1, status: PENDING) { totalCount } }');
    expect(pending.notificationDeliveries.totalCount).toBe(0);
  }, 120_000);
});
