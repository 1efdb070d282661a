import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { DOUBLE_MACHINE_ID, logRowOf, startDuplicatiDouble } from '../support/duplicati-double.ts';
import type { DuplicatiDouble } from '../support/duplicati-double.ts';
import { startHttpReceiver } from '../support/notification-receivers.ts';
import type { HttpReceiver, ReceivedRequest } from '../support/notification-receivers.ts';
import { buildDuplicatiReport } from '../support/report-builder.ts';
import { startTestServer } from '../support/test-server.ts';
import type { TestServer } from '../support/test-server.ts';

const FAST = { NOTIFICATION_POLL_INTERVAL_MS: '100', NOTIFICATION_RETRY_BASE_MS: '50', NOTIFICATION_RETRY_MAX_MS: '400' };
const SERVER_ID = '0123456789abcdef0123456789abcdef';

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

async function ok(target: TestServer, query: string, variables?: Record<string, unknown>) {
  const response = await target.graphql(query, variables);
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  return response.data;
}

async function useNtfy(target: TestServer, ntfy: HttpReceiver, topic = 'alerts') {
  await ok(target, 'mutation($i: SetNtfySettingsInput!) { setNtfySettings(input: $i) { __typename } }', { i: { url: ntfy.url, topic } });
}

const title = (request: ReceivedRequest) => new URL(request.url, 'http://receiver').searchParams.get('title');
const settle = () => new Promise((resolve) => setTimeout(resolve, 800));

const failedRun = (begin: Date, backupName = 'Documents') =>
  buildDuplicatiReport({ backupName, beginTime: begin, errors: 2, parsedResult: 'Error' });

describe('notification content, end to end', () => {
  it('renders the deprecated placeholders of a stored custom template as their replacements, and lists that template', async () => {
    const ntfy = await receiver();
    const s = await server();
    await useNtfy(s, ntfy);
    await ok(s, 'mutation($i: SetNotificationTemplateInput!) { setNotificationTemplate(input: $i) { __typename } }', {
      i: {
        kind: 'WARNING',
        title: '{machine_name}: {backup_name}',
        message: 'Machine {machine_name} ({machine_id}) interval [{backup_interval_type}] {{status}}',
        priority: 'high',
      },
    });
    expect((await s.upload(failedRun(new Date('2025-01-15T02:00:00Z')))).status).toBe(200);
    const [request] = await ntfy.waitFor(1);
    expect(title(request!)).toBe('test-host: Documents');
    expect(request!.body).toBe(`Machine test-host (${SERVER_ID}) interval [] {status}`);

    const data = await ok(s, '{ notificationSettings { deprecatedPlaceholderUses { kind placeholders { name replacement } } } }');
    expect(data.notificationSettings.deprecatedPlaceholderUses).toEqual([
      {
        kind: 'WARNING',
        placeholders: [
          { name: 'machine_name', replacement: 'server_name' },
          { name: 'machine_id', replacement: 'server_id' },
          { name: 'backup_interval_type', replacement: null },
        ],
      },
    ]);
  });

  it('previews a template against a stored run and a job, per channel and cut to each limit; bad input gets a clear error', async () => {
    const s = await server();
    expect((await s.upload(failedRun(new Date('2025-01-15T02:00:00Z')))).status).toBe(200);
    const ids = await ok(s, '{ servers(first: 1) { nodes { backupJobs { id latestBackup { id } } } } }');
    const job = ids.servers.nodes[0].backupJobs[0];
    const PREVIEW = `query($i: NotificationTemplatePreviewInput!) { notificationTemplatePreview(input: $i) {
      __typename
      ... on NotificationTemplatePreview { kind title deprecatedPlaceholders channels { channel title message priority tags truncated } }
      ... on InvalidInputError { field message }
      ... on NotFoundError { message } } }`;

    const long = 'x'.repeat(5000);
    const given = await ok(s, PREVIEW, {
      i: {
        kind: 'WARNING',
        backupId: job.latestBackup.id,
        template: { title: '{machine_name} {status}', message: `{backup_name} ${long}` },
      },
    });
    const preview = given.notificationTemplatePreview;
    expect(preview.deprecatedPlaceholders).toEqual(['machine_name']);
    const byChannel = Object.fromEntries(preview.channels.map((c: any) => [c.channel, c]));
    expect(Object.keys(byChannel)).toEqual(['NTFY', 'EMAIL', 'GOTIFY', 'APPRISE']);
    expect(byChannel.NTFY).toMatchObject({ title: 'test-host Error', truncated: true, priority: 'default' });
    expect(Buffer.byteLength(byChannel.NTFY.message)).toBeLessThanOrEqual(4096);
    expect(byChannel.NTFY.message).toMatch(/^Documents x+… \[truncated: \d+ bytes omitted\]$/);
    expect(byChannel.GOTIFY).toMatchObject({ message: `Documents ${long}`, truncated: false });

    const stored = await ok(s, PREVIEW, { i: { kind: 'OVERDUE_BACKUP', jobId: job.id } });
    expect(stored.notificationTemplatePreview.channels[0]).toMatchObject({
      title: '🕑 Overdue - Documents @ test-host',
      message: expect.stringContaining('Expected interval: 1D'),
      truncated: false,
    });

    const missing = await ok(s, PREVIEW, { i: { kind: 'SUCCESS', jobId: job.id } });
    expect(missing.notificationTemplatePreview).toMatchObject({ __typename: 'InvalidInputError', field: 'input.backupId' });
    const badPriority = await ok(s, PREVIEW, {
      i: { kind: 'SUCCESS', backupId: job.latestBackup.id, template: { title: 't', message: 'm', priority: 'loud' } },
    });
    expect(badPriority.notificationTemplatePreview).toMatchObject({ __typename: 'InvalidInputError', field: 'input.template.priority' });
    const gone = await ok(s, PREVIEW, { i: { kind: 'SUCCESS', backupId: Buffer.from('Backup:no-such-run').toString('base64') } });
    expect(gone.notificationTemplatePreview).toMatchObject({ __typename: 'NotFoundError', message: 'No stored run with id no-such-run' });
  });
});

