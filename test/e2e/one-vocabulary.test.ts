import { isObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTRACT_REMOVAL_DATE } from '../../src/graphql/deprecation/deprecation-reasons.ts';
import { schema } from '../../src/graphql/schema.ts';
import { connectLiveClient, eventually, subscribe } from '../support/live-client.ts';
import { buildDuplicatiReport } from '../support/report-builder.ts';
import { expectData, startTestServer } from '../support/test-server.ts';
import type { TestServer } from '../support/test-server.ts';

/** Each field renamed for one vocabulary (runs vs jobs, counts named as counts, times named …At) and its replacement. */
const RENAMES: [old: string, replacement: string][] = [
  ['Summary.totalBackups', 'Summary.totalBackupJobs'],
  ['Summary.totalBackupsRuns', 'Summary.totalBackupRuns'],
  ['Summary.overdueBackupsCount', 'Summary.overdueBackupJobCount'],
  ['Homepage.overdueBackupsCount', 'Homepage.overdueBackupJobCount'],
  ['HomepageServer.overdueBackupsCount', 'HomepageServer.overdueBackupJobCount'],
  ['Backup.date', 'Backup.startedAt'],
  ['Backup.beginTime', 'Backup.startedAt'],
  ['Backup.endTime', 'Backup.endedAt'],
  ['Backup.errors', 'Backup.errorCount'],
  ['Backup.warnings', 'Backup.warningCount'],
  ['Backup.dryrun', 'Backup.isDryRun'],
  ['OverdueState.lastReminderAt', 'OverdueState.lastRemindedAt'],
  ['ServerChangedEvent.kind', 'ServerChangedEvent.change'],
];

function fieldAt(coordinate: string) {
  const [typeName, fieldName] = coordinate.split('.');
  const type = schema.getType(typeName!);
  if (!isObjectType(type)) throw new Error(`${typeName} is not an object type`);
  return type.getFields()[fieldName!];
}

describe('the renamed fields', () => {
  it('are deprecated with a reason naming the replacement and the removal date; the replacements are not', () => {
    for (const [old, replacement] of RENAMES) {
      const oldField = fieldAt(old);
      const newField = fieldAt(replacement);
      expect(oldField?.deprecationReason, old).toMatch(
        new RegExp(`^Use ${replacement.replace('.', '\\.')}: .+ after ${CONTRACT_REMOVAL_DATE}$`),
      );
      expect(newField, replacement).toBeDefined();
      expect(newField?.deprecationReason ?? null, replacement).toBeNull();
      expect(String(newField?.type), replacement).toBe(String(oldField?.type));
      expect(newField?.description, replacement).toBeTruthy();
    }
  });
});

const SERVER = 'facade00000000000000000000000001';

describe('old and new names over a running server', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer();
    const reports = [
      buildDuplicatiReport({
        serverId: SERVER,
        serverName: 'vocab-host',
        backupName: 'Files',
        beginTime: new Date('2025-11-01T02:00:00Z'),
      }),
      buildDuplicatiReport({
        serverId: SERVER,
        serverName: 'vocab-host',
        backupName: 'Files',
        beginTime: new Date('2025-11-02T02:00:00Z'),
        warnings: 2,
        errors: 1,
      }),
      buildDuplicatiReport({ serverId: SERVER, serverName: 'vocab-host', backupName: 'Mail', beginTime: new Date('2025-11-02T03:00:00Z') }),
    ];
    for (const body of reports) expect((await server.upload(body)).status).toBe(200);
  });
  afterAll(() => server.stop());

  it('answer identically on Summary and Homepage', async () => {
    const data = expectData(
      await server.graphql<any>(`{
        summary { totalBackups totalBackupJobs totalBackupsRuns totalBackupRuns overdueBackupsCount overdueBackupJobCount }
        homepage {
          overdueBackupsCount overdueBackupJobCount totalBackupJobs totalBackupRuns
          servers { overdueBackupsCount overdueBackupJobCount }
        }
      }`),
    );
    expect(data.summary).toEqual({
      totalBackups: 2,
      totalBackupJobs: 2,
      totalBackupsRuns: 3,
      totalBackupRuns: 3,
      overdueBackupsCount: data.summary.overdueBackupJobCount,
      overdueBackupJobCount: data.summary.overdueBackupsCount,
    });
    expect(data.homepage.overdueBackupJobCount).toBe(data.homepage.overdueBackupsCount);
    expect(data.homepage.totalBackupJobs).toBe(data.summary.totalBackupJobs);
    expect(data.homepage.totalBackupRuns).toBe(data.summary.totalBackupRuns);
    for (const row of data.homepage.servers) expect(row.overdueBackupJobCount).toBe(row.overdueBackupsCount);
  });

  it('answer identically on every run and on the overdue state', async () => {
    const data = expectData(
      await server.graphql<any>(`{
        backups(first: 10) { nodes {
          date beginTime startedAt endTime endedAt errors errorCount warnings warningCount dryrun isDryRun
        } }
        backupJobs(first: 10) { nodes { overdue { lastReminderAt lastRemindedAt } } }
      }`),
    );
    expect(data.backups.nodes).toHaveLength(3);
    for (const run of data.backups.nodes) {
      expect(run.startedAt).toBe(run.date);
      expect(run.startedAt).toBe(run.beginTime);
      expect(run.endedAt).toBe(run.endTime);
      expect(run.errorCount).toBe(run.errors);
      expect(run.warningCount).toBe(run.warnings);
      expect(run.isDryRun).toBe(run.dryrun);
    }
    const withProblems = data.backups.nodes.find((run: any) => run.startedAt === '2025-11-02T02:00:00.000Z');
    expect(withProblems).toMatchObject({ errorCount: 1, warningCount: 2 });
    for (const job of data.backupJobs.nodes) expect(job.overdue.lastRemindedAt).toBe(job.overdue.lastReminderAt);
  });

  it('answer identically on a live ServerChangedEvent', async () => {
    const client = connectLiveClient(server.url);
    try {
      const live = subscribe(client, 'subscription ($id: ID) { serverChanged(serverId: $id) { kind change } }', { id: SERVER });
      await eventually(
        () => server.app.subscriptionCount() === 1,
        () => `subscriptions: ${server.app.subscriptionCount()}`,
      );
      expectData(await server.graphql(`mutation { updateServer(input: { id: "${SERVER}", alias: "renamed" }) { __typename } }`));
      const [event] = await live.waitFor(1);
      expect(event.serverChanged).toEqual({ kind: 'UPDATED', change: 'UPDATED' });
      live.stop();
    } finally {
      await client.dispose();
    }
  });
});
