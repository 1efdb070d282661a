/**
 * Ids are decoded with their type checked (src/graphql/identity.ts): the global id of another
 * type, or text that is no id of this API, is refused with the argument's name and the reason,
 * never read as key 0 ("No backup job with id 0") nor looked up as a machine-id.
 */
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDuplicatiReport } from '../support/report-builder.ts';
import { expectData, startTestServer } from '../support/test-server.ts';
import type { TestServer } from '../support/test-server.ts';

const MACHINE_ID = 'ab00000000000000000000000000cd01';

interface Ids {
  server: string;
  job: string;
  backup: string;
  alert: string;
}

describe('ids of the wrong type', () => {
  let server: TestServer;
  let ids: Ids;

  beforeAll(async () => {
    server = await startTestServer();
    const failed = buildDuplicatiReport({
      serverId: MACHINE_ID,
      serverName: 'typed-ids',
      backupName: 'Docs',
      parsedResult: 'Error',
      errors: 1,
    });
    expect((await server.upload(failed)).status).toBe(200);
    const data = expectData(
      await server.graphql(`{
        server(id: "${MACHINE_ID}") { ... on Server { id backupJobs { id backups { edges { node { id } } } } } }
        alerts { edges { node { id } } }
      }`),
    );
    const job = data.server.backupJobs[0];
    ids = { server: data.server.id, job: job.id, backup: job.backups.edges[0].node.id, alert: data.alerts.edges[0].node.id };
  });
  afterAll(() => server.stop());

  const configure = async (id: string) =>
    expectData(
      await server.graphql(
        `mutation ($id: ID!) { configureBackupJob(input: { id: $id, expectedInterval: "1D" }) {
          __typename ... on InvalidInputError { field message } ... on NotFoundError { message } } }`,
        { id },
      ),
    ).configureBackupJob;

  it('configureBackupJob refuses the id of a server, a run or an alert with a typed InvalidInputError naming both types', async () => {
    for (const [other, typename] of [
      [ids.server, 'a Server'],
      [ids.backup, 'a Backup'],
      [ids.alert, 'an Alert'],
    ] as const) {
      const result = await configure(other);
      expect(result).toEqual({
        __typename: 'InvalidInputError',
        field: 'id',
        message: `id must be the id of a BackupJob; ${JSON.stringify(other)} is the id of ${typename}`,
      });
    }
  });

  it('configureBackupJob refuses text that is no id of this API, and a key no job can have', async () => {
    for (const text of [
      'not-an-id',
      '0',
      encodeGlobalID('BackupJob', 'seven'),
      encodeGlobalID('BackupJob', 2 ** 31),
      encodeGlobalID('Nothing', 1),
    ]) {
      const result = await configure(text);
      expect(result.__typename, text).toBe('InvalidInputError');
      expect(result.field).toBe('id');
      expect(result.message).toBe(`id must be the id of a BackupJob as this API returns it; got ${JSON.stringify(text)}`);
      expect(result.message).not.toMatch(/id 0\b/);
    }
  });

  it('configureBackupJob still finds a job by its own id, and reports a job that is gone as not found', async () => {
    expect(await configure(ids.job)).toEqual({ __typename: 'ConfigureBackupJobPayload' });
    const gone = encodeGlobalID('BackupJob', 999_999);
    expect(await configure(gone)).toEqual({ __typename: 'NotFoundError', message: 'No backup job with id 999999' });
  });

  it('acknowledgeAlert answers the id of another type with a BAD_USER_INPUT error naming the argument', async () => {
    const response = await server.graphql(`mutation ($id: ID!) { acknowledgeAlert(input: { id: $id }) { __typename } }`, { id: ids.job });
    expect(response.data).toBeNull();
    expect(response.errors).toEqual([
      expect.objectContaining({
        message: `id must be the id of an Alert; ${JSON.stringify(ids.job)} is the id of a BackupJob`,
        extensions: { code: 'BAD_USER_INPUT', field: 'id' },
      }),
    ]);
    const acknowledged = expectData(
      await server.graphql(`mutation ($id: ID!) { acknowledgeAlert(input: { id: $id }) { __typename } }`, { id: ids.alert }),
    );
    expect(acknowledged.acknowledgeAlert.__typename).toBe('AcknowledgeAlertPayload');
  });

  it('an argument naming a server takes its global id or machine-id, and refuses the global id of another type', async () => {
    const byId = async (id: string) => server.graphql(`query ($id: ID) { server(id: $id) { ... on Server { serverId } } }`, { id });
    expect(expectData(await byId(ids.server)).server.serverId).toBe(MACHINE_ID);
    expect(expectData(await byId(MACHINE_ID)).server.serverId).toBe(MACHINE_ID);
    const wrong = await byId(ids.job);
    expect(wrong.errors?.[0]).toMatchObject({
      message: `id must be the id of a Server; ${JSON.stringify(ids.job)} is the id of a BackupJob`,
      extensions: { code: 'BAD_USER_INPUT', field: 'id' },
    });

    const filtered = await server.graphql(`query ($id: ID) { backups(filter: { serverId: $id }) { totalCount } }`, { id: ids.alert });
    expect(filtered.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'serverId' } });

    const updated = expectData(
      await server.graphql(
        `mutation ($id: ID!) { updateServer(input: { id: $id, note: "x" }) { __typename ... on InvalidInputError { field } } }`,
        {
          id: ids.backup,
        },
      ),
    );
    expect(updated.updateServer).toEqual({ __typename: 'InvalidInputError', field: 'id' });
  });

  it('node(id:) keeps answering null for an id of no Node, whatever its shape', async () => {
    const data = expectData(
      await server.graphql(`query ($ids: [ID!]!) { nodes(ids: $ids) { __typename } }`, {
        ids: [ids.job, 'not-an-id', encodeGlobalID('BackupJob', 2 ** 31), encodeGlobalID('DeletionCounts', 1)],
      }),
    );
    expect(data.nodes).toEqual([{ __typename: 'BackupJob' }, null, null, null]);
  });

  it('MonitoringSettings is a Node with one fixed id: read, updated and looked up by node(id:) as the same object', async () => {
    const read = expectData(await server.graphql(`{ monitoringSettings { id reminderFrequency } }`)).monitoringSettings;
    expect(read.id).toBe(encodeGlobalID('MonitoringSettings', 'current'));

    const updated = expectData(
      await server.graphql(
        `mutation { updateMonitoringSettings(input: { reminderFrequency: EVERY_WEEK }) { __typename ... on MonitoringSettings { id reminderFrequency } } }`,
      ),
    ).updateMonitoringSettings;
    // The same id: a normalised cache replaces the entry it already holds with the new values.
    expect(updated).toEqual({ __typename: 'MonitoringSettings', id: read.id, reminderFrequency: 'EVERY_WEEK' });

    const looked = expectData(
      await server.graphql(`query ($ids: [ID!]!) { nodes(ids: $ids) { __typename id ... on MonitoringSettings { reminderFrequency } } }`, {
        ids: [read.id, encodeGlobalID('MonitoringSettings', 'other')],
      }),
    );
    expect(looked.nodes).toEqual([{ __typename: 'MonitoringSettings', id: read.id, reminderFrequency: 'EVERY_WEEK' }, null]);
  });
});
