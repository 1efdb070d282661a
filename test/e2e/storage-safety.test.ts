import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { buildDuplicatiReport } from '../support/report-builder.ts';
import { expectData, startTestServer } from '../support/test-server.ts';

function countRows(file: string): { servers: number; jobs: number; runs: number } {
  const db = new Database(file, { readonly: true });
  try {
    const count = (table: string) => (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
    return { servers: count('servers'), jobs: count('backup_jobs'), runs: count('backups') };
  } finally {
    db.close();
  }
}

describe('storage safety', () => {
  it('leaves no server, job or run behind when storing fails half-way', async () => {
    const server = await startTestServer();
    try {
      // A real fault inside the real transaction: the run insert aborts after the server and the
      // job rows were already written.
      const db = new Database(server.databaseFile);
      db.exec(`CREATE TRIGGER inject_failure BEFORE INSERT ON backups BEGIN SELECT RAISE(ABORT, 'injected failure'); END;`);
      db.close();

      const response = await server.upload(buildDuplicatiReport({ serverId: 'bbbb0000000000000000000000000001' }));
      expect(response).toEqual({ status: 500, body: { error: 'Failed to process backup data' } });
      expect(countRows(server.databaseFile)).toEqual({ servers: 0, jobs: 0, runs: 0 });

      const health = await fetch(`${server.url}/health`);
      expect(health.status).toBe(200);
    } finally {
      await server.stop();
    }
  });

  it('keeps every report across a restart on the same file', async () => {
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
