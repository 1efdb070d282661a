import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { processListensOn } from './listening-sockets.ts';
import { registerProcess } from './process-registry.ts';
import { REPO_ROOT, SERVER_ENTRY, spawnRepoProcess } from './repo-process.ts';

export interface ServerProcess {
  child: ChildProcess;
  /** The server's own pid: the process that listens (checked at start), so a signal sent to it reaches the server. */
  pid: number;
  url: string;
  port: number;
  output(): string;
  /** Resolves with the exit code (or signal name) once the process has ended. */
  exited: Promise<number | string>;
  /** Whether the kernel says this pid holds the listening socket on `port` right now. */
  listens(): boolean;
  stop(signal?: NodeJS.Signals): Promise<number | string>;
}

/** What the server logs once it listens (src/main.ts, compiled to SERVER_ENTRY). */
interface ListeningLine {
  url: string;
  pid: number;
}

const TEST_SERVER_ENV = {
  NODE_ENV: 'test',
  HOST: '127.0.0.1',
  PORT: '0',
  LOG_LEVEL: 'info',
  REPORT_TIME_ZONE: 'UTC',
  OVERDUE_CHECK_INTERVAL_SECONDS: '0',
};

/** Which node arguments start the server, and where: the repository's compiled entry unless told otherwise. */
export interface ServerLaunch {
  args?: readonly string[];
  cwd?: string;
}

/**
 * The compiled server as its own process (SERVER_ENTRY: one process, no wrapper). Resolves once it
 * logs that it listens, after checking that the pid it logs is the child's and that the kernel
 * agrees this pid holds the listening socket; otherwise the child is killed and the start fails.
 */
export async function startServerProcess(
  env: Record<string, string>,
  timeoutMs = 30_000,
  launch: ServerLaunch = {},
): Promise<ServerProcess> {
  const child = spawnTestProcess(launch.args ?? SERVER_ENTRY, { ...TEST_SERVER_ENV, ...env }, launch.cwd);
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | string>((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal ?? -1)));

  let listening: ListeningLine | undefined;
  try {
    listening = await waitForListeningLine(child, () => output, exited, timeoutMs);
    checkItIsTheListener(child.pid!, listening);
  } catch (error) {
    child.kill('SIGKILL');
    // A wrapper's child is ours too: it would otherwise outlive the test, listening.
    if (listening && listening.pid !== child.pid) killQuietly(listening.pid);
    await exited;
    throw error;
  }

  const port = Number(new URL(listening.url).port);
  return {
    child,
    pid: child.pid!,
    url: listening.url,
    port,
    output: () => output,
    exited,
    listens: () => processListensOn(child.pid!, port),
    stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}

function waitForListeningLine(
  child: ChildProcess,
  output: () => string,
  exited: Promise<number | string>,
  timeoutMs: number,
): Promise<ListeningLine> {
  return new Promise<ListeningLine>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start within ${timeoutMs} ms:\n${output()}`)), timeoutMs);
    const onData = () => {
      const line = findListeningLine(output());
      if (line) {
        clearTimeout(timer);
        child.stdout!.off('data', onData);
        resolve(line);
      }
    };
    child.stdout!.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code}) before it listened:\n${output()}`));
    });
  });
}

function checkItIsTheListener(pid: number, listening: ListeningLine): void {
  if (listening.pid !== pid) {
    throw new Error(`the process that listens (pid ${listening.pid}) is not the one started (pid ${pid}): a wrapper is in between`);
  }
  const port = Number(new URL(listening.url).port);
  if (fs.existsSync('/proc/net/tcp') && !processListensOn(pid, port)) {
    throw new Error(`pid ${pid} logged that it listens on port ${port}, but the kernel shows no listening socket of it there`);
  }
}

/**
 * `node <args>` in the repository (or in `cwd`) as a child of this test, recorded in the run's
 * process registry so that one left running fails the suite (test/support/global-setup.ts).
 */
export function spawnTestProcess(args: readonly string[], env: Record<string, string>, cwd: string = REPO_ROOT): ChildProcess {
  const child = spawnRepoProcess(args, env, cwd);
  const started = { child, command: `node ${args.join(' ')}`, startedBy: currentTest() };
  registerProcess(child.pid, started.command, started.startedBy);
  startedInThisFile.add(started);
  child.once('exit', () => startedInThisFile.delete(started));
  return child;
}

const startedInThisFile = new Set<{ child: ChildProcess; command: string; startedBy: string }>();

/**
 * Kills the processes this test file started that are still running and says which they were
 * (test/support/leftover-processes.ts calls it after each file).
 */
export async function killLeftoverProcesses(): Promise<string[]> {
  const leftovers = [...startedInThisFile];
  await Promise.all(
    leftovers.map(({ child }) => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGKILL');
      return exited;
    }),
  );
  return leftovers.map(({ child, command, startedBy }) => `pid ${child.pid}: ${command} (started by ${startedBy})`);
}

function currentTest(): string {
  const { testPath, currentTestName } = expect.getState();
  const file = testPath ? path.relative(REPO_ROOT, testPath) : 'unknown file';
  return `${file} > ${currentTestName ?? 'a hook'}`;
}

function killQuietly(pid: number): void {
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

function findListeningLine(output: string): ListeningLine | null {
  for (const line of output.split('\n')) {
    if (!line.includes('"msg":"dupligraph listening"')) continue;
    try {
      const parsed = JSON.parse(line) as Partial<ListeningLine>;
      if (typeof parsed.url === 'string' && typeof parsed.pid === 'number') return { url: parsed.url, pid: parsed.pid };
    } catch {
      // a line still being written
    }
  }
  return null;
}
