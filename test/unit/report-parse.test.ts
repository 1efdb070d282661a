import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  extractAvailableVersions,
  knownStatus,
  normaliseTimestamp,
  parseDuplicatiReport,
  storedStatus,
} from '../../src/domain/report/index.ts';
import type { ParsedReport, ReportRejection, ReportedRun } from '../../src/domain/report/index.ts';
import { uploadRejectionResponse } from '../../src/http/upload-rejection.ts';
import { readSharedReport, sharedFixturesAvailable, sharedFixturesDir } from '../support/fixtures.ts';
import { buildDuplicatiReport } from '../support/report-builder.ts';

/** After every run the builder and the fixtures date, so none is in the future. */
const NOW = new Date('2026-06-01T00:00:00Z');
const UTC = { timeZone: 'UTC', now: NOW };
const LONDON = { timeZone: 'Europe/London', now: NOW };

function parsed(body: unknown, options = UTC): ParsedReport {
  const result = parseDuplicatiReport(body, options);
  if (!result.ok) throw new Error(`expected the report to be accepted, got ${result.rejection.message}`);
  return result.report;
}

function run(body: unknown, options = UTC): ReportedRun {
  return parsed(body, options).run;
}

function rejection(body: unknown, options = UTC): ReportRejection {
  const result = parseDuplicatiReport(body, options);
  if (result.ok) throw new Error('expected the report to be rejected');
  return result.rejection;
}

/** /api/upload's answer: same body and same key order, since clients may compare the JSON text. */
function expectRejection(body: unknown, expected: Record<string, unknown>): void {
  const { status, body: answer } = uploadRejectionResponse(rejection(body), body);
  expect(status).toBe(400);
  expect(answer).toStrictEqual(expected);
  expect(Object.keys(answer)).toEqual(Object.keys(expected));
}

/** A report as plain JSON, so tests can delete or replace any part of it. */
function report(options: Parameters<typeof buildDuplicatiReport>[0] = {}): Record<string, any> {
  return JSON.parse(JSON.stringify(buildDuplicatiReport(options)));
}

