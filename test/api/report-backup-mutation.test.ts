import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDuplicatiReport } from '../support/report-builder.ts';
import { expectData, startTestServer } from '../support/test-server.ts';
import type { TestServer } from '../support/test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

const REPORT_BACKUP = /* GraphQL */ `
  mutation ($report: JSONObject!) {
    reportBackup(input: { report: $report }) {
      __typename
      ... on ReportBackupPayload { backup { serverId backupName status duration size server { name } job { backupName } } }
      ... on InvalidReportError { message missingFields invalidFields }
      ... on DuplicateReportError { message }
    }
  }
`;

describe('Mutation.reportBackup', () => {
  it('stores a report exactly as /api/upload does and returns the run', async () => {
    const report = buildDuplicatiReport({
      serverId: '9a000000000000000000000000000001',
      serverName: 'via-graphql',
      backupName: 'Photos',
      durationSeconds: 93784.512,
      data: { SizeOfExaminedFiles: 6_000_000_000 },
    });
    const data = expectData(await server.graphql(REPORT_BACKUP, { report }));
    expect(data.reportBackup).toEqual({
      __typename: 'ReportBackupPayload',
      backup: {
        serverId: '9a000000000000000000000000000001',
        backupName: 'Photos',
        status: 'SUCCESS',
        duration: '26:03:04',
        size: 6_000_000_000,
        server: { name: 'via-graphql' },
        job: { backupName: 'Photos' },
      },
    });
    // The same run through the REST route is now a duplicate: one store, one rule.
    expect((await server.upload(report)).status).toBe(409);
  });

  it('answers a duplicate with a typed error', async () => {
    const report = buildDuplicatiReport({ serverId: '9a000000000000000000000000000002', beginTime: '2025-02-02T02:02:02Z' });
    expect((await server.upload(report)).status).toBe(200);
    const data = expectData(await server.graphql(REPORT_BACKUP, { report }));
    expect(data.reportBackup.__typename).toBe('DuplicateReportError');
    expect(data.reportBackup.message).toMatch(/duplicated/);
  });

  it('answers an incomplete report with a typed error naming the missing fields', async () => {
    const report = buildDuplicatiReport({ data: { ParsedResult: undefined, Duration: '' } });
    const data = expectData(await server.graphql(REPORT_BACKUP, { report }));
    expect(data.reportBackup).toEqual({
      __typename: 'InvalidReportError',
      message: 'Missing required fields in Data section: ParsedResult, Duration',
      missingFields: ['ParsedResult', 'Duration'],
      invalidFields: [],
    });
  });
});
