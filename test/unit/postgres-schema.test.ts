import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  derivePostgresSchema,
  migrationNames,
  POSTGRES_MIGRATIONS_PATH,
  POSTGRES_SCHEMA_PATH,
  SQLITE_MIGRATIONS_PATH,
  SQLITE_SCHEMA_PATH,
} from '../../scripts/derive-postgres-schema.ts';

// prisma/schema.prisma is the one source of truth; the PostgreSQL side is derived from it. That
// the PostgreSQL migrations add up to the derived schema needs a PostgreSQL server:
// test/e2e/postgres-migrations.test.ts checks it on the PostgreSQL pass.
describe('the PostgreSQL schema derived from prisma/schema.prisma', () => {
  it('is the committed prisma/postgres/schema.prisma (run `npm run db:derive-postgres` after changing the models)', () => {
    const derived = derivePostgresSchema(fs.readFileSync(SQLITE_SCHEMA_PATH, 'utf8'));
    expect(fs.readFileSync(POSTGRES_SCHEMA_PATH, 'utf8')).toBe(derived);
  });

  it('has a PostgreSQL migration for every SQLite migration, of the same name, and no other', () => {
    expect(migrationNames(POSTGRES_MIGRATIONS_PATH)).toEqual(migrationNames(SQLITE_MIGRATIONS_PATH));
  });

  it("writes SQLite's CURRENT_TIMESTAMP defaults as PostgreSQL text in the same form", () => {
    const derived = derivePostgresSchema(fs.readFileSync(SQLITE_SCHEMA_PATH, 'utf8'));
    expect(derived).not.toContain('dbgenerated("CURRENT_TIMESTAMP")');
    expect(derived).toContain(`dbgenerated("to_char(timezone('UTC'::text, now()), 'YYYY-MM-DD HH24:MI:SS'::text)")`);
    expect(derived).toContain('provider = "postgresql"');
    expect(derived).not.toContain('prisma-pothos-types');
  });

  it('refuses a native column type, which would make the models differ between the databases', () => {
    const schema = fs.readFileSync(SQLITE_SCHEMA_PATH, 'utf8').replace('  name           String\n', '  name           String @db.Text\n');
    expect(() => derivePostgresSchema(schema)).toThrow(/@db\.Text/);
  });
});