describe('parseDuplicatiReport: validation order and answers (docs/compatibility/upload.md#validation-and-responses)', () => {
  const onlyBackups = { error: 'Only backup operations are supported' };

  it('row 1: rejects an operation other than Backup', () => {
    expectRejection(report({ data: { MainOperation: 'Restore' } }), onlyBackups);
    expectRejection(report({ data: { MainOperation: 'backup' } }), onlyBackups);
  });

  it('row 1: rejects a report whose Data or Data.MainOperation is missing', () => {
    const noData = report();
    delete noData.Data;
    expectRejection(noData, onlyBackups);
    expectRejection(report({ data: { MainOperation: undefined } }), onlyBackups);
    expectRejection({ ...report(), Data: 'Backup' }, onlyBackups);
  });

  it('row 1: answers a body that is not an object like a report without Data', () => {
    for (const body of [null, undefined, [], [report()], 'Backup', 42, true]) expectRejection(body, onlyBackups);
  });

  it('row 1 comes before row 2: a restore without Extra is refused as a non-backup', () => {
    const body = report({ data: { MainOperation: 'Restore' } });
    delete body.Extra;
    expectRejection(body, onlyBackups);
  });

  it('row 2: rejects a missing or falsy Extra section', () => {
    const missing = { error: 'Missing Extra section in request data' };
    const body = report();
    delete body.Extra;
    expectRejection(body, missing);
    for (const extra of [null, '', 0, false]) expectRejection({ ...report(), Extra: extra }, missing);
  });

  it('row 3: lists every missing Extra field in order and echoes the Extra section', () => {
    const body = report({ extra: { 'machine-name': '', 'backup-id': undefined } });
    expectRejection(body, {
      error: 'Missing required fields in Extra section: machine-name, backup-id',
      missingFields: ['machine-name', 'backup-id'],
      extraSection: body.Extra,
    });
  });

  it('row 3: counts an empty Extra object as missing all four fields', () => {
    expectRejection(
      { ...report(), Extra: {} },
      {
        error: 'Missing required fields in Extra section: machine-id, machine-name, backup-name, backup-id',
        missingFields: ['machine-id', 'machine-name', 'backup-name', 'backup-id'],
        extraSection: {},
      },
    );
  });

  it('row 3: treats a truthy Extra that is not an object as having none of the fields, echoing it as sent', () => {
    expectRejection(
      { ...report(), Extra: 'machine-id=abc' },
      {
        error: 'Missing required fields in Extra section: machine-id, machine-name, backup-name, backup-id',
        missingFields: ['machine-id', 'machine-name', 'backup-name', 'backup-id'],
        extraSection: 'machine-id=abc',
      },
    );
  });

  it('row 3 comes before row 5', () => {
    const body = report({ extra: { 'backup-name': '' }, data: { Duration: undefined } });
    expect(rejection(body).message).toBe('Missing required fields in Extra section: backup-name');
  });

  it('row 5: lists the falsy required Data fields in order and echoes the Data section', () => {
    const body = report({ data: { ParsedResult: '', Duration: undefined } });
    expectRejection(body, {
      error: 'Missing required fields in Data section: ParsedResult, Duration',
      missingFields: ['ParsedResult', 'Duration'],
      dataSection: body.Data,
    });
  });

  it('row 5: counts null, 0 and false as missing, like the JavaScript truthiness test upstream', () => {
    const body = report({ data: { ParsedResult: null, BeginTime: 0, Duration: false } });
    expectRejection(body, {
      error: 'Missing required fields in Data section: ParsedResult, BeginTime, Duration',
      missingFields: ['ParsedResult', 'BeginTime', 'Duration'],
      dataSection: body.Data,
    });
  });

  it('row 5: answers a missing Duration alone with its own message', () => {
    const body = report({ data: { Duration: undefined } });
    expect(rejection(body)).toEqual({
      kind: 'missing-fields',
      message: 'Missing required fields in Data section: Duration',
      section: 'Data',
      missingFields: ['Duration'],
    });
  });

  it('row 4 cannot be reached: a report without Data is already refused by row 1', () => {
    const body = report();
    delete body.Data;
    expect(rejection(body).message).not.toBe('Missing Data section in request data');
  });

  it('our deviation (a): answers 400 for a BeginTime that is not a date', () => {
    expectRejection(report({ data: { BeginTime: 'yesterday evening' } }), {
      error: 'Invalid date in Data section: BeginTime',
      invalidFields: ['BeginTime'],
    });
  });

  it('our deviation (a): answers 400 for a missing or invalid EndTime, listing both times when both are bad', () => {
    expectRejection(report({ data: { EndTime: undefined } }), {
      error: 'Invalid date in Data section: EndTime',
      invalidFields: ['EndTime'],
    });
    expectRejection(report({ data: { BeginTime: '2025-13-45T99:00:00Z', EndTime: {} } }), {
      error: 'Invalid date in Data section: BeginTime, EndTime',
      invalidFields: ['BeginTime', 'EndTime'],
    });
  });

  it('our deviation (b): answers 400 for a Duration that is not a TimeSpan', () => {
    const expected = { error: 'Invalid duration in Data section: Duration', invalidFields: ['Duration'] };
    expectRejection(report({ data: { Duration: '51 seconds' } }), expected);
    expectRejection(report({ data: { Duration: 51.38 } }), expected);
    expectRejection(report({ data: { Duration: '00:61:00' } }), expected);
  });

  it('checks the dates before the duration, and both only after row 5', () => {
    expect(rejection(report({ data: { EndTime: 'never', Duration: 'long' } })).message).toBe('Invalid date in Data section: EndTime');
    expect(rejection(report({ data: { ParsedResult: '', EndTime: 'never' } })).message).toBe(
      'Missing required fields in Data section: ParsedResult',
    );
  });
});

