/**
 * Inputs where null never means "clear": UpdateServerInput's `set` with clear flags and
 * ConfigureBackupJobInput's toleranceOverrideMilliseconds with clearToleranceOverride; and
 * DeleteBackupJobInput.job. The deprecated forms answer as before; mixing forms is refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDuplicatiReport } from '../support/report-builder.ts';
import { expectData, startTestServer } from '../support/test-server.ts';
import type { TestServer } from '../support/test-server.ts';

const HOST = 'c1ea0000000000000000000000000001';
const OTHER = 'c1ea0000000000000000000000000002';

describe('explicit inputs over a running server', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer();
    let hour = 0;
    for (const [serverId, backupName] of [
      [HOST, 'Docs'],
      [HOST, 'Mail'],
      [HOST, 'Photos'],
      [HOST, 'Music'],
      [OTHER, 'Docs'],
      [OTHER, 'Mail'],
    ]) {
      const report = buildDuplicatiReport({
        serverId,
        serverName: 'clear-host',
        backupName,
        beginTime: new Date(Date.UTC(2025, 3, 1, ++hour)),
      });
      expect((await server.upload(report)).status).toBe(200);
    }
  });
  afterAll(() => server.stop());

  const updateServer = async (input: Record<string, unknown>) =>
    expectData(
      await server.graphql(
        `mutation ($input: UpdateServerInput!) { updateServer(input: $input) {
          __typename
          ... on UpdateServerPayload { changed server { alias note url } }
          ... on InvalidInputError { field path message }
        } }`,
        { input },
      ),
    ).updateServer;

  it('updateServer with set and clear flags: null and omission leave a setting alone, a flag clears it', async () => {
    const set = await updateServer({ id: HOST, set: { alias: 'Desk', note: 'by the window', url: 'http://desk.local:8200' } });
    expect(set).toEqual({
      __typename: 'UpdateServerPayload',
      changed: true,
      server: { alias: 'Desk', note: 'by the window', url: 'http://desk.local:8200' },
    });
    // What a generated client sends for a form where only the URL was touched.
    const nullsElsewhere = await updateServer({
      id: HOST,
      set: { alias: null, note: null, url: 'https://desk.local' },
      clearAlias: null,
      clearNote: false,
      clearUrl: null,
    });
    expect(nullsElsewhere.server).toEqual({ alias: 'Desk', note: 'by the window', url: 'https://desk.local' });
    const cleared = await updateServer({ id: HOST, set: null, clearNote: true });
    expect(cleared).toEqual({
      __typename: 'UpdateServerPayload',
      changed: true,
      server: { alias: 'Desk', note: '', url: 'https://desk.local' },
    });
    expect((await updateServer({ id: HOST, clearNote: true })).changed).toBe(false);
  });

  it('updateServer with the deprecated fields answers as before: omitted keeps, null clears', async () => {
    await updateServer({ id: OTHER, set: { alias: 'Old', note: 'kept', url: 'http://old.local' } });
    expect((await updateServer({ id: OTHER, alias: null })).server).toEqual({ alias: '', note: 'kept', url: 'http://old.local' });
    expect((await updateServer({ id: OTHER, note: 'changed' })).server).toEqual({ alias: '', note: 'changed', url: 'http://old.local' });
  });

  it('updateServer refuses mixed forms and a value beside its clear flag, naming the field', async () => {
    expect(await updateServer({ id: HOST, set: { note: 'x' }, alias: null })).toEqual({
      __typename: 'InvalidInputError',
      field: 'alias',
      path: ['input', 'alias'],
      message: 'Give set and the clear flags without alias, their deprecated form.',
    });
    expect(await updateServer({ id: HOST, set: { alias: 'x' }, clearAlias: true })).toEqual({
      __typename: 'InvalidInputError',
      field: 'clearAlias',
      path: ['input', 'clearAlias'],
      message: 'Give set.alias or clearAlias: true, not both.',
    });
    expect(await updateServer({ id: HOST, set: { url: 'ftp://desk.local' } })).toMatchObject({
      __typename: 'InvalidInputError',
      field: 'set.url',
      path: ['input', 'set', 'url'],
    });
    expect((await updateServer({ id: HOST, clearAlias: false })).server.alias).toBe('Desk');
  });

  const configure = async (input: Record<string, unknown>) =>
    expectData(
      await server.graphql(
        `mutation ($input: ConfigureBackupJobInput!) { configureBackupJob(input: $input) {
          __typename
          ... on ConfigureBackupJobPayload { job { schedule {
            toleranceMinutes toleranceOverrideMilliseconds effectiveToleranceMinutes effectiveToleranceMilliseconds expectedInterval
          } overdue { toleranceMinutes effectiveToleranceMilliseconds } } }
          ... on InvalidInputError { field path message }
        } }`,
        { input },
      ),
    ).configureBackupJob;
  const docs = { key: { serverId: HOST, backupName: 'Docs' } };

  it('configureBackupJob sets and clears the tolerance override without reading null as clear', async () => {
    const set = await configure({ job: docs, toleranceOverrideMilliseconds: 45 * 60_000 });
    expect(set.job.schedule).toEqual({
      toleranceMinutes: 45,
      toleranceOverrideMilliseconds: 2_700_000,
      effectiveToleranceMinutes: 45,
      effectiveToleranceMilliseconds: 2_700_000,
      expectedInterval: '1D',
    });
    expect(set.job.overdue).toEqual({ toleranceMinutes: 45, effectiveToleranceMilliseconds: 2_700_000 });
    const nulls = await configure({
      job: docs,
      toleranceOverrideMilliseconds: null,
      clearToleranceOverride: null,
      expectedInterval: '12h',
    });
    expect(nulls.job.schedule).toMatchObject({ toleranceOverrideMilliseconds: 2_700_000, expectedInterval: '12h' });
    const cleared = await configure({ job: docs, clearToleranceOverride: true });
    const defaultMinutes = expectData(await server.graphql('{ monitoringSettings { defaultToleranceMinutes } }')).monitoringSettings
      .defaultToleranceMinutes;
    expect(cleared.job.schedule).toMatchObject({
      toleranceMinutes: null,
      toleranceOverrideMilliseconds: null,
      effectiveToleranceMilliseconds: defaultMinutes * 60_000,
    });
  });

  it('configureBackupJob with the deprecated toleranceMinutes answers as before: null clears', async () => {
    expect((await configure({ job: docs, toleranceMinutes: 20 })).job.schedule.toleranceOverrideMilliseconds).toBe(1_200_000);
    expect((await configure({ job: docs, toleranceMinutes: null })).job.schedule.toleranceMinutes).toBeNull();
  });

  it('configureBackupJob refuses mixed forms, both ways at once and a tolerance that is not whole minutes', async () => {
    expect(await configure({ job: docs, toleranceMinutes: null, toleranceOverrideMilliseconds: 60_000 })).toEqual({
      __typename: 'InvalidInputError',
      field: 'toleranceMinutes',
      path: ['input', 'toleranceMinutes'],
      message: 'Give toleranceOverrideMilliseconds or clearToleranceOverride without toleranceMinutes, their deprecated form.',
    });
    expect(await configure({ job: docs, toleranceOverrideMilliseconds: 60_000, clearToleranceOverride: true })).toMatchObject({
      field: 'clearToleranceOverride',
      message: 'Give toleranceOverrideMilliseconds or clearToleranceOverride: true, not both.',
    });
    for (const milliseconds of [90_000, -60_000, 8 * 24 * 60 * 60_000]) {
      expect(await configure({ job: docs, toleranceOverrideMilliseconds: milliseconds }), String(milliseconds)).toMatchObject({
        __typename: 'InvalidInputError',
        path: ['input', 'toleranceOverrideMilliseconds'],
        message: `toleranceOverrideMilliseconds must be whole minutes from 0 to 604800000 (7 days), got ${milliseconds}`,
      });
    }
  });

  const deleteJob = async (input: Record<string, unknown>) =>
    expectData(
      await server.graphql(
        `mutation ($input: DeleteBackupJobInput!) { deleteBackupJob(input: $input) {
          __typename
          ... on DeleteBackupJobPayload { backupName deletedBackupJobId deleted { jobs runs } server { serverId } }
          ... on InvalidInputError { field path message }
          ... on NotFoundError { message }
        } }`,
        { input },
      ),
    ).deleteBackupJob;

  const jobId = async (serverId: string, backupName: string): Promise<string> =>
    expectData(await server.graphql(`{ backupJobs(filter: { serverId: "${serverId}", backupName: "${backupName}" }) { nodes { id } } }`))
      .backupJobs.nodes[0].id;

  it('deleteBackupJob names the job by job: { id }, job: { key } or the deprecated fields, answering alike', async () => {
    const photosId = await jobId(HOST, 'Photos');
    const byId = await deleteJob({ job: { id: photosId } });
    expect(byId).toEqual({
      __typename: 'DeleteBackupJobPayload',
      backupName: 'Photos',
      deletedBackupJobId: photosId,
      deleted: { jobs: 1, runs: 1 },
      server: { serverId: HOST },
    });
    const musicId = await jobId(HOST, 'Music');
    const byKey = await deleteJob({ job: { key: { serverId: HOST, backupName: 'Music' } } });
    expect(byKey).toMatchObject({ __typename: 'DeleteBackupJobPayload', backupName: 'Music', deletedBackupJobId: musicId });
    const mailId = await jobId(OTHER, 'Mail');
    const byOldFields = await deleteJob({ serverId: OTHER, backupName: 'Mail' });
    expect(byOldFields).toMatchObject({ __typename: 'DeleteBackupJobPayload', backupName: 'Mail', deletedBackupJobId: mailId });

    expect(await deleteJob({ job: { id: photosId } })).toEqual({
      __typename: 'NotFoundError',
      message: `No backup job with id ${photosId}`,
    });
    expect(await deleteJob({ job: { key: { serverId: HOST, backupName: 'Music' } } })).toEqual({
      __typename: 'NotFoundError',
      message: `Server ${HOST} has no backup job named "Music"`,
    });
    expect(await deleteJob({ serverId: OTHER, backupName: 'Mail' })).toEqual({
      __typename: 'NotFoundError',
      message: `Server ${OTHER} has no backup job named "Mail"`,
    });
  });

  it('deleteBackupJob refuses no way, both ways and half of the old way, and deletes nothing', async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{}, 'job', 'Name the job with job: { id: ... } or job: { key: { serverId: ..., backupName: ... } }.'],
      [
        { job: { key: { serverId: HOST, backupName: 'Mail' } }, serverId: HOST },
        'job',
        'Give job alone: serverId and backupName are its deprecated forms.',
      ],
      [{ serverId: HOST }, 'backupName', 'Give backupName with serverId (or use job instead).'],
      [{ backupName: 'Mail' }, 'serverId', 'Give serverId with backupName (or use job instead).'],
    ];
    for (const [input, field, message] of cases) {
      expect(await deleteJob(input), JSON.stringify(input)).toEqual({
        __typename: 'InvalidInputError',
        field,
        path: ['input', field],
        message,
      });
    }
    expect(await jobId(HOST, 'Mail')).toBeTruthy();
  });
});
