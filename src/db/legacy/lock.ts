import fs from 'node:fs';
import os from 'node:os';

export interface LockHolder {
  pid: number;
  hostname: string;
  startedAt: string;
}

export interface LockOptions {
  /** Give up waiting after this long (default 10 minutes: a large database takes a while). */
  timeoutMs?: number;
  pollMs?: number;
  /** A lock older than this is stale even when its holder cannot be checked (another host). Default 1 hour. */
  staleAfterMs?: number;
  /** Called once when the lock is busy and we start waiting. */
  onWait?: (holder: LockHolder | null) => void;
}

export class LockTimeoutError extends Error {
  constructor(
    readonly lockPath: string,
    readonly holder: LockHolder | null,
    timeoutMs: number,
  ) {
    super(
      `another process is upgrading this database (lock ${lockPath}` +
        `${holder ? `, held by pid ${holder.pid} on ${holder.hostname} since ${holder.startedAt}` : ''}); ` +
        `gave up after ${Math.round(timeoutMs / 1000)} s`,
    );
    this.name = 'LockTimeoutError';
  }
}

/** The lock file sits next to the database, so every process opening that file finds it. */
export function upgradeLockPath(databaseFile: string): string {
  return `${databaseFile}.dupligraph-upgrade.lock`;
}

/**
 * Takes the upgrade lock: a file created with O_EXCL holding pid, host and start time. A lock
 * whose process is gone (same host), that cannot be read and is more than a few seconds old, or
 * that is older than `staleAfterMs` is removed. Resolves with the release function.
 *
 * Removing a stale lock has a narrow race (two waiters may both remove it); the upgrade does not
 * depend on the lock alone for safety: it writes to its own working copy and refuses to replace
 * an original that changed under it.
 */
export async function acquireLock(lockPath: string, options: LockOptions = {}): Promise<() => void> {
  const timeoutMs = options.timeoutMs ?? 10 * 60_000;
  const pollMs = options.pollMs ?? 100;
  const staleAfterMs = options.staleAfterMs ?? 60 * 60_000;
  const started = Date.now();
  let announced = false;

  for (;;) {
    const me: LockHolder = { pid: process.pid, hostname: os.hostname(), startedAt: new Date().toISOString() };
    try {
      const fd = fs.openSync(lockPath, 'wx');
      try {
        fs.writeSync(fd, JSON.stringify(me));
      } finally {
        fs.closeSync(fd);
      }
      return () => releaseLock(lockPath, me);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }

    const holder = readHolder(lockPath);
    if (isStale(lockPath, holder, staleAfterMs)) {
      fs.rmSync(lockPath, { force: true });
      continue;
    }
    if (!announced) {
      announced = true;
      options.onWait?.(holder);
    }
    if (Date.now() - started >= timeoutMs) throw new LockTimeoutError(lockPath, holder, timeoutMs);
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}

function releaseLock(lockPath: string, me: LockHolder): void {
  // Only our own lock: if it was judged stale and taken over meanwhile, it is not ours to remove.
  const holder = readHolder(lockPath);
  if (holder && holder.pid === me.pid && holder.startedAt === me.startedAt) fs.rmSync(lockPath, { force: true });
}

function readHolder(lockPath: string): LockHolder | null {
  try {
    const parsed = JSON.parse(fs.readFileSync(lockPath, 'utf8')) as Partial<LockHolder>;
    if (typeof parsed.pid !== 'number' || typeof parsed.hostname !== 'string' || typeof parsed.startedAt !== 'string') return null;
    return { pid: parsed.pid, hostname: parsed.hostname, startedAt: parsed.startedAt };
  } catch {
    return null;
  }
}

function isStale(lockPath: string, holder: LockHolder | null, staleAfterMs: number): boolean {
  let ageMs: number;
  try {
    ageMs = Date.now() - fs.statSync(lockPath).mtimeMs;
  } catch {
    return false; // gone already: the next attempt takes it
  }
  if (ageMs > staleAfterMs) return true;
  // Unreadable: its writer may be between open and write; give it a moment.
  if (!holder) return ageMs > 5_000;
  return holder.hostname === os.hostname() && !processIsAlive(holder.pid);
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
