import { describe, expect, it } from 'vitest';
import { normaliseTimestamp, parseDuplicatiReport } from '../../src/domain/report/index.ts';
import type { ParseReportOptions, ReportedRun } from '../../src/domain/report/index.ts';
import { parseFormEncodedReport } from '../../src/domain/report/form-report.ts';
import { uploadRejectionResponse } from '../../src/http/upload-rejection.ts';
import { buildDuplicatiReport } from '../support/report-builder.ts';

const NOW = new Date('2026-06-01T12:00:00Z');
const OPTIONS: ParseReportOptions = { timeZone: 'UTC', now: NOW };

/** A report as plain JSON, so tests can put any JSON value anywhere in it. */
function report(options: Parameters<typeof buildDuplicatiReport>[0] = {}): Record<string, any> {
  return JSON.parse(JSON.stringify(buildDuplicatiReport(options)));
}

function withExtra(values: Record<string, unknown>): Record<string, any> {
  const body = report();
  Object.assign(body.Extra, values);
  return body;
}

function withData(values: Record<string, unknown>): Record<string, any> {
  const body = report();
  Object.assign(body.Data, values);
  return body;
}

function withBackend(values: Record<string, unknown>): Record<string, any> {
  const body = report();
  Object.assign(body.Data.BackendStatistics, values);
  return body;
}

function accepted(body: unknown, options: ParseReportOptions = OPTIONS): ReportedRun {
  const result = parseDuplicatiReport(body, options);
  if (!result.ok) throw new Error(`expected the report to be accepted, got ${result.rejection.message}`);
  return result.report.run;
}

/** The body /api/upload answers the refusal with. */
function refused(body: unknown, options: ParseReportOptions = OPTIONS): Record<string, unknown> {
  const result = parseDuplicatiReport(body, options);
  if (result.ok) throw new Error('expected the report to be refused');
  const answer = uploadRejectionResponse(result.rejection, body);
  expect(answer.status).toBe(400);
  return answer.body;
}

/** The answer names exactly these fields, each with its reason in the message. */
function expectInvalid(body: unknown, fields: Record<string, RegExp>, options: ParseReportOptions = OPTIONS): void {
  const answer = refused(body, options);
  expect(Object.keys(answer)).toEqual(['error', 'invalidFields']);
  expect(answer.invalidFields).toEqual(Object.keys(fields));
  expect(String(answer.error)).toMatch(/^Invalid values in the report: /);
  for (const [field, reason] of Object.entries(fields)) {
    expect(String(answer.error), field).toMatch(new RegExp(`${field.replace(/[.]/g, '\\.')} [^;]*${reason.source}`));
  }
}

