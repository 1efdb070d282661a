import { describe, expect, it } from 'vitest';
import { buildDuplicatiReport } from '../support/report-builder.ts';
import { databaseKind } from '../support/test-database.ts';
import { expectData, startTestServer } from '../support/test-server.ts';

// PostgreSQL runs these transactions side by side where SQLite runs them one at a time: a new
// server or job created by two reports at once, and runs of one job stored out of order.
describe(`concurrent uploads (${databaseKind})`, () => {
  it('stores every one of 16 simultaneous reports for a new server, each job pointing at its newest run', async () => {
    const server = await startTestServer();
    try {
      const serverId = 'f1000000000000000000000000000001';
      const reports = Array.from({ length: 16 }, (_, i) =>
        buildDuplicatiReport({
          serverId,
          serverName: 'busy',
          backupName: `Job ${i % 2}`,
          beginTime: new Date(Date.UTC(2025, 5, 1 + i, 3)),
          ...(i % 3 === 0 ? { parsedResult: 'Error', errors: 1 } : {}),
        }),
      );
      const statuses = (await Promise.all(reports.map((report) => server.upload(report)))).map((response) => response.status);
      expect(statuses).toEqual(reports.map(() => 200));

      const data = expectData(
        await server.graphql(`{ summary { totalServers totalBackupsRuns totalBackups }
          servers(first: 5) { edges { node { backupJobs { backupName latestBackup { date } } } } } }`),
      );
      expect(data.summary).toEqual({ totalServers: 1, totalBackupsRuns: 16, totalBackups: 2 });
      const jobs = data.servers.edges[0].node.backupJobs.map((job: any) => [job.backupName, job.latestBackup.date]).sort();
      expect(jobs).toEqual([
        ['Job 0', '2025-06-15T03:00:00.000Z'],
        ['Job 1', '2025-06-16T03:00:00.000Z'],
      ]);
      // The same 16 again, all at once: every one a duplicate.
      const again = (await Promise.all(reports.map((report) => server.upload(report)))).map((response) => response.status);
      expect(again).toEqual(reports.map(() => 409));
    } finally {
      await server.stop();
    }
  });
});
