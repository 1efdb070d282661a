import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { startHttpReceiver } from '../support/notification-receivers.ts';
import type { HttpReceiver } from '../support/notification-receivers.ts';
import { buildDuplicatiReport } from '../support/report-builder.ts';
import { startTestServer } from '../support/test-server.ts';
import type { TestServer } from '../support/test-server.ts';

/** Fast retries and polls, and a short send timeout so a hung attempt ends within the test. */
const FAST = {
  NOTIFICATION_POLL_INTERVAL_MS: '100',
  NOTIFICATION_RETRY_BASE_MS: '50',
  NOTIFICATION_RETRY_MAX_MS: '200',
  NOTIFICATION_MAX_ATTEMPTS: '1000',
  NOTIFICATION_TIMEOUT_MS: '1500',
};

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function server(): Promise<TestServer> {
  const started = await startTestServer({ env: FAST });
  cleanups.push(() => started.stop());
  return started;
}

async function receiver(): Promise<HttpReceiver> {
  const started = await startHttpReceiver();
  cleanups.push(() => started.close());
  return started;
}

async function ok(s: TestServer, query: string, variables?: Record<string, unknown>) {
  const response = await s.graphql(query, variables);
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  return response.data;
}

async function useNtfy(s: TestServer, ntfy: HttpReceiver, topic = 'text-at-send') {
  await ok(s, 'mutation($i: SetNtfySettingsInput!) { setNtfySettings(input: $i) { __typename } }', { i: { url: ntfy.url, topic } });
}

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
    const s = await server();
    await useNtfy(s, ntfy);
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
});