describe('the overdue digest', () => {
  async function overdueCheck(threshold: number | null) {
    const ntfy = await receiver();
    const clock = { now: new Date('2025-01-05T14:10:00Z') };
    const s = await server({ now: () => clock.now });
    await useNtfy(s, ntfy);
    if (threshold !== null) {
      await ok(s, 'mutation($i: SetNotificationOptionsInput!) { setNotificationOptions(input: $i) { __typename } }', {
        i: { overdueDigestThreshold: threshold },
      });
    }
    for (const name of ['Alpha', 'Beta', 'Gamma']) {
      // Successful runs notify nobody at the default level, so every request below is an overdue one.
      expect((await s.upload(buildDuplicatiReport({ backupName: name, beginTime: new Date('2025-01-05T14:00:00Z') }))).status).toBe(200);
    }
    clock.now = new Date('2025-01-07T00:00:00Z');
    const result = await s.app.checkOverdue();
    expect(result.statistics).toMatchObject({ overdueBackupsFound: 3, alertsRaised: 3 });
    return { s, ntfy };
  }

  it('sends one digest per destination when one check finds more overdue jobs than the threshold', async () => {
    const { s, ntfy } = await overdueCheck(2);
    const [digest] = await ntfy.waitFor(1);
    await settle();
    expect(ntfy.requests).toHaveLength(1);
    expect(title(digest!)).toBe('🕑 3 backups overdue');
    for (const name of ['Alpha', 'Beta', 'Gamma']) expect(digest!.body).toContain(`- ${name} @ test-host: last backup`);
    const outbox = await ok(s, '{ notificationDeliveries(first: 5) { totalCount nodes { event status } } }');
    expect(outbox.notificationDeliveries).toEqual({ totalCount: 1, nodes: [{ event: 'OVERDUE', status: 'DELIVERED' }] });
  });

  it('sends each overdue notification on its own up to the threshold', async () => {
    const { ntfy } = await overdueCheck(null);
    await ntfy.waitFor(3);
    await settle();
    expect(ntfy.requests.map(title).sort()).toEqual([
      '🕑 Overdue - Alpha @ test-host',
      '🕑 Overdue - Beta @ test-host',
      '🕑 Overdue - Gamma @ test-host',
    ]);
  });
});

