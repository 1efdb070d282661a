/**
 * One duration form (whole milliseconds, a SafeInt), …At times, one word per meaning: the new
 * fields beside the deprecated ones they replace, which keep answering exactly as before.
 */
import { isInputObjectType, isObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTRACT_REMOVAL_DATE } from '../../src/graphql/deprecation/deprecation-reasons.ts';
import { schema } from '../../src/graphql/schema.ts';
import { buildDuplicatiReport } from '../support/report-builder.ts';
import { expectData, startTestServer } from '../support/test-server.ts';
import type { TestServer } from '../support/test-server.ts';

/** Each deprecated field or input field and the one that replaces it. */
const TWINS: [old: string, replacement: string][] = [
  ['Backup.durationSeconds', 'Backup.durationMilliseconds'],
  ['Backup.duration', 'Backup.durationMilliseconds'],
  ['Backup.backendDuration', 'Backup.backendDurationMilliseconds'],
  ['Backup.backendBeginTime', 'Backup.backendStartedAt'],
  ['Backup.lastBackupDate', 'Backup.backendLastBackupAt'],
  ['Backup.size', 'Backup.sizeOfExaminedFiles'],
  ['HistoryPoint.start', 'HistoryPoint.startAt'],
  ['HistoryPoint.durationSeconds', 'HistoryPoint.durationMilliseconds'],
  ['BackupJobSchedule.toleranceMinutes', 'BackupJobSchedule.toleranceOverrideMilliseconds'],
  ['BackupJobSchedule.effectiveToleranceMinutes', 'BackupJobSchedule.effectiveToleranceMilliseconds'],
  ['OverdueState.toleranceMinutes', 'OverdueState.effectiveToleranceMilliseconds'],
  ['OverdueState.deadline', 'OverdueState.deadlineAt'],
  ['OverdueState.overdueSince', 'OverdueState.becameOverdueAt'],
  ['MonitoringSettings.defaultToleranceMinutes', 'MonitoringSettings.defaultToleranceMilliseconds'],
  ['UpdateMonitoringSettingsInput.defaultToleranceMinutes', 'UpdateMonitoringSettingsInput.defaultToleranceMilliseconds'],
  ['ConfigureBackupJobInput.toleranceMinutes', 'ConfigureBackupJobInput.toleranceOverrideMilliseconds'],
];

function fieldAt(coordinate: string) {
  const [typeName, fieldName] = coordinate.split('.');
  const type = schema.getType(typeName!);
  if (!isObjectType(type) && !isInputObjectType(type)) throw new Error(`${typeName} has no fields`);
  return type.getFields()[fieldName!];
}

describe('the twins in the schema', () => {
  it('deprecate the old field naming its replacement and the removal date; durations are SafeInt milliseconds', () => {
    for (const [old, replacement] of TWINS) {
      expect(fieldAt(old)?.deprecationReason, old).toMatch(
        new RegExp(`^Use ${replacement.replace('.', '\\.')}: .+ after ${CONTRACT_REMOVAL_DATE}$`),
      );
      const current = fieldAt(replacement);
      expect(current?.deprecationReason ?? null, replacement).toBeNull();
      if (replacement.endsWith('Milliseconds')) expect(String(current?.type).replace('!', ''), replacement).toBe('SafeInt');
    }
  });
});

const SERVER = 'd0a70000000000000000000000000001';