describe('parseDuplicatiReport: column mapping (docs/compatibility/upload.md#data-fields, docs/compatibility/upload.md#extra-fields)', () => {
  it('produces exactly the columns of the prisma Backup model except id and createdAt', () => {
    const schema = fs.readFileSync(fileURLToPath(new URL('../../prisma/schema.prisma', import.meta.url)), 'utf8');
    const model = /model Backup \{([\s\S]*?)\n\}/.exec(schema)?.[1] ?? '';
    const scalarFields = model
      .split('\n')
      .map((line) => /^\s+(\w+)\s+(String|Int|Float|BigInt|Boolean)\??(?:\s|$)/.exec(line)?.[1])
      .filter((name): name is string => name !== undefined && name !== 'id' && name !== 'createdAt');
    expect(scalarFields.length).toBeGreaterThan(50);
    expect(Object.keys(run(report())).sort()).toEqual(scalarFields.sort());
  });

  it('maps a complete report field by field', () => {
    const body = report({
      serverId: 'ab12ab12ab12ab12ab12ab12ab12ab12',
      serverName: 'nas-01',
      backupName: 'Photos',
      backupId: 'DB-7',
      beginTime: '2025-04-21T23:45:46.9712217Z',
      durationSeconds: 51.3856057,
      logLines: ['line one', 'line two'],
    });
    const { server, run: row } = parsed(body);
    expect(server).toEqual({ id: 'ab12ab12ab12ab12ab12ab12ab12ab12', name: 'nas-01' });
    expect(row).toEqual({
      serverId: 'ab12ab12ab12ab12ab12ab12ab12ab12',
      backupName: 'Photos',
      backupId: 'DB-7',
      date: '2025-04-21T23:45:46.971Z',
      status: 'Success',
      durationSeconds: 51.3856057,
      size: 201_938_475_512n,
      uploadedSize: 52_894_411n,
      examinedFiles: 48_211,
      warnings: 0,
      errors: 0,
      messagesArray: '["line one","line two"]',
      warningsArray: null,
      errorsArray: null,
      availableBackups: '[]',
      deletedFiles: 3,
      deletedFolders: 0,
      modifiedFiles: 12,
      openedFiles: 49,
      addedFiles: 37,
      sizeOfModifiedFiles: 1_893_340n,
      sizeOfAddedFiles: 52_894_411n,
      sizeOfExaminedFiles: 201_938_475_512n,
      sizeOfOpenedFiles: 54_787_751n,
      notProcessedFiles: 0,
      addedFolders: 2,
      tooLargeFiles: 0,
      filesWithError: 0,
      modifiedFolders: 0,
      modifiedSymlinks: 0,
      addedSymlinks: 0,
      deletedSymlinks: 0,
      partialBackup: false,
      dryrun: false,
      mainOperation: 'Backup',
      parsedResult: 'Success',
      interrupted: false,
      version: '2.1.0.5 (2.1.0.5_stable_2025-03-04)',
      beginTime: '2025-04-21T23:45:46.971Z',
      endTime: '2025-04-21T23:46:38.357Z',
      warningsActualLength: 0,
      errorsActualLength: 0,
      messagesActualLength: 2,
      bytesDownloaded: 53_558_947n,
      knownFileSize: 187_453_100_233n,
      lastBackupDate: '2025-04-21T23:45:46.000Z',
      backupListCount: 1,
      reportedQuotaError: false,
      reportedQuotaWarning: false,
      backendMainOperation: 'Backup',
      backendParsedResult: 'Success',
      backendInterrupted: false,
      backendVersion: '2.1.0.5 (2.1.0.5_stable_2025-03-04)',
      backendBeginTime: '2025-04-21T23:45:46.971Z',
      backendDuration: '00:00:00',
      backendWarningsActualLength: 0,
      backendErrorsActualLength: 0,
    });
  });

  it('writes SizeOfExaminedFiles to both size and sizeOfExaminedFiles, up to 2^53 - 1 digit for digit when sent as text', () => {
    const row = run(report({ data: { SizeOfExaminedFiles: '9007199254740991' } }));
    expect(row.size).toBe(9_007_199_254_740_991n);
    expect(row.sizeOfExaminedFiles).toBe(9_007_199_254_740_991n);
  });

  it('refuses byte sizes past 2^53 - 1 and counts past 2^31 - 1 with a 400 naming them', () => {
    const result = parseDuplicatiReport(report({ data: { SizeOfExaminedFiles: '9007199254740993', ExaminedFiles: 2 ** 31 } }), UTC);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.rejection.kind).toBe('invalid-values');
    if (result.rejection.kind !== 'invalid-values') return;
    expect(result.rejection.invalidFields).toEqual(['Data.SizeOfExaminedFiles', 'Data.ExaminedFiles']);
    expect(result.rejection.message).toBe(
      'Invalid values in the report: Data.SizeOfExaminedFiles must be a whole number of bytes from 0 to 9007199254740991, got "9007199254740993"; ' +
        'Data.ExaminedFiles must be a whole number from 0 to 2147483647, got 2147483648',
    );
  });

  it('writes the warning and error counters to both of their columns', () => {
    const row = run(report({ warnings: 2, errors: 3 }));
    expect([row.warnings, row.warningsActualLength, row.errors, row.errorsActualLength]).toEqual([2, 2, 3, 3]);
  });

  it('stores 0 for absent, null and empty numbers, and reads whole numbers sent as text', () => {
    const row = run(
      report({
        data: {
          ExaminedFiles: undefined,
          OpenedFiles: null,
          AddedFiles: '',
          ModifiedFiles: '17',
          AddedFolders: 4.0,
          SizeOfAddedFiles: undefined,
          SizeOfOpenedFiles: ' 1500 ',
          SizeOfModifiedFiles: 1.5e3,
          BackendStatistics: { KnownFileSize: undefined, BytesUploaded: null, BackupListCount: null },
        },
      }),
    );
    expect([row.examinedFiles, row.openedFiles, row.addedFiles, row.modifiedFiles, row.addedFolders]).toEqual([0, 0, 0, 17, 4]);
    expect([row.sizeOfAddedFiles, row.sizeOfOpenedFiles, row.sizeOfModifiedFiles, row.knownFileSize, row.uploadedSize]).toEqual([
      0n,
      1500n,
      1500n,
      0n,
      0n,
    ]);
    expect(row.backupListCount).toBe(0);
  });

  it('reads booleans by truthiness', () => {
    const row = run(
      report({
        data: {
          PartialBackup: 1,
          Dryrun: 'yes',
          Interrupted: 0,
          BackendStatistics: { ReportedQuotaError: true, ReportedQuotaWarning: '' },
        },
      }),
    );
    expect([row.partialBackup, row.dryrun, row.interrupted, row.reportedQuotaError, row.reportedQuotaWarning]).toEqual([
      true,
      true,
      false,
      true,
      false,
    ]);
  });

  it('stores null for absent strings and for a BackendStatistics section that is missing', () => {
    const row = run(report({ data: { Version: undefined, BackendStatistics: undefined } }));
    expect(row.version).toBeNull();
    expect(row).toMatchObject({
      backendMainOperation: null,
      backendParsedResult: null,
      backendVersion: null,
      backendBeginTime: null,
      backendDuration: null,
      lastBackupDate: null,
      uploadedSize: 0n,
      backendInterrupted: false,
    });
  });

  it('stores null backend columns when a newer Duplicati omits MainOperation, BeginTime, EndTime and Duration there', () => {
    const row = run(
      report({ data: { BackendStatistics: { MainOperation: undefined, BeginTime: undefined, EndTime: undefined, Duration: undefined } } }),
    );
    expect([row.backendMainOperation, row.backendBeginTime, row.backendDuration]).toEqual([null, null, null]);
  });

  it('stores the backend Duration raw and the backend ParsedResult verbatim, even a non-Duplicati value', () => {
    const row = run(report({ data: { BackendStatistics: { Duration: '1.00:00:00.1230000', ParsedResult: 'Failed' } } }));
    expect(row.backendDuration).toBe('1.00:00:00.1230000');
    expect(row.backendParsedResult).toBe('Failed');
  });

  it('normalises LastBackupDate and the backend BeginTime, and stores null for a LastBackupDate that is not a date', () => {
    const row = run(
      report({ data: { BackendStatistics: { LastBackupDate: '2025-04-22T00:45:46+01:00', BeginTime: '2025-04-21T23:45:46.9712252Z' } } }),
    );
    expect(row.lastBackupDate).toBe('2025-04-21T23:45:46.000Z');
    expect(row.backendBeginTime).toBe('2025-04-21T23:45:46.971Z');
    expect(run(report({ data: { BackendStatistics: { LastBackupDate: 'soon' } } })).lastBackupDate).toBeNull();
  });

  it('reads the day prefix of a long Duration correctly', () => {
    expect(run(report({ data: { Duration: '1.02:03:04.5120000' } })).durationSeconds).toBe(93_784.512);
  });

  it('stores Extra values that are not strings as text', () => {
    const { server, run: row } = parsed(report({ extra: { 'backup-id': 12 as unknown as string } }));
    expect(row.backupId).toBe('12');
    expect(server.id).toBe(row.serverId);
  });

  it('ignores the other Extra keys and OperationName', () => {
    const body = report({ extra: { OperationName: 'Restore', 'operating-system': 'Linux' } });
    expect(run(body).mainOperation).toBe('Backup');
  });
});

