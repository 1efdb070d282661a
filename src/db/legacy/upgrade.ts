/**
 * Upgrading a duplistatus database in place (DOMAIN.md b.5, b.6), built so that the original file
 * is byte-identical after any failure:
 *
 *   lock    an exclusive lock file next to the database; detect again once it is ours
 *   copy    checkpoint, then a consistent copy next to the file with SQLite's backup API
 *           (`<name>.pre-dupligraph-<time>.db`, kept and logged), and a working copy of it
 *   repair  on the working copy, in one transaction: duplicate runs collapsed, servers created
 *           for orphan runs (repairs.ts); rows that cannot be repaired are refused before `copy`
 *   schema  (same transaction) legacy tables moved aside, our migrations run
 *   data    (same transaction) rows copied by column name, jobs built, settings converted
 *   verify  row counts and byte sums against the source less what the repairs removed, integrity,
 *           foreign keys, migrations, schema equal to a fresh database's
 *   replace the verified working copy renamed over the original (atomic on one volume), but only
 *           if the original did not change meanwhile
 *
 * Until `replace` the original is only read. Any failure deletes the working copy and throws a
 * LegacyUpgradeError naming the step, the reason and the backup copy.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { copyLegacyData } from './data-step.ts';
import type { DataStepResult } from './data-step.ts';
import { describeChanges } from './describe-changes.ts';
import { InjectedFaultError, LegacyUpgradeError, UnsupportedDatabaseError } from './errors.ts';
import type { UpgradeStage, UpgradeStep } from './errors.ts';
import { inspectDatabaseFile, openWithoutWriting } from './inspect.ts';
import { describeLayout } from './layout.ts';
import type { DetectedLayout, DuplistatusLayout } from './layout.ts';
import { acquireLock, upgradeLockPath } from './lock.ts';
import type { LockOptions } from './lock.ts';
import { describeRepairs, refuseUnrepairableRows, repairAdjustment, repairLegacyData } from './repairs.ts';
import type { RepairResult } from './repairs.ts';
import { createCurrentSchema } from './schema-step.ts';
import { backupCopyPath, fingerprint, removeDatabaseFiles, sameFingerprint, writeConsistentCopy } from './snapshot.ts';
import type { FileFingerprint } from './snapshot.ts';
import { sourceFigures, verifyUpgrade } from './verify.ts';
import type { Check, Figures } from './verify.ts';

/** The part of the app logger (pino) the upgrade uses. */
export interface UpgradeLogger {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
}

export interface UpgradeOptions {
  /** Zone in which version stamps in old log lines are read (REPORT_TIME_ZONE, DOMAIN.md a.11). */
  timeZone: string;
  logger?: UpgradeLogger;
  now?: () => Date;
  lock?: Omit<LockOptions, 'onWait'>;
  /** Tests only: the named step fails after doing its work (see UPGRADE_STEPS, DB_UPGRADE_FAULT). */
  injectFault?: UpgradeStep;
}

export interface UpgradeReport {
  file: string;
  from: DuplistatusLayout;
  dryRun: boolean;
  /** The consistent copy of the original; null in a dry run. */
  backupPath: string | null;
  migrations: string[];
  /** Every repair made (or, in a dry run, to be made), counts first (repairs.ts). */
  repairs: string[];
  repaired: RepairResult;
  changes: string[];
  notes: string[];
  source: Figures;
  result: Figures;
  checks: Check[];
  durationMs: number;
}

export type AdoptOutcome =
  | { kind: 'fresh' | 'dupligraph' | 'upgraded-by-another-process' }
  | { kind: 'upgraded'; report: UpgradeReport };

const silentLogger: UpgradeLogger = { info: () => {}, warn: () => {} };

/**
 * Called before our migrations run on `file`: nothing to do for a fresh file or one of ours; a
 * duplistatus database is upgraded under the lock; anything else is refused untouched.
 */
