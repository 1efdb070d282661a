/**
 * The bodies below are built the way Duplicati builds them, following the upstream sources of
 * duplicati/duplicati (2.1.0.5 … 2.3.x):
 * - Duplicati/Library/Modules/Builtin/SendHttpMessage.cs: default template
 *   "Duplicati %OPERATIONNAME% report for %backup-name% (%machine-id%, %backup-id%, %machine-name%)"
 *   + NewLine + NewLine + "%RESULT%"; body "message=" + Uri.EscapeDataString(text), then
 *   "&" + --send-http-extra-parameters appended as given;
 * - Duplicati/Library/Modules/Builtin/ReportHelper.cs: template expansion, log lines capped with
 *   "... and N more";
 * - Duplicati/Library/ResultSerialization/DuplicatiFormatSerializer.cs: optional
 *   "Failed:/Details:" preamble, result via PrintSerializeObject (Warnings/Errors/Messages filtered,
 *   no recursion into nested objects, lists capped at 10 items), then "Log data:" and the lines;
 * - Duplicati/Library/Utility/Utility.cs PrintSerializeObject: "Name: value" lines, bools as
 *   True/False, DateTime as local time in the host culture + " (unix seconds)", lists as
 *   "Name: [" / 4-space indented items separated by "," / "]";
 * - Duplicati/Library/Main/ResultClasses.cs: BackupResults property order;
 * - Duplicati/Library/Logging/LogEntry.cs: "yyyy-MM-dd HH:mm:ss zz - [Level-Tag-Id]: message".
 */
import { describe, expect, it } from 'vitest';
import { parseFormEncodedReport, parsePlainTextReport } from '../../src/domain/report/form-report.ts';
import type { FormReport, FormReportParseResult } from '../../src/domain/report/form-report.ts';

