/**
 * Upgrading a duplistatus database in place (docs/compatibility/legacy-databases.md#migration-steps, docs/compatibility/legacy-databases.md#backup-lock-and-verify), built so that the original file
 * is byte-identical after any failure:
 *
 *   lock    an exclusive lock file next to the database; detect again once it is ours (adopt.ts)
 *   copy    checkpoint, then a consistent copy next to the file with SQLite's backup API
 *           (`<name>.pre-dupligraph-<time>.db`, kept and logged), and a working copy of it
 *   repair  on the working copy, in one transaction: duplicate runs collapsed, servers created
 *           for orphan runs (src/db/legacy/repairs.ts); rows that cannot be repaired are refused
 *           before `copy`
 *   schema  (same transaction) legacy tables moved aside, our migrations run
 *   data    (same transaction) rows copied by column name, jobs built, settings converted
 *   verify  row counts and byte sums against the source less what the repairs removed, integrity,
 *           foreign keys, migrations, schema equal to a fresh database's
 *   replace the verified working copy renamed over the original (atomic on one volume), but only
 *           if the original did not change meanwhile
 *
 * Until `replace` the original is only read. Any failure deletes the working copy and throws a
 * LegacyUpgradeError naming the step, the reason and the backup copy. The file mechanics of each
 * step live in src/db/legacy; this part decides the order and converts the data with the domain's
 * rules (job-settings.ts, data-step.ts).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { openWithoutWriting } from '../db/legacy/inspect.ts';
import { describeLayout } from '../db/legacy/layout.ts';
import type { DuplistatusLayout } from '../db/legacy/layout.ts';
import type { LockOptions } from '../db/legacy/lock.ts';
import { describeRepairs, refuseUnrepairableRows, repairAdjustment, repairLegacyData } from '../db/legacy/repairs.ts';
import type { RepairResult } from '../db/legacy/repairs.ts';
import { createCurrentSchema } from '../db/legacy/schema-step.ts';
import { backupCopyPath, fingerprint, removeDatabaseFiles, writeConsistentCopy } from '../db/legacy/snapshot.ts';
import { sourceFigures, verifyUpgrade } from '../db/legacy/verify.ts';
import type { Check, Figures } from '../db/legacy/verify.ts';
import { replaceOriginal, workingCopyPath } from '../db/legacy/working-copy.ts';
import { copyLegacyData } from './data-step.ts';
import type { DataStepResult } from './data-step.ts';
import { describeChanges } from './describe-changes.ts';
import { InjectedFaultError, LegacyUpgradeError } from './errors.ts';
import type { UpgradeStage } from './errors.ts';
import type { UpgradeStep } from './steps.ts';

/** The part of the app logger (pino) the upgrade uses. */
export interface UpgradeLogger {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
}

export interface UpgradeOptions {
  /** Zone in which version stamps in old log lines are read (REPORT_TIME_ZONE, docs/compatibility/upload.md#available-versions). */
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
  /** Every repair made (or, in a dry run, to be made), counts first (src/db/legacy/repairs.ts). */
  repairs: string[];
  repaired: RepairResult;
  changes: string[];
  notes: string[];
  source: Figures;
  result: Figures;
  checks: Check[];
  durationMs: number;
}

export const silentLogger: UpgradeLogger = { info: () => {}, warn: () => {} };

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
      if (failed.length > 0)
        throw new Error(`the upgraded copy does not match the original: ${failed.map((c) => `${c.name} (${c.detail})`).join('; ')}`);

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
