import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { UnsupportedDatabaseError } from '../../src/db/legacy/errors.ts';
import { SECRET_KEY_CHECK_SETTING } from '../../src/domain/secret-key-check.ts';
import { inspectDatabaseFile } from '../../src/db/legacy/inspect.ts';
import { acquireLock, upgradeLockPath } from '../../src/db/legacy/lock.ts';
import { readMigrations } from '../../src/db/migrate.ts';
import { openDatabase } from '../../src/db/open-database.ts';
import { adoptDatabaseFile } from '../../src/upgrade/adopt.ts';
import { LegacyUpgradeError } from '../../src/upgrade/errors.ts';
import { UPGRADE_STEPS } from '../../src/upgrade/steps.ts';
import { LEGACY_NOTIFICATIONS_ADOPTED_KEY } from '../../src/upgrade/after-open.ts';
import { upgradeDuplistatusDatabase } from '../../src/upgrade/upgrade-database.ts';
import { sharedFixturesAvailable, sharedFixturesDir } from '../support/fixtures.ts';
import { onPostgres, sqliteOnly } from '../support/test-database.ts';
import {
  addDuplicateAndOrphanRuns,
  addRunsWithoutServerId,
  buildLegacyDatabase,
  buildUnsupportedDatabase,
  LEGACY_RELEASES,
  ORPHAN_SERVER_ID,
} from '../support/legacy-databases.ts';
import type { BuiltLegacyDatabase, LegacyRelease, RunDefects } from '../support/legacy-databases.ts';
import { capturedLogger } from '../support/captured-logger.ts';
import { eventually } from '../support/live-client.ts';
import { DB_UPGRADE_ENTRY, SERVER_ENTRY } from '../support/repo-process.ts';
import { spawnTestProcess } from '../support/server-process.ts';
import { expectData, makeTempDir, startTestServer } from '../support/test-server.ts';

const NOW = new Date('2025-12-01T12:00:00.000Z');

