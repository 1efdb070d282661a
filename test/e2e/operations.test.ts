import path from 'node:path';
import { createClient } from 'graphql-ws';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { capturedLogger } from '../support/captured-logger.ts';
import { failEveryRow } from '../support/fault-injection.ts';
import { wsUrl } from '../support/live-client.ts';
import { buildDuplicatiReport } from '../support/report-builder.ts';
import { startServerProcess } from '../support/server-process.ts';
import { testStorageEnv } from '../support/test-database.ts';
import { expectData, makeTempDir, startTestServer } from '../support/test-server.ts';

describe('operations', () => {
  it('exposes Prometheus metrics with ingest outcomes and open subscriptions', async () => {
    const server = await startTestServer();
    try {
      const report = buildDuplicatiReport();
      await server.upload(report);
      await server.upload(report);
      await server.upload('{');
      const response = await fetch(`${server.url}/metrics`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/text\/plain/);
      const text = await response.text();
      expect(text).toMatch(/dupligraph_ingested_reports_total\{outcome="stored"\} 1/);
      expect(text).toMatch(/dupligraph_ingested_reports_total\{outcome="duplicate"\} 1/);
      expect(text).toMatch(/dupligraph_http_requests_total\{route="upload",status="400"\} 1/);
      expect(text).toMatch(/dupligraph_open_subscriptions 0/);
      expect(text).toMatch(/dupligraph_process_resident_memory_bytes/);
    } finally {
      await server.stop();
    }
  });

  it('masks an unexpected error in production and logs it under the request id it returns', async () => {
    const log = capturedLogger();
    const server = await startTestServer({ logger: log.logger, env: { NODE_ENV: 'production' } });
    try {
      await server.upload(buildDuplicatiReport({ serverId: 'b7000000000000000000000000000001', backupName: 'Masked' }));
      await failEveryRow(server, 'backup_jobs', 'UPDATE', 'secret internal detail');

      const response = await server.graphql(
        `mutation { configureBackupJob(input: { serverId: "b7000000000000000000000000000001", backupName: "Masked", expectedInterval: "2D" }) { __typename } }`,
      );
      const error = response.errors?.[0];
      expect(error?.message).toMatch(/Unexpected error; the server log has the details under request id/);
      expect(JSON.stringify(response)).not.toContain('secret internal detail');
      const requestId = error?.extensions?.requestId as string;
      const logged = log.lines.find((line) => line.includes(requestId) && line.includes('secret internal detail'));
      expect(logged).toBeDefined();
    } finally {
      await server.stop();
    }
  });

  it('closes WebSockets with 1001 on SIGTERM before the process exits', async () => {
    // Its own database: without DATABASE_URL the server would write ./data in the checkout.
    const server = await startServerProcess(testStorageEnv(path.join(makeTempDir(), 'sigterm.db')));
    const closed = new Promise<number>((resolve) => {
      const client = createClient({
        url: wsUrl(server.url),
        webSocketImpl: WebSocket,
        retryAttempts: 0,
        on: { closed: (event) => resolve((event as { code: number }).code) },
      });
      client.subscribe(
        { query: 'subscription { backupReceived { receivedAt } }' },
        { next: () => {}, error: () => {}, complete: () => {} },
      );
    });
    await expectEventually(() => server.output().includes('"url"'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    const exit = server.stop('SIGTERM');
    expect(await closed).toBe(1001);
    expect(await exit).toBe(0);
  });

  it('answers GraphQL with an X-Request-Id and keeps a sane one given by a proxy', async () => {
    const server = await startTestServer();
    try {
      const own = await fetch(`${server.url}/health`);
      expect(own.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
      const given = await fetch(`${server.url}/health`, { headers: { 'X-Request-Id': 'proxy-123' } });
      expect(given.headers.get('x-request-id')).toBe('proxy-123');
      expectData(await server.graphql('{ summary { totalServers } }'));
    } finally {
      await server.stop();
    }
  });
});

async function expectEventually(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error('condition not met');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
