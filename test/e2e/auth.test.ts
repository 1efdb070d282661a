import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { capturedLogger } from '../support/captured-logger.ts';
import { connectLiveClient, subscribe, wsUrl } from '../support/live-client.ts';
import { buildDuplicatiReport } from '../support/report-builder.ts';
import { expectData, startTestServer } from '../support/test-server.ts';
import type { TestServer } from '../support/test-server.ts';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const ADMIN = 'admin-token-abcdefghijklmnop';
const READ = 'read-token-abcdefghijklmnopq';
const UPLOAD = 'upload-token-abcdefghijklmno';
const CONFIGURE = `mutation { updateMonitoringSettings(input: { reminderFrequency: EVERY_WEEK }) { ... on MonitoringSettings { reminderFrequency } } }`;

describe('without ADMIN_TOKEN', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ env: { ADMIN_TOKEN: '' } });
  });
  afterAll(() => server.stop());

  it('refuses every mutation with a message saying how to enable them', async () => {
    const response = await server.graphql(CONFIGURE, {}, { Authorization: '' });
    expect(response.data).toBeFalsy();
    expect(response.errors?.[0]?.message).toMatch(/Set ADMIN_TOKEN on the server/);
    expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('keeps reads and Duplicati uploads open, as duplistatus does', async () => {
    expect((await server.upload(buildDuplicatiReport())).status).toBe(200);
    expect(expectData(await server.graphql('{ summary { totalBackupsRuns } }', {}, { Authorization: '' })).summary.totalBackupsRuns).toBe(
      1,
    );
  });
});

describe('with admin, read and upload tokens', () => {
  let server: TestServer;
  const log = capturedLogger();
  beforeAll(async () => {
    server = await startTestServer({ logger: log.logger, env: { ADMIN_TOKEN: ADMIN, READ_TOKEN: READ, UPLOAD_TOKEN: UPLOAD } });
  });
  afterAll(() => server.stop());

  const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

  it('refuses a mutation without the admin token and runs it with it', async () => {
    const withRead = await server.graphql(CONFIGURE, {}, bearer(READ));
    expect(withRead.errors?.[0]?.message).toMatch(/needs the admin token/);
    const withAdmin = expectData(await server.graphql(CONFIGURE, {}, bearer(ADMIN)));
    expect(withAdmin.updateMonitoringSettings.reminderFrequency).toBe('EVERY_WEEK');
  });

  it('answers 401 to reads without a read token, over GraphQL and the REST API', async () => {
    const anonymous = await server.graphql('{ summary { totalServers } }', {}, { Authorization: '' });
    expect(anonymous.status).toBe(401);
    expect(anonymous.errors?.[0]?.message).toMatch(/requires a read token/);
    expect((await fetch(`${server.url}/api/summary`)).status).toBe(401);
    expect((await fetch(`${server.url}/api/summary`, { headers: bearer(READ) })).status).toBe(200);
    // A token in a URL counts only where a client cannot send a header (test/e2e/hostile-http.test.ts).
    expect((await fetch(`${server.url}/api/summary?token=${READ}`)).status).toBe(401);
    expect(expectData(await server.graphql('{ summary { totalServers } }', {}, bearer(READ))).summary.totalServers).toBe(0);
  });

  it('takes the upload token as a bearer header or as ?token= in the URL', async () => {
    const report = buildDuplicatiReport({ beginTime: '2025-06-01T00:00:00Z' });
    expect((await server.upload(report, { Authorization: '' })).status).toBe(401);
    const viaQuery = await fetch(`${server.url}/api/upload?token=${UPLOAD}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(report),
    });
    expect(viaQuery.status).toBe(200);
    const other = buildDuplicatiReport({ beginTime: '2025-06-02T00:00:00Z' });
    expect((await server.upload(other, bearer(UPLOAD))).status).toBe(200);
    expect((await server.upload(other, bearer('wrong-token-abcdefghijklmn'))).status).toBe(401);
  });

  it('closes a WebSocket with 4403 when connection_init carries no valid token, and serves one that does', async () => {
    const closeCode = await new Promise<number>((resolve) => {
      const client = createClient({
        url: wsUrl(server.url),
        webSocketImpl: WebSocket,
        retryAttempts: 0,
        connectionParams: { token: 'not-the-token-abcdefghij' },
        on: { closed: (event) => resolve((event as { code: number }).code) },
      });
      client.subscribe(
        { query: 'subscription { backupReceived { receivedAt } }' },
        { next: () => {}, error: () => {}, complete: () => {} },
      );
    });
    expect(closeCode).toBe(4403);

    const client = connectLiveClient(server.url, { authorization: `Bearer ${READ}` });
    const feed = subscribe(client, 'subscription { backupReceived { backup { backupName } } }');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(
      (await server.upload(buildDuplicatiReport({ beginTime: '2025-06-03T00:00:00Z', backupName: 'Live' }), bearer(UPLOAD))).status,
    ).toBe(200);
    expect((await feed.waitFor(1))[0].backupReceived.backup.backupName).toBe('Live');
    await client.dispose();
  });

  it('never writes a token into the log', async () => {
    await fetch(`${server.url}/api/summary?token=${READ}`);
    await server.graphql(CONFIGURE, {}, bearer(ADMIN));
    expect(log.lines.length).toBeGreaterThan(5);
    const all = log.lines.join('\n');
    for (const token of [ADMIN, READ, UPLOAD]) expect(all).not.toContain(token);
  });
});