describe('stored status (docs/compatibility/upload.md#status-rule)', () => {
  const cases: Array<[parsedResult: string, warnings: number, status: string]> = [
    ['Success', 0, 'Success'],
    ['Success', 1, 'Warning'],
    ['Warning', 0, 'Warning'],
    ['Warning', 3, 'Warning'],
    ['Error', 0, 'Error'],
    ['Error', 2, 'Error'],
    ['Fatal', 5, 'Fatal'],
    ['Unknown', 1, 'Unknown'],
    ['success', 1, 'success'],
  ];

  for (const [parsedResult, warnings, status] of cases) {
    it(`stores ${status} for ParsedResult ${parsedResult} with ${warnings} warning(s)`, () => {
      expect(storedStatus(parsedResult, warnings)).toBe(status);
      expect(run(report({ parsedResult, warnings })).status).toBe(status);
    });
  }

  it('keeps the reported ParsedResult in parsedResult when the status is remapped', () => {
    const row = run(report({ parsedResult: 'Success', warnings: 1 }));
    expect([row.status, row.parsedResult]).toEqual(['Warning', 'Success']);
  });

  it('shows any stored value outside the five known statuses as Unknown', () => {
    expect(['Success', 'Warning', 'Error', 'Fatal', 'Unknown', 'Failed', ''].map(knownStatus)).toEqual([
      'Success',
      'Warning',
      'Error',
      'Fatal',
      'Unknown',
      'Unknown',
      'Unknown',
    ]);
  });
});