describe('the twins over a running server', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer();
    const report = buildDuplicatiReport({
      serverId: SERVER,
      serverName: 'twin-host',
      backupName: 'Files',
      beginTime: new Date('2025-10-01T02:00:00Z'),
      durationSeconds: 2311.6018052,
      data: { BackendStatistics: { Duration: '00:01:02.5000000', BeginTime: '2025-10-01T02:30:00.0000000Z' } },
    });
    expect((await server.upload(report)).status).toBe(200);
  });
  afterAll(() => server.stop());

  it('answer the same facts on Backup, the durations in whole milliseconds', async () => {
    const run = expectData(
      await server.graphql(`{ backups(first: 1) { nodes {
        durationMilliseconds durationSeconds duration backendDurationMilliseconds backendDuration
        backendStartedAt backendBeginTime backendLastBackupAt lastBackupDate size sizeOfExaminedFiles
      } } }`),
    ).backups.nodes[0];
    expect(run.durationSeconds).toBe(2311.6018052);
    expect(run.duration).toBe('00:38:31');
    expect(run.durationMilliseconds).toBe(2_311_602);
    expect(run.backendDuration).toBe('00:01:02.5000000');
    expect(run.backendDurationMilliseconds).toBe(62_500);
    expect(run.backendStartedAt).toBe(run.backendBeginTime);
    expect(run.backendStartedAt).toBe('2025-10-01T02:30:00.000Z');
    expect(run.backendLastBackupAt).toBe(run.lastBackupDate);
    expect(run.backendLastBackupAt).not.toBeNull();
    expect(run.sizeOfExaminedFiles).toBe(run.size);
  });

  it('answer the same facts on HistoryPoint, BackupJobSchedule and OverdueState', async () => {
    const job = expectData(
      await server.graphql(`{ backupJobs(first: 1) { nodes {
        history(bucket: RUN) { start startAt durationSeconds durationMilliseconds }
        schedule { toleranceMinutes toleranceOverrideMilliseconds effectiveToleranceMinutes effectiveToleranceMilliseconds }
        overdue { deadline deadlineAt overdueSince becameOverdueAt toleranceMinutes effectiveToleranceMilliseconds }
      } } }`),
    ).backupJobs.nodes[0];
    expect(job.history).toEqual([
      {
        start: '2025-10-01T02:00:00.000Z',
        startAt: '2025-10-01T02:00:00.000Z',
        durationSeconds: 2311.6018052,
        durationMilliseconds: 2_311_602,
      },
    ]);
    expect(job.schedule.toleranceMinutes).toBeNull();
    expect(job.schedule.toleranceOverrideMilliseconds).toBeNull();
    expect(job.schedule.effectiveToleranceMilliseconds).toBe(job.schedule.effectiveToleranceMinutes * 60_000);
    expect(job.overdue.deadlineAt).toBe(job.overdue.deadline);
    expect(job.overdue.deadlineAt).not.toBeNull();
    expect(job.overdue.becameOverdueAt).toBe(job.overdue.overdueSince);
    expect(job.overdue.effectiveToleranceMilliseconds).toBe(job.overdue.toleranceMinutes * 60_000);
  });

  const setSettings = async (input: Record<string, unknown>) =>
    expectData(
      await server.graphql(
        `mutation ($input: UpdateMonitoringSettingsInput!) { setMonitoringSettings(input: $input) {
          __typename
          ... on SetMonitoringSettingsPayload { monitoringSettings { defaultToleranceMinutes defaultToleranceMilliseconds } }
          ... on InvalidInputError { field path message }
        } }`,
        { input },
      ),
    ).setMonitoringSettings;

  it('set the default tolerance in milliseconds or, as before, in minutes', async () => {
    expect((await setSettings({ defaultToleranceMilliseconds: 2 * 60 * 60_000 })).monitoringSettings).toEqual({
      defaultToleranceMinutes: 120,
      defaultToleranceMilliseconds: 7_200_000,
    });
    expect((await setSettings({ defaultToleranceMinutes: 15 })).monitoringSettings).toEqual({
      defaultToleranceMinutes: 15,
      defaultToleranceMilliseconds: 900_000,
    });
    expect((await setSettings({ defaultToleranceMilliseconds: null })).monitoringSettings.defaultToleranceMinutes).toBe(15);
  });

  it('refuse a default tolerance that is not one of the allowed values, or given both ways, changing nothing', async () => {
    expect(await setSettings({ defaultToleranceMilliseconds: 90_000 })).toEqual({
      __typename: 'InvalidInputError',
      field: 'defaultToleranceMilliseconds',
      path: ['input', 'defaultToleranceMilliseconds'],
      message:
        'defaultToleranceMilliseconds must be one of 0, 300000, 900000, 1800000, 3600000, 7200000, 14400000, 21600000, 43200000, 86400000, got 90000',
    });
    expect(await setSettings({ defaultToleranceMilliseconds: 300_000, defaultToleranceMinutes: 5 })).toMatchObject({
      field: 'defaultToleranceMilliseconds',
      message: 'Give defaultToleranceMilliseconds alone: defaultToleranceMinutes is its deprecated form.',
    });
    expect(expectData(await server.graphql('{ monitoringSettings { defaultToleranceMinutes } }')).monitoringSettings).toEqual({
      defaultToleranceMinutes: 15,
    });
  });
});
