import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import { processListensOn } from '../../test/support/listening-sockets.ts';
import { REPO_ROOT, SERVER_ENTRY, spawnRepoProcess } from '../../test/support/repo-process.ts';

export { REPO_ROOT };

/**
 * The real server, compiled as production runs it (SERVER_ENTRY, built by `npm run bench`'s
 * prebench step), in its own process on 127.0.0.1, so its CPU and memory are its own: RSS is read
 * from /proc, never from inside. One process, started as the tests start it: the pid measured and
 * stopped is the one that listens, checked at start.
 */
export interface ServerProcess {
  url: string;
  pid: number;
  /** Resident set size now, from /proc/<pid>/status. */
  rssBytes(): number;
  /** Whether the process has ended, and how. */
  exitCode(): number | null;
  /** Every log line it printed with "level" 50 or more (error, fatal), most recent last, at most 200. */
  errorLines(): string[];
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export function rssOf(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = /VmRSS:\s+(\d+) kB/.exec(status);
  if (!match) throw new Error(`no VmRSS for ${pid}`);
  return Number(match[1]) * 1024;
}

/**
 * CPU time the process has used, user and system, from /proc/<pid>/stat (in clock ticks of
 * 10 ms). Unlike a rate, it hardly moves when other work shares the cores.
 */
export function cpuMsOf(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name, which is in parentheses and may hold spaces: utime is the 12th, stime the 13th.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

export async function startServerProcess(
  databaseFile: string,
  env: Record<string, string> = {},
  nodeArgs: string[] = [],
): Promise<ServerProcess> {
  const port = await freePort();
  const child: ChildProcess = spawnRepoProcess([...nodeArgs, ...SERVER_ENTRY], {
    NODE_ENV: 'production',
    PORT: String(port),
    HOST: '127.0.0.1',
    DATABASE_URL: `file:${databaseFile}`,
    LOG_LEVEL: 'silent',
    REPORT_TIME_ZONE: 'UTC',
    // The bench measures requests, not the periodic overdue pass.
    OVERDUE_CHECK_INTERVAL_SECONDS: '0',
    ...env,
  });
  // However the bench ends (a failed section throws past every stop()), the server ends with it.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  child.once('exit', () => process.off('exit', killOnExit));
  let output = '';
  const errorLines: string[] = [];
  let partial = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
    const lines = (partial + chunk.toString()).split('\n');
    partial = lines.pop()!;
    for (const line of lines) if (/"level":(5|6)0/.test(line)) errorLines.push(line.slice(0, 2000));
    if (errorLines.length > 200) errorLines.splice(0, errorLines.length - 200);
  });
  child.stderr!.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;

  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${output}`);
    try {
      const response = await fetch(`${url}/health`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() - started > 120_000) {
      child.kill('SIGKILL');
      throw new Error(`server did not answer /health within 120 s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (fs.existsSync('/proc/net/tcp') && !processListensOn(child.pid!, port)) {
    child.kill('SIGKILL');
    throw new Error(`something answers on port ${port}, but not pid ${child.pid}: its figures would be another process's`);
  }

  return {
    url,
    pid: child.pid!,
    rssBytes: () => rssOf(child.pid!),
    exitCode: () => child.exitCode,
    errorLines: () => errorLines,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