describe('normaliseTimestamp (docs/compatibility/upload.md#times)', () => {
  it('writes ISO with milliseconds and Z, truncating .NET ticks as JavaScript does', () => {
    expect(normaliseTimestamp('2025-04-21T23:45:46.9712217Z', 'UTC')).toBe('2025-04-21T23:45:46.971Z');
    expect(normaliseTimestamp('2025-04-21T23:45:46.9999999Z', 'Europe/London')).toBe('2025-04-21T23:45:46.999Z');
  });

  it('applies an explicit offset whatever the time zone', () => {
    expect(normaliseTimestamp('2025-04-22T00:45:46+01:00', 'UTC')).toBe('2025-04-21T23:45:46.000Z');
    expect(normaliseTimestamp('2025-11-24T21:30:00-05:00', 'Europe/London')).toBe('2025-11-25T02:30:00.000Z');
  });

  it('reads zone-less date-times as wall-clock time in the given zone', () => {
    expect(normaliseTimestamp('2025-07-01T12:00:00', 'UTC')).toBe('2025-07-01T12:00:00.000Z');
    expect(normaliseTimestamp('2025-07-01T12:00:00', 'Europe/London')).toBe('2025-07-01T11:00:00.000Z');
    expect(normaliseTimestamp('2025-07-01 12:00:00.25', 'America/New_York')).toBe('2025-07-01T16:00:00.250Z');
  });

  it("reads Duplicati's zone-less 0001-01-01T00:00:00 with the historic LMT offset of Europe/London", () => {
    expect(normaliseTimestamp('0001-01-01T00:00:00', 'UTC')).toBe('0001-01-01T00:00:00.000Z');
    expect(normaliseTimestamp('0001-01-01T00:00:00', 'Europe/London')).toBe('0001-01-01T00:01:15.000Z');
  });

  it('reads date-only ISO text as UTC, as JavaScript does', () => {
    expect(normaliseTimestamp('2025-07-01', 'Europe/London')).toBe('2025-07-01T00:00:00.000Z');
  });

  it('accepts epoch milliseconds and Date objects', () => {
    expect(normaliseTimestamp(0, 'Europe/London')).toBe('1970-01-01T00:00:00.000Z');
    expect(normaliseTimestamp(new Date(Date.UTC(2025, 0, 2)), 'UTC')).toBe('2025-01-02T00:00:00.000Z');
  });

  it('returns null for absent values, non-dates and text JavaScript cannot read', () => {
    for (const value of [
      undefined,
      null,
      '',
      'not a date',
      '2025-13-01T00:00:00Z',
      Number.NaN,
      Number.POSITIVE_INFINITY,
      true,
      {},
      [],
      new Date(Number.NaN),
    ]) {
      expect(normaliseTimestamp(value, 'UTC'), String(value)).toBeNull();
    }
  });

  it('stores date and beginTime as the normalised BeginTime, and endTime likewise', () => {
    const row = run(report({ beginTime: '2025-03-01T02:00:00.1234567Z', data: { EndTime: '2025-03-01T03:00:00' } }), LONDON);
    expect([row.date, row.beginTime, row.endTime]).toEqual([
      '2025-03-01T02:00:00.123Z',
      '2025-03-01T02:00:00.123Z',
      '2025-03-01T03:00:00.000Z',
    ]);
  });
});

