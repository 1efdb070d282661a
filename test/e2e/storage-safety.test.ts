import { describe, expect, it } from 'vitest';
import { failEveryRow } from '../support/fault-injection.ts';
import { buildDuplicatiReport } from '../support/report-builder.ts';
import { expectData, startTestServer } from '../support/test-server.ts';
import type { TestServer } from '../support/test-server.ts';

async function countRows(server: TestServer): Promise<{ servers: number; jobs: number; runs: number }> {
  const db = server.app.database.prisma;
  const [servers, jobs, runs] = await Promise.all([db.server.count(), db.backupJob.count(), db.backup.count()]);
  return { servers, jobs, runs };
}

describe('storage safety', () => {
  it('leaves no server, job or run behind when storing fails half-way', async () => {
    const server = await startTestServer();
    try {
      // A real fault inside the real transaction: the run insert aborts after the server and the
      // job rows were already written.
      await failEveryRow(server, 'backups', 'INSERT', 'injected failure');

      const response = await server.upload(buildDuplicatiReport({ serverId: 'bbbb0000000000000000000000000001' }));
      expect(response).toEqual({ status: 500, body: { error: 'Failed to process backup data', requestId: expect.any(String) } });
      expect(await countRows(server)).toEqual({ servers: 0, jobs: 0, runs: 0 });

      const health = await fetch(`${server.url}/health`);
      expect(health.status).toBe(200);
    } finally {
      await server.stop();
    }
  });

  it('keeps every report across a restart on the same database', async () => {
    const first = await startTestServer();
    const reports = Array.from({ length: 12 }, (_, i) =>
      buildDuplicatiReport({
        serverId: `cccc00000000000000000000000000${String(i % 3).padStart(2, '0')}`,
        serverName: `host-${i % 3}`,
        backupName: `Job ${i % 2}`,
        beginTime: new Date(Date.UTC(2025, 5, 1 + i, 3)),
      }),
    );
    for (const report of reports) expect((await first.upload(report)).status).toBe(200);
    await first.stop();

    const second = await startTestServer({ databaseFile: first.databaseFile });
    try {
      const data = expectData(await second.graphql('{ summary { totalServers totalBackupsRuns totalBackups } }'));
      expect(data.summary).toEqual({ totalServers: 3, totalBackupsRuns: 12, totalBackups: 6 });
      // Still the same runs: posting one again is a duplicate.
      expect((await second.upload(reports[0])).status).toBe(409);
    } finally {
      await second.stop();
    }
  });
});