describe('report identity fields (Extra.machine-id, machine-name, backup-name, backup-id)', () => {
  it('refuses an object or an array instead of storing its JSON text', () => {
    expectInvalid(withExtra({ 'machine-id': { id: 'abc' }, 'backup-name': ['Docs'] }), {
      'Extra.machine-id': /must be text, got an object/,
      'Extra.backup-name': /must be text, got an array/,
    });
  });

  it('refuses true as a name: it is present for the docs/compatibility/upload.md#validation-and-responses check but it is not text', () => {
    expectInvalid(withExtra({ 'machine-name': true }), { 'Extra.machine-name': /must be text, got true/ });
  });

  it('takes a JSON number as its decimal text', () => {
    const run = accepted(withExtra({ 'machine-id': 1234567, 'backup-id': 2.5 }));
    expect(run.serverId).toBe('1234567');
    expect(run.backupId).toBe('2.5');
  });

  it('refuses ids longer than 1024 and names longer than 4096 characters by default, naming the setting', () => {
    expectInvalid(withExtra({ 'machine-id': 'x'.repeat(1025), 'machine-name': 'n'.repeat(4097) }), {
      'Extra.machine-id': /is 1025 characters long, over the limit of 1024 \(REPORT_MAX_ID_LENGTH\)/,
      'Extra.machine-name': /is 4097 characters long, over the limit of 4096 \(REPORT_MAX_NAME_LENGTH\)/,
    });
  });

  it('accepts values exactly at the limits', () => {
    const run = accepted(withExtra({ 'machine-id': 'x'.repeat(1024), 'backup-name': 'b'.repeat(4096) }));
    expect(run.serverId).toHaveLength(1024);
    expect(run.backupName).toHaveLength(4096);
  });

  it('follows configured limits', () => {
    // The builder's machine-id has 32 characters and its Version 35.
    const options = { ...OPTIONS, limits: { maxIdLength: 32, maxNameLength: 40 } };
    expectInvalid(
      withExtra({ 'backup-id': `DB-${'1'.repeat(30)}`, 'backup-name': 'D'.repeat(41) }),
      {
        'Extra.backup-name': /over the limit of 40/,
        'Extra.backup-id': /over the limit of 32/,
      },
      options,
    );
    expect(accepted(withExtra({ 'backup-id': `DB-${'1'.repeat(29)}`, 'backup-name': 'D'.repeat(40) }), options).backupName).toHaveLength(
      40,
    );
  });

  it('describes a long value by its length instead of echoing it', () => {
    const answer = refused(withExtra({ 'machine-name': 'n'.repeat(10 * 1024 * 1024) }));
    expect(String(answer.error).length).toBeLessThan(300);
  });

  it('keeps the docs/compatibility/upload.md#validation-and-responses answer for a missing field: row 3 comes first', () => {
    expect(refused(withExtra({ 'machine-id': '', 'backup-name': { x: 1 } })).error).toBe(
      'Missing required fields in Extra section: machine-id',
    );
  });
});

describe('report counts and byte sizes', () => {
  it('refuses true, fractions, negatives and text that is not a whole number as counts', () => {
    expectInvalid(
      withData({ DeletedFiles: true, ExaminedFiles: 12.7, AddedFiles: -1, ModifiedFiles: -1e15, OpenedFiles: 'many', AddedFolders: '3.5' }),
      {
        'Data.ExaminedFiles': /must be a whole number from 0 to 2147483647, got 12\.7/,
        'Data.DeletedFiles': /must be a whole number from 0 to 2147483647, got true/,
        'Data.ModifiedFiles': /got -1000000000000000/,
        'Data.OpenedFiles': /got "many"/,
        'Data.AddedFiles': /got -1/,
        'Data.AddedFolders': /got "3\.5"/,
      },
    );
  });

  it('checks the counts in BackendStatistics and the warning and error counts that drive the status', () => {
    expectInvalid(withData({ WarningsActualLength: false, BackendStatistics: { BackupListCount: [3], ErrorsActualLength: { n: 1 } } }), {
      'Data.WarningsActualLength': /got false/,
      'Data.BackendStatistics.BackupListCount': /got an array/,
      'Data.BackendStatistics.ErrorsActualLength': /got an object/,
    });
  });

  it('refuses negative or fractional byte sizes and sizes past 2^53 - 1', () => {
    expectInvalid(withBackend({ KnownFileSize: -5, BytesUploaded: 0.5, BytesDownloaded: 2 ** 53 }), {
      'Data.BackendStatistics.BytesUploaded': /must be a whole number of bytes from 0 to 9007199254740991, got 0\.5/,
      'Data.BackendStatistics.BytesDownloaded': /got 9007199254740992/,
      'Data.BackendStatistics.KnownFileSize': /got -5/,
    });
  });

  it('accepts the largest values and whole numbers sent as text', () => {
    const run = accepted(withData({ ExaminedFiles: 2 ** 31 - 1, SizeOfExaminedFiles: '9007199254740991', AddedFiles: '12' }));
    expect(run.examinedFiles).toBe(2_147_483_647);
    expect(run.size).toBe(9_007_199_254_740_991n);
    expect(run.addedFiles).toBe(12);
  });

  it('lists every bad field of every section in one answer', () => {
    const body = withExtra({ 'machine-id': ['x'] });
    body.Data.ExaminedFiles = -3;
    body.Data.BackendStatistics.KnownFileSize = 'lots';
    expect(refused(body).invalidFields).toEqual(['Extra.machine-id', 'Data.ExaminedFiles', 'Data.BackendStatistics.KnownFileSize']);
  });
});

