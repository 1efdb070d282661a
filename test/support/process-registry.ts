import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Every process the suite starts is written to one file per run (set up by the global setup,
 * passed to the workers in the environment), so that after the last test the teardown can find
 * any that is still running, kill it and fail the run naming the test that started it.
 */
export const PROCESS_REGISTRY_ENV = 'DUPLIGRAPH_TEST_PROCESS_REGISTRY';

export interface RegisteredProcess {
  pid: number;
  /** The kernel's start time of the process: a pid reused by an unrelated process does not match it. */
  startTime: string | null;
  command: string;
  startedBy: string;
}

export function createProcessRegistry(): string {
  const file = path.join(os.tmpdir(), `dupligraph-test-processes-${process.pid}-${Date.now()}.jsonl`);
  fs.writeFileSync(file, '');
  return file;
}

/** Records a process started by a test; a no-op outside a run with a registry (a single file run without the global setup). */
export function registerProcess(pid: number | undefined, command: string, startedBy: string): void {
  const file = process.env[PROCESS_REGISTRY_ENV];
  if (!file || pid === undefined) return;
  const entry: RegisteredProcess = { pid, startTime: processStartTime(pid), command, startedBy };
  // One short append per line: O_APPEND keeps lines from parallel workers whole.
  fs.appendFileSync(file, `${JSON.stringify(entry)}\n`);
}

export function readProcessRegistry(file: string): RegisteredProcess[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as RegisteredProcess);
}

/** Registered processes that are still running (the same process, not a reused pid). */
export function survivingProcesses(entries: RegisteredProcess[]): RegisteredProcess[] {
  return entries.filter((entry) => isRunning(entry));
}

function isRunning(entry: RegisteredProcess): boolean {
  const stat = readStat(entry.pid);
  if (stat === undefined) {
    // No /proc (not Linux): ask the kernel whether the pid exists at all.
    try {
      process.kill(entry.pid, 0);
      return true;
    } catch {
      return false;
    }
  }
  if (stat === null || stat.state === 'Z') return false;
  return entry.startTime === null || stat.startTime === entry.startTime;
}

function processStartTime(pid: number): string | null {
  return readStat(pid)?.startTime ?? null;
}

/** Fields of /proc/<pid>/stat after the command name (which may itself hold spaces and parentheses). undefined: no /proc; null: no such process. */
function readStat(pid: number): { state: string; startTime: string } | null | undefined {
  if (!fs.existsSync('/proc/self/stat')) return undefined;
  let text: string;
  try {
    text = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return null;
  }
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  // man 5 proc: field 3 is the state, field 22 the start time; `fields` begins at field 3.
  return { state: fields[0]!, startTime: fields[19]! };
}
