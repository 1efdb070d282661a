import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDuplicatiReport } from '../support/report-builder.ts';
import type { DuplicatiReportBody } from '../support/report-builder.ts';
import { buildRetentionHeavyReport } from '../support/retention-heavy-report.ts';
import { startServerProcess } from '../support/server-process.ts';
import type { ServerProcess } from '../support/server-process.ts';
import { openRawWsSubscriber } from '../support/stoppable-subscribers.ts';
import { testStorageEnv } from '../support/test-database.ts';
import { makeTempDir, TEST_ADMIN_TOKEN } from '../support/test-server.ts';

/**
 * Every class of hostile input from the hardening issue, thrown at ONE server process while good
 * reports keep arriving. The focused suites (hostile-http, hostile-reports, amplification,
 * slow-subscribers) hold the detailed cases; this one proves they are survivable together: the
 * same pid answers /health afterwards, stores a good report, and lost no acknowledged report.
 */
describe('one server process against every class of hostile input', () => {
  let server: ServerProcess;
  const acknowledged: string[] = [];
  let machineNumber = 0;

  beforeAll(async () => {
    server = await startServerProcess({
      ...testStorageEnv(path.join(makeTempDir(), 'hostile.db')),
      ADMIN_TOKEN: TEST_ADMIN_TOKEN,
      SUBSCRIPTION_MAX_PENDING_EVENTS: '50',
    });
  }, 60_000);
  afterAll(() => server?.stop());

  const post = (pathname: string, body: string, headers: Record<string, string> = {}) =>
    fetch(`${server.url}${pathname}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body });
  const graphql = async (query: string, variables?: unknown, headers: Record<string, string> = {}) => {
    const response = await post('/graphql', JSON.stringify({ query, variables }), headers);
    return { status: response.status, body: (await response.json()) as { data?: any; errors?: { message: string }[] } };
  };
  // The GraphQL-over-HTTP media type: a request that cannot run is a 4xx, not a 200 with errors.
  const strict = { Accept: 'application/graphql-response+json' };

  /** A good report from a fresh machine; remembered once the server acknowledges it. */
  async function uploadGood(logLines = 20): Promise<number> {
    const n = machineNumber++;
    const serverId = `feed${String(n).padStart(28, '0')}`;
    const response = await post('/api/upload', JSON.stringify(buildDuplicatiReport({ serverId, serverName: `good-${n}`, logLines })));
    if (response.status === 200) acknowledged.push(serverId);
    return response.status;
  }

  const uploadBad = async (report: DuplicatiReportBody | string) => {
    const response = await post('/api/upload', typeof report === 'string' ? report : JSON.stringify(report));
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  function rawStatus(request: string): Promise<number> {
    const { hostname, port } = new URL(server.url);
    return new Promise((resolve, reject) => {
      const socket = net.connect(Number(port), hostname, () => socket.write(request));
      let received = '';
      socket.setEncoding('latin1');
      socket.on('data', (chunk) => (received += chunk));
      socket.on('error', reject);
      socket.on('close', () => resolve(Number(/^HTTP\/1\.[01] (\d{3})/.exec(received)?.[1] ?? 0)));
      socket.setTimeout(10_000, () => socket.destroy(new Error(`no answer to ${request.split('\r\n')[0]}`)));
    });
  }

  it('answers malformed request targets with 400 (class 1)', async () => {
    expect(await rawStatus('GET //[ HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n')).toBe(400);
    expect(await rawStatus('GET http://localhost:99999/health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n')).toBe(400);
  });

  it('drops a subscriber that stops reading while reports arrive, and keeps storing (class 2)', async () => {
    const stopped = await openRawWsSubscriber(server.url, ['subscription { backupReceived { backup { logLines } server { name } } }']);
    stopped.stopReading();
    const statuses: number[] = [];
    for (let i = 0; i < 250; i++) statuses.push(await uploadGood(500));
    expect(statuses.every((status) => status === 200)).toBe(true);
    stopped.startReading();
    const closed = await Promise.race([stopped.closed, new Promise<null>((resolve) => setTimeout(() => resolve(null), 15_000))]);
    stopped.terminate();
    expect(closed?.code).toBe(4008);
  });

  it('refuses queries whose answer would be amplified past the limits (class 3)', async () => {
    const ids = Array.from({ length: 500 }, () => 'U2VydmVyOjA=');
    const amplified = await graphql(
      'query($ids: [ID!]!) { nodes(ids: $ids) { ... on Server { backups(first: 50) { edges { node { logLines } } } } } }',
      { ids },
      strict,
    );
    expect(amplified.status).toBe(400);
    const unbounded = await graphql(
      '{ backupJobs(first: 1) { edges { node { history(bucket: RUN, last: 100000) { start } } } } }',
      undefined,
      strict,
    );
    expect(unbounded.status).toBe(400);
    expect(unbounded.body.errors?.[0]?.message).toMatch(/MAX_PAGE_SIZE/);
  });

  it('refuses report fields no Duplicati sends, naming the field (class 4)', async () => {
    const huge = await uploadBad(buildDuplicatiReport({ serverName: 'x'.repeat(1_000_000) }));
    expect(huge.status).toBe(400);
    expect(JSON.stringify(huge.body)).toContain('machine-name');
    const objectId = buildDuplicatiReport();
    (objectId.Extra as Record<string, unknown>)['machine-id'] = { nested: true };
    expect((await uploadBad(objectId)).status).toBe(400);
    const fractional = await uploadBad(buildDuplicatiReport({ data: { ExaminedFiles: 12.7 } }));
    expect(fractional.body.invalidFields).toEqual(['Data.ExaminedFiles']);
    expect((await uploadBad(buildDuplicatiReport({ beginTime: '2025-02-30T02:00:00Z' }))).status).toBe(400);
  });

  it('parses a retention-heavy report without blocking for long (class 5)', async () => {
    const heavy = buildRetentionHeavyReport(3_500_000);
    const response = await post('/api/upload', heavy.text);
    expect(response.status).toBe(200);
    const health = await fetch(`${server.url}/health`);
    expect(health.status).toBe(200);
  });

  it('refuses a run dated far in the future (class 6)', async () => {
    const future = await uploadBad(buildDuplicatiReport({ serverId: 'f'.repeat(32), beginTime: '9999-12-31T00:00:00Z' }));
    expect(future.status).toBe(400);
    expect(future.body).toHaveProperty('maxFutureSeconds');
  });

  it('answers client mistakes with 4xx, never internals (class 7)', async () => {
    const garbage = await graphql('{ node(id: "not-a-global-id") { id } }');
    expect(garbage.body.data).toEqual({ node: null });
    const surrogate = await uploadBad('{"Data":{},"Extra":{"machine-id":"\\ud800"},"LogLines":[]}');
    expect(surrogate.status).toBe(400);
    const deep = await uploadBad(`${'['.repeat(100_000)}${']'.repeat(100_000)}`);
    expect(deep.status).toBe(400);
    expect(JSON.stringify(deep.body)).not.toMatch(/\n\s+at |node_modules/);
  });

  it('takes the admin token from the Authorization header only (class 8)', async () => {
    const viaQuery = await post(
      `/graphql?token=${TEST_ADMIN_TOKEN}`,
      JSON.stringify({ query: 'mutation { checkOverdueNow { __typename } }' }),
    );
    const body = (await viaQuery.json()) as { errors?: unknown[] };
    expect(body.errors?.length).toBeGreaterThan(0);
  });

  it('answers the small careless cases clearly (class 9)', async () => {
    expect((await fetch(`${server.url}/health`, { method: 'POST' })).status).toBe(405);
    const typenames = await graphql(`{ ${'__typename '.repeat(1000)} }`, undefined, strict);
    expect(typenames.status).toBe(400);
    expect(typenames.body.errors?.[0]?.message).not.toBe('Validation aborted.');
  });

  it('is still the same process: answers /health, stores a good report, and lost no acknowledged one', async () => {
    expect(server.listens()).toBe(true);
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
    expect(await uploadGood()).toBe(200);
    const stored = new Set<string>();
    let after: string | null = null;
    for (;;) {
      const page = await graphql(
        'query($after: String) { servers(first: 500, after: $after) { pageInfo { hasNextPage endCursor } edges { node { serverId } } } }',
        { after },
      );
      for (const edge of page.body.data.servers.edges) stored.add(edge.node.serverId);
      if (!page.body.data.servers.pageInfo.hasNextPage) break;
      after = page.body.data.servers.pageInfo.endCursor;
    }
    expect(acknowledged.filter((serverId) => !stored.has(serverId))).toEqual([]);
    expect(server.child.exitCode).toBeNull();
  });
});