describe('message arrays (docs/compatibility/upload.md#message-arrays)', () => {
  it('stores LogLines as JSON, an empty array included', () => {
    expect(run(report({ logLines: ['a', 'b'] })).messagesArray).toBe('["a","b"]');
    expect(run(report({ logLines: [] })).messagesArray).toBe('[]');
  });

  it('falls back to Data.Messages when LogLines is absent, and to null without either', () => {
    const withMessages = report({ data: { Messages: ['from the REST API'] } });
    delete withMessages.LogLines;
    expect(run(withMessages).messagesArray).toBe('["from the REST API"]');
    const without = report();
    delete without.LogLines;
    expect(run(without).messagesArray).toBeNull();
  });

  it('prefers LogLines over Data.Messages', () => {
    expect(run(report({ logLines: ['log'], data: { Messages: ['message'] } })).messagesArray).toBe('["log"]');
  });

  it('stores Data.Warnings as JSON, else null', () => {
    expect(run(report({ data: { Warnings: ['w1'] } })).warningsArray).toBe('["w1"]');
    expect(run(report({ warnings: 2 })).warningsArray).toBeNull();
  });

  it('stores a non-empty Data.Errors as JSON', () => {
    expect(run(report({ data: { Errors: ['e1', 'e2'], Exception: 'ignored' } })).errorsArray).toBe('["e1","e2"]');
  });

  it('falls back to the exception text as a one-element list when Data.Errors is absent or empty', () => {
    expect(run(report({ exception: 'Top-level failure' })).errorsArray).toBe('["Top-level failure"]');
    expect(run(report({ data: { Errors: [], Exception: 'Data failure' }, exception: 'Top-level failure' })).errorsArray).toBe(
      '["Data failure"]',
    );
  });

  it('stores null when no exception text is present or it is blank, and a blank Data.Exception hides the top-level one', () => {
    expect(run(report()).errorsArray).toBeNull();
    expect(run(report({ exception: '   ' })).errorsArray).toBeNull();
    expect(run(report({ data: { Exception: ' ' }, exception: 'Top-level failure' })).errorsArray).toBeNull();
  });

  it('always writes availableBackups, as "[]" when no versions are found', () => {
    const without = report();
    delete without.LogLines;
    expect(run(without).availableBackups).toBe('[]');
    expect(run(report({ logLines: 3 })).availableBackups).toBe('[]');
  });

  it('reads availableBackups from the same text it stores in messagesArray, in the configured zone', () => {
    const versions = [new Date(Date.UTC(2025, 6, 30, 1, 0, 0)), new Date(Date.UTC(2025, 6, 31, 1, 0, 0))];
    const body = report({ versions });
    expect(JSON.parse(run(body, UTC).availableBackups ?? '')).toEqual(['2025-07-31T01:00:00.000Z', '2025-07-30T01:00:00.000Z']);
    expect(JSON.parse(run(body, LONDON).availableBackups ?? '')).toEqual(['2025-07-31T00:00:00.000Z', '2025-07-30T00:00:00.000Z']);
  });
});

