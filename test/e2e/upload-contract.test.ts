import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDuplicatiReport } from '../support/report-builder.ts';
import { expectData, startTestServer } from '../support/test-server.ts';
import type { TestServer } from '../support/test-server.ts';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ env: { UPLOAD_MAX_BYTES: String(256 * 1024) } });
});
afterAll(() => server.stop());

const SERVER_ID = 'aaaa0000000000000000000000000001';

async function runsStored(): Promise<number> {
  const data = expectData(await server.graphql('{ backups { totalCount } }'));
  return data.backups.totalCount;
}

describe('POST /api/upload', () => {
  it('stores a valid report and answers 200 {"success":true}', async () => {
    const report = buildDuplicatiReport({
      serverId: SERVER_ID,
      serverName: 'alpha',
      backupName: 'Docs',
      beginTime: '2025-03-01T02:00:00.1234567Z',
    });
    const response = await server.upload(report);
    expect(response).toEqual({ status: 200, body: { success: true } });
    const data = expectData(
      await server.graphql(`{ backups(filter: { serverId: "${SERVER_ID}" }) { edges { node { backupName date serverId } } } }`),
    );
    expect(data.backups.edges).toEqual([{ node: { backupName: 'Docs', date: '2025-03-01T02:00:00.123Z', serverId: SERVER_ID } }]);
  });

  it('answers 409 when the same run is posted again', async () => {
    const report = buildDuplicatiReport({
      serverId: SERVER_ID,
      serverName: 'alpha',
      backupName: 'Docs',
      beginTime: '2025-03-02T02:00:00Z',
    });
    expect((await server.upload(report)).status).toBe(200);
    expect(await server.upload(report)).toEqual({ status: 409, body: { error: 'ignored, duplicated data' } });
  });

  it('stores exactly one run when 20 identical new reports race', async () => {
    const report = buildDuplicatiReport({
      serverId: SERVER_ID,
      serverName: 'alpha',
      backupName: 'Race',
      beginTime: '2025-03-03T02:00:00Z',
    });
    const before = await runsStored();
    const responses = await Promise.all(Array.from({ length: 20 }, () => server.upload(report)));
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(19);
    expect(await runsStored()).toBe(before + 1);
  });

  it('rejects a non-backup operation with 400 and the duplistatus message', async () => {
    const report = buildDuplicatiReport({ data: { MainOperation: 'Restore' } });
    expect(await server.upload(report)).toEqual({ status: 400, body: { error: 'Only backup operations are supported' } });
  });

  it('lists the missing Extra fields and echoes the Extra section', async () => {
    const report = buildDuplicatiReport({ extra: { 'machine-name': '', 'backup-id': undefined } });
    const response = await server.upload(report);
    expect(response.status).toBe(400);
    expect(response.body.error).toBe('Missing required fields in Extra section: machine-name, backup-id');
    expect(response.body.missingFields).toEqual(['machine-name', 'backup-id']);
    expect(response.body.extraSection['machine-id']).toBe(report.Extra['machine-id']);
  });

  it('answers 400 with a clear message for a body that is not JSON', async () => {
    const before = await runsStored();
    const response = await server.upload('{"Data": {"MainOperation": "Backup"', { 'Content-Type': 'application/json' });
    expect(response.status).toBe(400);
    expect(response.body.error).toMatch(/not valid JSON/);
    expect(await runsStored()).toBe(before);
  });

  it('answers 400 for an empty body', async () => {
    const response = await server.upload('');
    expect(response.status).toBe(400);
    expect(response.body.error).toMatch(/empty/);
  });

  it('answers 413 for a body over the configured limit and stores nothing', async () => {
    const before = await runsStored();
    const report = buildDuplicatiReport({ serverId: SERVER_ID, backupName: 'Huge', logLines: 4000 });
    const response = await server.upload(report);
    expect(response.status).toBe(413);
    expect(response.body.error).toMatch(/limit is 262144 bytes/);
    expect(await runsStored()).toBe(before);
  });

  it('answers 413 for a chunked body (no Content-Length) once it passes the limit, and stores nothing', async () => {
    const before = await runsStored();
    const target = new URL('/api/upload', server.url);
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const request = http.request(target, { method: 'POST', headers: { 'Content-Type': 'application/json' } }, (response) => {
        let body = '';
        response.on('data', (chunk) => (body += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      });
      request.on('error', reject);
      const piece = Buffer.alloc(64 * 1024, 'a');
      for (let i = 0; i < 8; i++) request.write(piece);
      request.end();
    });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body).error).toMatch(/limit is 262144 bytes/);
    expect(await runsStored()).toBe(before);
  });

  it('answers 405 for other methods', async () => {
    const response = await fetch(`${server.url}/api/upload`);
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
  });

  it('keeps the first name of a server when later reports carry another (docs/compatibility/upload.md#successful-ingest)', async () => {
    const id = 'aaaa0000000000000000000000000002';
    await server.upload(buildDuplicatiReport({ serverId: id, serverName: 'first-name', beginTime: '2025-04-01T00:00:00Z' }));
    await server.upload(buildDuplicatiReport({ serverId: id, serverName: 'second-name', beginTime: '2025-04-02T00:00:00Z' }));
    const data = expectData(await server.graphql(`{ server(id: "${id}") { ... on Server { name } } }`));
    expect(data.server.name).toBe('first-name');
  });
});