export async function adoptDatabaseFile(databaseFile: string, options: UpgradeOptions): Promise<AdoptOutcome> {
  const logger = options.logger ?? silentLogger;
  const found = inspectDatabaseFile(databaseFile);
  if (found.kind !== 'duplistatus') return settled(databaseFile, found);
  // Through a symlink: the lock, the copies and the replacement belong beside the real file.
  const file = fs.realpathSync(databaseFile);

  logger.info({ file, from: describeLayout(found) }, 'duplistatus database found: upgrading it');
  const lockPath = upgradeLockPath(file);
  let release: () => void;
  try {
    release = await acquireLock(lockPath, {
      ...options.lock,
      onWait: (holder) => logger.info({ lock: lockPath, holder }, 'another process is upgrading this database: waiting'),
    });
  } catch (cause) {
    throw new LegacyUpgradeError({ file, from: describeLayout(found), stage: 'lock', cause, backupPath: null, dryRun: false });
  }
  try {
    // Whoever held the lock before us may have upgraded the file already.
    const now = inspectDatabaseFile(file);
    if (now.kind === 'dupligraph') {
      logger.info({ file }, 'the database was upgraded by another process');
      return { kind: 'upgraded-by-another-process' };
    }
    if (now.kind !== 'duplistatus') return settled(file, now);
    removeAbandonedWorkingCopies(file);
    const report = await upgradeDuplistatusDatabase(file, now, options);
    logger.info(
      {
        file,
        backup: report.backupPath,
        repaired: {
          duplicateRunsRemoved: report.repaired.removedRuns,
          duplicateGroups: report.repaired.duplicates.length,
          serversCreatedForOrphanRuns: report.repaired.createdServers.length,
        },
        changes: report.changes,
        notes: report.notes,
        ms: report.durationMs,
      },
      'database upgraded from duplistatus and verified',
    );
    for (const repair of report.repairs) logger.warn({ file, repair }, `repaired: ${repair}`);
    // Settings entries that named no job (or could not be read) deserve the operator's eye.
    for (const note of report.notes) logger.warn({ file, note }, `duplistatus setting not carried over: ${note}`);
    return { kind: 'upgraded', report };
  } finally {
    release();
  }
}

function settled(file: string, layout: Exclude<DetectedLayout, DuplistatusLayout>): AdoptOutcome {
  if (layout.kind === 'refused') throw new UnsupportedDatabaseError(file, layout.reason);
  return { kind: layout.kind };
}

/**
 * The upgrade itself (the caller holds the lock). With `dryRun` the copies live in a temporary
 * folder, nothing is written next to the original, and the report says what would change.
 */
export async function upgradeDuplistatusDatabase(
  file: string,
  layout: DuplistatusLayout,
  options: UpgradeOptions & { dryRun?: boolean },
): Promise<UpgradeReport> {
  const logger = options.logger ?? silentLogger;
  const dryRun = options.dryRun ?? false;
  const started = Date.now();
  const now = options.now?.() ?? new Date();
  const scratch = dryRun ? fs.mkdtempSync(path.join(os.tmpdir(), 'dupligraph-dry-run-')) : null;
  const copyPath = scratch ? path.join(scratch, 'snapshot.db') : backupCopyPath(file, now);
  const workingPath = scratch ? path.join(scratch, 'working.db') : workingCopyPath(file, process.pid);
  const fault = (step: UpgradeStep) => {
    if (options.injectFault === step) throw new InjectedFaultError(step);
  };

  let stage: UpgradeStage = 'repair';
  let copyCreated = false;
  let copyKept = false;
  try {
    // Refused before anything is written: a server restarting in a loop must not leave a copy per attempt.
    refuseUnrepairableFile(file, layout);
    stage = 'copy';
    await writeConsistentCopy(file, copyPath, { checkpoint: !dryRun });
    copyCreated = true;
    const original = fingerprint(file);
    fault('copy');
    copyKept = true;
    if (!dryRun) logger.info({ file, backup: copyPath }, 'backup copy of the duplistatus database written');
    removeDatabaseFiles(workingPath);
    fs.copyFileSync(copyPath, workingPath);

    const db = new Database(workingPath, { fileMustExist: true });
    let outcome: Omit<UpgradeReport, 'durationMs'>;
    try {
      // One file while we work (no -wal to carry along at the rename); foreign keys are checked
      // as a whole in the verify step, since jobs and runs point at each other.
      db.pragma('journal_mode = DELETE');
      db.pragma('foreign_keys = OFF');
      const source = sourceFigures(db, layout);

      let migrations: string[] = [];
      let data: DataStepResult;
      let repaired: RepairResult;
      db.exec('BEGIN IMMEDIATE');
      try {
        stage = 'repair';
        repaired = repairLegacyData(db, layout);
        fault('repair');
        stage = 'schema';
        migrations = createCurrentSchema(db, layout);
        fault('schema');
        stage = 'data';
        data = copyLegacyData(db, layout, { timeZone: options.timeZone, now });
        fault('data');
        db.exec('COMMIT');
      } catch (error) {
        if (db.inTransaction) db.exec('ROLLBACK');
        throw error;
      }
      // The moved-aside tables left their pages free: without this the file stays twice its size.
      db.exec('VACUUM');

      stage = 'verify';
      const { result, checks } = verifyUpgrade(db, layout, source, repairAdjustment(repaired));
      fault('verify');
      const failed = checks.filter((check) => !check.ok);
      if (failed.length > 0) throw new Error(`the upgraded copy does not match the original: ${failed.map((c) => `${c.name} (${c.detail})`).join('; ')}`);

      const { changes, notes } = describeChanges(layout, data, migrations);
      outcome = {
        file,
        from: layout,
        dryRun,
        backupPath: dryRun ? null : copyPath,
        migrations,
        repairs: describeRepairs(repaired),
        repaired,
        changes,
        notes,
        source,
        result,
        checks,
      };
      // duplistatus runs in WAL mode, and so do we (open-database.ts); closing folds the WAL back in.
      db.pragma('journal_mode = WAL');
    } finally {
      db.close();
    }

    if (!dryRun) {
      stage = 'replace';
      replaceOriginal(file, workingPath, original);
    }
    return { ...outcome, durationMs: Date.now() - started };
  } catch (cause) {
    removeDatabaseFiles(workingPath);
    if (copyCreated && !copyKept) removeDatabaseFiles(copyPath);
    throw new LegacyUpgradeError({
      file,
      from: describeLayout(layout),
      stage,
      cause,
      backupPath: copyKept && !dryRun ? copyPath : null,
      dryRun,
    });
  } finally {
    if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
  }
}