describe('collected history', () => {
  it('notifies nothing for collected runs older than the latest, and exactly once for a newer one', async () => {
    const PASSWORD = 'duplicati-web-password-7f3a';
    const run = (day: number) =>
      buildDuplicatiReport({
        serverId: DOUBLE_MACHINE_ID,
        serverName: 'nas',
        backupName: 'Documents',
        backupId: 'DB-1',
        beginTime: new Date(Date.UTC(2025, 0, day, 2, 0, 0)),
        errors: 1,
        parsedResult: 'Error',
      });
    const double: DuplicatiDouble = await startDuplicatiDouble({
      password: PASSWORD,
      backups: [{ id: '1', name: 'Documents', log: [1, 2, 3, 4].map((day) => logRowOf(run(day))) }],
    });
    cleanups.push(() => double.stop());
    const ntfy = await receiver();
    const s = await server();
    await useNtfy(s, ntfy);
    expect((await s.upload(run(5))).status).toBe(200);
    await ntfy.waitFor(1);

    const COLLECT = `mutation($i: CollectBackupsInput!) { collectBackups(input: $i) { ... on CollectBackupsPayload { processed } ... on Error { message } } }`;
    const input = { i: { address: double.hostPort, password: PASSWORD, trustSelfSigned: true } };
    expect((await ok(s, COLLECT, input)).collectBackups).toEqual({ processed: 4 });
    await settle();
    expect(ntfy.requests).toHaveLength(1);

    double.backups[0]!.log.push(logRowOf(run(6)));
    expect((await ok(s, COLLECT, input)).collectBackups).toEqual({ processed: 1 });
    await ntfy.waitFor(2);
    await settle();
    expect(ntfy.requests).toHaveLength(2);
    expect(title(ntfy.requests[1]!)).toBe('⚠️ Error - Documents @ nas');
    expect(ntfy.requests[1]!.body).toContain('06/01/2025');
  });
});

