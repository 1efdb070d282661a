import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { openWithoutWriting } from './inspect.ts';

/**
 * `<dir>/<name>.pre-dupligraph-<UTC time>.db`, e.g. `backups.pre-dupligraph-2026-11-26T06-28-39-543Z.db`:
 * next to the original (same volume, found by whoever looks for it), never overwritten.
 */
export function backupCopyPath(databaseFile: string, at: Date): string {
  const { dir, name } = path.parse(databaseFile);
  const stamp = at.toISOString().replace(/[:.]/g, '-');
  return path.join(dir, `${name}.pre-dupligraph-${stamp}.db`);
}

/**
 * Writes a consistent copy of the database with SQLite's online backup API, which reads through
 * the WAL under SQLite's own locking, so a half-written transaction can never end up in the copy
 * (duplistatus copies the main file only, without a checkpoint, docs/compatibility/known-problems.md#migration-backup-copy).
 *
 * With `checkpoint`, committed WAL frames are first moved into the main file and the WAL emptied.
 * That changes no data, and it is what lets the upgraded file replace the original later without
 * an old `-wal` beside it. A dry run passes `checkpoint: false` and writes nothing to the file.
 */
export async function writeConsistentCopy(databaseFile: string, target: string, options: { checkpoint: boolean }): Promise<void> {
  if (fs.existsSync(target)) throw new Error(`${target} already exists`);
  const source = options.checkpoint
    ? new Database(databaseFile, { fileMustExist: true, timeout: 30_000 })
    : openWithoutWriting(databaseFile);
  try {
    if (options.checkpoint) {
      const [result] = source.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
      if (result && result.busy !== 0) throw new Error('the WAL could not be checkpointed: another connection is using the database');
    }
    await source.backup(target);
  } catch (error) {
    removeDatabaseFiles(target);
    throw error;
  } finally {
    source.close();
  }
}

/** The file and the journals SQLite may have left beside it. */
export function removeDatabaseFiles(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(`${file}${suffix}`, { force: true });
}

/** What must not change between the snapshot and the replacement. */
export interface FileFingerprint {
  size: number;
  mtimeMs: number;
  ino: number;
}

export function fingerprint(file: string): FileFingerprint {
  const stat = fs.statSync(file);
  return { size: stat.size, mtimeMs: stat.mtimeMs, ino: stat.ino };
}

export function sameFingerprint(a: FileFingerprint, b: FileFingerprint): boolean {
  return a.size === b.size && a.mtimeMs === b.mtimeMs && a.ino === b.ino;
}
