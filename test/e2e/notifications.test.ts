import { createHmac } from 'node:crypto';
import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/open-database.ts';
import { ingestReport } from '../../src/domain/ingest.ts';
import { readNotificationSettings } from '../../src/domain/notifications/channel-settings.ts';
import { DEFAULT_REPORT_LIMITS } from '../../src/domain/report/report-limits.ts';
import { capturedLogger } from '../support/captured-logger.ts';
import { startHttpReceiver, startSmtpReceiver } from '../support/notification-receivers.ts';
import type { HttpReceiver } from '../support/notification-receivers.ts';
import { buildDuplicatiReport } from '../support/report-builder.ts';
import { startServerProcess } from '../support/server-process.ts';
import { onPostgres, testDatabaseUrl, testStorageEnv } from '../support/test-database.ts';
import { adminHeaders, makeTempDir, startTestServer, TEST_ADMIN_TOKEN } from '../support/test-server.ts';
import type { TestServer } from '../support/test-server.ts';

/** Fast retries and polls, so a test sees a retry in milliseconds (the defaults are seconds). */
const FAST = {
  NOTIFICATION_POLL_INTERVAL_MS: '100',
  NOTIFICATION_RETRY_BASE_MS: '50',
  NOTIFICATION_RETRY_MAX_MS: '400',
  NOTIFICATION_MAX_ATTEMPTS: '1000',
  NOTIFICATION_TIMEOUT_MS: '2000',
};

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function server(options: Parameters<typeof startTestServer>[0] = {}): Promise<TestServer> {
  const started = await startTestServer({ ...options, env: { ...FAST, ...options.env } });
  cleanups.push(() => started.stop());
  return started;
}

async function receiver(): Promise<HttpReceiver> {
  const started = await startHttpReceiver();
  cleanups.push(() => started.close());
  return started;
}

async function ok(server: TestServer, query: string, variables?: Record<string, unknown>) {
  const response = await server.graphql(query, variables);
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  return response.data;
}

const failedRun = (begin: Date, backupName = 'Documents') =>
  buildDuplicatiReport({ backupName, beginTime: begin, errors: 2, parsedResult: 'Error' });

