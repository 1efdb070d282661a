import fs from 'node:fs';
import { UnsupportedDatabaseError } from '../db/legacy/errors.ts';
import { inspectDatabaseFile } from '../db/legacy/inspect.ts';
import { describeLayout } from '../db/legacy/layout.ts';
import type { DetectedLayout, DuplistatusLayout } from '../db/legacy/layout.ts';
import { acquireLock, upgradeLockPath } from '../db/legacy/lock.ts';
import { removeAbandonedWorkingCopies } from '../db/legacy/working-copy.ts';
import { LegacyUpgradeError } from './errors.ts';
import { silentLogger, upgradeDuplistatusDatabase } from './upgrade-database.ts';
import type { UpgradeOptions, UpgradeReport } from './upgrade-database.ts';

export type AdoptOutcome = { kind: 'fresh' | 'dupligraph' | 'upgraded-by-another-process' } | { kind: 'upgraded'; report: UpgradeReport };

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