describe('report text fields', () => {
  it('refuses objects and arrays where Duplicati writes text, and takes numbers as text', () => {
    expectInvalid(withData({ Version: { major: 2 }, ParsedResult: ['Success'] }), {
      'Data.ParsedResult': /must be text, got an array/,
      'Data.Version': /must be text, got an object/,
    });
    expect(accepted(withBackend({ Version: 2.1 })).backendVersion).toBe('2.1');
  });

  it('refuses a short text field longer than the name limit', () => {
    expectInvalid(withBackend({ ParsedResult: 'S'.repeat(5000) }), { 'Data.BackendStatistics.ParsedResult': /is 5000 characters long/ });
  });
});

describe('report durations', () => {
  it('stores a negative Duration (a clock stepped back during the run) as 0 instead of refusing the run', () => {
    expect(accepted(withData({ Duration: '-00:00:05.5000000' })).durationSeconds).toBe(0);
  });

  it('still refuses a Duration that is not a TimeSpan or that no clock can reach', () => {
    for (const duration of ['forever', '99999999999999999.00:00:00']) {
      expect(refused(withData({ Duration: duration })).error).toBe('Invalid duration in Data section: Duration');
    }
  });
});

describe('report dates', () => {
  it('refuses a day the month does not have, which JavaScript would roll over into the next month', () => {
    for (const begin of ['2025-02-30T10:00:00Z', '2025-04-31T10:00:00.1234567Z', '2025-02-29T00:00:00', 'Feb 30 2025 10:00']) {
      expect(refused(withData({ BeginTime: begin })), begin).toEqual({
        error: 'Invalid date in Data section: BeginTime',
        invalidFields: ['BeginTime'],
      });
    }
    expect(refused(withData({ EndTime: '2025-06-31T00:00:00Z' })).invalidFields).toEqual(['EndTime']);
  });

  it('accepts 29 February in a leap year', () => {
    expect(accepted(withData({ BeginTime: '2024-02-29T10:00:00Z' })).date).toBe('2024-02-29T10:00:00.000Z');
  });

  it('stores null for an impossible optional date, as for any other unreadable one', () => {
    expect(accepted(withBackend({ LastBackupDate: '2025-02-30T00:00:00+01:00' })).lastBackupDate).toBeNull();
  });

  it('does not try to read a text of thousands of characters as a date', () => {
    expect(normaliseTimestamp(`2025-01-01T00:00:00Z${' '.repeat(10_000)}`, 'UTC')).toBeNull();
    expect(refused(withData({ BeginTime: '9'.repeat(1_000_000) })).invalidFields).toEqual(['BeginTime']);
  });
});