describe('reports made by the report builder', () => {
  it('accepts the default report as a successful run', () => {
    const row = run(buildDuplicatiReport());
    expect(row).toMatchObject({
      status: 'Success',
      parsedResult: 'Success',
      durationSeconds: 312.5,
      date: '2025-01-15T02:00:00.000Z',
      endTime: '2025-01-15T02:05:12.500Z',
    });
  });

  it('is deterministic', () => {
    expect(buildDuplicatiReport({ warnings: 1, versions: [new Date(0)] })).toEqual(
      buildDuplicatiReport({ warnings: 1, versions: [new Date(0)] }),
    );
  });

  it('derives Warning and Error results from the counts and writes one log line per warning or error', () => {
    const warned = buildDuplicatiReport({ warnings: 2 });
    expect(warned.Data.ParsedResult).toBe('Warning');
    expect(warned.LogLines.filter((line) => line.includes('[Warning-'))).toHaveLength(2);
    const failed = buildDuplicatiReport({ warnings: 1, errors: 1 });
    expect(run(failed)).toMatchObject({ status: 'Error', warnings: 1, errors: 1 });
  });

  it('generates the requested number of log lines and counts them in MessagesActualLength', () => {
    const body = buildDuplicatiReport({ logLines: 250 });
    expect(body.LogLines).toHaveLength(250);
    expect(run(body).messagesActualLength).toBe(250);
  });

  it('writes a Date beginTime with seven fraction digits and keeps a string one verbatim', () => {
    expect(buildDuplicatiReport({ beginTime: new Date(Date.UTC(2025, 1, 3, 4, 5, 6, 789)) }).Data.BeginTime).toBe(
      '2025-02-03T04:05:06.7890000Z',
    );
    expect(buildDuplicatiReport({ beginTime: '2025-02-03T04:05:06Z' }).Data.BeginTime).toBe('2025-02-03T04:05:06Z');
  });

  it('lists versions newest first in retention-policy lines and counts them with this run in BackupListCount', () => {
    const versions = [new Date(Date.UTC(2025, 0, 1, 2)), new Date(Date.UTC(2025, 0, 3, 2)), new Date(Date.UTC(2025, 0, 2, 2))];
    const body = buildDuplicatiReport({ versions });
    expect(body.LogLines.find((line) => line.includes('Backups to consider:'))).toMatch(
      /Backups to consider: 03\/01\/2025 02:00:00, 02\/01\/2025 02:00:00, 01\/01\/2025 02:00:00$/,
    );
    expect(run(body)).toMatchObject({ backupListCount: 4 });
    expect(extractAvailableVersions(run(body).messagesArray, 'UTC')).toHaveLength(3);
  });

  it('removes keys set to undefined and merges BackendStatistics overrides into the defaults', () => {
    const body = buildDuplicatiReport({
      extra: { 'backup-id': undefined },
      data: { Version: undefined, BackendStatistics: { KnownFileSize: 5 } },
    });
    expect('backup-id' in body.Extra).toBe(false);
    expect('Version' in body.Data).toBe(false);
    expect(body.Data.BackendStatistics).toMatchObject({ KnownFileSize: 5, BytesUploaded: 52_894_411 });
  });
});

const fixturesAvailable = sharedFixturesAvailable('duplicati-reports');

if (!fixturesAvailable) {
  console.info(
    `[report-parse] fixture checks left out: ${sharedFixturesDir}/duplicati-reports is absent; builder-made reports cover the rules.`,
  );
}

