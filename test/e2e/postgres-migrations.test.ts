import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { POSTGRES_MIGRATIONS_PATH, POSTGRES_PRISMA_CONFIG, POSTGRES_SCHEMA_PATH } from '../../scripts/derive-postgres-schema.ts';
import { applyPostgresMigrations, POSTGRES_MIGRATIONS_DIR, readMigrations } from '../../src/db/migrate.ts';
import { onPostgres } from '../support/test-database.ts';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const run = promisify(execFile);

if (!onPostgres) {
  console.info(
    '[postgres-migrations] left out on this pass: set TEST_DATABASE_URL (the second pass of .ci/run does) to check them against a real server.',
  );
}

describe.skipIf(!onPostgres)('PostgreSQL migrations (needs TEST_DATABASE_URL; skipped without it)', () => {
  const databaseUrl = () => process.env.DUPLIGRAPH_TEST_RUN_DATABASE_URL!;

  it('add up to the schema derived from prisma/schema.prisma (prisma migrate diff through a shadow database)', async () => {
    const result = await run(
      process.execPath,
      [
        'node_modules/prisma/build/index.js',
        'migrate',
        'diff',
        '--config',
        POSTGRES_PRISMA_CONFIG,
        '--from-migrations',
        POSTGRES_MIGRATIONS_PATH,
        '--to-schema-datamodel',
        POSTGRES_SCHEMA_PATH,
        '--exit-code',
      ],
      { cwd: repoRoot, env: { ...process.env, PRISMA_POSTGRES_URL: databaseUrl() } },
    ).catch((error: { code?: number; stdout?: string; stderr?: string }) => error);
    expect({ code: 'code' in result ? result.code : 0, stdout: result.stdout?.trim() }).toEqual({
      code: 0,
      stdout: 'No difference detected.',
    });
  }, 60_000);

  it('are applied once when four processes start on an empty schema together (advisory lock)', async () => {
    const schema = `migrate_race_${process.pid}_${Date.now()}`;
    const clients = Array.from({ length: 4 }, () => new pg.Client({ connectionString: databaseUrl() }));
    await Promise.all(clients.map((client) => client.connect()));
    try {
      const applied = await Promise.all(clients.map((client) => applyPostgresMigrations(client, schema)));
      const names = readMigrations(POSTGRES_MIGRATIONS_DIR).map((migration) => migration.name);
      expect(applied.filter((list) => list.length > 0)).toEqual([names]);
      const { rows } = await clients[0]!.query(
        `SELECT migration_name, checksum FROM "${schema}"."_prisma_migrations" ORDER BY migration_name`,
      );
      expect(rows.map((row) => row.migration_name)).toEqual(names);
      // What `prisma migrate status` compares: the checksum of each file.
      expect(rows.map((row) => row.checksum)).toEqual(readMigrations(POSTGRES_MIGRATIONS_DIR).map((migration) => migration.checksum));
    } finally {
      await Promise.all(clients.map((client) => client.end()));
    }
  });

  it("gives created_at SQLite's text form, YYYY-MM-DD HH:MM:SS in UTC", async () => {
    const schema = `created_at_${process.pid}_${Date.now()}`;
    const client = new pg.Client({ connectionString: databaseUrl() });
    await client.connect();
    try {
      await applyPostgresMigrations(client, schema);
      await client.query(`INSERT INTO servers (id, name) VALUES ('s1', 'one')`);
      const { rows } = await client.query(`SELECT created_at FROM servers`);
      expect(rows[0].created_at).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
      expect(Math.abs(new Date(`${rows[0].created_at.replace(' ', 'T')}Z`).getTime() - Date.now())).toBeLessThan(60_000);
    } finally {
      await client.end();
    }
  });
});
