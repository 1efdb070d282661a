import { createHash } from 'node:crypto';
import { describe, it } from 'vitest';

/**
 * Which database and event target the suite runs on.
 *
 * Without TEST_DATABASE_URL every test server gets its own SQLite file, as always. With
 * TEST_DATABASE_URL=postgresql://… the whole suite runs on PostgreSQL instead: the global setup
 * (test/support/global-setup.ts) creates one fresh database for the run (dropped at the end), and
 * each test server gets its own schema in it, named after the SQLite file it would have had, so a
 * test that reopens "the same file" reopens the same schema. With TEST_REDIS_URL each test server
 * also takes its live events through Redis, on channels of its own (prefixed with that name).
 */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL || undefined;
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL || undefined;
export const onPostgres = TEST_DATABASE_URL !== undefined;
export const databaseKind = onPostgres ? 'PostgreSQL' : 'SQLite';

/** Set by the global setup: the run's own database on the TEST_DATABASE_URL server. */
function runDatabaseUrl(): string {
  const url = process.env.DUPLIGRAPH_TEST_RUN_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is set but the global setup did not create the run database (vitest.config.ts globalSetup)');
  return url;
}

/** The per-server name (schema and Redis channel prefix) standing for a SQLite file path. */
export function isolationName(databaseFile: string): string {
  return `t_${createHash('sha256').update(databaseFile).digest('hex').slice(0, 24)}`;
}

/** DATABASE_URL for a test server whose SQLite file would be `databaseFile`. */
export function testDatabaseUrl(databaseFile: string): string {
  if (!onPostgres) return `file:${databaseFile}`;
  const url = new URL(runDatabaseUrl());
  url.searchParams.set('schema', isolationName(databaseFile));
  return url.toString();
}

/** REDIS_URL and its channel prefix for that test server, or nothing without TEST_REDIS_URL. */
export function testRedisEnv(databaseFile: string): Record<string, string> {
  if (!TEST_REDIS_URL) return {};
  return { REDIS_URL: TEST_REDIS_URL, REDIS_CHANNEL_PREFIX: `${isolationName(databaseFile)}:` };
}

/** PostgreSQL needs SECRET_KEY (instances share it); on SQLite the key file beside the database is used. */
export const TEST_SECRET_KEY = 'test-secret-key-0123456789abcdefghijklmnop';

/** Everything a server (in-process or spawned) needs to use this test database and Redis. */
export function testStorageEnv(databaseFile: string): Record<string, string> {
  return {
    DATABASE_URL: testDatabaseUrl(databaseFile),
    ...(onPostgres ? { SECRET_KEY: TEST_SECRET_KEY } : {}),
    ...testRedisEnv(databaseFile),
  };
}

/**
 * For suites that are about the SQLite file itself (opening it directly, crash durability, the
 * duplistatus upgrade): they run on the SQLite pass and are listed as left out on PostgreSQL.
 */
export function describeSqliteOnly(title: string, body: () => void): void {
  if (onPostgres) {
    describe(sqliteOnly(title), () => {
      it('is left out on this pass', () => {
        console.info(`[SQLite only] "${title}" is left out on the PostgreSQL pass; the SQLite pass runs it.`);
      });
    });
  } else {
    describe(sqliteOnly(title), body);
  }
}

/** The title of a SQLite-only suite, for `describe.skipIf(onPostgres)` forms (`.each`, `.runIf`). */
export function sqliteOnly(title: string): string {
  return onPostgres ? `${title} (SQLite only: left out on the PostgreSQL pass)` : `${title} (SQLite only)`;
}