/** .NET Uri.EscapeDataString: everything but A-Z a-z 0-9 - . _ ~ is percent-encoded (UTF-8). */
function escapeDataString(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function formBody(text: string, extraParameters?: string, parameter = 'message'): string {
  const body = `${parameter}=${escapeDataString(text)}`;
  return extraParameters ? `${body}&${extraParameters}` : body;
}

function expectReport(result: FormReportParseResult): FormReport {
  if (!result.ok) throw new Error(`expected a report, got error: ${result.error}`);
  return result.report;
}

const ten = (level: string, tag: string, messages: string[]) =>
  messages.map((m, i) => `2025-04-22 00:45:${String(47 + i).padStart(2, '0')} +01 - [${level}-${tag}]: ${m}`);

const startMessages = ten('Information', 'Duplicati.Library.Main.Controller-StartingOperation', [
  'The operation Backup has started',
  'Backend event: List - Started:  ()',
  'Backend event: List - Completed:  (1,234 KB)',
  'Backend event: Put - Started: duplicati-b1f7.dblock.zip.aes (49,95 MB)',
  'Backend event: Put - Completed: duplicati-b1f7.dblock.zip.aes (49,95 MB)',
  'Backend event: Put - Started: duplicati-i3c1.dindex.zip.aes (62,31 KB)',
  'Backend event: Put - Completed: duplicati-i3c1.dindex.zip.aes (62,31 KB)',
  'Backend event: Put - Started: duplicati-20250421T234546Z.dlist.zip.aes (1,55 MB)',
  'Backend event: Put - Completed: duplicati-20250421T234546Z.dlist.zip.aes (1,55 MB)',
  'Start checking if backups can be removed',
]);

/** Duplicati 2.1.0.5 on Linux (en-US culture, Europe/London), all defaults except the URL. */
const successText = [
  'Duplicati Backup report for WSJ-SER5 Local files (66f5ffc7ff474a73a3c9cba4ac7bfb65, DB-2, WSJ-SER5)',
  '',
  'DeletedFiles: 3',
  'DeletedFolders: 0',
  'ModifiedFiles: 12',
  'ExaminedFiles: 15399',
  'OpenedFiles: 1861',
  'AddedFiles: 1849',
  'SizeOfModifiedFiles: 13450481',
  'SizeOfAddedFiles: 8290314',
  'SizeOfExaminedFiles: 11086692615',
  'SizeOfOpenedFiles: 21740795',
  'NotProcessedFiles: 0',
  'AddedFolders: 419',
  'TooLargeFiles: 0',
  'FilesWithError: 0',
  'ModifiedFolders: 0',
  'ModifiedSymlinks: 0',
  'AddedSymlinks: 0',
  'DeletedSymlinks: 0',
  'PartialBackup: False',
  'Dryrun: False',
  'MainOperation: Backup',
  'ParsedResult: Success',
  'Interrupted: False',
  'Fatal: False',
  'Version: 2.1.0.5 (2.1.0.5_stable_2025-03-04)',
  'EndTime: 4/22/2025 12:46:38 AM (1745279198)',
  'BeginTime: 4/22/2025 12:45:46 AM (1745279146)',
  'Duration: 00:00:51.3856057',
  'MessagesActualLength: 42',
  'WarningsActualLength: 0',
  'ErrorsActualLength: 0',
  'LimitedMessages: [',
  ...startMessages.map((line) => `    ${line},`),
  '...',
  ']',
  'LimitedWarnings: []',
  'LimitedErrors: []',
].join('\n');

/** Duplicati 2.2.0.1 on Windows (de-DE culture, CRLF line ends), one locked file. */
const lockedFile = 'C:\\Users\\anna\\NTUSER.DAT';
const warningLine = `2025-11-25 02:00:20 +01 - [Warning-Duplicati.Library.Main.Operation.Backup.FileEnumerationProcess-FileAccessError]: Error reported while accessing file: ${lockedFile}`;
const ioException = [
  `System.IO.IOException: The process cannot access the file '${lockedFile}' because it is being used by another process.`,
  '   at Microsoft.Win32.SafeHandles.SafeFileHandle.CreateFile(String fullPath, FileMode mode, FileAccess access, FileShare share, FileOptions options)',
  '   at Duplicati.Library.Snapshots.NoSnapshotWindows.OpenRead(String localPath)',
].join('\r\n');
const warningText = [
  'Duplicati Backup report for Anna Laptop (9d2e6c1a0b7f4e3d8c5b2a1f0e9d8c7b, DB-1, ANNA-LAPTOP)',
  '',
  'DeletedFiles: 0',
  'DeletedFolders: 0',
  'ModifiedFiles: 7',
  'ExaminedFiles: 2210',
  'OpenedFiles: 8',
  'AddedFiles: 1',
  'SizeOfModifiedFiles: 1048576',
  'SizeOfAddedFiles: 2048',
  'SizeOfExaminedFiles: 734003200',
  'SizeOfOpenedFiles: 1050624',
  'NotProcessedFiles: 0',
  'AddedFolders: 0',
  'TooLargeFiles: 0',
  'FilesWithError: 0',
  'TimestampChangedFiles: 2',
  'ModifiedFolders: 0',
  'ModifiedSymlinks: 0',
  'AddedSymlinks: 0',
  'DeletedSymlinks: 0',
  'PartialBackup: False',
  'Dryrun: False',
  'MainOperation: Backup',
  'RemoteSynchronizationResults: []',
  'ParsedResult: Warning',
  'Interrupted: False',
  'Fatal: False',
  'Version: 2.2.0.1 (2.2.0.1_stable_2025-11-09)',
  'EndTime: 25.11.2025 02:00:47 (1764032447)',
  'BeginTime: 25.11.2025 02:00:00 (1764032400)',
  'Duration: 00:00:47.0312500',
  'MessagesActualLength: 19',
  'WarningsActualLength: 1',
  'ErrorsActualLength: 0',
  'LimitedMessages: [',
  '    2025-11-25 02:00:00 +01 - [Information-Duplicati.Library.Main.Controller-StartingOperation]: The operation Backup has started',
  ']',
  'LimitedWarnings: [',
  `    ${warningLine}`,
  `System.IO.IOException: The process cannot access the file '${lockedFile}' because it is being used by another process.`,
  ']',
  'LimitedErrors: []',
  'Log data:',
  warningLine,
  ioException,
  '... and 3 more',
  '',
].join('\r\n');

describe('parseFormEncodedReport', () => {
  it('turns a default success report from Duplicati 2.1 into the JSON report shape', () => {
    const report = expectReport(parseFormEncodedReport(formBody(successText)));

    expect(report.Extra).toEqual({
      OperationName: 'Backup',
      'backup-name': 'WSJ-SER5 Local files',
      'machine-id': '66f5ffc7ff474a73a3c9cba4ac7bfb65',
      'backup-id': 'DB-2',
      'machine-name': 'WSJ-SER5',
    });
    expect(report.Data).toMatchObject({
      MainOperation: 'Backup',
      ParsedResult: 'Success',
      ExaminedFiles: 15399,
      SizeOfExaminedFiles: 11086692615,
      DeletedFiles: 3,
      PartialBackup: false,
      Dryrun: false,
      Interrupted: false,
      Version: '2.1.0.5 (2.1.0.5_stable_2025-03-04)',
      Duration: '00:00:51.3856057',
      MessagesActualLength: 42,
      WarningsActualLength: 0,
      ErrorsActualLength: 0,
      Warnings: [],
      Errors: [],
    });
    // The culture-specific local time is replaced by the Unix seconds printed next to it.
    expect(report.Data.BeginTime).toBe('2025-04-21T23:45:46.000Z');
    expect(report.Data.EndTime).toBe('2025-04-21T23:46:38.000Z');
    // Only 10 of the 42 messages are printed; the "..." marker is not an entry.
    expect(report.Data.Messages).toEqual(startMessages);
    expect(report.Data).not.toHaveProperty('LimitedMessages');
    expect(report.LogLines).toEqual([]);
    expect(report.Exception).toBeNull();
  });

  it('does not invent what the plain text does not carry, such as the backend statistics', () => {
    const report = expectReport(parseFormEncodedReport(formBody(successText)));

    expect(report.Data).not.toHaveProperty('BackendStatistics');
    expect(report.Data).not.toHaveProperty('CompactResults');
    expect(report.Extra).not.toHaveProperty('operating-system');
  });

  it('reads a warning report from a Windows host with CRLF lines, warnings and log data', () => {
    const report = expectReport(parseFormEncodedReport(formBody(warningText)));

    expect(report.Extra['machine-name']).toBe('ANNA-LAPTOP');
    expect(report.Data).toMatchObject({
      ParsedResult: 'Warning',
      WarningsActualLength: 1,
      TimestampChangedFiles: 2,
      RemoteSynchronizationResults: [],
      BeginTime: '2025-11-25T01:00:00.000Z',
      Duration: '00:00:47.0312500',
    });
    expect(report.Data.Warnings).toEqual([
      `${warningLine}\nSystem.IO.IOException: The process cannot access the file '${lockedFile}' because it is being used by another process.`,
    ]);
    // The log entry keeps its multi-line exception; the cut-off marker stays its own line.
    expect(report.LogLines).toEqual([`${warningLine}\n${ioException.replace(/\r\n/g, '\n')}`, '... and 3 more']);
    expect(report.Exception).toBeNull();
  });

  it('keeps backup and machine names that contain parentheses, commas and non-ASCII text', () => {
    const text = [
      'Duplicati Backup report for Fotos (NAS, täglich) 📷 (0c8a4e2f9b1d4e6fa1c2d3e4f5a6b7c8, DB-7, Büro-PC, Zürich)',
      '',
      'MainOperation: Backup',
      'ParsedResult: Success',
    ].join('\n');
    const report = expectReport(parseFormEncodedReport(formBody(text)));

    expect(report.Extra).toEqual({
      OperationName: 'Backup',
      'backup-name': 'Fotos (NAS, täglich) 📷',
      'machine-id': '0c8a4e2f9b1d4e6fa1c2d3e4f5a6b7c8',
      'backup-id': 'DB-7',
      'machine-name': 'Büro-PC, Zürich',
    });
  });

  it('reads the older headers that had no machine name or no ids at all', () => {
    const canary = expectReport(parsePlainTextReport('Duplicati Backup report for Docs (abc123, DB-4)\n\nDeletedFiles: 0'));
    expect(canary.Extra).toEqual({ OperationName: 'Backup', 'backup-name': 'Docs', 'machine-id': 'abc123', 'backup-id': 'DB-4' });

    // Without ids a parenthesised list is part of the name, not mistaken for ids.
    const legacy = expectReport(parsePlainTextReport('Duplicati Backup report for Photos (2023, 2024)\n\nDeletedFiles: 0'));
    expect(legacy.Extra).toEqual({ OperationName: 'Backup', 'backup-name': 'Photos (2023, 2024)' });
  });

  it('adds custom extra parameters to Extra, in query-string and JSON syntax', () => {
    const query = expectReport(parseFormEncodedReport(formBody(successText, 'source=nas%20box&priority=high')));
    expect(query.Extra).toMatchObject({ source: 'nas box', priority: 'high', 'machine-name': 'WSJ-SER5' });
    expect(query.Extra).not.toHaveProperty('message');

    // Duplicati ≥ 2.2 appends the option verbatim, so JSON values may hold "&" and "=".
    const json = expectReport(parseFormEncodedReport(formBody(successText, '{"team":"ops & infra","machine-name":"nas-01","a=b":"c"}')));
    expect(json.Extra).toMatchObject({ team: 'ops & infra', 'machine-name': 'nas-01', 'a=b': 'c' });
    expect(json.Extra['backup-name']).toBe('WSJ-SER5 Local files');
  });

  it('reads the message from a renamed message parameter', () => {
    const body = formBody(successText, 'token=abc', 'report');
    expect(expectReport(parseFormEncodedReport(body, { messageParameter: 'report' })).Extra['backup-id']).toBe('DB-2');
    expect(parseFormEncodedReport(body).ok).toBe(false);
  });

  it('decodes URL-escaped text with ampersands, equals signs, plus signs and percent signs intact', () => {
    const text = 'Duplicati Backup report for R&D = 100% + C++ (ff00ee11dd22cc33bb44aa5566778899, DB-3, lab)\n\nParsedResult: Success';
    const body = formBody(text);
    expect(body).not.toContain('&D');
    const report = expectReport(parseFormEncodedReport(body));
    expect(report.Extra['backup-name']).toBe('R&D = 100% + C++');

    // Other form encoders write spaces as "+"; that is standard form encoding.
    const plus = 'message=Duplicati+Backup+report+for+Home+%28m1%2C+DB-9%2C+host%29%0A%0AParsedResult%3A+Success';
    expect(expectReport(parseFormEncodedReport(plus)).Extra).toMatchObject({ 'backup-name': 'Home', 'backup-id': 'DB-9' });
  });

  it('keeps the exception text of a failed backup and the partial result after it', () => {
    const text = [
      'Duplicati Backup report for Server (5a5b5c5d5e5f40414243444546474849, DB-5, srv01)',
      '',
      'Failed: The remote server returned an error: (507) Insufficient Storage.',
      'Details: System.Net.Http.HttpRequestException: The remote server returned an error: (507) Insufficient Storage.',
      '   at Duplicati.Library.Backend.WEBDAV.PutAsync(String remotename, Stream stream, CancellationToken cancelToken)',
      '   at Duplicati.Library.Main.Backend.BackendManager.PutAsync(String remotename, CancellationToken cancelToken)',
      '',
      'DeletedFiles: 0',
      'MainOperation: Backup',
      'ParsedResult: Fatal',
      'Fatal: True',
      'EndTime: 4/22/2025 12:46:38 AM (1745279198)',
    ].join('\n');
    const report = expectReport(parseFormEncodedReport(formBody(text)));

    expect(report.Exception).toBe(
      [
        'System.Net.Http.HttpRequestException: The remote server returned an error: (507) Insufficient Storage.',
        '   at Duplicati.Library.Backend.WEBDAV.PutAsync(String remotename, Stream stream, CancellationToken cancelToken)',
        '   at Duplicati.Library.Main.Backend.BackendManager.PutAsync(String remotename, CancellationToken cancelToken)',
      ].join('\n'),
    );
    expect(report.Data).toEqual({
      DeletedFiles: 0,
      MainOperation: 'Backup',
      ParsedResult: 'Fatal',
      Fatal: true,
      EndTime: '2025-04-21T23:46:38.000Z',
    });
  });

  it('reads indented nested objects such as BackendStatistics when a sender renders them', () => {
    // Duplicati's recursive BasicResults.ToString() layout; send-http itself does not recurse.
    const text = [
      'Duplicati Backup report for Docs (m1, DB-1, host)',
      '',
      'ParsedResult: Success',
      'CompactResults: null',
      'BackendStatistics:',
      '    RemoteCalls: 12',
      '    BytesUploaded: 8290314',
      '    KnownFileSize: 9920312634',
      '    LastBackupDate: 4/22/2025 12:45:46 AM (1745279146)',
      '    BackupListCount: 6',
      '    ReportedQuotaError: False',
      'Duration: 00:00:51.3856057',
    ].join('\n');
    const report = expectReport(parsePlainTextReport(text));

    expect(report.Data).toEqual({
      ParsedResult: 'Success',
      CompactResults: null,
      BackendStatistics: {
        RemoteCalls: 12,
        BytesUploaded: 8290314,
        KnownFileSize: 9920312634,
        LastBackupDate: '2025-04-21T23:45:46.000Z',
        BackupListCount: 6,
        ReportedQuotaError: false,
      },
      Duration: '00:00:51.3856057',
    });
  });

  it('rejects a form body without the message parameter with a clear error', () => {
    const result = parseFormEncodedReport('token=abc&source=nas');
    expect(result).toEqual({ ok: false, error: expect.stringContaining('no "message" parameter') });
  });

  it('rejects an empty body', () => {
    expect(parseFormEncodedReport('')).toEqual({ ok: false, error: expect.stringContaining('empty') });
  });

  it('rejects garbage and messages that are not Duplicati reports', () => {
    for (const body of ['%%%garbage&&&==', '{"Data":{"MainOperation":"Backup"}}', 'message=hello%20world']) {
      const result = parseFormEncodedReport(body);
      expect(result.ok).toBe(false);
    }
    const notReport = parseFormEncodedReport('message=hello%20world');
    expect(notReport).toEqual({ ok: false, error: expect.stringContaining('not a Duplicati report') });
  });

  it('treats a key named __proto__ as an ordinary entry', () => {
    const report = expectReport(parseFormEncodedReport(formBody(successText, '__proto__=x')));
    expect(Object.getPrototypeOf(report.Extra)).toBe(Object.prototype);
    expect(Object.hasOwn(report.Extra, '__proto__')).toBe(true);
  });
});
