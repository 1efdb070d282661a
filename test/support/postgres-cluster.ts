import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { freePort } from './redis-server.ts';

const run = promisify(execFile);

/** Debian's PostgreSQL 15 binaries; a test that needs its own server skips when they are absent. */
export const POSTGRES_BIN = '/usr/lib/postgresql/15/bin';
export const postgresBinariesInstalled = fs.existsSync(path.join(POSTGRES_BIN, 'pg_ctl'));

export interface PostgresCluster {
  /** postgresql://postgres@127.0.0.1:<port>/postgres */
  url: string;
  /** Stops the server (fast: open connections are terminated, as in a restart) and waits. */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops it for good and deletes its files. */
  destroy(): Promise<void>;
}

/**
 * A throwaway PostgreSQL of the test's own (initdb + pg_ctl on a free port, trust auth), so a test
 * can stop and start it without touching the TEST_DATABASE_URL server the suite shares. PostgreSQL
 * refuses to run as root: as root, its commands run as the `postgres` user.
 */
export async function startPostgresCluster(): Promise<PostgresCluster> {
  const port = await freePort();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dupligraph-pg-'));
  const dataDir = path.join(dir, 'data');
  const asRoot = process.getuid?.() === 0;
  if (asRoot) await run('chown', ['-R', 'postgres:postgres', dir]);
  const pg = (command: string, args: string[]) =>
    asRoot
      ? run('runuser', ['-u', 'postgres', '--', path.join(POSTGRES_BIN, command), ...args])
      : run(path.join(POSTGRES_BIN, command), args);
  await pg('initdb', ['-D', dataDir, '-U', 'postgres', '--auth=trust', '--no-sync']);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`;
  const start = async () => {
    await pg('pg_ctl', ['-D', dataDir, '-o', options, '-l', path.join(dir, 'log'), 'start', '-w', '-t', '30']);
  };
  const stop = async () => {
    await pg('pg_ctl', ['-D', dataDir, 'stop', '-m', 'fast', '-w', '-t', '30']);
  };
  await start();
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    start,
    stop,
    async destroy() {
      await stop().catch(() => undefined);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
