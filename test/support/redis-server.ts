import path from 'node:path';
import fs from 'node:fs';
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import net from 'node:net';

/** A port nobody listens on right now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

export interface RedisServerProcess {
  url: string;
  port: number;
  /** Ends the process (SIGKILL: no goodbye to the clients) and waits for it. */
  kill(): Promise<void>;
  /** Starts it again on the same port. */
  restart(): Promise<void>;
}

/** Whether `redis-server` is on the PATH (Debian's redis-server package), for suites that start their own. */
export const redisServerInstalled = (process.env.PATH ?? '')
  .split(path.delimiter)
  .some((dir) => dir !== '' && fs.existsSync(path.join(dir, 'redis-server')));

/**
 * A redis-server of the test's own, on 127.0.0.1 and a free port, without persistence, so a test
 * can stop and restart it without touching the TEST_REDIS_URL one the rest of the suite uses.
 */
export async function startRedisServer(): Promise<RedisServerProcess> {
  const port = await freePort();
  let child: ChildProcess | undefined;
  const launch = async () => {
    const started = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = started;
    let output = '';
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`redis-server did not start within 10 s:\n${output}`)), 10_000);
      started.once('error', (error) => (clearTimeout(timer), reject(error)));
      started.once('exit', (code) => (clearTimeout(timer), reject(new Error(`redis-server exited (${code}):\n${output}`))));
      started.stdout!.on('data', (chunk) => {
        output += chunk;
        if (output.includes('Ready to accept connections')) {
          clearTimeout(timer);
          started.removeAllListeners('exit');
          resolve();
        }
      });
    });
  };
  await launch();
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    async kill() {
      const running = child;
      if (!running || running.exitCode !== null || running.signalCode !== null) return;
      const exited = new Promise((resolve) => running.once('exit', resolve));
      running.kill('SIGKILL');
      await exited;
    },
    restart: launch,
  };
}