function refuseUnrepairableFile(file: string, layout: DuplistatusLayout): void {
  const db = openWithoutWriting(file);
  try {
    refuseUnrepairableRows(db, layout);
  } finally {
    db.close();
  }
}

/** The pid keeps two processes that both (wrongly) think they hold the lock apart. */
function workingCopyPath(file: string, pid: number): string {
  return `${file}.dupligraph-upgrade-${pid}.tmp`;
}

/** Working copies left by an upgrade whose process was killed (we hold the lock, so none is live). */
function removeAbandonedWorkingCopies(file: string): void {
  const prefix = `${path.basename(file)}.dupligraph-upgrade-`;
  for (const name of fs.readdirSync(path.dirname(file))) {
    const pid = name.startsWith(prefix) && name.endsWith('.tmp') ? Number(name.slice(prefix.length, -'.tmp'.length)) : NaN;
    if (Number.isInteger(pid) && pid !== process.pid) removeDatabaseFiles(path.join(path.dirname(file), name));
  }
}

/**
 * The original must be exactly as it was when copied: a writer that slipped in (another program
 * on the same file) would otherwise lose its writes. A `-wal` with frames means the same.
 */
function replaceOriginal(file: string, workingPath: string, original: FileFingerprint): void {
  if (fs.existsSync(`${workingPath}-wal`) && fs.statSync(`${workingPath}-wal`).size > 0) {
    throw new Error('the upgraded copy still has a write-ahead log');
  }
  if (!sameFingerprint(fingerprint(file), original)) {
    throw new Error('the original changed while it was being upgraded; is another program using it? Stop it and start again');
  }
  if (fs.existsSync(`${file}-wal`) && fs.statSync(`${file}-wal`).size > 0) {
    throw new Error('another program is writing to the original (its -wal file is not empty); stop it and start again');
  }
  // The upgraded file takes the original's permissions and, where allowed, its owner (a container user).
  const { mode, uid, gid } = fs.statSync(file);
  fs.chmodSync(workingPath, mode & 0o7777);
  try {
    fs.chownSync(workingPath, uid, gid);
  } catch {
    // Not ours to give away: it stays owned by whoever runs dupligraph.
  }
  fs.renameSync(workingPath, file);
  for (const side of ['-wal', '-shm', '-journal']) fs.rmSync(`${workingPath}${side}`, { force: true });
  syncDirectory(path.dirname(file));
}

function syncDirectory(directory: string): void {
  const fd = fs.openSync(directory, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}
