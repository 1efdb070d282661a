import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { freePort, REPO_ROOT } from './server-process.ts';

/** What the server answers to `{ __typename }`, byte for byte. */
export const TYPENAME_ANSWER = '{"data":{"__typename":"Query"}}';

/**
 * The floor under every GraphQL request: plain `node:http` in its own process reading the whole
 * request body and answering `TYPENAME_ANSWER` with the same headers' essentials. Nothing in
 * dupligraph can answer faster than this on the same machine in the same run.
 */
const SCRIPT = `
const http = require('node:http');
const body = Buffer.from(${JSON.stringify(TYPENAME_ANSWER)});
const server = http.createServer((request, response) => {
  request.on('data', () => {});
  request.on('end', () => {
    response.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': body.length });
    response.end(body);
  });
});
server.keepAliveTimeout = 60000;
server.listen(Number(process.argv[1]), '127.0.0.1', () => process.stdout.write('listening\\n'));
`;

export interface BareServer {
  url: string;
  stop(): Promise<void>;
}

export function startBareHttpServer(): Promise<BareServer> {
  return startListeningChild((port) => ['-e', SCRIPT, String(port)]);
}

/**
 * `node <args(port)>` in its own process, listening on 127.0.0.1:port once it prints "listening";
 * killed with the bench however the bench ends.
 */
export async function startListeningChild(args: (port: number) => string[]): Promise<BareServer> {
  const port = await freePort();
  const argv = args(port);
  const child: ChildProcess = spawn(process.execPath, argv, { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${argv.slice(0, 3).join(' ')} exited with ${code}`)));
    child.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('listening')) resolve();
    });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    async stop() {
      process.off('exit', killOnExit);
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
