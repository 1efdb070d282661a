import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Node arguments that run a TypeScript file of the repository in ONE process: tsx as a loader
 * inside node, not tsx's CLI, which runs the script in a child of its own, so that signalling the
 * pid we hold (SIGKILL above all) would hit a wrapper and leave the server running (STACK.md).
 */
export function typeScriptEntry(script: string): string[] {
  return ['--import', 'tsx', script];
}

/** How the server is started, by the tests and the bench alike: the one place to change when it runs compiled JavaScript. */
export const SERVER_ENTRY: readonly string[] = typeScriptEntry('src/main.ts');

/** `node <args>` in the repository, stdout and stderr piped. The child's pid is the process that runs the script. */
export function spawnRepoProcess(args: readonly string[], env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, [...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}
