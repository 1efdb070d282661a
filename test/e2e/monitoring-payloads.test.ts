import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectData, startTestServer } from '../support/test-server.ts';
import type { TestServer } from '../support/test-server.ts';

const SETTINGS = 'defaultToleranceMinutes reminderFrequency';
const REFUSAL = '... on InvalidInputError { code field path message }';
const STATISTICS = 'statistics { totalBackupConfigs checkedBackups overdueBackupsFound notificationsSent alertsRaised remindersSent }';

describe('setMonitoringSettings and runOverdueCheck beside the deprecated mutations they replace', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.stop());

  it('changes the settings exactly as updateMonitoringSettings does, inside a payload', async () => {
    const viaNew = expectData(
      await server.graphql(`mutation { setMonitoringSettings(input: { defaultToleranceMinutes: 30, reminderFrequency: EVERY_WEEK }) {
        __typename ... on SetMonitoringSettingsPayload { monitoringSettings { id ${SETTINGS} } } } }`),
    ).setMonitoringSettings;
    expect(viaNew).toEqual({
      __typename: 'SetMonitoringSettingsPayload',
      monitoringSettings: { id: expect.any(String), defaultToleranceMinutes: 30, reminderFrequency: 'EVERY_WEEK' },
    });

    const viaOld = expectData(
      await server.graphql(`mutation { updateMonitoringSettings(input: { reminderFrequency: EVERY_WEEK }) {
        __typename ... on MonitoringSettings { id ${SETTINGS} } } }`),
    ).updateMonitoringSettings;
    expect(viaOld).toEqual({ __typename: 'MonitoringSettings', ...viaNew.monitoringSettings });
    expect(expectData(await server.graphql(`{ monitoringSettings { id ${SETTINGS} } }`)).monitoringSettings).toEqual(
      viaNew.monitoringSettings,
    );
  });

  it('refuses a tolerance outside the allowed values with the same typed error on both names, changing nothing', async () => {
    const before = expectData(await server.graphql(`{ monitoringSettings { ${SETTINGS} } }`)).monitoringSettings;
    const viaNew = expectData(
      await server.graphql(`mutation { setMonitoringSettings(input: { defaultToleranceMinutes: 7 }) { __typename ${REFUSAL} } }`),
    ).setMonitoringSettings;
    const viaOld = expectData(
      await server.graphql(`mutation { updateMonitoringSettings(input: { defaultToleranceMinutes: 7 }) { __typename ${REFUSAL} } }`),
    ).updateMonitoringSettings;
    expect(viaNew.__typename).toBe('InvalidInputError');
    expect(viaNew.field).toBe('defaultToleranceMinutes');
    expect(viaNew.message).toMatch(/\S/);
    expect(viaOld).toEqual(viaNew);
    expect(expectData(await server.graphql(`{ monitoringSettings { ${SETTINGS} } }`)).monitoringSettings).toEqual(before);
  });

  it('runs the overdue check as checkOverdueNow does, inside a payload', async () => {
    const viaNew = expectData(
      await server.graphql(`mutation { runOverdueCheck { __typename ... on RunOverdueCheckPayload { check { message ${STATISTICS} } } } }`),
    ).runOverdueCheck;
    const viaOld = expectData(await server.graphql(`mutation { checkOverdueNow { message ${STATISTICS} } }`)).checkOverdueNow;
    expect(viaNew.__typename).toBe('RunOverdueCheckPayload');
    expect(viaNew.check).toEqual(viaOld);
    expect(viaOld.statistics.totalBackupConfigs).toBe(0);
  });
});
