/**
 * The two URLs that uptime monitors and container health checks written for duplistatus call:
 * `GET /api/ping` and `GET /api/health`, with duplistatus's bodies, status codes and headers
 * (its src/app/api/ping/route.ts and src/app/api/health/route.ts), next to our own `/health`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { capturedLogger } from '../support/captured-logger.ts';
import { databaseKind, describeSqliteOnly, onPostgres } from '../support/test-database.ts';
import { makeTempDir, startTestServer } from '../support/test-server.ts';
import type { TestServer } from '../support/test-server.ts';

const NOW = new Date('2026-12-01T08:30:00.000Z');
const NO_CACHE = { 'cache-control': 'no-store, no-cache, must-revalidate', pragma: 'no-cache' };
const OUR_TABLES = ['alerts', 'backup_jobs', 'backups', 'configurations', 'servers'];

async function getJson(url: string): Promise<{ status: number; headers: Headers; text: string; body: any }> {
  const response = await fetch(url);
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, body: JSON.parse(text) };
}

function expectNoCacheHeaders(headers: Headers): void {
  for (const [name, value] of Object.entries(NO_CACHE)) expect(headers.get(name), name).toBe(value);
}

describe(`duplistatus monitor URLs on a working database (${databaseKind})`, () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ now: () => NOW });
  });
  afterAll(() => server.stop());

  it('answers GET /api/ping with {"ok":true}, uncached, without a token', async () => {
    const ping = await getJson(`${server.url}/api/ping`);
    expect(ping.status).toBe(200);
    expect(ping.text).toBe('{"ok":true}');
    expectNoCacheHeaders(ping.headers);
    const head = await fetch(`${server.url}/api/ping`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it("answers GET /api/health with duplistatus's healthy shape and 200, which a keyword monitor finds", async () => {
    const health = await getJson(`${server.url}/api/health`);
    expect(health.status).toBe(200);
    expectNoCacheHeaders(health.headers);
    expect(health.text).toContain('"status":"healthy"');
    expect(Object.keys(health.body)).toEqual([
      'status',
      'database',
      'basicConnection',
      'tablesFound',
      'tables',
      'preparedStatements',
      'initializationStatus',
      'initializationComplete',
      'connectionHealth',
      'timestamp',
      'connectionDetails',
    ]);
    expect(health.body).toMatchObject({
      status: 'healthy',
      database: 'connected',
      basicConnection: true,
      preparedStatements: true,
      initializationStatus: 'complete',
      initializationComplete: true,
      connectionHealth: true,
      timestamp: NOW.toISOString(),
      connectionDetails: onPostgres ? { readOnly: false } : { walMode: 'wal', busyTimeout: 30_000 },
    });
    expect(health.body.tables).toEqual(expect.arrayContaining(OUR_TABLES));
    expect(health.body.tablesFound).toBe(health.body.tables.length);
  });

  it('keeps /health as it was', async () => {
    const health = await getJson(`${server.url}/health`);
    expect(health).toMatchObject({ status: 200, body: { status: 'ok' } });
  });

  it('refuses other methods on both with 405, as duplistatus (GET-only routes) does', async () => {
    for (const route of ['/api/ping', '/api/health']) {
      const response = await fetch(`${server.url}${route}`, { method: 'POST' });
      expect(response.status, route).toBe(405);
      expect(response.headers.get('allow'), route).toBe('GET, HEAD');
    }
  });
});

describe(`duplistatus /api/health on a database that answers but lost a table (${databaseKind})`, () => {
  const log = capturedLogger();
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ now: () => NOW, logger: log.logger });
    await server.app.database.prisma.$executeRawUnsafe('DROP TABLE alerts');
  });
  afterAll(() => server.stop());

  it('answers 503 "degraded", names the missing table, and keeps the database\'s message in the log', async () => {
    const health = await getJson(`${server.url}/api/health`);
    expect(health.status).toBe(503);
    expectNoCacheHeaders(health.headers);
    expect(health.body).toMatchObject({
      status: 'degraded',
      database: 'connected',
      basicConnection: true,
      preparedStatements: false,
      initializationStatus: 'failed',
      initializationComplete: false,
      connectionHealth: true,
      timestamp: NOW.toISOString(),
      initializationError: 'Missing tables: alerts (the migrations did not all run, or a table was dropped)',
    });
    expect(health.body.tables).not.toContain('alerts');
    // The database's own words (SQL, file paths) stay in the log unless EXPOSE_ERROR_DETAILS=true.
    const requestId = health.headers.get('x-request-id')!;
    expect(health.body.preparedStatementsError).toBe(`the server log has the details under request id ${requestId}`);
    const logged = log.lines.find((line) => line.includes(requestId) && line.includes('health check found a problem'));
    expect(logged).toMatch(/alerts/);
  });

  it('still answers /api/ping: the process is up', async () => {
    expect((await getJson(`${server.url}/api/ping`)).body).toEqual({ ok: true });
  });
});

describe(`duplistatus /api/health with EXPOSE_ERROR_DETAILS=true (${databaseKind})`, () => {
  it("shows the database's own message for a failed read", async () => {
    const server = await startTestServer({ now: () => NOW, env: { EXPOSE_ERROR_DETAILS: 'true' } });
    try {
      await server.app.database.prisma.$executeRawUnsafe('DROP TABLE configurations');
      const health = await getJson(`${server.url}/api/health`);
      expect(health.status).toBe(503);
      expect(health.body.preparedStatementsError).toMatch(/configurations/);
    } finally {
      await server.stop();
    }
  });
});

describeSqliteOnly('duplistatus /api/health when the database cannot be opened', () => {
  it('answers 503 "unhealthy" with duplistatus\'s error shape, while /api/ping still answers', async () => {
    const directory = makeTempDir();
    const server = await startTestServer({ now: () => NOW, databaseFile: path.join(directory, 'dupligraph.db') });
    const gone = `${directory}-unmounted`;
    try {
      // As if the volume went away: the next connection finds no directory to open the file in.
      fs.renameSync(directory, gone);
      await server.app.database.close();
      const health = await getJson(`${server.url}/api/health`);
      expect(health.status).toBe(503);
      expectNoCacheHeaders(health.headers);
      expect(health.body).toEqual({
        status: 'unhealthy',
        error: 'Database connection failed',
        message: `the server log has the details under request id ${health.headers.get('x-request-id')}`,
        timestamp: NOW.toISOString(),
      });
      expect((await getJson(`${server.url}/health`)).status).toBe(503);
      expect(await getJson(`${server.url}/api/ping`)).toMatchObject({ status: 200, body: { ok: true } });
    } finally {
      fs.renameSync(gone, directory);
      await server.stop();
    }
  });
});