describe('runs dated in the future', () => {
  const at = (offsetSeconds: number) => new Date(NOW.getTime() + offsetSeconds * 1000);

  it('accepts a run up to one day after the server clock (a Duplicati host whose clock is fast)', () => {
    const run = accepted(report({ beginTime: at(86_400 - 400), durationSeconds: 300 }));
    expect(run.date).toBe(at(86_400 - 400).toISOString());
  });

  it('refuses a run starting more than a day ahead, naming the field and the margin', () => {
    const answer = refused(report({ beginTime: '9999-12-31T00:00:00Z' }));
    expect(answer.invalidFields).toEqual(['BeginTime', 'EndTime']);
    expect(answer.maxFutureSeconds).toBe(86_400);
    expect(String(answer.error)).toBe(
      'Date in the future in Data section: BeginTime 9999-12-31T00:00:00.000Z, EndTime 9999-12-31T00:05:12.500Z is more than 86400 seconds ' +
        "(REPORT_MAX_FUTURE_SECONDS) after this server's time 2026-06-01T12:00:00.000Z; check the clock of the Duplicati host",
    );
  });

  it('refuses a run ending more than the margin ahead even when it started within it', () => {
    expect(refused(report({ beginTime: at(86_000), durationSeconds: 600 })).invalidFields).toEqual(['EndTime']);
  });

  it('refuses the largest date JavaScript knows, sent as epoch milliseconds', () => {
    expect(refused(withData({ BeginTime: 8.64e15, EndTime: 8.64e15 })).invalidFields).toEqual(['BeginTime', 'EndTime']);
  });

  it('follows a configured margin, 0 included', () => {
    const options = { ...OPTIONS, limits: { maxFutureSeconds: 0 } };
    expect(refused(report({ beginTime: at(1), durationSeconds: 0 }), options).invalidFields).toEqual(['BeginTime', 'EndTime']);
    expect(accepted(report({ beginTime: at(-600), durationSeconds: 600 }), options).date).toBe(at(-600).toISOString());
  });

  it("leaves past dates alone, Duplicati's year-1 EndTime of an aborted run included", () => {
    expect(accepted(withData({ EndTime: '0001-01-01T00:00:00' })).endTime).toBe('0001-01-01T00:00:00.000Z');
  });
});

describe('form-encoded reports get the same checks', () => {
  const header = (name: string) => `Duplicati Backup report for ${name} (0123456789abcdef0123456789abcdef, DB-1, host)`;
  const text = (name: string) =>
    [
      header(name),
      '',
      'DeletedFiles: 0',
      'ExaminedFiles: 12.7',
      'MainOperation: Backup',
      'ParsedResult: Success',
      'BeginTime: 4/22/2025 12:45:46 AM (1745279146)',
      'EndTime: 4/22/2025 12:46:37 AM (1745279197)',
      'Duration: 00:00:51.3856057',
    ].join('\n');

  it('refuses a fractional count and an over-long backup name read from the text', () => {
    const form = parseFormEncodedReport(`message=${encodeURIComponent(text('B'.repeat(5000)))}`);
    if (!form.ok) throw new Error(form.error);
    expectInvalid(form.report, { 'Extra.backup-name': /is 5000 characters long/, 'Data.ExaminedFiles': /got 12\.7/ });
  });

  it('refuses an object given as machine-id in JSON extra parameters, instead of its JSON text', () => {
    const body = `message=${encodeURIComponent(text('Docs').replace('ExaminedFiles: 12.7', 'ExaminedFiles: 12'))}&${encodeURIComponent('{"machine-id":{"a":1}}')}`;
    const form = parseFormEncodedReport(body);
    if (!form.ok) throw new Error(form.error);
    expectInvalid(form.report, { 'Extra.machine-id': /must be text, got an object/ });
  });
});

describe('what Duplicati sends is never refused', () => {
  it('accepts every shape of report the builder makes', () => {
    const variants: Array<Parameters<typeof buildDuplicatiReport>[0]> = [
      {},
      { warnings: 3, errors: 2 },
      { logLines: 500 },
      { durationSeconds: 93_784.512 },
      { exception: 'System.Exception: boom\n   at Duplicati.Library.Main.Controller.Run()' },
      { versions: [1, 2, 3].map((day) => new Date(Date.UTC(2025, 0, day))), versionsToDelete: [new Date(Date.UTC(2025, 0, 2))] },
      { data: { BackendStatistics: { LastBackupDate: '0001-01-01T00:00:00', BackupListCount: 0 } } },
      { serverName: 'Servidor São Paulo – Büro №1', backupName: 'Fotos & Documentos (Família) 📷 2025' },
    ];
    for (const variant of variants) expect(() => accepted(report(variant)), JSON.stringify(variant)).not.toThrow();
  });
});