describe('notifications', () => {
  it('ntfy: POST <url>/<topic>, title, priority and tags in the query, the text body, the bearer token and a stable sequence id', async () => {
    const ntfy = await receiver();
    const s = await server();
    await ok(
      s,
      'mutation($i: SetNtfySettingsInput!) { setNtfySettings(input: $i) { ... on NotificationSettings { ntfy { hasAccessToken } } } }',
      {
        i: { url: `${ntfy.url}/`, topic: 'duplistatus-abc123', accessToken: 'tk_secret_ntfy_token' },
      },
    );
    expect((await s.upload(failedRun(new Date('2025-01-15T02:00:00Z')))).status).toBe(200);
    const [request] = await ntfy.waitFor(1);
    const url = new URL(request!.url, ntfy.url);
    expect(request!.method).toBe('POST');
    expect(url.pathname).toBe('/duplistatus-abc123');
    expect(url.searchParams.get('title')).toBe('⚠️ Error - Documents @ test-host');
    expect(url.searchParams.get('priority')).toBe('high');
    expect(url.searchParams.get('tags')).toBe('duplicati, duplistatus, warning, error');
    expect(request!.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(request!.headers.authorization).toBe('Bearer tk_secret_ntfy_token');
    expect(request!.body).toContain('Documents');
    // The receiver has the request before the sender records its answer: wait for the record.
    const deliveries = async () =>
      (await ok(s, '{ notificationDeliveries(first: 5) { nodes { messageId channel event status attempts responseCode } } }'))
        .notificationDeliveries.nodes;
    await expect.poll(deliveries, { timeout: 10_000 }).toEqual([
      {
        messageId: request!.headers['x-sequence-id'],
        channel: 'NTFY',
        event: 'BACKUP_FAILED',
        status: 'DELIVERED',
        attempts: 1,
        responseCode: 200,
      },
    ]);
  });

  it('webhook: a signed JSON POST with server, job, backup and a unique event id; Gotify and Apprise get one call each', async () => {
    const hook = await receiver();
    const gotify = await receiver();
    const apprise = await receiver();
    const s = await server();
    await ok(
      s,
      'mutation($i: AddNotificationWebhookInput!) { addNotificationWebhook(input: $i) { ... on NotificationWebhook { id hasSecret } } }',
      {
        i: { url: `${hook.url}/hook`, secret: 'whsec_0123456789abcdef', legacyMachineKeys: true },
      },
    );
    await ok(s, 'mutation($i: SetGotifySettingsInput!) { setGotifySettings(input: $i) { __typename } }', {
      i: { url: gotify.url, token: 'AgotifyAppToken' },
    });
    await ok(s, 'mutation($i: SetAppriseSettingsInput!) { setAppriseSettings(input: $i) { __typename } }', {
      i: { url: apprise.url, key: 'apprise-key' },
    });
    expect((await s.upload(failedRun(new Date('2025-01-15T02:00:00Z')))).status).toBe(200);

    const [request] = await hook.waitFor(1);
    const { headers, body } = request!;
    expect(request!.url).toBe('/hook');
    expect(headers['content-type']).toBe('application/json');
    const expected = `sha256=${createHmac('sha256', 'whsec_0123456789abcdef').update(`${headers['x-dupligraph-timestamp']}.${body}`).digest('hex')}`;
    expect(headers['x-dupligraph-signature']).toBe(expected);
    const event = JSON.parse(body);
    expect(event.id).toBe(headers['x-dupligraph-event-id']);
    expect(event.event).toBe('BACKUP_FAILED');
    expect(event.server).toEqual({ id: '0123456789abcdef0123456789abcdef', name: 'test-host', alias: '', note: '', url: '' });
    expect(event.machine_id).toBe('0123456789abcdef0123456789abcdef');
    expect(event.machine_name).toBe('test-host');
    expect(event.job.name).toBe('Documents');
    expect(event.backup).toMatchObject({ status: 'Error', errors: 2, backupName: 'Documents' });

    const [gotifyRequest] = await gotify.waitFor(1);
    expect(gotifyRequest!.url).toBe('/message');
    expect(gotifyRequest!.headers['x-gotify-key']).toBe('AgotifyAppToken');
    expect(JSON.parse(gotifyRequest!.body)).toEqual({ title: '⚠️ Error - Documents @ test-host', message: expect.any(String), priority: 8 });
    const [appriseRequest] = await apprise.waitFor(1);
    expect(appriseRequest!.url).toBe('/notify/apprise-key');
    expect(JSON.parse(appriseRequest!.body)).toEqual({
      title: '⚠️ Error - Documents @ test-host',
      body: expect.any(String),
      type: 'failure',
    });
  });

  it('e-mail: STARTTLS and AUTH against a real SMTP server; subject, text, HTML and a stable Message-ID', async () => {
    const smtp = await startSmtpReceiver({ user: 'mailer', pass: 'smtp-Secret-Pass' });
    cleanups.push(() => smtp.close());
    const s = await server();
    await ok(
      s,
      'mutation($i: SetEmailSettingsInput!) { setEmailSettings(input: $i) { ... on NotificationSettings { email { hasPassword } } } }',
      {
        i: {
          host: '127.0.0.1',
          port: smtp.port,
          connectionType: 'STARTTLS',
          username: 'mailer',
          password: 'smtp-Secret-Pass',
          mailto: 'admin@example.org',
          fromAddress: 'dupligraph@example.org',
        },
      },
    );
    const test = await ok(
      s,
      'mutation { sendTestNotification(channels: [EMAIL]) { ... on SendTestNotificationPayload { outcomes { channel delivered responseCode error messageId } } } }',
    );
    expect(test.sendTestNotification.outcomes).toEqual([
      { channel: 'EMAIL', delivered: true, responseCode: 250, error: null, messageId: expect.any(String) },
    ]);
    expect((await s.upload(failedRun(new Date('2025-01-15T02:00:00Z')))).status).toBe(200);
    const [first, second] = await smtp.waitFor(2);
    expect(first!.mail.messageId).toBe(`<${test.sendTestNotification.outcomes[0].messageId}@dupligraph>`);
    expect(second!.user).toBe('mailer');
    expect(second!.secure).toBe(true);
    expect(second!.envelopeTo).toEqual(['admin@example.org']);
    expect(second!.mail.subject).toBe('⚠️ Error - Documents @ test-host');
    expect(second!.mail.text).toContain('Documents');
    expect(second!.mail.html).toContain('<br>');
  });

  it('keeps a secret set through the API out of every response, every log line and the database file', async () => {
    const { logger, lines } = capturedLogger();
    const ntfy = await receiver();
    const s = await server({ logger });
    const secrets = ['tk_never_shown_ntfy', 'smtp-never-shown-pw', 'whsec_never_shown_0001'];
    const answers = [
      await s.graphql(
        'mutation($i: SetNtfySettingsInput!) { setNtfySettings(input: $i) { ... on NotificationSettings { ntfy { url topic hasAccessToken } } } }',
        {
          i: { url: ntfy.url, topic: 'topic1', accessToken: secrets[0] },
        },
      ),
      await s.graphql(
        'mutation($i: SetEmailSettingsInput!) { setEmailSettings(input: $i) { ... on NotificationSettings { email { hasPassword username } } } }',
        {
          i: { host: '127.0.0.1', port: 1, connectionType: 'SSL', username: 'u', password: secrets[1], mailto: 'a@example.org' },
        },
      ),
      await s.graphql(
        'mutation($i: AddNotificationWebhookInput!) { addNotificationWebhook(input: $i) { ... on NotificationWebhook { hasSecret url } } }',
        {
          i: { url: `${ntfy.url}/hook`, secret: secrets[2] },
        },
      ),
      await s.graphql('{ notificationSettings { ntfy { hasAccessToken } email { hasPassword } webhooks { hasSecret } } }'),
    ];
    expect(answers[3]!.data).toEqual({
      notificationSettings: { ntfy: { hasAccessToken: true }, email: { hasPassword: true }, webhooks: [{ hasSecret: true }] },
    });
    await s.upload(failedRun(new Date('2025-01-15T02:00:00Z')));
    await ntfy.waitFor(2);
    await s.stop();
    cleanups.pop();
    const file = s.storageEnv.DATABASE_URL?.startsWith('file:') ? fs.readFileSync(s.databaseFile) : Buffer.alloc(0);
    for (const secret of secrets) {
      expect(JSON.stringify(answers)).not.toContain(secret);
      expect(lines.join('\n')).not.toContain(secret);
      expect(file.includes(secret)).toBe(false);
    }
  });

  it('loses nothing while the channel is down for a burst of 200 failed runs: each arrives once, in order per job, and every upload got 200', async () => {
    const ntfy = await receiver();
    ntfy.respond.status = 503;
    const s = await server();
    await ok(s, 'mutation($i: SetNtfySettingsInput!) { setNtfySettings(input: $i) { __typename } }', {
      i: { url: ntfy.url, topic: 'burst' },
    });
    const jobs = ['A', 'B', 'C', 'D'];
    const statuses: number[] = [];
    for (let i = 0; i < 50; i++) {
      const uploads = jobs.map((job) => s.upload(failedRun(new Date(Date.UTC(2025, 0, 1, 0, i)), job)));
      for (const upload of await Promise.all(uploads)) statuses.push(upload.status);
    }
    expect(statuses).toEqual(Array(200).fill(200));
    ntfy.respond.status = 200;
    await ntfy.waitFor(200, 60_000);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(ntfy.requests).toHaveLength(200);
    expect(new Set(ntfy.requests.map((r) => r.headers['x-sequence-id'])).size).toBe(200);
    for (const job of jobs) {
      const dates = ntfy.requests
        .filter((r) => new URL(r.url, ntfy.url).searchParams.get('title')!.includes(`- ${job} @`))
        .map((r) => r.body);
      expect(dates).toHaveLength(50);
      expect([...dates].sort()).toEqual(dates);
    }
    const pendingCount = async () =>
      (await ok(s, '{ notificationDeliveries(first: 1, status: PENDING) { totalCount } }')).notificationDeliveries.totalCount;
    await expect.poll(pendingCount, { timeout: 10_000 }).toBe(0);
  });

  it('claims waiting messages several per statement once the channel is back, each still sent once', async () => {
    const ntfy = await receiver();
    ntfy.respond.status = 503;
    const statements: string[] = [];
    const s = await server({ onQuery: (sql) => statements.push(sql) });
    await ok(s, 'mutation($i: SetNtfySettingsInput!) { setNtfySettings(input: $i) { __typename } }', {
      i: { url: ntfy.url, topic: 'batch' },
    });
    const jobs = Array.from({ length: 40 }, (_, i) => `Job ${i}`);
    const uploads = await Promise.all(jobs.map((job) => s.upload(failedRun(new Date('2025-01-15T02:00:00Z'), job))));
    expect(uploads.map((u) => u.status)).toEqual(jobs.map(() => 200));
    const tried = async () =>
      (await ok(s, '{ notificationDeliveries(first: 50, status: PENDING) { nodes { attempts } } }')).notificationDeliveries.nodes.filter(
        (d: { attempts: number }) => d.attempts > 0,
      ).length;
    await expect.poll(tried, { timeout: 30_000 }).toBe(40);
    statements.length = 0;
    ntfy.respond.status = 200;
    await expect
      .poll(
        async () =>
          (await ok(s, '{ notificationDeliveries(first: 1, status: DELIVERED) { totalCount } }')).notificationDeliveries.totalCount,
        {
          timeout: 30_000,
        },
      )
      .toBe(40);
    expect(ntfy.requests).toHaveLength(40);
    expect(new Set(ntfy.requests.map((r) => r.headers['x-sequence-id'])).size).toBe(40);
    // One claim per message would be 40 statements (and one record transaction each).
    const claims = statements.filter((sql) => /UPDATE\s+notification_deliveries\s+SET\s+claimed_by/i.test(sql));
    expect(claims.length).toBeLessThan(20);
  });

  it('sends while a long burst of uploads is still arriving: letting uploads go first never holds notifications back for long', async () => {
    const ntfy = await receiver();
    const claimsAt: number[] = [];
    const s = await server({
      onQuery: (sql) => /UPDATE\s+notification_deliveries\s+SET\s+claimed_by/i.test(sql) && claimsAt.push(Date.now()),
    });
    await ok(s, 'mutation($i: SetNtfySettingsInput!) { setNtfySettings(input: $i) { __typename } }', {
      i: { url: ntfy.url, topic: 'burst' },
    });
    const burstEnds = Date.now() + 4_000;
    const storedAt: number[] = [];
    let sent = 0;
    let firstArrivalDuringBurst: number | null = null;
    await Promise.all(
      Array.from({ length: 8 }, async (_, uploader) => {
        for (let run = 0; Date.now() < burstEnds; run++) {
          const begin = new Date(Date.UTC(2025, 0, 1, 0, 0, run));
          expect((await s.upload(failedRun(begin, `Job ${uploader}`))).status).toBe(200);
          storedAt.push(Date.now());
          sent++;
          if (firstArrivalDuringBurst === null && ntfy.requests.length > 0) firstArrivalDuringBurst = Date.now();
        }
      }),
    );
    expect(firstArrivalDuringBurst, 'a notification arrived while uploads were still coming').not.toBeNull();
    expect(firstArrivalDuringBurst!).toBeLessThan(burstEnds - 1_000);
    // While reports keep arriving (one stored in the 20 ms before), sending takes its turns
    // sparingly: a full claim once per second, and a claim that took all that was waiting does not
    // wait for the next. On SQLite the uploads outrun the sends and the outbox fills: 2 or 3 claims
    // amid the burst, 46 to 73 without the pacing. On PostgreSQL the uploads are slower than the
    // sends, the outbox never holds more than a claim takes and the pacing does not engage: each
    // claim is short and the count follows the upload rate (15 of 377 uploads quiet, 34 under load).
    const claimsAmidReports = claimsAt.filter((at) => storedAt.some((stored) => stored <= at && at - stored < 20)).length;
    if (!onPostgres) expect(claimsAmidReports).toBeLessThanOrEqual(24);
    await ntfy.waitFor(sent, 30_000);
    expect(new Set(ntfy.requests.map((r) => r.headers['x-sequence-id'])).size).toBe(sent);
  });

  it('marks a 4xx answer dead at once, without retrying, and resends it with the same message id', async () => {
    const ntfy = await receiver();
    ntfy.respond.status = 403;
    const s = await server();
    await ok(s, 'mutation($i: SetNtfySettingsInput!) { setNtfySettings(input: $i) { __typename } }', { i: { url: ntfy.url, topic: 't' } });
    await s.upload(failedRun(new Date('2025-01-15T02:00:00Z')));
    let dead: any;
    for (let i = 0; i < 100 && !dead; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      dead = (await ok(s, '{ notificationDeliveries(first: 1, status: DEAD) { nodes { id messageId attempts responseCode lastError } } }'))
        .notificationDeliveries.nodes[0];
    }
    expect(dead).toMatchObject({ attempts: 1, responseCode: 403, lastError: expect.stringContaining('HTTP 403') });
    ntfy.respond.status = 200;
    await ok(s, 'mutation($id: ID!) { resendNotification(id: $id) { ... on NotificationDelivery { status } } }', { id: dead.id });
    const [request] = await ntfy.waitFor(1);
    expect(request!.headers['x-sequence-id']).toBe(dead.messageId);
  });
});

describe('notifications across a crash', () => {
  it('delivers once after the server process is killed between the commit and the delivery', async () => {
    const ntfy = await receiver();
    ntfy.respond.hang = true;
    const env = { ...testStorageEnv(`${makeTempDir()}/dupligraph.db`), ADMIN_TOKEN: TEST_ADMIN_TOKEN };
    const first = await startServerProcess({ ...FAST, NOTIFICATION_TIMEOUT_MS: '3000', ...env });
    cleanups.push(() => first.stop('SIGKILL'));
    await graphqlAt(first.url, 'mutation($i: SetNtfySettingsInput!) { setNtfySettings(input: $i) { __typename } }', {
      i: { url: ntfy.url, topic: 'crash' },
    });
    const upload = await fetch(`${first.url}/api/upload`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(failedRun(new Date('2025-01-15T02:00:00Z'))),
    });
    expect(upload.status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 300));
    process.kill(first.pid, 'SIGKILL');
    await first.exited;
    ntfy.respond.hang = false;
    const second = await startServerProcess({ ...FAST, NOTIFICATION_TIMEOUT_MS: '3000', ...env });
    cleanups.push(() => second.stop());
    await ntfy.waitFor(1, 30_000);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(ntfy.requests).toHaveLength(1);
  });

  it("sends once, after the restart, a run's notification that a crash left as an event not yet split", async () => {
    const ntfy = await receiver();
    const databaseFile = `${makeTempDir()}/dupligraph.db`;
    const env = { ...testStorageEnv(databaseFile), ADMIN_TOKEN: TEST_ADMIN_TOKEN };
    const first = await startServerProcess({ ...FAST, ...env });
    cleanups.push(() => first.stop('SIGKILL'));
    await graphqlAt(first.url, 'mutation($i: SetNtfySettingsInput!) { setNtfySettings(input: $i) { __typename } }', {
      i: { url: ntfy.url, topic: 'left-waiting' },
    });
    await first.stop();
    // What a process that died right after the run's commit leaves behind: the run and its event, nothing split yet.
    const database = await openDatabase(testDatabaseUrl(databaseFile));
    try {
      const settings = await readNotificationSettings(database.prisma);
      const outcome = await ingestReport(database.prisma, failedRun(new Date('2025-01-15T02:00:00Z')), {
        timeZone: 'UTC',
        now: () => new Date(),
        events: { publish: () => {} },
        limits: DEFAULT_REPORT_LIMITS,
        notifications: { settings: async () => settings, enqueued: () => {}, reportStored: () => {} },
      });
      expect(outcome.kind).toBe('stored');
      expect(await database.prisma.notificationEvent.count()).toBe(1);
      expect(await database.prisma.notificationDelivery.count()).toBe(0);
    } finally {
      await database.close();
    }

    const second = await startServerProcess({ ...FAST, ...env });
    cleanups.push(() => second.stop());
    const [request] = await ntfy.waitFor(1, 30_000);
    expect(new URL(request!.url, ntfy.url).pathname).toBe('/left-waiting');
    expect(request!.body).toContain('Documents');
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(ntfy.requests).toHaveLength(1);
  });
});

async function graphqlAt(url: string, query: string, variables: Record<string, unknown>) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...adminHeaders },
    body: JSON.stringify({ query, variables }),
  });
  const json = (await response.json()) as { errors?: unknown };
  expect(json.errors).toBeUndefined();
}
