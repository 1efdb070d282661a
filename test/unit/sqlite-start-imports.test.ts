import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SERVER_ENTRY } from '../support/repo-process.ts';
import { startServerProcess } from '../support/server-process.ts';
import type { ServerProcess } from '../support/server-process.ts';
import { makeTempDir } from '../support/test-server.ts';

/**
 * Recorded in the server process itself: every module the ES module loader loads (a loader hook
 * reports its URL) and every CommonJS module in require's cache, written to a file when the
 * process exits. CommonJS packages required by other CommonJS code (pg under its adapter) never
 * pass the ES loader on Node 20, hence both.
 */
const RECORDER = `
import { createRequire, register } from 'node:module';
import fs from 'node:fs';
const loaded = new Set();
const { port1, port2 } = new MessageChannel();
port1.on('message', (url) => loaded.add(url));
port1.unref();
const hooks = 'let port; export function initialize(data) { port = data.port; }' +
  ' export async function load(url, context, next) { port.postMessage(url); return next(url, context); }';
register('data:text/javascript,' + encodeURIComponent(hooks), { parentURL: import.meta.url, data: { port: port2 }, transferList: [port2] });
process.on('exit', () => {
  const required = Object.keys(createRequire(import.meta.url).cache).map((file) => 'file://' + file);
  fs.writeFileSync(process.env.LOADED_MODULES_FILE, JSON.stringify([...loaded, ...required]));
});
`;

/** What a server on SQLite, without REDIS_URL and before any e-mail, has no use for (README "Performance"). */
const NOT_FOR_SQLITE = [
  /\/node_modules\/pg\//,
  /\/node_modules\/@prisma\/adapter-pg\//,
  /\/dist\/generated\/prisma-pg\//,
  /\/node_modules\/ioredis\//,
  /\/node_modules\/@graphql-yoga\/redis-event-target\//,
  /\/node_modules\/nodemailer\//,
];

describe('a SQLite server starts without the code of what it does not use', () => {
  let server: ServerProcess | undefined;
  afterEach(async () => {
    await server?.stop('SIGKILL');
  });

  it('loads neither the PostgreSQL driver and client, nor ioredis, nor nodemailer', async () => {
    const dir = makeTempDir();
    const recorder = path.join(dir, 'record-loaded-modules.mjs');
    fs.writeFileSync(recorder, RECORDER);
    const loadedFile = path.join(dir, 'loaded.json');
    server = await startServerProcess({ DATABASE_URL: `file:${path.join(dir, 'lazy.db')}`, LOADED_MODULES_FILE: loadedFile }, 30_000, {
      args: ['--import', recorder, ...SERVER_ENTRY],
    });
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(response.status).toBe(200);
    expect(await server.stop('SIGTERM')).toBe(0);

    const loaded = JSON.parse(fs.readFileSync(loadedFile, 'utf8')) as string[];
    // The recorder sees both kinds of module: the SQLite driver (CommonJS) and our compiled code (ES).
    expect(loaded.some((url) => url.includes('/node_modules/better-sqlite3/'))).toBe(true);
    expect(loaded.some((url) => url.endsWith('/dist/db/open-database.js'))).toBe(true);
    expect(loaded.filter((url) => NOT_FOR_SQLITE.some((pattern) => pattern.test(url)))).toEqual([]);
  });
});