async function waitUntil(check: () => boolean, what: string, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const LOG = ['2025-01-15 02:00:01 - [Information-Duplicati]: the first line of this run', 'the second line of this run'];

/** A warning run whose {log_text} is its log: no warning or error lines of its own. */
const warningRun = (backupName = 'Documents') =>
  buildDuplicatiReport({ backupName, beginTime: new Date('2025-01-15T02:00:00Z'), parsedResult: 'Warning', logLines: LOG });

describe('a run notification rendered when it is sent', () => {
  it('is written without its text, rendered at its first send from the run and its log, and sends that same text on every retry', async () => {
    const ntfy = await receiver();
    ntfy.respond.hang = true;
    const s = await server({ env: { NOTIFICATION_MAX_ATTEMPTS: '1000', NOTIFICATION_TIMEOUT_MS: '1500' } });
    await useNtfy(s, ntfy, 'text-at-send');
    expect((await s.upload(warningRun())).status).toBe(200);
    await waitUntil(() => ntfy.received.length === 1, 'the first attempt reached ntfy');
    const first = ntfy.received[0]!;
    expect(first.body).toContain('the first line of this run');
    expect(first.body).toContain('the second line of this run');

    // The upload wrote the event alone (no rendered text, not the log: the run holds that).
    const stored = await s.app.database.prisma.notificationDelivery.findFirstOrThrow();
    expect(stored).toMatchObject({ status: 'PENDING', title: '', body: '' });
    expect(JSON.parse(stored.eventJson!)).toMatchObject({ kind: 'BACKUP_WARNING', job: { name: 'Documents' } });
    expect(stored.eventJson).not.toContain('the first line of this run');
    // The API shows the text it is sent with meanwhile.
    const pending = (await ok(s, '{ notificationDeliveries(first: 1) { nodes { status title body } } }')).notificationDeliveries.nodes[0];
    expect(pending).toEqual({ status: 'PENDING', title: new URL(first.url, ntfy.url).searchParams.get('title'), body: first.body });

    // The hung attempt times out and is recorded with the text it sent; a template changed since does not change it.
    await ok(s, 'mutation($i: SetNotificationTemplateInput!) { setNotificationTemplate(input: $i) { __typename } }', {
      i: { kind: 'WARNING', title: 'changed {backup_name}', message: 'changed text' },
    });
    ntfy.respond.hang = false;
    ntfy.respond.status = 503;
    await waitUntil(() => ntfy.received.length >= 2, 'a retry reached ntfy');
    ntfy.respond.status = 200;
    const [delivered] = await ntfy.waitFor(1);
    expect(delivered!.body).toBe(first.body);
    expect(delivered!.url).toBe(first.url);
    expect(delivered!.headers['x-sequence-id']).toBe(first.headers['x-sequence-id']);
    const row = await s.app.database.prisma.notificationDelivery.findFirstOrThrow();
    expect(row.eventJson).toBeNull();
    expect(row.body).toBe(first.body);

    // A run uploaded after the change is rendered with the new template.
    expect((await s.upload(warningRun('Photos'))).status).toBe(200);
    const [, second] = await ntfy.waitFor(2);
    expect(second!.body).toBe('changed text');
  });

  it('gives up on a row whose stored event cannot be read, alone: the other notifications are sent', async () => {
    const ntfy = await receiver();
    const s = await server();
    await useNtfy(s, ntfy, 'broken');
    await s.app.database.prisma.notificationDelivery.create({
      data: {
        messageId: randomUUID(),
        event: 'BACKUP_FAILED',
        channel: 'NTFY',
        destination: 'broken',
        orderKey: 'NTFY|broken|999',
        body: '',
        nextAttemptAt: '1970-01-01T00:00:00.000Z',
        createdAt: new Date().toISOString(),
        eventJson: '{"kind": "BACKUP_FAILED", cut short',
      },
    });
    expect((await s.upload(warningRun())).status).toBe(200);
    const [sent] = await ntfy.waitFor(1);
    expect(sent!.body).toContain('the first line of this run');
    const dead = async () =>
      (await ok(s, '{ notificationDeliveries(first: 5, status: DEAD) { nodes { attempts lastError } } }')).notificationDeliveries.nodes;
    await expect
      .poll(dead, { timeout: 10_000 })
      .toEqual([{ attempts: 1, lastError: expect.stringContaining('its stored event could not be rendered') }]);
    expect(ntfy.received).toHaveLength(1);
  });

  it("shows a page of rows that wait for their first send as they will be sent, with one read of their runs' logs", async () => {
    const ntfy = await receiver();
    ntfy.respond.hang = true;
    const statements: string[] = [];
    const s = await server({ env: { NOTIFICATION_TIMEOUT_MS: '20000' }, onQuery: (sql) => statements.push(sql) });
    await useNtfy(s, ntfy, 'page');
    const jobs = ['Documents', 'Photos', 'Music', 'Mail', 'Code'];
    for (const job of jobs) expect((await s.upload(warningRun(job))).status).toBe(200);
    await waitUntil(() => ntfy.received.length === jobs.length, 'every first attempt reached ntfy');
    statements.length = 0;
    const page = (await ok(s, '{ notificationDeliveries(first: 10) { nodes { status title body } } }')).notificationDeliveries.nodes;
    expect(page).toHaveLength(jobs.length);
    for (const row of page) {
      const sent = ntfy.received.find((request) => new URL(request.url, ntfy.url).searchParams.get('title') === row.title);
      expect(row).toEqual({ status: 'PENDING', title: expect.any(String), body: sent!.body });
    }
    expect(statements.filter((sql) => /^\s*SELECT/i.test(sql) && /messages_array/i.test(sql))).toHaveLength(1);
  });
});
