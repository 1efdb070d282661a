import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import pg from 'pg';
import { createProcessRegistry, PROCESS_REGISTRY_ENV, readProcessRegistry, survivingProcesses } from './process-registry.ts';
import { REPO_ROOT } from './repo-process.ts';

/**
 * Once per run, around all test files:
 * - `npm run build`, so that every test starting a server process starts the compiled JavaScript
 *   of the source being tested (SERVER_ENTRY), as production does, never a stale build;
 * - a registry of the processes the tests start (test/support/process-registry.ts); at the end,
 *   any still running is killed and the run fails, naming the test that started it;
 * - with TEST_DATABASE_URL, one fresh database for this run on that server (every test server
 *   then gets its own schema in it, see test/support/test-database.ts), dropped at the end.
 *   Without it, nothing: SQLite tests make their own files.
 */
export default async function setup(): Promise<() => Promise<void>> {
  buildServer();
  const registry = createProcessRegistry();
  process.env[PROCESS_REGISTRY_ENV] = registry;
  const dropDatabase = await createRunDatabase();
  return async () => {
    // Survivors first: a leaked server must not hold connections to the database being dropped.
    const leaked = killSurvivors(registry);
    if (dropDatabase) await dropDatabase();
    if (leaked) {
      // vitest prints an error thrown here but still exits 0 unless told otherwise.
      process.exitCode = 1;
      throw leaked;
    }
  };
}

/** Kills every registered process still running; returns the error that fails the run, if any was. */
function killSurvivors(registry: string): Error | null {
  const survivors = survivingProcesses(readProcessRegistry(registry));
  fs.rmSync(registry, { force: true });
  if (survivors.length === 0) return null;
  for (const { pid } of survivors) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // ended on its own meanwhile
    }
  }
  return new Error(
    `${survivors.length} process(es) started by the tests were still running after the suite; killed now:\n` +
      survivors.map((p) => `  pid ${p.pid}: ${p.command} (started by ${p.startedBy})`).join('\n'),
  );
}

function buildServer(): void {
  const started = Date.now();
  // Through npm, so that the build is defined in one place: package.json's "build".
  const result = spawnSync('npm', ['run', '--silent', 'build'], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 300_000 });
  if (result.status !== 0) {
    const reason = result.error ? result.error.message : `exit ${result.status ?? result.signal}`;
    throw new Error(`npm run build failed (${reason}); the tests that start the server need dist/:\n${result.stdout}${result.stderr}`);
  }
  console.info(`[build] dist/ compiled from src/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

async function createRunDatabase(): Promise<(() => Promise<void>) | null> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) return null;
  const name = `dupligraph_test_${Date.now()}_${process.pid}`;
  await withClient(serverUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  const runUrl = new URL(serverUrl);
  runUrl.pathname = `/${name}`;
  process.env.DUPLIGRAPH_TEST_RUN_DATABASE_URL = runUrl.toString();
  console.info(
    `[test database] PostgreSQL: this run's database is ${name}${process.env.TEST_REDIS_URL ? ', live events through Redis' : ''}`,
  );
  return async () => {
    await withClient(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
  };
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