describe.skipIf(!fixturesAvailable)(
  'Duplicati report fixtures against their README (../shared/fixtures/duplicati-reports; skipped when absent)',
  () => {
    const fixture = (name: string) => readSharedReport(name);
    const versions = (name: string, options = UTC): string[] => JSON.parse(run(fixture(name), options).availableBackups ?? 'null');

    const accepted: Array<[file: string, status: string, duration: number, versionCount: number]> = [
      ['01-real-sample-success-no-loglines.json', 'Success', 51.3856057, 0],
      ['02-success-full-payload.json', 'Success', 463.8641976, 10],
      ['03-warning.json', 'Warning', 672.4265519, 5],
      ['04-success-parsedresult-with-warning-count.json', 'Warning', 237.7611129, 0],
      ['05-error.json', 'Error', 1793.3301475, 0],
      ['06-fatal-with-exception.json', 'Fatal', 12.407119, 0],
      ['08-many-loglines-long-duration.json', 'Success', 93_784.512, 11],
      ['09-unicode-names.json', 'Success', 398.3461031, 5],
    ];

    for (const [file, status, duration, versionCount] of accepted) {
      it(`accepts ${file} with status ${status}, ${duration} s and ${versionCount} version(s) under UTC`, () => {
        const row = run(fixture(file));
        expect(row.status).toBe(status);
        expect(row.durationSeconds).toBe(duration);
        expect(versions(file)).toHaveLength(versionCount);
      });
    }

    it('maps the real sample 01 like duplistatus does', () => {
      expect(run(fixture('01-real-sample-success-no-loglines.json'))).toMatchObject({
        serverId: '66f5ffc7ff474a73a3c9cba4ac7bfb65',
        backupName: 'WSJ-SER5 Local files',
        backupId: 'DB-2',
        date: '2025-04-21T23:45:46.971Z',
        size: 11_086_692_615n,
        sizeOfExaminedFiles: 11_086_692_615n,
        knownFileSize: 9_920_312_634n,
        lastBackupDate: '2025-04-21T23:45:46.000Z',
        messagesArray: null,
        messagesActualLength: 0,
        availableBackups: '[]',
      });
    });

    it('reads 02 newest 2025-11-23T02:00:01Z to oldest 2025-10-05T02:00:03Z and drops the deleted 17/11/2025 02:00:02', () => {
      const list = versions('02-success-full-payload.json');
      expect(list[0]).toBe('2025-11-23T02:00:01.000Z');
      expect(list.at(-1)).toBe('2025-10-05T02:00:03.000Z');
      expect(list).not.toContain('2025-11-17T02:00:02.000Z');
    });

    it('reads 02 with its oldest entry one hour earlier under Europe/London', () => {
      expect(versions('02-success-full-payload.json', LONDON).at(-1)).toBe('2025-10-05T01:00:03.000Z');
    });

    it('reads the en-US stamps of 03 month-first, including the ambiguous 11/09/2025', () => {
      const list = versions('03-warning.json');
      expect(list[0]).toBe('2025-11-23T21:30:01.000Z');
      expect(list).toContain('2025-11-09T21:30:00.000Z');
    });

    it('stores the top-level Exception of 06 as a one-element errorsArray', () => {
      const body = fixture('06-fatal-with-exception.json');
      expect(run(body).errorsArray).toBe(JSON.stringify([body.Exception]));
    });

    it('reads the zone-less LastBackupDate 0001-01-01T00:00:00 of 06 per zone', () => {
      expect(run(fixture('06-fatal-with-exception.json'), UTC).lastBackupDate).toBe('0001-01-01T00:00:00.000Z');
      expect(run(fixture('06-fatal-with-exception.json'), LONDON).lastBackupDate).toBe('0001-01-01T00:01:15.000Z');
    });

    it('rejects the restore report 07 as a non-backup operation', () => {
      expect(rejection(fixture('07-restore-operation.json'))).toEqual({
        kind: 'not-a-backup',
        message: 'Only backup operations are supported',
      });
    });

    it('drops the deleted 2025-10-01 01:00:01 from 08 and keeps its 652 log lines', () => {
      const row = run(fixture('08-many-loglines-long-duration.json'));
      expect(JSON.parse(row.messagesArray ?? '[]')).toHaveLength(652);
      expect(versions('08-many-loglines-long-duration.json')).not.toContain('2025-10-01T01:00:01.000Z');
    });

    it('reads the last two versions of 08 in British Summer Time under Europe/London', () => {
      expect(versions('08-many-loglines-long-duration.json', LONDON).slice(-2)).toEqual([
        '2025-10-26T00:00:02.000Z',
        '2025-09-01T00:00:03.000Z',
      ]);
    });

    it('keeps the Unicode names of 09 and reads its last de-DE version per zone', () => {
      const { server, run: row } = parsed(fixture('09-unicode-names.json'));
      expect(server.name).toBe('Servidor São Paulo – Büro №1');
      expect(row.backupName).toBe('Fotos & Documentos (Família) 📷 2025');
      expect(versions('09-unicode-names.json', LONDON).at(-1)).toBe('2025-09-28T18:00:01.000Z');
    });

    it('rejects 10 for its missing backup-id and echoes its Extra section', () => {
      const body = fixture('10-missing-extra-backup-id.json');
      expectRejection(body, {
        error: 'Missing required fields in Extra section: backup-id',
        missingFields: ['backup-id'],
        extraSection: body.Extra,
      });
    });
  },
);
