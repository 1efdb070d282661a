/**
 * Subscribers of the same operation, variables and access share one execution per event
 * (src/graphql/plugins/shared-subscription-execution.ts) and, over graphql-ws, one serialisation
 * (src/http/shared-next-messages.ts). These tests hold it to two things: every subscriber gets
 * exactly the bytes it got when each one executed its own operation, and the executions really
 * are shared (counted in /metrics).
 *
 * The per-subscriber answer is taken in the same run, from the same events: an operation whose
 * root field carries a directive is outside the shape the sharing accepts, so `@include(if: true)`
 * on the root field gives the same selection executed once per subscriber, as before.
 */
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readEventStream } from '../support/event-stream.ts';
import { eventually, wsUrl } from '../support/live-client.ts';
import { parsePrometheusText } from '../support/prometheus-text.ts';
import { buildDuplicatiReport } from '../support/report-builder.ts';
import { adminHeaders, startTestServer, TEST_ADMIN_TOKEN } from '../support/test-server.ts';
import type { TestServer } from '../support/test-server.ts';

const READ_TOKEN = 'test-read-token-0123456789abcdef';
const SERVER_ID = 'eeee0000000000000000000000000001';

/**
 * Snapshot fields, late-read rows, a field only the admin may read (Server.collect: null with an
 * error for the read token), a part chosen by a variable, and the root field's own arguments.
 */
const fields = (rootDirective: string) => /* GraphQL */ `
  subscription Shared($serverId: ID, $after: String, $withJob: Boolean!) {
    backupReceived(serverId: $serverId, after: $after) ${rootDirective} {
      cursor
      receivedAt
      backupId
      status
      startedAt
      serverGlobalId
      backup { id backupName status durationSeconds uploadedSize warnings errors }
      server { id serverId name collect { __typename } }
      job @include(if: $withJob) { backupName }
    }
  }`;
const SHARED = fields('');
const PER_SUBSCRIBER = fields('@include(if: true)');

let server: TestServer;
let runHour = 0;

beforeAll(async () => {
  server = await startTestServer({ env: { READ_TOKEN } });
});
afterAll(() => server.stop());

function nextReport() {
  runHour += 1;
  return buildDuplicatiReport({
    serverId: SERVER_ID,
    serverName: 'shared-a',
    backupName: 'Docs',
    beginTime: new Date(Date.UTC(2025, 2, 1) + runHour * 3_600_000),
    warnings: runHour % 2,
  });
}

async function uploadReport(): Promise<void> {
  const response = await server.upload(nextReport());
  expect(response.status).toBe(200);
}

interface Subscriber {
  /** The payload of each event, as the bytes (text) the server sent. */
  payloads: string[];
  waitFor(count: number): Promise<string[]>;
  close(): void;
}

function collector(): { payloads: string[]; waitFor: (count: number) => Promise<string[]> } {
  const payloads: string[] = [];
  return {
    payloads,
    async waitFor(count) {
      await eventually(
        () => payloads.length >= count,
        () => `${payloads.length} of ${count} events: ${payloads.join('\n')}`,
        15_000,
      );
      return payloads.slice();
    },
  };
}

/** graphql-transport-ws spoken directly, so the test sees each `next` message's text. */
async function wsSubscriber(token: string, query: string, variables: Record<string, unknown>): Promise<Subscriber> {
  const socket = new WebSocket(wsUrl(server.url), 'graphql-transport-ws');
  const received = collector();
  const id = `op-${Math.random().toString(36).slice(2)}`;
  const prefix = `{"id":${JSON.stringify(id)},"type":"next","payload":`;
  await new Promise<void>((resolve, reject) => {
    socket.once('error', reject);
    socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: { token } })));
    socket.on('message', (data: WebSocket.RawData) => {
      const text = data.toString();
      const message = JSON.parse(text) as { type: string };
      if (message.type === 'connection_ack') {
        socket.send(JSON.stringify({ id, type: 'subscribe', payload: { query, variables } }));
        resolve();
      } else if (message.type === 'next') {
        received.payloads.push(text.startsWith(prefix) && text.endsWith('}') ? text.slice(prefix.length, -1) : `unexpected ${text}`);
      } else if (message.type !== 'ping' && message.type !== 'pong') {
        received.payloads.push(`unexpected ${text}`);
      }
    });
  });
  return { ...received, close: () => socket.close(1000) };
}