function sha256(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

function withDb<T>(file: string, read: (db: Database.Database) => T): T {
  const db = new Database(file, { fileMustExist: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}

/** A legacy file in a fresh folder (changed by `alter` if given), plus an untouched copy to compute expected values from. */
function legacyFile(
  release: LegacyRelease,
  alter?: (file: string) => void,
): { built: BuiltLegacyDatabase; file: string; reference: string; dir: string } {
  const dir = makeTempDir('dupligraph-legacy-');
  const file = path.join(dir, 'backups.db');
  const built = buildLegacyDatabase(file, release);
  alter?.(file);
  const reference = path.join(makeTempDir('dupligraph-reference-'), 'reference.db');
  fs.copyFileSync(file, reference);
  return { built, file, reference, dir };
}

function backupCopies(dir: string): string[] {
  return fs
    .readdirSync(dir)
    .filter((name) => name.includes('.pre-dupligraph-'))
    .map((name) => path.join(dir, name));
}

const TOLERANCE_MINUTES: Record<string, number> = { '30min': 30, '1h': 60, '4h': 240, '12h': 720 };

interface Summary {
  totalServers: number;
  totalBackupsRuns: number;
  totalBackups: number;
  totalUploadedSize: number;
  totalStorageUsed: number;
  totalBackupSize: number;
  overdueBackupsCount: number;
  secondsSinceLastBackup: number | null;
}

/**
 * docs/compatibility/rest-api.md#summary computed with plain SQL on the untouched duplistatus file: storage totals over the latest
 * run of each *server* (ties all count), jobs as distinct (server, backup name) pairs.
 */
function summaryBySql(file: string, now: Date, overdueBackupsCount: number): Summary {
  return withDb(file, (db) => {
    const serverTable = db.prepare("SELECT name FROM sqlite_master WHERE name IN ('machines', 'servers')").pluck().get() as string;
    const server = serverTable === 'machines' ? 'machine_id' : 'server_id';
    const one = (sql: string) => db.prepare(sql).pluck().get() as number | string | null;
    const latestPerServer = (column: string) =>
      Number(
        one(`SELECT SUM(${column}) FROM backups b WHERE b.date = (SELECT MAX(x.date) FROM backups x WHERE x.${server} = b.${server})`),
      );
    const lastDate = one('SELECT MAX(date) FROM backups') as string;
    return {
      totalServers: Number(one(`SELECT COUNT(*) FROM ${serverTable}`)),
      totalBackupsRuns: Number(one('SELECT COUNT(*) FROM backups')),
      totalBackups: Number(one(`SELECT COUNT(*) FROM (SELECT DISTINCT ${server}, backup_name FROM backups)`)),
      totalUploadedSize: Number(one('SELECT SUM(uploaded_size) FROM backups')),
      totalStorageUsed: latestPerServer('known_file_size'),
      totalBackupSize: latestPerServer('size_of_examined_files'),
      overdueBackupsCount,
      secondsSinceLastBackup: Math.floor((now.getTime() - Date.parse(lastDate)) / 1000),
    };
  });
}

const SUMMARY_FIELDS =
  'totalServers totalBackupsRuns totalBackups totalUploadedSize totalStorageUsed totalBackupSize overdueBackupsCount secondsSinceLastBackup';
const SERVER_FIELDS = 'totalCount edges { node { id serverId name alias url note createdAt } }';

/** The answers every deprecated twin must share with its replacement. */
const TWINS_QUERY = /* GraphQL */ `
  query Twins($serverId: ID!, $server: String!, $name: String!) {
    summary { ${SUMMARY_FIELDS} totalMachines }
    servers(first: 100) { ${SERVER_FIELDS} }
    machines(first: 100) { ${SERVER_FIELDS} }
    server(id: $serverId) { ... on Server { id name } }
    machine(id: $serverId) { ... on Server { id name } }
    serverByName: server(name: $name) { __typename ... on Server { id } ... on AmbiguousServerNameError { message } }
    machineByName: machine(name: $name) { __typename ... on Server { id } ... on AmbiguousServerNameError { message } }
    lastBackups(server: $server) { ... on LastBackups { backupJobsCount backupTypesCount } }
    byServer: backups(first: 100, filter: { serverId: $serverId }) { totalCount edges { node { id } } }
    byMachine: backups(first: 100, filter: { machineId: $serverId }) { totalCount edges { node { id } } }
    jobsByServer: backupJobs(first: 100, filter: { serverId: $serverId }) { totalCount }
    jobsByMachine: backupJobs(first: 100, filter: { machineId: $serverId }) { totalCount }
    backups(first: 100) { edges { node { serverId machineId server { id } machine { id } } } }
  }
`;

function expectTwinsAgree(data: any): void {
  expect(data.summary.totalMachines).toBe(data.summary.totalServers);
  expect(data.machines).toEqual(data.servers);
  expect(data.machine).toEqual(data.server);
  expect(data.machineByName).toEqual(data.serverByName);
  expect(data.lastBackups.backupTypesCount).toBe(data.lastBackups.backupJobsCount);
  expect(data.byMachine).toEqual(data.byServer);
  expect(data.jobsByMachine).toEqual(data.jobsByServer);
  for (const { node } of data.backups.edges) {
    expect(node.machineId).toBe(node.serverId);
    expect(node.machine).toEqual(node.server);
  }
}

function tableRows(file: string, table: string): unknown[] {
  return withDb(file, (db) => db.prepare(`SELECT * FROM "${table}" ORDER BY 1`).all()); // by key: VACUUM may renumber rowids
}

const CHANNEL_KEYS = new Set(['ntfy_config', 'notification_templates', 'smtp_config', LEGACY_NOTIFICATIONS_ADOPTED_KEY]);

function withoutChannelKeys(map: Record<string, string | null>): Record<string, string | null> {
  return Object.fromEntries(Object.entries(map).filter(([key]) => !CHANNEL_KEYS.has(key)));
}

/** duplistatus's settings, without the check value dupligraph records for its own secret key on first start. */
function configurationMap(file: string): Record<string, string | null> {
  return withDb(file, (db) =>
    Object.fromEntries(
      (
        db.prepare('SELECT key, value FROM configurations WHERE key <> ?').all(SECRET_KEY_CHECK_SETTING) as {
          key: string;
          value: string | null;
        }[]
      ).map((r) => [r.key, r.value]),
    ),
  );
}

// duplistatus databases are SQLite files: the whole upgrade is SQLite only (test-database.ts).
describe.skipIf(onPostgres).each(LEGACY_RELEASES)(sqliteOnly('a duplistatus %s database'), (release) => {
  it('is upgraded on start: servers, runs, jobs, schedules and settings survive, and the summary matches the source', async () => {
    const { built, file, reference, dir } = legacyFile(release);
    const server = await startTestServer({ databaseFile: file, now: () => NOW });
    try {
      const tolerance = built.tolerance ? TOLERANCE_MINUTES[built.tolerance]! : 120; // docs/compatibility/overdue.md#where-settings-live default since 1.4.1
      const overdue = built.jobs.filter(
        (job) => job.overdueCheckEnabled && NOW.getTime() > Date.parse(job.nextExpectedAt) + tolerance * 60_000,
      ).length;
      const data = expectData(
        await server.graphql(TWINS_QUERY, { serverId: built.servers[0]!.id, server: built.servers[0]!.id, name: 'MON-PROD-01' }),
      );
      const { totalMachines: _ignored, ...summary } = data.summary;
      expect(summary).toEqual(summaryBySql(reference, NOW, overdue));
      expect(summary).toMatchObject({ totalServers: 5, totalBackupsRuns: 19, totalBackups: 6 });
      expectTwinsAgree(data);
      expect(data.serverByName.__typename).toBe('AmbiguousServerNameError');

      const jobs = withDb(file, (db) =>
        db
          .prepare(
            `SELECT j.server_id AS serverId, j.backup_name AS backupName,
                    (SELECT COUNT(*) FROM backups b WHERE b.server_id = j.server_id AND b.backup_name = j.backup_name) AS runs,
                    j.last_backup_at AS latestDate, j.expected_interval AS expectedInterval, j.allowed_weekdays AS allowedWeekdays,
                    j.overdue_check_enabled = 1 AS overdueCheckEnabled, j.notification_event AS notificationEvent,
                    j.next_expected_at AS nextExpectedAt, j.last_reminder_at AS lastReminderAt,
                    (SELECT date FROM backups b WHERE b.id = j.latest_backup_id) AS latestRunDate
             FROM backup_jobs j ORDER BY j.id`,
          )
          .all()
          .map((row: any) => ({ ...row, overdueCheckEnabled: Boolean(row.overdueCheckEnabled) })),
      );
      for (const job of jobs as any[]) expect(job.latestRunDate).toBe(job.latestDate);
      const withoutPointer = jobs.map(({ latestRunDate: _x, ...job }: any) => job);
      const byKey = (a: { serverId: string; backupName: string }, b: { serverId: string; backupName: string }) =>
        `${a.serverId}:${a.backupName}`.localeCompare(`${b.serverId}:${b.backupName}`);
      expect(withoutPointer.sort(byKey)).toEqual([...built.jobs].sort(byKey));

      // Every setting is kept as it was, the tolerance above all (docs/compatibility/legacy-databases.md#migration-steps warning),
      // but for the channel keys the first start rewrites for the delivery side (test/e2e/legacy-notifications.test.ts).
      expect(withoutChannelKeys(configurationMap(file))).toEqual(built.dbVersion ? withoutChannelKeys(configurationMap(reference)) : {});
      if (built.tolerance) expect(configurationMap(file).overdue_tolerance).toBe(built.tolerance);
      for (const table of built.untouchedTables) expect(tableRows(file, table)).toEqual(tableRows(reference, table));

      const available = withDb(file, (db) =>
        db.prepare('SELECT available_backups FROM backups WHERE id = ?').pluck().get(built.runWithVersions.id),
      );
      expect(JSON.parse(available as string)).toEqual(built.runWithVersions.versions);

      const migrations = withDb(file, (db) =>
        db.prepare('SELECT migration_name FROM _prisma_migrations ORDER BY migration_name').pluck().all(),
      );
      expect(migrations).toEqual(readMigrations().map((m) => m.name));
      expect(server.app.database.appliedMigrations).toEqual([]);

      const [copy, ...more] = backupCopies(dir);
      expect(more).toEqual([]);
      expect(copy).toMatch(/backups\.pre-dupligraph-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z\.db$/);
      expect(withDb(copy!, (db) => db.prepare('SELECT COUNT(*) FROM backups').pluck().get())).toBe(19);
      expect(fs.readdirSync(dir).filter((name) => name.includes('.lock') || name.includes('.tmp'))).toEqual([]);
    } finally {
      await server.stop();
    }
  });
});

describe.skipIf(onPostgres)(sqliteOnly('a failing upgrade'), () => {
  it.each(UPGRADE_STEPS)('leaves the original byte-identical when the %s step fails, and says where the copy is', async (step) => {
    const { file, dir } = legacyFile('4.0');
    const before = sha256(file);
    const error = await adoptDatabaseFile(file, { timeZone: 'UTC', injectFault: step }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(LegacyUpgradeError);
    const message = (error as LegacyUpgradeError).message;
    expect(message).toContain(`failed at step "${step}"`);
    expect(message).toContain(`fault injected at step "${step}"`);
    expect(message).toContain('The original file was not changed');
    expect(sha256(file)).toBe(before);
    const copies = backupCopies(dir);
    if (step === 'copy') {
      expect(copies).toEqual([]);
      expect(message).toContain('No backup copy was kept');
    } else {
      expect(copies).toHaveLength(1);
      expect(message).toContain(`A consistent copy taken before the upgrade is at ${copies[0]}`);
    }
    expect(fs.readdirSync(dir).filter((name) => name.includes('.tmp') || name.includes('.lock'))).toEqual([]);

    // Nothing was left half-done: the next start upgrades it.
    const retried = await adoptDatabaseFile(file, { timeZone: 'UTC' });
    expect(retried.kind).toBe('upgraded');
  });

  it('names the failing step when real data is broken, and keeps the original', async () => {
    const { file } = legacyFile('0.7');
    // The latest run of a job with a start time no date can be read from.
    withDb(file, (db) =>
      db
        .prepare(
          "UPDATE backups SET date = 'yesterday' WHERE id = (SELECT id FROM backups WHERE backup_name = 'Archive' ORDER BY date DESC LIMIT 1)",
        )
        .run(),
    );
    const before = sha256(file);
    const error = (await adoptDatabaseFile(file, { timeZone: 'UTC' }).catch((e: unknown) => e)) as LegacyUpgradeError;
    expect(error).toBeInstanceOf(LegacyUpgradeError);
    expect(error.stage).toBe('data');
    expect(error.message).toMatch(/job "9d8c7b6a5f4e3d2c1b0a998877665544:Archive": its latest run date "yesterday" is unusable/);
    expect(sha256(file)).toBe(before);
  });
});

/** The repairs the upgrade must report for addDuplicateAndOrphanRuns, in order (src/db/legacy/repairs.ts). */
function expectedRepairs(defects: RunDefects): (string | RegExp)[] {
  const [files, users, databases, orphan] = defects.groups as [
    RunDefects['groups'][number],
    RunDefects['groups'][number],
    RunDefects['groups'][number],
    RunDefects['groups'][number],
  ];
  const figures = String.raw`\(\d+ filled columns, \d+ characters of log\)`;
  return [
    'duplicate runs (same server, backup name and start time): 5 removed from 4 group(s); 2 group(s) of identical copies (3 removed), 2 group(s) of differing rows (2 removed, the most complete kept)',
    // Groups by server id, backup name, start time: MON-PROD-01, FS-PROD-01 ×2, the orphan.
    new RegExp(
      String.raw`^duplicate "Users" of server 0f1e2d3c4b5a69788796a5b4c3d2e1f0 at \S+: kept ${users.kept} ${figures}, removed dup-users-sparse ${figures}; ` +
        'they differed in size, uploaded_size, messages_array, version, messages_actual_length, bytes_downloaded, known_file_size$',
    ),
    new RegExp(
      `^duplicate "Databases" of server a1b2c3d4e5f60718293a4b5c6d7e8f90 at 2025-11-30T12:00:00.000Z: kept dup-databases-longer ${figures}, removed ${databases.removed[0]} ${figures}; ` +
        'they differed in messages_array, messages_actual_length$',
    ),
    `duplicate "Files" of server a1b2c3d4e5f60718293a4b5c6d7e8f90 at 2025-11-30T02:00:00.000Z: kept ${files.kept}, removed dup-files-copy-1, dup-files-copy-2 (identical apart from id and created_at)`,
    `duplicate "Orphaned" of server ${ORPHAN_SERVER_ID} at 2025-11-30T02:00:00.000Z: kept ${orphan.kept}, removed orphan-run-1-copy (identical apart from id and created_at)`,
    'orphan runs: 2 run(s) of 1 server id(s) without a server row; a server was created for each, named after its id (a run carries no machine name): ' +
      'give it an alias with updateServer, or merge it into the server it belongs to with mergeServers',
    `server ${ORPHAN_SERVER_ID} created for 2 orphan run(s)`,
  ];
}

function expectLines(actual: string[], expected: (string | RegExp)[]): void {
  expect(actual).toHaveLength(expected.length);
  expected.forEach((line, i) => (typeof line === 'string' ? expect(actual[i]).toBe(line) : expect(actual[i]).toMatch(line)));
}

// duplistatus checks for a duplicate run without a constraint behind it (docs/compatibility/upload.md#duplicate-rule) and never enforced
// its foreign keys: a database it wrote can hold both, and must still upgrade.
describe.skipIf(onPostgres).each(LEGACY_RELEASES)(sqliteOnly('a duplistatus %s database holding duplicate and orphan runs'), (release) => {
  it('is repaired and upgraded on start: duplicates collapse to the most complete row, orphan runs get a server, the log lists every repair', async () => {
    let defects!: RunDefects;
    const { file, dir } = legacyFile(release, (f) => (defects = addDuplicateAndOrphanRuns(f, release)));
    expect(defects.runsInFile).toBe(26);
    const log = capturedLogger();
    const server = await startTestServer({ databaseFile: file, now: () => NOW, logger: log.logger });
    try {
      const removed = defects.groups.flatMap((group) => group.removed);
      const ids = withDb(file, (db) => db.prepare('SELECT id FROM backups').pluck().all() as string[]);
      expect(ids).toHaveLength(21);
      expect(ids).toEqual(expect.arrayContaining([...defects.groups.map((group) => group.kept), ...defects.orphanRuns]));
      expect(ids.filter((id) => removed.includes(id))).toEqual([]);
      // The later copy won on its longer log, whole: not a mix of the two rows.
      expect(
        withDb(file, (db) => db.prepare("SELECT messages_array FROM backups WHERE id = 'dup-databases-longer'").pluck().get()),
      ).toContain('(retried)');

      expect(
        withDb(file, (db) => db.prepare('SELECT id, name, created_at AS createdAt FROM servers WHERE id = ?').get(ORPHAN_SERVER_ID)),
      ).toEqual({
        id: ORPHAN_SERVER_ID,
        name: ORPHAN_SERVER_ID,
        createdAt: '2025-11-28 02:10:00',
      });
      const jobs = withDb(file, (db) =>
        db
          .prepare(
            'SELECT backup_name AS backupName, latest_backup_id AS latest FROM backup_jobs WHERE backup_name IN (?, ?) ORDER BY backup_name',
          )
          .all('Databases', 'Orphaned'),
      );
      expect(jobs).toEqual([
        { backupName: 'Databases', latest: 'dup-databases-longer' },
        { backupName: 'Orphaned', latest: 'orphan-run-1' },
      ]);
      const data = expectData(await server.graphql('{ summary { totalServers totalBackupsRuns totalBackups } }'));
      expect(data.summary).toEqual({ totalServers: 6, totalBackupsRuns: 21, totalBackups: 7 });

      const lines = log.lines.map((line) => JSON.parse(line) as { msg: string; repaired?: unknown });
      const repairs = lines.filter((line) => line.msg.startsWith('repaired: ')).map((line) => line.msg.slice('repaired: '.length));
      expectLines(repairs, expectedRepairs(defects));
      expect(lines.find((line) => line.msg === 'database upgraded from duplistatus and verified')?.repaired).toEqual({
        duplicateRunsRemoved: 5,
        duplicateGroups: 4,
        serversCreatedForOrphanRuns: 1,
      });

      // Nothing is lost for good: the copy taken before the upgrade still holds every row as it was.
      const [copy] = backupCopies(dir);
      expect(withDb(copy!, (db) => db.prepare('SELECT COUNT(*) FROM backups').pluck().get())).toBe(26);
    } finally {
      await server.stop();
    }
  });

  it('lists the same repairs in a dry run, with verification figures that account for them, and leaves the file byte-identical', async () => {
    let defects!: RunDefects;
    const { file, dir } = legacyFile(release, (f) => (defects = addDuplicateAndOrphanRuns(f, release)));
    const before = sha256(file);
    const layout = inspectDatabaseFile(file);
    if (layout.kind !== 'duplistatus') throw new Error(`unexpected ${layout.kind}`);

    const report = await upgradeDuplistatusDatabase(file, layout, { timeZone: 'UTC', dryRun: true });
    expectLines(report.repairs, expectedRepairs(defects));
    expect(report.checks.filter((check) => !check.ok)).toEqual([]);
    const detail = (name: string) => report.checks.find((check) => check.name === name)?.detail;
    expect(detail('rows in backups')).toBe('source 26, 5 duplicate run(s) removed: expected 21, upgraded 21');
    expect(detail('rows in servers')).toBe('source 5, 1 server(s) created for orphan runs: expected 6, upgraded 6');
    expect(detail('rows in backup_jobs')).toBe('source 7, upgraded 7');
    expect(detail('sum of backups.known_file_size')).toMatch(
      /^source (\d+), minus (\d+) in the 5 duplicate run\(s\) removed: expected (\d+), upgraded \3$/,
    );
    expect(sha256(file)).toBe(before);
    expect(fs.readdirSync(dir)).toEqual(['backups.db']);
  });

  it('refuses runs no server can be made for, naming them and the way out, and writes nothing', async () => {
    let lost!: string[];
    const { file, dir } = legacyFile(release, (f) => {
      addDuplicateAndOrphanRuns(f, release);
      lost = addRunsWithoutServerId(f, release, 2);
    });
    const before = sha256(file);
    const column = release === '0.4' || release === '0.6' ? 'machine_id' : 'server_id';
    const table = release === '0.4' || release === '0.6' ? 'machines' : 'servers';

    const error = (await adoptDatabaseFile(file, { timeZone: 'UTC' }).catch((e: unknown) => e)) as LegacyUpgradeError;
    expect(error).toBeInstanceOf(LegacyUpgradeError);
    expect(error.stage).toBe('repair');
    expect(error.message).toContain(
      `failed at step "repair" (repairing duplicate and orphan runs): 2 run(s) in backups have an empty ${column} and no ${table} row`,
    );
    for (const id of lost) expect(error.message).toMatch(new RegExp(String.raw`rowid \d+ \(id "${id}", "Lost" at `));
    expect(error.message).toContain(`Way out: with duplistatus and dupligraph stopped`);
    expect(error.message).toContain(`UPDATE backups SET ${column} = '<server id>' WHERE ${column} IS NULL OR trim(${column}) = ''`);
    expect(error.message).toContain(`DELETE FROM backups WHERE ${column} IS NULL OR trim(${column}) = ''`);
    expect(error.message).toContain('The original file was not changed. No backup copy was kept.');
    expect(sha256(file)).toBe(before);
    expect(fs.readdirSync(dir)).toEqual(['backups.db']);

    // The way out works: without those runs the rest is repaired and upgraded.
    withDb(file, (db) => db.prepare(`DELETE FROM backups WHERE ${column} IS NULL OR trim(${column}) = ''`).run());
    expect((await adoptDatabaseFile(file, { timeZone: 'UTC' })).kind).toBe('upgraded');
  });
});

describe.skipIf(onPostgres)(sqliteOnly('upgrading more than once'), () => {
  it('changes nothing when the database is already upgraded', async () => {
    const { file, dir } = legacyFile('0.8');
    expect((await adoptDatabaseFile(file, { timeZone: 'UTC' })).kind).toBe('upgraded');
    const upgraded = sha256(file);

    expect(await adoptDatabaseFile(file, { timeZone: 'UTC' })).toEqual({ kind: 'dupligraph' });
    expect(sha256(file)).toBe(upgraded);
    expect(backupCopies(dir)).toHaveLength(1);

    const dump = (f: string) => ['servers', 'backups', 'backup_jobs', 'configurations', '_prisma_migrations'].map((t) => tableRows(f, t));
    // The first start records its secret key's check value; from then on a start changes nothing.
    await (await startTestServer({ databaseFile: file, now: () => NOW })).stop();
    const rowsBefore = dump(file);
    const server = await startTestServer({ databaseFile: file, now: () => NOW });
    try {
      expect(server.app.database.appliedMigrations).toEqual([]);
    } finally {
      await server.stop();
    }
    expect(dump(file)).toEqual(rowsBefore);
  });

  it('makes a second upgrader wait for the lock and then find the work done', async () => {
    const { file, dir } = legacyFile('0.6');
    const layout = inspectDatabaseFile(file);
    if (layout.kind !== 'duplistatus') throw new Error(`unexpected ${layout.kind}`);

    const release = await acquireLock(upgradeLockPath(file));
    let settled = false;
    const waiting = adoptDatabaseFile(file, { timeZone: 'UTC', lock: { pollMs: 20 } }).finally(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(settled).toBe(false);

    await upgradeDuplistatusDatabase(file, layout, { timeZone: 'UTC' }); // as the lock holder
    release();
    expect(await waiting).toEqual({ kind: 'upgraded-by-another-process' });
    expect(backupCopies(dir)).toHaveLength(1);
  });

  it('removes the lock of a process that died and upgrades', async () => {
    const { file } = legacyFile('0.7');
    const dead = spawn(process.execPath, ['-e', '']);
    await new Promise((resolve) => dead.on('exit', resolve));
    fs.writeFileSync(
      upgradeLockPath(file),
      JSON.stringify({ pid: dead.pid, hostname: os.hostname(), startedAt: '2025-12-01T00:00:00.000Z' }),
    );
    const abandoned = `${file}.dupligraph-upgrade-${dead.pid}.tmp`; // its half-done working copy
    fs.writeFileSync(abandoned, 'partial');
    expect((await adoptDatabaseFile(file, { timeZone: 'UTC', lock: { timeoutMs: 5_000 } })).kind).toBe('upgraded');
    expect(fs.existsSync(upgradeLockPath(file))).toBe(false);
    expect(fs.existsSync(abandoned)).toBe(false);
  });
});

describe.skipIf(onPostgres)(sqliteOnly('a database this dupligraph does not know'), () => {
  it.each(['newer', 'bad-version', 'foreign', 'not-sqlite'] as const)('is refused untouched (%s)', async (kind) => {
    const dir = makeTempDir('dupligraph-refused-');
    const file = path.join(dir, 'backups.db');
    if (kind === 'not-sqlite') fs.writeFileSync(file, 'duplistatus export, not a database\n'.repeat(200));
    else buildUnsupportedDatabase(file, kind);
    const before = sha256(file);
    const error = await adoptDatabaseFile(file, { timeZone: 'UTC' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnsupportedDatabaseError);
    expect((error as Error).message).toMatch(
      {
        newer: /newer duplistatus \(db_version 5\.0\)/,
        'bad-version': /db_version "next" is not/,
        foreign: /neither a dupligraph nor a duplistatus database/,
        'not-sqlite': /it is not an SQLite database/,
      }[kind],
    );
    expect((error as Error).message).toContain('The file was not changed');
    expect(sha256(file)).toBe(before);
    expect(fs.readdirSync(dir)).toEqual(['backups.db']);
  });

  // The upgrade runs before openDatabase (src/app.ts); openDatabase itself never upgrades, and
  // never lets our migrations near a file that is not ours.
  it.each(['duplistatus', 'foreign'] as const)('is refused untouched when handed to openDatabase directly (%s)', async (kind) => {
    const dir = makeTempDir('dupligraph-not-adopted-');
    const file = path.join(dir, 'backups.db');
    if (kind === 'duplistatus') buildLegacyDatabase(file, '0.8');
    else buildUnsupportedDatabase(file, kind);
    const before = sha256(file);
    const error = await openDatabase(`file:${file}`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnsupportedDatabaseError);
    expect((error as Error).message).toMatch(
      {
        duplistatus: /duplistatus 0\.8 \(db_version [\d.]+\) database that has not been upgraded yet .*npm run db:upgrade/,
        foreign: /neither a dupligraph nor a duplistatus database/,
      }[kind],
    );
    expect((error as Error).message).toContain('The file was not changed');
    expect(sha256(file)).toBe(before);
    expect(fs.readdirSync(dir)).toEqual(['backups.db']);
  });
});

/**
 * The real server (compiled, `dist/main.js`) as a process. Each start costs seconds (more on a busy machine),
 * so there are three processes in all, run concurrently: the function-level tests above cover
 * every step and every refusal; these prove the process exits non-zero saying so, and that two
 * processes on one file upgrade it once.
 */
describe.skipIf(onPostgres).concurrent(sqliteOnly('the server process'), () => {
  it('exits non-zero with a message naming the failed step and the backup copy', { timeout: 120_000 }, async () => {
    const { file, dir } = legacyFile('0.6');
    const before = sha256(file);
    const result = await runServerProcess(file, { DB_UPGRADE_FAULT: 'data' }, { exitWithin: 90_000 });
    expect(result.code, result.stderr).toBe(1);
    const [copy] = backupCopies(dir);
    expect(result.stderr).toContain(
      `dupligraph failed to start: Upgrading the duplistatus 0.6 (db_version 2.0) database ${file} failed at step "data"`,
    );
    expect(result.stderr).toContain(`The original file was not changed. A consistent copy taken before the upgrade is at ${copy}.`);
    expect(sha256(file)).toBe(before);
  });

  it('prints the plan and the verification figures for a dry run, writing nothing', { timeout: 120_000 }, async () => {
    const { file, dir } = legacyFile('0.6');
    const before = sha256(file);
    const result = await runProcess([...DB_UPGRADE_ENTRY, '--dry-run', '--database', file], {}, { exitWithin: 90_000 });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('Detected: duplistatus 0.6 (db_version 2.0)');
    expect(result.stdout).toContain('Repairs: none needed (no duplicate or orphan runs).');
    expect(result.stdout).toContain('Planned changes:\n  - tables backups, machines, configurations rebuilt');
    expect(result.stdout).toContain('machines → servers: 5 rows');
    expect(result.stdout).toMatch(/ok +rows in backups +source 19, upgraded 19/);
    expect(result.stdout).toMatch(/ok +sum of backups\.known_file_size +source (\d+), upgraded \1/);
    expect(result.stdout).toContain(`Dry run: nothing was written to ${file}`);
    expect(fs.readdirSync(dir)).toEqual(['backups.db']);
    expect(sha256(file)).toBe(before);
  });

  it('lists every repair in a dry run of a database with duplicate and orphan runs, writing nothing', { timeout: 120_000 }, async () => {
    let defects!: RunDefects;
    const { file, dir } = legacyFile('0.7', (f) => (defects = addDuplicateAndOrphanRuns(f, '0.7')));
    const before = sha256(file);
    const result = await runProcess([...DB_UPGRADE_ENTRY, '--dry-run', '--database', file], {}, { exitWithin: 90_000 });
    expect(result.code, result.stderr).toBe(0);
    const listed = /Repairs the upgrade would make:\n((?: {2}- .*\n)+)/.exec(result.stdout);
    expect(listed, result.stdout).not.toBeNull();
    expectLines(
      listed![1]!
        .trimEnd()
        .split('\n')
        .map((line) => line.slice('  - '.length)),
      expectedRepairs(defects),
    );
    expect(result.stdout).toMatch(/ok +rows in backups +source 26, 5 duplicate run\(s\) removed: expected 21, upgraded 21/);
    expect(result.stdout).toMatch(/ok +rows in servers +source 5, 1 server\(s\) created for orphan runs: expected 6, upgraded 6/);
    expect(fs.readdirSync(dir)).toEqual(['backups.db']);
    expect(sha256(file)).toBe(before);
  });

  it('upgrades once when two servers start on the same file at the same time', { timeout: 120_000 }, async () => {
    const { file, dir } = legacyFile('4.0');
    const [first, second] = await Promise.all([
      runServerProcess(file, {}, { untilListening: 90_000 }),
      runServerProcess(file, {}, { untilListening: 90_000 }),
    ]);
    const logs = `${first.stdout}\n${second.stdout}`;
    expect(first.listening && second.listening, `stderr: ${first.stderr}\n${second.stderr}`).toBe(true);
    expect(logs.match(/database upgraded from duplistatus and verified/g)).toHaveLength(1);
    expect(backupCopies(dir)).toHaveLength(1);
    expect(withDb(file, (db) => db.prepare('SELECT COUNT(*) FROM backup_jobs').pluck().get())).toBe(6);
  });
});

/** Expected figures from the fixture README's table, parsed, so the two cannot drift apart. */
function fixtureTable(): Map<string, { runs: number; servers: number; jobs: number }> {
  const readme = fs.readFileSync(path.join(sharedFixturesDir, 'legacy-db', 'README.md'), 'utf8');
  const rows = new Map<string, { runs: number; servers: number; jobs: number }>();
  for (const match of readme.matchAll(/^\|\s*`([^`]+\.db)`.*`backups` \((\d+)\).*\|\s*(\d+)\s*\/\s*(\d+)\s*\|/gm)) {
    rows.set(match[1]!, { runs: Number(match[2]), servers: Number(match[3]), jobs: Number(match[4]) });
  }
  return rows;
}

describe.runIf(sharedFixturesAvailable('legacy-db') && !onPostgres)(
  sqliteOnly('the real duplistatus databases in ../shared/fixtures/legacy-db'),
  () => {
    const files = sharedFixturesAvailable('legacy-db')
      ? fs
          .readdirSync(path.join(sharedFixturesDir, 'legacy-db'))
          .filter((name) => name.endsWith('.db'))
          .sort()
      : [];
    const FIXTURE_NOW = new Date('2025-12-01T19:00:00.000Z');

    it.each(files)('%s upgrades with the README counts and a summary equal to hand-computed SQL', async (name) => {
      const expected = fixtureTable().get(name);
      expect(expected, `${name} is not in the README table`).toBeDefined();
      const dir = makeTempDir('dupligraph-fixture-');
      const file = path.join(dir, name);
      fs.copyFileSync(path.join(sharedFixturesDir, 'legacy-db', name), file);
      fs.chmodSync(file, 0o644);
      const reference = path.join(makeTempDir('dupligraph-reference-'), name);
      fs.copyFileSync(file, reference);

      // Every job in these files is monitored daily: backup_settings says 1 day and enabled, or
      // there are no settings at all (0.4). So a job is overdue once latest + 1 day + tolerance passed.
      const { latestDates, tolerance } = withDb(reference, (db) => {
        const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[];
        const server = tables.includes('machines') ? 'machine_id' : 'server_id';
        const settings = tables.includes('configurations')
          ? (db.prepare("SELECT value FROM configurations WHERE key = 'backup_settings'").pluck().get() as string | undefined)
          : undefined;
        for (const entry of Object.values(JSON.parse(settings ?? '{}')) as any[]) {
          expect(entry).toMatchObject({ overdueBackupCheckEnabled: true, expectedInterval: 1, intervalUnit: 'day' });
        }
        const stored = tables.includes('configurations')
          ? (db.prepare("SELECT value FROM configurations WHERE key = 'overdue_tolerance'").pluck().get() as string | undefined)
          : undefined;
        return {
          latestDates: db.prepare(`SELECT MAX(date) FROM backups GROUP BY ${server}, backup_name`).pluck().all() as string[],
          tolerance: stored ? TOLERANCE_MINUTES[stored]! : 120,
        };
      });
      const overdue = latestDates.filter((date) => FIXTURE_NOW.getTime() > Date.parse(date) + 86_400_000 + tolerance * 60_000).length;

      const server = await startTestServer({ databaseFile: file, now: () => FIXTURE_NOW });
      try {
        const firstServer = withDb(file, (db) => db.prepare('SELECT id, name FROM servers ORDER BY id LIMIT 1').get()) as {
          id: string;
          name: string;
        };
        const data = expectData(
          await server.graphql(TWINS_QUERY, { serverId: firstServer.id, server: firstServer.id, name: firstServer.name }),
        );
        const { totalMachines: _ignored, ...summary } = data.summary;
        expect(summary).toEqual(summaryBySql(reference, FIXTURE_NOW, overdue));
        expect({ runs: summary.totalBackupsRuns, servers: summary.totalServers, jobs: summary.totalBackups }).toEqual(expected);
        expect(withDb(file, (db) => db.prepare('SELECT COUNT(*) FROM backup_jobs').pluck().get())).toBe(expected!.jobs);
        expectTwinsAgree(data);
      } finally {
        await server.stop();
      }
    });
  },
);

interface ProcessResult {
  code: number | null;
  stdout: string;
  stderr: string;
  listening: boolean;
}

/**
 * Runs the real server (compiled, `dist/main.js`) on `file`. `exitWithin`: wait for it to exit on its own;
 * `untilListening`: wait until it listens, then stop it with SIGTERM (by its own pid).
 */
function runServerProcess(
  file: string,
  env: Record<string, string>,
  wait: { exitWithin?: number; untilListening?: number },
): Promise<ProcessResult> {
  return runProcess(SERVER_ENTRY, { DATABASE_URL: `file:${file}`, ...env }, wait);
}

/** `node <args>` in the repository (one process: the pid signalled is the one running), with a test environment on top of `env`. */
async function runProcess(
  args: readonly string[],
  env: Record<string, string>,
  wait: { exitWithin?: number; untilListening?: number },
): Promise<ProcessResult> {
  const child = spawnTestProcess(args, {
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'info',
    REPORT_TIME_ZONE: 'UTC',
    OVERDUE_CHECK_INTERVAL_SECONDS: '0',
    ...env,
  });
  const result: ProcessResult = { code: null, stdout: '', stderr: '', listening: false };
  child.stdout!.on('data', (chunk) => (result.stdout += chunk));
  child.stderr!.on('data', (chunk) => (result.stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  try {
    if (wait.untilListening) {
      await eventually(
        () => result.stdout.includes('dupligraph listening') || child.exitCode !== null,
        () => `stdout: ${result.stdout}\nstderr: ${result.stderr}`,
        wait.untilListening,
      );
      result.listening = result.stdout.includes('dupligraph listening');
      child.kill('SIGTERM');
    } else {
      const timeout = wait.exitWithin ?? 20_000;
      const timer = setTimeout(() => child.kill('SIGKILL'), timeout);
      await exited;
      clearTimeout(timer);
    }
    result.code = await exited;
    return result;
  } finally {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
}
