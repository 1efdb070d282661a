import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * How the server is started, by the tests and the bench alike: the compiled JavaScript that
 * `npm run build` writes (the global setup builds it once per run), exactly what the Docker
 * image's CMD runs. Plain `node` on it, so the pid we hold is the server itself and a signal
 * sent to it reaches the server, with no npm or tsx wrapper in between. The V8 flag keeps the
 * young generation at 4 MiB per semi-space instead of 16: about 20 MiB less resident memory idle
 * (README, Performance), and it can only be given on the command line.
 */
export const SERVER_ENTRY: readonly string[] = ['--max-semi-space-size=4', 'dist/main.js'];

/** The duplistatus upgrade tool (`npm run db:upgrade`), compiled like the server. */
export const DB_UPGRADE_ENTRY: readonly string[] = ['dist/db-upgrade.js'];

/**
 * `node <args>` in the repository (or in `cwd`), stdout and stderr piped. The child's pid is the
 * process that runs the script.
 */
export function spawnRepoProcess(args: readonly string[], env: Record<string, string>, cwd: string = REPO_ROOT): ChildProcess {
  return spawn(process.execPath, [...args], {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}
