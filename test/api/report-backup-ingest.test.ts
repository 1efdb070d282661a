import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDuplicatiReport } from '../support/report-builder.ts';
import { adminHeaders, expectData, startTestServer } from '../support/test-server.ts';
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
      ... on InvalidReportError { message reason section missingFields invalidFields }
      ... on DuplicateReportError { message }
    }
  }
`;

async function ingestedReports(): Promise<Record<string, number>> {
  const response = await fetch(`${server.url}/metrics`, { headers: adminHeaders });
  expect(response.status).toBe(200);
  const counts: Record<string, number> = {};
  for (const [, outcome, value] of (await response.text()).matchAll(/^dupligraph_ingested_reports_total\{outcome="(\w+)"\} (\d+)$/gm)) {
    counts[outcome!] = Number(value);
  }
  return counts;
}

/** A run in the future is refused quoting the server's clock, which moved between the two requests. */
function withoutServerTime(message: string): string {
  return message.replace(/this server's time \S+;/, "this server's time …;");
}

function report(serverId: string, options: Parameters<typeof buildDuplicatiReport>[0] = {}) {
  return buildDuplicatiReport({ serverId, ...options });
}

describe('one ingest for /api/upload and Mutation.reportBackup', () => {
  it('counts every report in dupligraph_ingested_reports_total, whichever transport brought it', async () => {
    const before = await ingestedReports();
    const count = (outcome: string) => (before[outcome] ?? 0) + 1;

    const viaGraphQL = report('9b000000000000000000000000000001');
    expect(expectData(await server.graphql(REPORT_BACKUP, { report: viaGraphQL })).reportBackup.__typename).toBe('ReportBackupPayload');
    expect((await ingestedReports()).stored).toBe(count('stored'));

    expect(expectData(await server.graphql(REPORT_BACKUP, { report: viaGraphQL })).reportBackup.__typename).toBe('DuplicateReportError');
    const incomplete = report('9b000000000000000000000000000001', { data: { Duration: undefined } });
    expect(expectData(await server.graphql(REPORT_BACKUP, { report: incomplete })).reportBackup.__typename).toBe('InvalidReportError');
    expect(await ingestedReports()).toMatchObject({ stored: count('stored'), duplicate: count('duplicate'), rejected: count('rejected') });

    // The upload route counts into the same series.
    expect((await server.upload(report('9b000000000000000000000000000002'))).status).toBe(200);
    expect((await ingestedReports()).stored).toBe(count('stored') + 1);
  });
});

describe('Mutation.reportBackup: InvalidReportError says what /api/upload answers', () => {
  const future = new Date(Date.now() + 30 * 86_400_000).toISOString();
  const cases = [
    {
      name: 'not a backup',
      reason: 'NOT_A_BACKUP',
      section: null,
      body: report('9b00000000000000000000000000000a', { data: { MainOperation: 'Restore' } }),
    },
    {
      name: 'no Extra section',
      reason: 'MISSING_SECTION',
      section: 'EXTRA',
      body: { ...report('9b00000000000000000000000000000b'), Extra: null },
    },
    {
      name: 'Extra fields missing',
      reason: 'MISSING_FIELDS',
      section: 'EXTRA',
      body: report('9b00000000000000000000000000000c', { extra: { 'backup-id': '' } }),
    },
    {
      name: 'Data fields missing',
      reason: 'MISSING_FIELDS',
      section: 'DATA',
      body: report('9b00000000000000000000000000000d', { data: { ParsedResult: '' } }),
    },
    {
      name: 'a date that is none',
      reason: 'INVALID_DATES',
      section: 'DATA',
      body: report('9b00000000000000000000000000000e', { data: { EndTime: 'never' } }),
    },
    {
      name: 'a run in the future',
      reason: 'FUTURE_DATES',
      section: 'DATA',
      body: report('9b00000000000000000000000000000f', { beginTime: future }),
    },
    {
      name: 'a duration that is none',
      reason: 'INVALID_DURATION',
      section: 'DATA',
      body: report('9b000000000000000000000000000010', { data: { Duration: 'long' } }),
    },
    {
      name: 'values no report carries',
      reason: 'INVALID_VALUES',
      section: null,
      body: report('9b000000000000000000000000000011', { data: { ExaminedFiles: -1 } }),
    },
  ] as const;

  for (const { name, reason, section, body } of cases) {
    it(`answers ${name} with reason ${reason} and the upload's message and fields`, async () => {
      const upload = await server.upload(body);
      expect(upload.status).toBe(400);
      const data = expectData(await server.graphql(REPORT_BACKUP, { report: body }));
      expect({ ...data.reportBackup, message: withoutServerTime(data.reportBackup.message) }).toEqual({
        __typename: 'InvalidReportError',
        message: withoutServerTime(upload.body.error),
        reason,
        section,
        missingFields: upload.body.missingFields ?? [],
        invalidFields: upload.body.invalidFields ?? [],
      });
    });
  }
});