/** An event stream on /graphql; each event's `data:` text. */
async function sseSubscriber(token: string, query: string, variables: Record<string, unknown>): Promise<Subscriber> {
  const controller = new AbortController();
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'text/event-stream', Authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
    signal: controller.signal,
  });
  expect(response.status).toBe(200);
  const received = collector();
  void readEventStream(response, (event) => {
    if (event.event === 'next') received.payloads.push(event.data);
  });
  return { ...received, close: () => controller.abort() };
}

async function waitForSubscriptions(count: number): Promise<void> {
  await eventually(
    () => server.app.subscriptionCount() === count,
    () => `subscriptions: ${server.app.subscriptionCount()}, wanted ${count}`,
    10_000,
  );
}

async function executions(): Promise<{ shared: number; perSubscriber: number }> {
  const response = await fetch(`${server.url}/metrics`, { headers: adminHeaders });
  expect(response.status).toBe(200);
  const family = parsePrometheusText(await response.text()).get('dupligraph_subscription_executions_total');
  const count = (mode: string) => family?.samples.find((sample) => sample.labels.mode === mode)?.value ?? 0;
  return { shared: count('shared'), perSubscriber: count('per_subscriber') };
}

describe('subscribers asking the same thing', () => {
  it('get the bytes per-subscriber execution gives them, over graphql-ws and SSE, for each token and variables', async () => {
    const admin = { serverId: SERVER_ID, withJob: true };
    const adminWithoutJob = { serverId: SERVER_ID, withJob: false };
    const subscribers = {
      adminShared: [
        await wsSubscriber(TEST_ADMIN_TOKEN, SHARED, admin),
        await wsSubscriber(TEST_ADMIN_TOKEN, SHARED, admin),
        await wsSubscriber(TEST_ADMIN_TOKEN, SHARED, { ...admin, serverId: null }),
      ],
      adminOwn: [await wsSubscriber(TEST_ADMIN_TOKEN, PER_SUBSCRIBER, admin)],
      adminSseShared: [await sseSubscriber(TEST_ADMIN_TOKEN, SHARED, admin), await sseSubscriber(TEST_ADMIN_TOKEN, SHARED, admin)],
      adminSseOwn: [await sseSubscriber(TEST_ADMIN_TOKEN, PER_SUBSCRIBER, admin)],
      withoutJobShared: [await wsSubscriber(TEST_ADMIN_TOKEN, SHARED, adminWithoutJob)],
      withoutJobOwn: [await wsSubscriber(TEST_ADMIN_TOKEN, PER_SUBSCRIBER, adminWithoutJob)],
      readShared: [await wsSubscriber(READ_TOKEN, SHARED, admin), await wsSubscriber(READ_TOKEN, SHARED, admin)],
      readOwn: [await wsSubscriber(READ_TOKEN, PER_SUBSCRIBER, admin)],
      readSseShared: [await sseSubscriber(READ_TOKEN, SHARED, admin)],
      readSseOwn: [await sseSubscriber(READ_TOKEN, PER_SUBSCRIBER, admin)],
    };
    const all = Object.values(subscribers).flat();
    try {
      await waitForSubscriptions(all.length);
      const events = 3;
      for (let i = 0; i < events; i++) await uploadReport();
      const received = new Map<Subscriber, string[]>();
      for (const subscriber of all) received.set(subscriber, await subscriber.waitFor(events));
      // Nothing more arrives: one message per event, none twice.
      await uploadReport();
      for (const subscriber of all) expect((await subscriber.waitFor(events + 1)).length).toBe(events + 1);

      const of = (group: Subscriber[]) => group.map((subscriber) => received.get(subscriber)!);
      const own = (group: Subscriber[]) => received.get(group[0]!)!;
      for (const [shared, perSubscriber] of [
        [subscribers.adminShared, subscribers.adminOwn],
        [subscribers.adminSseShared, subscribers.adminSseOwn],
        [subscribers.withoutJobShared, subscribers.withoutJobOwn],
        [subscribers.readShared, subscribers.readOwn],
        [subscribers.readSseShared, subscribers.readSseOwn],
      ] as const) {
        for (const payloads of of(shared)) expect(payloads).toEqual(own(perSubscriber));
      }

      // The answers do differ where they should, so the comparison above compares something.
      const [adminEvent, readEvent, withoutJobEvent] = [
        own(subscribers.adminOwn),
        own(subscribers.readOwn),
        own(subscribers.withoutJobOwn),
      ].map((payloads) => JSON.parse(payloads[0]!));
      expect(adminEvent.errors).toBeUndefined();
      expect(adminEvent.data.backupReceived.job).toEqual({ backupName: 'Docs' });
      expect(readEvent.data.backupReceived.server.collect).toBeNull();
      expect(readEvent.errors).toEqual([expect.objectContaining({ path: ['backupReceived', 'server', 'collect'] })]);
      expect(withoutJobEvent.data.backupReceived).not.toHaveProperty('job');
      // Every event in order, each its own: the cursors only grow.
      const cursors = own(subscribers.adminOwn).map((payload) => JSON.parse(payload).data.backupReceived.cursor as string);
      expect(new Set(cursors).size).toBe(events);
      // And SSE carries the same answers as graphql-ws.
      expect(own(subscribers.adminSseOwn).map((payload) => JSON.parse(payload))).toEqual(
        own(subscribers.adminOwn).map((payload) => JSON.parse(payload)),
      );
    } finally {
      for (const subscriber of all) subscriber.close();
    }
    await waitForSubscriptions(0);
  });

  it('are executed once per event for each operation, variables and access, and once each where that cannot be shared', async () => {
    const admin = { serverId: SERVER_ID, withJob: true };
    const first = await wsSubscriber(TEST_ADMIN_TOKEN, SHARED, admin);
    await waitForSubscriptions(1);
    await uploadReport();
    const cursor = JSON.parse((await first.waitFor(1))[0]!).data.backupReceived.cursor as string;

    const subscribers = [
      first,
      // One execution: same operation, same access, same selection variables. The filter and the
      // cursor are the root field's arguments: they choose events, not what an event reads.
      await wsSubscriber(TEST_ADMIN_TOKEN, SHARED, admin),
      await wsSubscriber(TEST_ADMIN_TOKEN, SHARED, { ...admin, serverId: null }),
      await wsSubscriber(TEST_ADMIN_TOKEN, SHARED, { ...admin, after: cursor }),
      await sseSubscriber(TEST_ADMIN_TOKEN, SHARED, admin),
      // A second: another selection variable.
      await wsSubscriber(TEST_ADMIN_TOKEN, SHARED, { ...admin, withJob: false }),
      await wsSubscriber(TEST_ADMIN_TOKEN, SHARED, { ...admin, withJob: false }),
      // A third: the read token.
      await wsSubscriber(READ_TOKEN, SHARED, admin),
      await sseSubscriber(READ_TOKEN, SHARED, admin),
      // Not shareable: one execution each.
      await wsSubscriber(TEST_ADMIN_TOKEN, PER_SUBSCRIBER, admin),
      await wsSubscriber(TEST_ADMIN_TOKEN, PER_SUBSCRIBER, admin),
    ];
    try {
      await waitForSubscriptions(subscribers.length);
      const before = await executions();
      const events = 2;
      for (let i = 0; i < events; i++) await uploadReport();
      for (const subscriber of subscribers) {
        const alreadyHad = subscriber === first ? 1 : 0;
        expect((await subscriber.waitFor(alreadyHad + events)).length).toBe(alreadyHad + events);
      }
      const after = await executions();
      expect({ shared: after.shared - before.shared, perSubscriber: after.perSubscriber - before.perSubscriber }).toEqual({
        shared: 3 * events,
        perSubscriber: 2 * events,
      });
    } finally {
      for (const subscriber of subscribers) subscriber.close();
    }
    await waitForSubscriptions(0);
  });
});
