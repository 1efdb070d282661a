/**
 * duplistatus's external read API (docs/compatibility/rest-api.md#summary–docs/compatibility/rest-api.md#last-backups) over real HTTP, on a data set built with
 * real reports: every key, its type and value, the key order, the status codes and the headers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDuplicatiReport } from '../support/report-builder.ts';
import type { DuplicatiReportBody } from '../support/report-builder.ts';
import { expectData, startTestServer } from '../support/test-server.ts';
import type { TestServer } from '../support/test-server.ts';

const GB = 1024 ** 3;
const WSJ = '66f5ffc7ff474a73a3c9cba4ac7bfb65';
const DUP_1 = 'b0000000000000000000000000000001';
const DUP_2 = 'b0000000000000000000000000000002';
const UNICODE = 'c0ffee00c0ffee00c0ffee00c0ffee00';
const UNICODE_NAME = 'Servidor São Paulo – Büro №1';
const UNICODE_BACKUP = 'Fotos & Documentos (Família) 📷 2025';
const EMPTY = 'e0000000000000000000000000000001';

const day = (d: number, hour = 2) => new Date(Date.UTC(2025, 4, d, hour, 0, 0));
const NOW = day(10, 0);

// Defaults of buildDuplicatiReport, restated so the expected values below are readable.
const DEFAULT_UPLOADED = 52_894_411;
const DEFAULT_KNOWN_SIZE = 187_453_100_233;
const DEFAULT_EXAMINED_SIZE = 201_938_475_512;
const DEFAULT_EXAMINED_FILES = 48_211;

const reports = {
  // Posted before the older run of the same job: the job's latest must still be day 3.
  localDay3: buildDuplicatiReport({
    serverId: WSJ,
    serverName: 'WSJ-SER5',
    backupName: 'Local files',
    backupId: 'DB-2',
    beginTime: day(3),
    durationSeconds: 2311.6018052,
    versions: [day(1)],
  }),
  localDay1: buildDuplicatiReport({
    serverId: WSJ,
    serverName: 'WSJ-SER5',
    backupName: 'Local files',
    backupId: 'DB-2',
    beginTime: day(1),
    durationSeconds: 51.3856057,
  }),
  photosDay2: buildDuplicatiReport({
    serverId: WSJ,
    serverName: 'WSJ-SER5',
    backupName: 'Photos',
    backupId: 'DB-3',
    beginTime: day(2),
    // A day or more: .NET writes "1.02:03:04.5120000"; the API shows hours past 24.
    durationSeconds: 93_784.512,
    warnings: 2,
    data: {
      Warnings: ['locked file 1', 'locked file 2'],
      BackendStatistics: { BytesUploaded: 6 * GB, KnownFileSize: 9 * GB },
    },
  }),
  dup1: buildDuplicatiReport({ serverId: DUP_1, serverName: 'dup-host', backupName: 'Docs', beginTime: day(1) }),
  dup2: buildDuplicatiReport({ serverId: DUP_2, serverName: 'dup-host', backupName: 'Docs', beginTime: day(2) }),
  unicode: buildDuplicatiReport({
    serverId: UNICODE,
    serverName: UNICODE_NAME,
    backupName: UNICODE_BACKUP,
    backupId: 'DB-4',
    beginTime: day(2, 18),
    errors: 1,
    exception: 'System.IO.IOException: No space left on device',
  }),
};

const NO_CACHE = {
  'cache-control': 'no-store, no-cache, must-revalidate',
  pragma: 'no-cache',
  'x-content-type-options': 'nosniff',
};

const BACKUP_KEYS = [
  'id',
  'server_id',
  'name',
  'date',
  'status',
  'warnings',
  'errors',
  'messages',
  'fileCount',
  'fileSize',
  'uploadedSize',
  'duration',
  'duration_seconds',
  'durationInMinutes',
  'knownFileSize',
  'backup_list_count',
  'messages_array',
  'warnings_array',
  'errors_array',
  'available_backups',
];

interface HttpAnswer {
  status: number;
  headers: Headers;
  body: any;
  text: string;
}

async function get(server: TestServer, path: string, init: RequestInit = {}): Promise<HttpAnswer> {
  const response = await fetch(`${server.url}${path}`, init);
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : null, text };
}

function expectNoCacheHeaders(answer: HttpAnswer): void {
  for (const [name, value] of Object.entries(NO_CACHE)) expect(answer.headers.get(name), name).toBe(value);
  expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
}

describe('duplistatus external API on a known data set', () => {
  let server: TestServer;
  const runIds = new Map<string, string>();
  const serverCreatedAt = new Map<string, string>();

  beforeAll(async () => {
    server = await startTestServer({ now: () => NOW });
    for (const report of Object.values(reports)) expect((await server.upload(report)).status).toBe(200);
    const prisma = server.app.database.prisma;
    // A server without runs (all its runs deleted), named like another server's machine-id, to
    // show that the id is matched first.
    await prisma.server.create({ data: { id: EMPTY, name: UNICODE } });
    // Aliases are never matched (docs/compatibility/rest-api.md#last-backup).
    await prisma.server.update({ where: { id: WSJ }, data: { alias: 'office' } });
    for (const run of await prisma.backup.findMany({ select: { id: true, backupName: true, date: true } })) {
      runIds.set(`${run.backupName}@${run.date}`, run.id);
    }
    for (const row of await prisma.server.findMany({ select: { id: true, createdAt: true } })) {
      serverCreatedAt.set(row.id, row.createdAt);
    }
  });
  afterAll(() => server.stop());

  function runId(report: DuplicatiReportBody, date: Date): string {
    const id = runIds.get(`${report.Extra['backup-name']}@${date.toISOString()}`);
    if (!id) throw new Error(`no stored run for ${report.Extra['backup-name']} at ${date.toISOString()}`);
    return id;
  }

  const expectedLocalDay3 = () => ({
    id: runId(reports.localDay3, day(3)),
    server_id: WSJ,
    name: 'Local files',
    date: '2025-05-03T02:00:00.000Z',
    status: 'Success',
    warnings: 0,
    errors: 0,
    messages: reports.localDay3.LogLines.length,
    fileCount: DEFAULT_EXAMINED_FILES,
    fileSize: DEFAULT_EXAMINED_SIZE,
    uploadedSize: DEFAULT_UPLOADED,
    duration: '00:38:31',
    duration_seconds: 2311.6018052,
    durationInMinutes: 2311.6018052 / 60,
    knownFileSize: DEFAULT_KNOWN_SIZE,
    backup_list_count: 2,
    messages_array: JSON.stringify(reports.localDay3.LogLines),
    warnings_array: null,
    errors_array: null,
    available_backups: ['2025-05-01T02:00:00.000Z'],
  });

  const expectedPhotosDay2 = () => ({
    id: runId(reports.photosDay2, day(2)),
    server_id: WSJ,
    name: 'Photos',
    date: '2025-05-02T02:00:00.000Z',
    status: 'Warning',
    warnings: 2,
    errors: 0,
    messages: reports.photosDay2.LogLines.length,
    fileCount: DEFAULT_EXAMINED_FILES,
    fileSize: DEFAULT_EXAMINED_SIZE,
    uploadedSize: 6 * GB,
    duration: '26:03:04',
    duration_seconds: 93_784.512,
    durationInMinutes: 93_784.512 / 60,
    knownFileSize: 9 * GB,
    backup_list_count: 1,
    messages_array: JSON.stringify(reports.photosDay2.LogLines),
    warnings_array: '["locked file 1","locked file 2"]',
    errors_array: null,
    available_backups: [],
  });

  describe('GET /api/summary', () => {
    it('answers the docs/compatibility/rest-api.md#summary body with its keys in order and every number a JSON number', async () => {
      const answer = await get(server, '/api/summary');
      expect(answer.status).toBe(200);
      expect(Object.keys(answer.body)).toEqual([
        'totalServers',
        'totalBackupsRuns',
        'totalBackups',
        'totalUploadedSize',
        'totalStorageUsed',
        'totalBackupSize',
        'overdueBackupsCount',
        'secondsSinceLastBackup',
      ]);
      expect(answer.body).toEqual({
        totalServers: 5,
        totalBackupsRuns: 6,
        totalBackups: 5,
        totalUploadedSize: 5 * DEFAULT_UPLOADED + 6 * GB,
        // Latest run of each *server* (docs/compatibility/known-problems.md#summary-storage-totals): Photos (9 GB) is not WSJ-SER5's latest run.
        totalStorageUsed: 4 * DEFAULT_KNOWN_SIZE,
        totalBackupSize: 4 * DEFAULT_EXAMINED_SIZE,
        // Every job expected its next run a day after its latest; a week on, all five are late.
        overdueBackupsCount: 5,
        secondsSinceLastBackup: (NOW.getTime() - day(3).getTime()) / 1000,
      });
      // Sizes past 2^32 are plain digits in the text, not strings or exponents.
      expect(answer.text).toContain(`"totalStorageUsed":${4 * DEFAULT_KNOWN_SIZE}`);
      expectNoCacheHeaders(answer);
    });

    it('gives zeros and a null secondsSinceLastBackup when nothing is stored', async () => {
      const empty = await startTestServer({ now: () => NOW });
      try {
        const answer = await get(empty, '/api/summary');
        expect(answer.status).toBe(200);
        expect(answer.text).toBe(
          '{"totalServers":0,"totalBackupsRuns":0,"totalBackups":0,"totalUploadedSize":0,"totalStorageUsed":0,' +
            '"totalBackupSize":0,"overdueBackupsCount":0,"secondsSinceLastBackup":null}',
        );
      } finally {
        await empty.stop();
      }
    });
  });

  describe('GET /api/lastbackup/:id', () => {
    it('answers the newest run across all jobs of a server found by name', async () => {
      const answer = await get(server, '/api/lastbackup/WSJ-SER5');
      expect(answer.status).toBe(200);
      expectNoCacheHeaders(answer);
      expect(Object.keys(answer.body)).toEqual(['server', 'latest_backup', 'status']);
      expect(answer.body.server).toEqual({ id: WSJ, name: 'WSJ-SER5', created_at: serverCreatedAt.get(WSJ) });
      // The stored text, SQLite's CURRENT_TIMESTAMP form, as duplistatus sends it.
      expect(answer.body.server.created_at).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
      expect(Object.keys(answer.body.latest_backup)).toEqual(BACKUP_KEYS);
      expect(answer.body.latest_backup).toEqual(expectedLocalDay3());
      expect(answer.body.status).toBe(200);
    });

    it('finds the same server by machine-id', async () => {
      const answer = await get(server, `/api/lastbackup/${WSJ}`);
      expect(answer.status).toBe(200);
      expect(answer.body.latest_backup).toEqual(expectedLocalDay3());
    });

    it('keeps the *_array columns as JSON text and the exception as the errors list', async () => {
      const answer = await get(server, `/api/lastbackup/${encodeURIComponent(UNICODE_NAME)}`);
      expect(answer.status).toBe(200);
      const backup = answer.body.latest_backup;
      expect(answer.body.server).toMatchObject({ id: UNICODE, name: UNICODE_NAME });
      expect(backup).toMatchObject({ name: UNICODE_BACKUP, status: 'Error', errors: 1, date: '2025-05-02T18:00:00.000Z' });
      expect(typeof backup.messages_array).toBe('string');
      expect(JSON.parse(backup.messages_array)).toEqual(reports.unicode.LogLines);
      expect(backup.errors_array).toBe('["System.IO.IOException: No space left on device"]');
      expect(backup.warnings_array).toBeNull();
    });

    it('matches the machine-id before a server whose name is that id', async () => {
      const answer = await get(server, `/api/lastbackup/${UNICODE}`);
      expect(answer.status).toBe(200);
      expect(answer.body.server.id).toBe(UNICODE);
    });

    it('answers latest_backup null for a server without runs', async () => {
      const answer = await get(server, `/api/lastbackup/${EMPTY}`);
      expect(answer.status).toBe(200);
      expect(answer.body).toEqual({
        server: { id: EMPTY, name: UNICODE, created_at: serverCreatedAt.get(EMPTY) },
        latest_backup: null,
        status: 200,
      });
    });
  });

  describe('GET /api/lastbackups/:id', () => {
    it("answers every job's newest run, newest first, with the names in the same order", async () => {
      const answer = await get(server, `/api/lastbackups/${WSJ}`);
      expect(answer.status).toBe(200);
      expectNoCacheHeaders(answer);
      expect(Object.keys(answer.body)).toEqual(['server', 'latest_backups', 'backup_jobs_count', 'backup_names', 'status']);
      expect(answer.body).toEqual({
        server: { id: WSJ, name: 'WSJ-SER5', created_at: serverCreatedAt.get(WSJ) },
        latest_backups: [expectedLocalDay3(), expectedPhotosDay2()],
        backup_jobs_count: 2,
        backup_names: ['Local files', 'Photos'],
        status: 200,
      });
      for (const backup of answer.body.latest_backups) expect(Object.keys(backup)).toEqual(BACKUP_KEYS);
    });

    it('looks a URL-encoded unicode name up exactly', async () => {
      const answer = await get(server, `/api/lastbackups/${encodeURIComponent(UNICODE_NAME)}`);
      expect(answer.status).toBe(200);
      expect(answer.body.server).toEqual({ id: UNICODE, name: UNICODE_NAME, created_at: serverCreatedAt.get(UNICODE) });
      expect(answer.body.backup_names).toEqual([UNICODE_BACKUP]);
      expect(answer.body.backup_jobs_count).toBe(1);
      expect(answer.body.latest_backups[0].name).toBe(UNICODE_BACKUP);
    });

    it('gives empty lists and a zero count for a server without runs', async () => {
      const answer = await get(server, `/api/lastbackups/${EMPTY}`);
      expect(answer.status).toBe(200);
      expect(answer.body).toEqual({
        server: { id: EMPTY, name: UNICODE, created_at: serverCreatedAt.get(EMPTY) },
        latest_backups: [],
        backup_jobs_count: 0,
        backup_names: [],
        status: 200,
      });
    });
  });

  describe('lookup failures on both routes', () => {
    for (const route of ['lastbackup', 'lastbackups']) {
      it(`${route}: answers 404 with the docs/compatibility/rest-api.md#last-backup body for an unknown identifier, decoded`, async () => {
        const answer = await get(server, `/api/${route}/no%20such%20host`);
        expect(answer.status).toBe(404);
        expectNoCacheHeaders(answer);
        expect(answer.text).toBe('{"error":"Server not found","message":"No server found with identifier: no such host","status":404}');
      });

      it(`${route}: never matches an alias`, async () => {
        const answer = await get(server, `/api/${route}/office`);
        expect(answer.status).toBe(404);
        expect(answer.body.message).toBe('No server found with identifier: office');
      });

      it(`${route}: does not match a name in another case`, async () => {
        expect((await get(server, `/api/${route}/wsj-ser5`)).status).toBe(404);
      });

      it(`${route}: answers 400 with the duplicate list for a name two servers share`, async () => {
        const answer = await get(server, `/api/${route}/dup-host`);
        expect(answer.status).toBe(400);
        expectNoCacheHeaders(answer);
        expect(Object.keys(answer.body)).toEqual(['error', 'message', 'status', 'duplicate_servers']);
        const ids = answer.body.duplicate_servers.map((s: { id: string }) => s.id);
        expect([...ids].sort()).toEqual([DUP_1, DUP_2]);
        expect(answer.body).toEqual({
          error: 'Multiple servers found with the same name',
          message: `Multiple servers found with name "dup-host". Please use the server ID instead of the name. Available IDs: ${ids.join(', ')}`,
          status: 400,
          duplicate_servers: ids.map((id: string) => ({ id, name: 'dup-host' })),
        });
      });

      it(`${route}: answers 400 for a path segment that is not valid percent-encoding`, async () => {
        const answer = await get(server, `/api/${route}/%E0%A4%A`);
        expect(answer.status).toBe(400);
        expect(answer.body).toMatchObject({ error: 'Invalid server identifier', status: 400 });
      });
    }

    it('answers 405 to anything but GET and HEAD', async () => {
      const answer = await get(server, '/api/lastbackup/WSJ-SER5', { method: 'POST' });
      expect(answer.status).toBe(405);
      expect(answer.headers.get('allow')).toBe('GET, HEAD');
    });
  });

  describe('a job whose newest run was deleted', () => {
    it("falls back to the job's runs when its latest-run pointer is empty", async () => {
      const other = await startTestServer({ now: () => NOW });
      try {
        const job = (backupName: string, d: number) =>
          buildDuplicatiReport({ serverId: DUP_1, serverName: 'solo', backupName, beginTime: day(d) });
        for (const report of [job('A', 1), job('A', 4), job('B', 3)]) expect((await other.upload(report)).status).toBe(200);
        const prisma = other.app.database.prisma;
        await prisma.backup.deleteMany({ where: { serverId: DUP_1, backupName: 'A', date: day(4).toISOString() } });

        const answer = await get(other, '/api/lastbackups/solo');
        expect(answer.body.backup_names).toEqual(['B', 'A']);
        expect(answer.body.latest_backups.map((b: { date: string }) => b.date)).toEqual([day(3).toISOString(), day(1).toISOString()]);
        expect((await get(other, '/api/lastbackup/solo')).body.latest_backup.name).toBe('B');
      } finally {
        await other.stop();
      }
    });
  });

  describe('the same answers through GraphQL', () => {
    const LAST_BACKUPS = /* GraphQL */ `
      query ($server: String!) {
        lastBackup(server: $server) {
          __typename
          ... on LastBackup { server { serverId } latestBackup { backupName date duration durationSeconds } }
          ... on AmbiguousServerNameError { message candidates { serverId } }
        }
        lastBackups(server: $server) {
          __typename
          ... on LastBackups { backupJobsCount backupNames latestBackups { backupName date status uploadedSize } }
          ... on AmbiguousServerNameError { name candidates { serverId } }
        }
      }
    `;

    it('gives the runs of the REST route in the same order', async () => {
      const data = expectData(await server.graphql(LAST_BACKUPS, { server: 'WSJ-SER5' }));
      expect(data.lastBackup).toEqual({
        __typename: 'LastBackup',
        server: { serverId: WSJ },
        latestBackup: { backupName: 'Local files', date: '2025-05-03T02:00:00.000Z', duration: '00:38:31', durationSeconds: 2311.6018052 },
      });
      expect(data.lastBackups).toEqual({
        __typename: 'LastBackups',
        backupJobsCount: 2,
        backupNames: ['Local files', 'Photos'],
        latestBackups: [
          { backupName: 'Local files', date: '2025-05-03T02:00:00.000Z', status: 'SUCCESS', uploadedSize: DEFAULT_UPLOADED },
          { backupName: 'Photos', date: '2025-05-02T02:00:00.000Z', status: 'WARNING', uploadedSize: 6 * GB },
        ],
      });
    });

    it('accepts the global id and the machine-id too', async () => {
      const globalId = expectData(await server.graphql(`{ server(id: "${WSJ}") { ... on Server { id } } }`)).server.id;
      for (const identifier of [globalId, WSJ]) {
        const data = expectData(await server.graphql(LAST_BACKUPS, { server: identifier }));
        expect(data.lastBackups.backupNames).toEqual(['Local files', 'Photos']);
      }
    });

    it('answers a shared name with the typed AmbiguousServerNameError and an unknown one with null', async () => {
      const data = expectData(await server.graphql(LAST_BACKUPS, { server: 'dup-host' }));
      expect(data.lastBackup.__typename).toBe('AmbiguousServerNameError');
      expect(data.lastBackups.__typename).toBe('AmbiguousServerNameError');
      expect(data.lastBackups.name).toBe('dup-host');
      expect(data.lastBackups.candidates.map((c: { serverId: string }) => c.serverId).sort()).toEqual([DUP_1, DUP_2]);

      const none = expectData(await server.graphql(LAST_BACKUPS, { server: 'office' }));
      expect(none).toEqual({ lastBackup: null, lastBackups: null });
    });
  });
});
