/**
 * The summary's run count and uploaded bytes come from running totals per server, kept by
 * triggers on `backups` (migration 20261126020000_run_totals), not from scanning every run. They
 * must equal COUNT(*) and SUM(uploaded_size) after every path that writes runs.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { buildDuplicatiReport } from '../support/report-builder.ts';
import { expectData, startTestServer } from '../support/test-server.ts';
import type { TestServer } from '../support/test-server.ts';

const A = 'b0000000000000000000000000000001';
const B = 'b0000000000000000000000000000002';
const C = 'b0000000000000000000000000000003';
const day = (d: number) => new Date(Date.UTC(2025, 4, d, 2, 0, 0));

const running: TestServer[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((s) => s.stop()));
});

async function upload(server: TestServer, serverId: string, backupName: string, d: number, uploaded: number) {
  return server.upload(
    buildDuplicatiReport({
      serverId,
      serverName: 'nas',
      backupName,
      beginTime: day(d),
      data: { BackendStatistics: { BytesUploaded: uploaded } },
    }),
  );
}

async function gql(server: TestServer, query: string, variables?: Record<string, unknown>) {
  return expectData(await server.graphql(query, variables), query);
}

/** The summary and every server's totals against the runs themselves. */
async function expectTotalsToMatchRuns(server: TestServer, runs: number) {
  const prisma = server.app.database.prisma;
  const counted = await prisma.backup.aggregate({ _count: { _all: true }, _sum: { uploadedSize: true } });
  const summary = (await gql(server, '{ summary { totalBackupsRuns totalUploadedSize } }')).summary;
  expect(summary).toEqual({ totalBackupsRuns: counted._count._all, totalUploadedSize: Number(counted._sum.uploadedSize ?? 0) });
  expect(summary.totalBackupsRuns).toBe(runs);
  const perServer = await prisma.server.findMany({ select: { id: true, runCount: true, uploadedSizeTotal: true }, orderBy: { id: 'asc' } });
  for (const row of perServer) {
    const own = await prisma.backup.aggregate({ where: { serverId: row.id }, _count: { _all: true }, _sum: { uploadedSize: true } });
    expect({ server: row.id, runs: row.runCount, uploaded: Number(row.uploadedSizeTotal) }).toEqual({
      server: row.id,
      runs: own._count._all,
      uploaded: Number(own._sum.uploadedSize ?? 0),
    });
  }
}

describe('the running totals behind summary.totalBackupsRuns and totalUploadedSize', () => {
  it('equal COUNT and SUM over the runs after uploads, duplicates, job and server deletes, a merge and a prune', async () => {
    const server = await startTestServer({ now: () => day(20) });
    running.push(server);

    for (const [serverId, name, d, bytes] of [
      [A, 'Docs', 1, 1_000],
      [A, 'Docs', 2, 2_000],
      [A, 'Docs', 3, 4_000],
      [A, 'Photos', 3, 8_000],
      [B, 'Docs', 3, 16_000], // the same run as A's third Docs run: the merge drops one copy
      [B, 'Docs', 4, 32_000],
      [B, 'Mail', 4, 64_000],
      [C, 'Docs', 5, 128_000],
    ] as const) {
      expect((await upload(server, serverId, name, d, bytes)).status).toBe(200);
    }
    await expectTotalsToMatchRuns(server, 8);

    expect((await upload(server, A, 'Docs', 2, 2_000)).status).toBe(409);
    await expectTotalsToMatchRuns(server, 8);

    const deletedJob = await gql(server, `mutation { deleteBackupJob(input: { serverId: "${B}", backupName: "Mail" }) { __typename } }`);
    expect(deletedJob.deleteBackupJob.__typename).toBe('DeleteBackupJobPayload');
    await expectTotalsToMatchRuns(server, 7);

    // A's Docs joins B's (runs move, the duplicate goes); A's Photos moves whole (its runs follow
    // the job's server_id through the cascade).
    const merged = await gql(server, `mutation { mergeServers(input: { sourceIds: ["${A}"], targetId: "${B}" }) { __typename } }`);
    expect(merged.mergeServers.__typename).toBe('MergeServersPayload');
    await expectTotalsToMatchRuns(server, 6);

    const pruned = await gql(server, `mutation { pruneBackups(input: { olderThan: "${day(3).toISOString()}" }) { __typename } }`);
    expect(pruned.pruneBackups.__typename).toBe('PruneBackupsPayload');
    await expectTotalsToMatchRuns(server, 4);

    const deleted = await gql(server, `mutation { deleteServer(input: { id: "${C}" }) { __typename } }`);
    expect(deleted.deleteServer.__typename).toBe('DeleteServerPayload');
    await expectTotalsToMatchRuns(server, 3);
  });
});
