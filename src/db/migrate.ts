import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type Database from 'better-sqlite3';

export const MIGRATIONS_DIR = fileURLToPath(new URL('../../prisma/migrations', import.meta.url));

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

export class MigrationError extends Error {
  constructor(
    message: string,
    readonly migrationName: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'MigrationError';
  }
}

export function readMigrations(dir: string = MIGRATIONS_DIR): Migration[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(dir, name, 'migration.sql'), 'utf8');
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    });
}

// The same bookkeeping table `prisma migrate deploy` keeps, so `prisma migrate status` agrees
// with what the server applied by itself.
const CREATE_MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" TEXT PRIMARY KEY NOT NULL,
  "checksum" TEXT NOT NULL,
  "finished_at" DATETIME,
  "migration_name" TEXT NOT NULL,
  "logs" TEXT,
  "rolled_back_at" DATETIME,
  "started_at" DATETIME NOT NULL DEFAULT current_timestamp,
  "applied_steps_count" INTEGER UNSIGNED NOT NULL DEFAULT 0
)`;

export function appliedMigrationNames(db: Database.Database): Set<string> {
  db.exec(CREATE_MIGRATIONS_TABLE);
  const rows = db
    .prepare('SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL')
    .all() as { migration_name: string }[];
  return new Set(rows.map((row) => row.migration_name));
}

export function recordMigration(db: Database.Database, migration: Migration): void {
  db.prepare(
    `INSERT INTO _prisma_migrations (id, checksum, finished_at, migration_name, started_at, applied_steps_count)
     VALUES (?, ?, ?, ?, ?, 1)`,
  ).run(randomUUID(), migration.checksum, new Date().toISOString(), migration.name, new Date().toISOString());
}

/**
 * Applies every pending migration, each in its own transaction, so a failure leaves the database
 * at the last complete migration. Returns the names applied now.
 */
export function applyMigrations(db: Database.Database, migrations: Migration[] = readMigrations()): string[] {
  const applied = appliedMigrationNames(db);
  const pending = migrations.filter((migration) => !applied.has(migration.name));
  for (const migration of pending) {
    try {
      db.transaction(() => {
        db.exec(migration.sql);
        recordMigration(db, migration);
      }).immediate();
    } catch (cause) {
      throw new MigrationError(`Migration ${migration.name} failed: ${(cause as Error).message}`, migration.name, { cause });
    }
  }
  return pending.map((migration) => migration.name);
}

// ---------------------------------------------------------------------------------------------
// PostgreSQL: the same runner over prisma/postgres/migrations (the twins of the SQLite ones, see
// scripts/derive-postgres-schema.ts), for any number of processes starting at once.

export const POSTGRES_MIGRATIONS_DIR = fileURLToPath(new URL('../../prisma/postgres/migrations', import.meta.url));

/** What the PostgreSQL runner needs of a connection: pg.Client fits. */
export interface PostgresQueryable {
  query(sql: string, values?: unknown[]): Promise<{ rows: any[] }>;
}

// `prisma migrate deploy`'s own definition on PostgreSQL.
const CREATE_POSTGRES_MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

/**
 * Applies every pending PostgreSQL migration into `schema` (created if missing), each in its own
 * transaction. A session-level advisory lock keyed by the schema makes N processes starting
 * together migrate once: the first applies, the others wait, then find nothing pending. The
 * connection must be dedicated to this call (its search_path is set to `schema`).
 */
export async function applyPostgresMigrations(
  client: PostgresQueryable,
  schema: string,
  migrations: Migration[] = readMigrations(POSTGRES_MIGRATIONS_DIR),
): Promise<string[]> {
  await client.query(`SELECT pg_advisory_lock(hashtextextended($1, 0))`, [`dupligraph:migrate:${schema}`]);
  try {
    // Only when missing: CREATE SCHEMA needs CREATE on the database even with IF NOT EXISTS,
    // which a managed database's user may not have for its existing `public`.
    const existing = await client.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [schema]);
    if (existing.rows.length === 0) await client.query(`CREATE SCHEMA ${quoteIdentifier(schema)}`);
    await client.query(`SET search_path TO ${quoteIdentifier(schema)}`);
    await client.query(CREATE_POSTGRES_MIGRATIONS_TABLE);
    const { rows } = await client.query(
      'SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
    );
    const applied = new Set(rows.map((row: { migration_name: string }) => row.migration_name));
    const pending = migrations.filter((migration) => !applied.has(migration.name));
    for (const migration of pending) {
      try {
        await client.query('BEGIN');
        await client.query(migration.sql);
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count)
           VALUES ($1, $2, now(), $3, now(), 1)`,
          [randomUUID(), migration.checksum, migration.name],
        );
        await client.query('COMMIT');
      } catch (cause) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw new MigrationError(`Migration ${migration.name} failed: ${(cause as Error).message}`, migration.name, { cause });
      }
    }
    return pending.map((migration) => migration.name);
  } finally {
    await client.query(`SELECT pg_advisory_unlock(hashtextextended($1, 0))`, [`dupligraph:migrate:${schema}`]).catch(() => undefined);
  }
}

export function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
