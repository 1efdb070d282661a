import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDuplicatiReport } from '../support/report-builder.ts';
import { WAL_AUTOCHECKPOINT_PAGES } from '../../src/db/open-database.ts';
import { databaseKind, onPostgres } from '../support/test-database.ts';
import { startTestServer } from '../support/test-server.ts';
import type { TestServer } from '../support/test-server.ts';

/**
 * The statements one upload runs (src/domain/ingest-statements.ts), counted on the real server:
 * a known job's report is five statements, a job's first report three more, and none is a Prisma
 * model query (each of those costs a query compilation, README "Performance").
 */

const SERVER_ID = '5e'.padEnd(32, '0');

function report(backupName: string, day: number, serverName = 'statements') {
  return buildDuplicatiReport({ serverId: SERVER_ID, serverName, backupName, beginTime: new Date(Date.UTC(2025, 4, day, 2)) });
}

/** A model query names its tables qualified: `main`.`servers` on SQLite, "schema"."servers" on PostgreSQL. */
const isModelQuery = (sql: string) => /`main`\.`|"\w+"\."\w+"/.test(sql);

/** What each statement of the ingest does, in a word; other statements (settings reads, COMMIT) are left out. */
function ingestSteps(statements: string[]): string[] {
  const steps: [RegExp, string][] = [
    [/^UPDATE backup_jobs SET tolerance_minutes/, 'lock job'],
    [/^INSERT INTO servers /, 'insert server'],
    [/^INSERT INTO backup_jobs /, 'insert job'],
    [/^INSERT INTO backups /, 'insert run'],
    [/^UPDATE backup_jobs\s+SET last_backup_at/, 'move latest run'],
    [/^UPDATE live_event_counter /, 'number events'],
    [/^INSERT INTO live_events /, 'log events'],
  ];
  return statements.flatMap((sql) => {
    const step = steps.find(([pattern]) => pattern.test(sql.trim()));
    return step ? [step[1]] : [];
  });
}

describe(`ingest statements (${databaseKind})`, () => {
  let server: TestServer;
  const statements: string[] = [];

  beforeAll(async () => {
    server = await startTestServer({ onQuery: (sql) => statements.push(sql) });
  });
  afterAll(async () => {
    await server.stop();
  });

  async function statementsOf(body: unknown): Promise<string[]> {
    statements.length = 0;
    expect((await server.upload(body)).status).toBe(200);
    return [...statements];
  }

  it("writes a job's first report, and its server's, with raw statements and no model query", async () => {
    const first = await statementsOf(report('Files', 1));
    expect(ingestSteps(first)).toEqual([
      'lock job',
      'insert server',
      'insert job',
      'lock job',
      'insert run',
      'move latest run',
      'number events',
      'log events',
    ]);
    expect(first.filter((sql) => /servers|backup_jobs|backups/.test(sql) && isModelQuery(sql))).toEqual([]);
  });

  it.skipIf(onPostgres)('checkpoints the SQLite WAL every 4,000 pages, not every 1,000 (fewer fsyncs in the commits)', async () => {
    const [row] = await server.app.database.prisma.$queryRawUnsafe<{ wal_autocheckpoint: number | bigint }[]>('PRAGMA wal_autocheckpoint');
    expect(Number(row!.wal_autocheckpoint)).toBe(WAL_AUTOCHECKPOINT_PAGES);
    expect(WAL_AUTOCHECKPOINT_PAGES).toBe(4_000);
  });

  it("stores a known job's report in five statements", async () => {
    const later = await statementsOf(report('Files', 2));
    expect(ingestSteps(later)).toEqual(['lock job', 'insert run', 'move latest run', 'number events', 'log events']);
    expect(later.filter(isModelQuery)).toEqual([]);
  });

  it('adds a new job to a known server without renaming the server or announcing it again', async () => {
    const statementsOfNewJob = await statementsOf(report('Mail', 2, 'renamed on the host'));
    expect(ingestSteps(statementsOfNewJob)).toContain('insert job');
    const servers = await server.app.database.prisma.server.findMany({ select: { id: true, name: true } });
    expect(servers).toEqual([{ id: SERVER_ID, name: 'statements' }]);
    const created = await server.app.database.prisma.liveEvent.findMany({ where: { topic: 'server:changed' } });
    expect(created.map((event) => JSON.parse(event.payload).kind)).toEqual(['CREATED']);
    const jobs = await server.app.database.prisma.backupJob.findMany({
      select: { backupName: true, lastBackupAt: true },
      orderBy: { id: 'asc' },
    });
    expect(jobs).toEqual([
      { backupName: 'Files', lastBackupAt: '2025-05-02T02:00:00.000Z' },
      { backupName: 'Mail', lastBackupAt: '2025-05-02T02:00:00.000Z' },
    ]);
  });

  it('gives runs stored one after another increasing, time-ordered ids, so their index is appended to', async () => {
    for (const day of [10, 11, 12]) expect((await server.upload(report('Files', day))).status).toBe(200);
    const runs = await server.app.database.prisma.backup.findMany({
      where: { date: { gte: '2025-05-10' } },
      select: { id: true },
      orderBy: { date: 'asc' },
    });
    const ids = runs.map((run) => run.id);
    expect(ids.every((id) => /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(id))).toBe(true);
    expect([...ids].sort()).toEqual(ids);
  });
});
