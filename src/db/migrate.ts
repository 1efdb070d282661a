import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';

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
    .prepare(
      'SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
    )
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
      throw new MigrationError(
        `Migration ${migration.name} failed: ${(cause as Error).message}`,
        migration.name,
        { cause },
      );
    }
  }
  return pending.map((migration) => migration.name);
}
