import fs from 'node:fs';
import path from 'node:path';
import { fingerprint, removeDatabaseFiles, sameFingerprint } from './snapshot.ts';
import type { FileFingerprint } from './snapshot.ts';

/** The pid keeps two processes that both (wrongly) think they hold the lock apart. */
export function workingCopyPath(file: string, pid: number): string {
  return `${file}.dupligraph-upgrade-${pid}.tmp`;
}

/** Working copies left by an upgrade whose process was killed (the caller holds the lock, so none is live). */
export function removeAbandonedWorkingCopies(file: string): void {
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
export function replaceOriginal(file: string, workingPath: string, original: FileFingerprint): void {
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
