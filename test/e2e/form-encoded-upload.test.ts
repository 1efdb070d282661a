/**
 * Duplicati's default output format (docs/compatibility/upload.md#form-encoded-reports): `message=<escaped plain-text report>`,
 * form-encoded. duplistatus answers it with 500; here it is stored like a JSON report and
 * announced on `backupReceived`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectLiveClient, eventually, subscribe } from '../support/live-client.ts';
import { buildDuplicatiReport } from '../support/report-builder.ts';
import { expectData, startTestServer } from '../support/test-server.ts';
import type { TestServer } from '../support/test-server.ts';

const SERVER_ID = '5b1d0c7e9f2a4e6b8c3d1a0f9e8d7c6b';
const BEGIN = new Date(Date.UTC(2025, 4, 4, 2, 0, 0));
const END = new Date(Date.UTC(2025, 4, 4, 2, 12, 35));
const unixSeconds = (date: Date) => Math.floor(date.getTime() / 1000);

/** .NET Uri.EscapeDataString, which Duplicati uses for the message: only A-Z a-z 0-9 - . _ ~ stay. */
function escapeDataString(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

const logLine = (clock: string, tag: string, message: string) => `2025-05-04 ${clock} +00 - [${tag}]: ${message}`;
const START = 'Information-Duplicati.Library.Main.Controller-StartingOperation';
const BACKEND = 'Information-Duplicati.Library.Main.BasicResults-BackendEvent';

/** A default send-http text report of Duplicati 2.1.0.5 on a Linux host (en-US culture, UTC). */
const reportText = [
  `Duplicati Backup report for Family Photos (${SERVER_ID}, DB-7, media-server)`,
  '',
  'DeletedFiles: 2',
  'DeletedFolders: 0',
  'ModifiedFiles: 5',
  'ExaminedFiles: 24310',
  'OpenedFiles: 57',
  'AddedFiles: 52',
  'SizeOfModifiedFiles: 10485760',
  'SizeOfAddedFiles: 157286400',
  'SizeOfExaminedFiles: 96636764160',
  'SizeOfOpenedFiles: 167772160',
  'NotProcessedFiles: 0',
  'AddedFolders: 3',
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
  'Version: 2.1.0.5 (2.1.0.5_stable_2025-03-04)',
  `EndTime: 5/4/2025 2:12:35 AM (${unixSeconds(END)})`,
  `BeginTime: 5/4/2025 2:00:00 AM (${unixSeconds(BEGIN)})`,
  'Duration: 00:12:34.5678901',
  'MessagesActualLength: 4',
  'WarningsActualLength: 0',
  'ErrorsActualLength: 0',
  'LimitedMessages: [',
  `    ${logLine('02:00:00', START, 'The operation Backup has started')},`,
  `    ${logLine('02:00:01', BACKEND, 'Backend event: List - Started:  ()')},`,
  `    ${logLine('02:00:02', BACKEND, 'Backend event: List - Completed:  (1.21 KB)')},`,
  `    ${logLine('02:12:34', BACKEND, 'Backend event: Put - Completed: duplicati-20250504T020000Z.dlist.zip.aes (2.10 MB)')}`,
  ']',
  'LimitedWarnings: []',
  'LimitedErrors: []',
  'Log data:',
  logLine('02:12:34', BACKEND, 'Backend event: Put - Completed: duplicati-20250504T020000Z.dlist.zip.aes (2.10 MB)'),
  '',
].join('\n');

const BACKUP_RECEIVED = /* GraphQL */ `
  subscription {
    backupReceived {
      server { serverId name }
      job { backupName }
      backup { backupName duplicatiBackupId date status durationSeconds examinedFiles sizeOfExaminedFiles uploadedSize knownFileSize version }
    }
  }
`;

describe('form-encoded Duplicati text reports on /api/upload', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.stop());

  it('stores a form-encoded text report and announces it on backupReceived like a JSON one', async () => {
    const client = connectLiveClient(server.url);
    try {
      const feed = subscribe(client, BACKUP_RECEIVED);
      await eventually(
        () => server.app.subscriptionCount() === 1,
        () => `subscriptions: ${server.app.subscriptionCount()}`,
      );

      const formAnswer = await server.upload(`message=${escapeDataString(reportText)}`, {
        'Content-Type': 'application/x-www-form-urlencoded',
      });
      expect(formAnswer).toEqual({ status: 200, body: { success: true } });

      const json = buildDuplicatiReport({ serverId: SERVER_ID, serverName: 'media-server', backupName: 'Documents', backupId: 'DB-8' });
      expect((await server.upload(json)).status).toBe(200);

      const [fromForm, fromJson] = (await feed.waitFor(2)).map((event) => event.backupReceived);
      expect(fromForm).toEqual({
        server: { serverId: SERVER_ID, name: 'media-server' },
        job: { backupName: 'Family Photos' },
        backup: {
          backupName: 'Family Photos',
          duplicatiBackupId: 'DB-7',
          date: '2025-05-04T02:00:00.000Z',
          status: 'SUCCESS',
          durationSeconds: 754.5678901,
          examinedFiles: 24_310,
          sizeOfExaminedFiles: 96_636_764_160,
          // The text carries no BackendStatistics: stored empty, not invented.
          uploadedSize: 0,
          knownFileSize: 0,
          version: '2.1.0.5 (2.1.0.5_stable_2025-03-04)',
        },
      });
      // The same event, field for field, as for the JSON report.
      expect(Object.keys(fromForm.backup).sort()).toEqual(Object.keys(fromJson.backup).sort());
      expect(fromJson.job.backupName).toBe('Documents');
      expect(feed.errors).toEqual([]);
    } finally {
      await client.dispose();
    }
  });

  it('keeps the text report readable afterwards through GraphQL and the duplistatus REST API', async () => {
    const data = expectData(
      await server.graphql(
        `{ backups(filter: { serverId: "${SERVER_ID}", backupName: "Family Photos" }, first: 5) { nodes { date logLines warningMessages } } }`,
      ),
    );
    expect(data.backups.nodes).toHaveLength(1);
    expect(data.backups.nodes[0].logLines).toEqual([
      logLine('02:12:34', BACKEND, 'Backend event: Put - Completed: duplicati-20250504T020000Z.dlist.zip.aes (2.10 MB)'),
    ]);

    const response = await fetch(`${server.url}/api/lastbackups/media-server`);
    const body = await response.json();
    expect(body.backup_names).toEqual(['Family Photos', 'Documents']);
    expect(body.latest_backups[0]).toMatchObject({ name: 'Family Photos', duration: '00:12:34', status: 'Success' });
  });

  it('stores the same text report only once (the duplicate rule applies to both formats)', async () => {
    const again = await server.upload(`message=${escapeDataString(reportText)}`, {
      'Content-Type': 'application/x-www-form-urlencoded',
    });
    expect(again).toEqual({ status: 409, body: { error: 'ignored, duplicated data' } });
  });
});
