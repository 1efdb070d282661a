import { ingestReport } from '../../src/domain/ingest.ts';
import { buildDuplicatiReport } from './report-builder.ts';
import type { DuplicatiReportOptions } from './report-builder.ts';
import type { TestServer } from './test-server.ts';

export interface SeededFleet {
  /** Machine-ids, in the order made. */
  serverIds: string[];
  /** Backup names of every server's jobs. */
  backupNames: string[];
}

export function fleetServerId(index: number): string {
  return `f1ee7${index.toString(16).padStart(27, '0')}`;
}

/**
 * Stores reports in process, through the same ingest as /api/upload but without HTTP, so a test
 * can build a dashboard-sized fleet (100 servers × 10 jobs) in seconds.
 */
export async function ingestInProcess(server: TestServer, reports: DuplicatiReportOptions[], concurrency = 8): Promise<void> {
  const options = { timeZone: 'UTC', now: () => new Date(), events: server.app.events, limits: server.app.config.reportLimits };
  let next = 0;
  const worker = async () => {
    while (next < reports.length) {
      const report = buildDuplicatiReport(reports[next++]!);
      const outcome = await ingestReport(server.app.database.prisma, report, options);
      if (outcome.kind !== 'stored') throw new Error(`seeding failed: ${JSON.stringify(outcome)}`);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

/** `servers` × `jobsPerServer` jobs with `runsPerJob` daily runs each, ending yesterday. */
export async function seedFleet(
  server: TestServer,
  shape: { servers: number; jobsPerServer: number; runsPerJob?: number },
): Promise<SeededFleet> {
  const serverIds = Array.from({ length: shape.servers }, (_, i) => fleetServerId(i));
  const backupNames = Array.from({ length: shape.jobsPerServer }, (_, j) => `job-${j}`);
  const runs = shape.runsPerJob ?? 1;
  const lastDay = Date.now() - 86_400_000;
  const reports: DuplicatiReportOptions[] = [];
  serverIds.forEach((serverId, i) => {
    backupNames.forEach((backupName, j) => {
      for (let r = 0; r < runs; r++) {
        reports.push({
          serverId,
          serverName: `host-${i}`,
          backupName,
          backupId: `DB-${j + 1}`,
          beginTime: new Date(lastDay - r * 86_400_000 - j * 60_000),
          logLines: 5,
        });
      }
    });
  });
  await ingestInProcess(server, reports);
  return { serverIds, backupNames };
}
